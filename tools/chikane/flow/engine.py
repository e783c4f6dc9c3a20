"""«Er det strafbart?»: following the answers, and what they lead to.

``walk`` checks a sequence of answers against the questions (:mod:`.questions`), ``parse_state`` reads
it from the URL's state and ``encode_state`` writes it, ``evaluate`` says which outcomes
(:mod:`.outcomes`) apply to a complete set of answers. No HTML here: the views import the engine,
never the other way round.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from .. import rules
from ..errors import InputError
from .model import END, Answers, Outcome, Question, may_hold
from .outcomes import KIND_ORDER, OUTCOMES
from .questions import QUESTIONS

# --- state in the URL ---------------------------------------------------------
# "hvad.trussel,delt-trussel_hvad.vold": enumerated ids only, never free text (it lands in the URL and history).
_ID = r"[a-z_]+"
_STATE_RE = re.compile(rf"^{_ID}\.{_ID}(?:,{_ID})*(?:-{_ID}\.{_ID}(?:,{_ID})*)*\Z")
MAX_STATE_CHARS = 400
NONE_CHOSEN = "Vælg mindst én af mulighederne. Passer ingen, så vælg «Noget andet»."


@dataclass(frozen=True)
class Walk:
    """A validated sequence of answers and where it leads."""

    answers: tuple[tuple[str, str], ...]
    next_question: Question | None  # None when the flow is complete

    @property
    def state(self) -> str:
        return encode_state(self.answers)

    @property
    def answer_map(self) -> dict[str, str]:
        return dict(self.answers)


def encode_state(answers: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    return "-".join(f"{q}.{o}" for q, o in answers)


def next_after(index: int, answers: Answers) -> Question | None:
    """The first question after position ``index`` whose ``ask_if`` holds (index -1: the first question)."""
    for q in QUESTIONS[index + 1:]:
        if q.ask_if is None or q.ask_if.holds(answers, frozenset()):
            return q
    return None


def questions_left(w: "Walk") -> int:
    """At most how many questions are left, the current one included (for «Spørgsmål 2 af højst 5»)."""
    if w.next_question is None:
        return 0
    given = w.answer_map
    i = QUESTIONS.index(w.next_question)
    return 1 + sum(1 for q in QUESTIONS[i + 1:] if q.ask_if is None or may_hold(q.ask_if, given))


def most_questions(w: "Walk") -> int | None:
    """At most how many questions this walk asks in all, for «Spørgsmål 2 af højst 5»; None before the first
    answer. Counted from the first answer alone («what happened?» decides which follow-ups exist), so the number
    does not change while the user answers the rest: it never grows, and it never jumps down from one step to
    the next (a follow-up that turns out not to apply is simply skipped). Always at least the questions asked."""
    if not w.answers:
        return None
    known = dict(w.answers[:1])
    return 1 + sum(1 for q in QUESTIONS[1:] if q.ask_if is None or may_hold(q.ask_if, known))


def _check_answer(q: Question, value: str, position: int) -> None:
    ids = value.split(",") if value else []
    if not ids:
        raise InputError(q.id, NONE_CHOSEN)
    if len(ids) > 1 and not q.multi:
        raise InputError("svar", f"Spørgsmål {position} har kun ét svar. Start forfra.")
    order = [o.id for o in q.options]
    for oid in ids:
        if oid not in order:
            raise InputError("svar", f"«{oid}» er ikke et muligt svar på spørgsmål {position}. Start forfra.")
    if len(set(ids)) != len(ids) or ids != sorted(ids, key=order.index):
        raise InputError("svar", f"Svarene på spørgsmål {position} er skrevet forkert i linket. Start forfra.")


def walk(answers: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> Walk:
    """Follow the answers from the start; raise InputError if they do not fit the flow."""
    given: dict[str, str] = {}
    current = next_after(-1, given)
    for i, (qid, value) in enumerate(answers):
        if current is None:
            raise InputError("svar", "Der er flere svar, end der er spørgsmål. Start forfra.")
        if qid != current.id:
            raise InputError("svar", "Svarene passer ikke til spørgsmålene. Start forfra, eller ret dit sidste svar.")
        _check_answer(current, value, i + 1)
        given[qid] = value
        current = next_after(QUESTIONS.index(current), given)
    return Walk(tuple(answers), current)


def parse_state(state: Any) -> Walk:
    if state is None or state == "":
        return walk([])
    if not isinstance(state, str):
        raise InputError("svar", "Svarene i linket skal være tekst.")
    if len(state) > MAX_STATE_CHARS:
        raise InputError("svar", "Linket indeholder svar, som værktøjet ikke kan læse. Start forfra.")
    if state.endswith(".") and _STATE_RE.match(state + "x"):
        # The last question was sent with nothing chosen (a multiple-choice form): say so, by the question.
        head, _, qid = state[:-1].rpartition("-")
        w = walk([tuple(p.split(".", 1)) for p in head.split("-")] if head else [])
        if w.next_question is not None and w.next_question.id == qid:
            raise InputError(qid, NONE_CHOSEN)
    if not _STATE_RE.match(state):
        raise InputError("svar", "Linket indeholder svar, som værktøjet ikke kan læse. Start forfra.")
    pairs = [tuple(part.split(".", 1)) for part in state.split("-")]
    return walk([(q, o) for q, o in pairs])


# --- evaluation ---------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    outcome: Outcome
    reasons: tuple[tuple[str, str], ...]  # (question id, option id) that made it apply


def evaluate(answers: Answers, outcomes: tuple[Outcome, ...] = OUTCOMES) -> list[Finding]:
    """Every outcome of ``outcomes`` that applies to a complete set of answers, in display order."""
    fired_kinds: set[str] = set()
    found: list[Finding] = []
    # Two passes: outcomes that look at other outcomes (NoneFired/SomeFired) come after those they look at.
    for phase in ("fare", "strafbart", "anden_vej", "lovligt", "altid"):
        for o in outcomes:
            if o.kind != phase:
                continue
            if o.condition.holds(answers, frozenset(fired_kinds)):
                reasons = tuple(dict.fromkeys(o.condition.reasons(answers, frozenset(fired_kinds))))
                found.append(Finding(o, reasons))
        if any(f.outcome.kind == phase for f in found):
            fired_kinds.add(phase)
    return sorted(found, key=lambda f: (KIND_ORDER.index(f.outcome.kind), outcomes.index(f.outcome)))


def offence_rule_keys(findings: list[Finding]) -> list[str]:
    """The criminal-law rule keys of the findings (what the deadline calculator needs for § 93)."""
    keys: list[str] = []
    for f in findings:
        if f.outcome.kind == "strafbart":
            keys.extend(k for k in f.outcome.rule_keys if rules.versions(k)[-1].max_penalty_years is not None)
    return list(dict.fromkeys(keys))


# --- the JSON tool --------------------------------------------------------------

def one_answer_ahead(w: Walk) -> list[Walk]:
    """The walks one answer further on: one per option of the current question.

    None for a multiple-choice question: its answers are combinations, asked for when sent.
    """
    q = w.next_question
    if q is None or q.multi:
        return []
    return [walk(w.answers + ((q.id, o.id),)) for o in q.options]


def walk_from_request(request: Mapping[str, Any]) -> Walk:
    return parse_state(request.get("state"))


def static_next(q: Question, oid: str) -> str:
    """The question after this answer when no other answers are known (the no-JavaScript pages): the next
    question that can still apply given this answer alone, or END."""
    known = {q.id: oid}
    for nxt in QUESTIONS[QUESTIONS.index(q) + 1:]:
        if nxt.ask_if is None or may_hold(nxt.ask_if, known):
            return nxt.id
    return END
