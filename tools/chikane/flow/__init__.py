"""«Er det strafbart?» (``docs/vaerktoejer/er-det-strafbart/``): the questions, the outcomes and their
conditions, declared once, for the browser tool, the pre-rendered no-JS pages, the diagram and the tests.

- :mod:`.model`      the building blocks: questions, options, conditions, outcomes
- :mod:`.questions`  the questions, in the order they are asked
- :mod:`.outcomes`   when each outcome applies (id, kind, condition, rule keys)
- ``udfald/<id>.md`` what each outcome says, read by :mod:`.texts`
- :mod:`.engine`     walk, parse_state, encode_state, evaluate
- :mod:`.check`, :mod:`.mermaid`, :mod:`.views`, :mod:`.static`, :mod:`.tool`

The names other code uses are re-exported here: ``from chikane.flow import QUESTIONS, walk, evaluate``.
"""
from __future__ import annotations

from . import engine
from .engine import (
    MAX_STATE_CHARS,
    NONE_CHOSEN,
    Finding,
    Walk,
    encode_state,
    most_questions,
    next_after,
    offence_rule_keys,
    one_answer_ahead,
    parse_state,
    questions_left,
    static_next,
    walk,
    walk_from_request,
)
from .model import END, ROLE_LABELS, ROLES, Answers, Condition, Option, Outcome, Question, all_of, any_of, when
from .outcomes import KIND_ORDER, OUTCOME_BY_ID, OUTCOMES
from .questions import JA, NEJ, QUESTION_BY_ID, QUESTIONS, START
from .texts import context, fill, work_injury_threshold


def evaluate(answers: Answers) -> list[Finding]:
    """Every outcome that applies to a complete set of answers, in display order (:func:`engine.evaluate`).

    ``OUTCOMES`` is read from this package when called, so a test that replaces ``chikane.flow.OUTCOMES``
    evaluates its own outcomes."""
    return engine.evaluate(answers, OUTCOMES)


__all__ = [
    "END", "JA", "KIND_ORDER", "MAX_STATE_CHARS", "NEJ", "NONE_CHOSEN", "OUTCOMES", "OUTCOME_BY_ID", "QUESTIONS",
    "QUESTION_BY_ID", "ROLES", "ROLE_LABELS", "START", "Answers", "Condition", "Finding", "Option", "Outcome",
    "Question", "Walk", "all_of", "any_of", "context", "encode_state", "evaluate", "fill", "most_questions", "next_after",
    "offence_rule_keys", "one_answer_ahead", "parse_state", "questions_left", "static_next", "walk",
    "walk_from_request", "when", "work_injury_threshold",
]
