"""Decision engine for the handbook on digital harassment of public employees.

Pure Python, standard library only, deterministic: the current time is always
an argument. It knows nothing of MkDocs or the browser; the build, the browser
(Pyodide) and the tests all call the same functions.
"""

__version__ = "1.0.0"
