"""The quiz's answer key and grading: what a learner should find on a card is whatever
:func:`chikane.flow.evaluate` says for the card's answers, never the card's own list.

The words that explain a reading (why an outcome applies, why a chosen one does not) are here too,
escaped, so the feedback and the tests read the same sentences. Standard library only.
"""
from __future__ import annotations

from html import escape
from typing import Iterable, Mapping

from ..flow import OUTCOMES, QUESTION_BY_ID, Finding, evaluate
from ..flow.model import All, Always, Answered, Any_, Condition, NoneFired, Outcome, SomeFired
from .sager import Case

# What the learner chooses from: every outcome that does not apply to every case.
CHOICES: tuple[Outcome, ...] = tuple(o for o in OUTCOMES if not isinstance(o.condition, Always))
CHOICE_IDS = frozenset(o.id for o in CHOICES)
ALWAYS: tuple[Outcome, ...] = tuple(o for o in OUTCOMES if isinstance(o.condition, Always))
CHOICE_LEGENDS = {
    "fare": "Fare",
    "strafbart": "Kan være strafbart",
    "lovligt": "Lovligt",
    "anden_vej": "Andre veje",
    "altid": "Anmeldelse og erstatning",
}
# Conditions that look at other outcomes (SomeFired/NoneFired), explained in words.
KIND_APPLIES = {"strafbart": "mindst én bestemmelse i straffeloven kan være overtrådt"}
KIND_NONE = {"strafbart": "ingen bestemmelse i straffeloven kan være overtrådt"}


def findings_for(case: Case) -> list[Finding]:
    return evaluate(dict(case.answers))


def grade(case: Case, chosen: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
    """(correct, missed, wrong) outcome ids, in the flow's order; the key is the engine's answer."""
    truth = {f.outcome.id for f in findings_for(case)} & CHOICE_IDS
    picked = set(chosen)
    order = [o.id for o in OUTCOMES]
    return (
        [i for i in order if i in truth and i in picked],
        [i for i in order if i in truth and i not in picked],
        [i for i in order if i in picked and i not in truth],
    )


def score_text(correct: int, missed: int, wrong: int) -> str:
    total = correct + missed
    if total == 0:
        found = "Værktøjet viser ingen af valgene."
    elif missed == 0:
        found = f"Du fandt alle {total}." if total > 1 else "Du fandt det."
    else:
        found = f"Du fandt {correct} af {total}."
    if wrong:
        found += f" {wrong} af dine valg passer ikke." if wrong > 1 else " 1 af dine valg passer ikke."
    return found


# --- the why and the why-not, in words ---------------------------------------------------------


def answer_label(qid: str, oid: str) -> str:
    """The label of an answer; a multiple-choice answer ("a,b") lists each choice."""
    q = QUESTION_BY_ID[qid]
    return "; ".join((q.option(x).label if q.option(x) else x) for x in oid.split(","))


def _outcome_reasons(cond: Condition) -> list[str]:
    """Why an outcome that looks at other outcomes applies (SomeFired/NoneFired), in words."""
    if isinstance(cond, SomeFired):
        return [KIND_APPLIES.get(cond.kind, cond.kind)]
    if isinstance(cond, NoneFired):
        return [KIND_NONE.get(cond.kind, cond.kind)]
    if isinstance(cond, All):
        return [t for p in cond.parts for t in _outcome_reasons(p)]
    return []


def why(f: Finding) -> list[str]:
    """Why an outcome applies to the card: the answers that made it, then any reason in words (escaped)."""
    parts = [f"«{escape(QUESTION_BY_ID[q].text)}» — «{escape(answer_label(q, o))}»" for q, o in f.reasons]
    return parts + [escape(t) for t in _outcome_reasons(f.outcome.condition)]


def why_not(cond: Condition, answers: Mapping[str, str], fired: frozenset[str]) -> list[str]:
    """The parts of a condition that do not hold for the case, in plain Danish (escaped)."""
    if cond.holds(answers, fired):
        return []
    if isinstance(cond, Answered):
        q = QUESTION_BY_ID[cond.question]
        wanted = " eller ".join(f"«{escape(answer_label(q.id, x))}»" for x in cond.options)
        actual = (f"i sagen er svaret «{escape(answer_label(q.id, answers[q.id]))}»" if q.id in answers
                  else "i sagen bliver spørgsmålet ikke stillet")
        return [f"«{escape(q.text)}» skal besvares med {wanted} — {actual}"]
    if isinstance(cond, (All, Any_)):
        return [line for p in cond.parts for line in why_not(p, answers, fired)]
    if isinstance(cond, SomeFired):
        return [f"det gælder kun, når {escape(KIND_APPLIES.get(cond.kind, cond.kind))} — det kan ingen i denne sag"]
    if isinstance(cond, NoneFired):
        return [f"det gælder kun, når {escape(KIND_NONE.get(cond.kind, cond.kind))} — men her kan noget være strafbart"]
    return []
