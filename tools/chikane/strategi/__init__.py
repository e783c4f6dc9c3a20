"""The MED committee's strategy template and the local survey (serves ``docs/strategi/``).

One source renders three things: the web pages (``sitebuild.macros.strategy``), the default Word documents
written at build time, and the Word documents a committee fills in on the page (run in Pyodide).

- ``felter.py``        the form fields: FIELDS, parse_values, defaults_from_workplace
- ``strategi.md``      the strategy template, as Markdown in the text markup of :mod:`chikane.tekst`
- ``kortlaegning.md``  the survey: intro, every question with its options and markers, outro
- ``kortlaegning.py``  the survey's questions read from it (also for :mod:`chikane.analyse`)
- ``build.py``         the templates compiled to blocks, with the placeholder list and the sources appendix
- ``tool.py``          the ``strategi_docx`` and ``kortlaegning_docx`` handlers
"""
