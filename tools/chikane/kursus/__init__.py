"""The course kit (docs/kursus/): the scenario cards and the quiz.

- ``sager/<id>.md``  one card per file, named by its page address (kursus/cases/<id>/)
- ``sager.py``       reads the cards at import time and checks them (``problems()``)
- ``quiz.py``        grading: which outcomes a learner should find, and what they found
- ``views.py``       the card and quiz HTML
- ``tool.py``        the "quiz_form" and "quiz" handlers of :mod:`chikane.api`
"""
