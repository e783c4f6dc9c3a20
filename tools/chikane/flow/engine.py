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
MAX_STATE_CHARS = 600
_ORDER = {q.id: i for i, q in enumerate(QUESTIONS)}
EDIT = "ret"  # «…-ret.hvem»: ask «hvem» again, keeping the other answers (never a question id)
NONE_CHOSEN = "Vælg mindst én af mulighederne. Passer ingen, så vælg «Noget andet»."


@dataclass(frozen=True)
class Walk:
    """A validated sequence of answers and where it leads."""

    answers: tuple[tuple[str, str], ...]
    next_question: Question | None  # None when the flow is complete
    # While an earlier answer is being changed («Ret svaret»): the old answer to the question asked again, and
    # the answers after it, kept for when it is answered. Empty otherwise.
    previous: str = ""
    kept: tuple[tuple[str, str], ...] = ()

    @property
    def state(self) -> str:
        if (self.previous or self.kept) and self.next_question is not None:
            return encode_state(self.all_answers) + f"-{EDIT}.{self.next_question.id}"
        return encode_state(self.answers)

    @property
    def all_answers(self) -> tuple[tuple[str, str], ...]:
        """Every answer given, also those kept while one is being changed, in the order of the questions."""
        if self.next_question is None:
            return self.answers
        mine = ((self.next_question.id, self.previous),) if self.previous else ()
        return self.answers + mine + self.kept

    @property
    def answer_map(self) -> dict[str, str]:
        return dict(self.answers)

    def edit(self, qid: str) -> str:
        """The state that asks ``qid`` again and keeps every other answer (the «Ret svaret» link)."""
        return encode_state(self.all_answers) + f"-{EDIT}.{qid}"

    def choose(self, value: str) -> "Walk":
        """The walk after answering the current question with ``value``. While an answer is being changed,
        the kept answers follow: each one whose question is still asked on the new path is taken, until a
        question with no kept answer (asked next, the later ones still kept) or the end; the others are
        dropped. The engine decides; the link's state carries them."""
        q = self.next_question
        if q is None:
            raise InputError("svar", "Der er flere svar, end der er spørgsmål. Start forfra.")
        w = walk(self.answers + ((q.id, value),))
        kept = dict(self.kept)
        while w.next_question is not None and w.next_question.id in kept:
            nxt = w.next_question
            try:
                _check_answer(nxt, kept[nxt.id], 0)
            except InputError:
                break
            w = walk(w.answers + ((nxt.id, kept[nxt.id]),))
        if w.next_question is None:
            return w
        at = QUESTIONS.index(w.next_question)
        later = tuple((k, v) for k, v in self.kept if _ORDER[k] > at)
        previous = kept.get(w.next_question.id, "")
        return Walk(w.answers, w.next_question, previous, later)


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
        w = _from_pairs([tuple(p.split(".", 1)) for p in head.split("-")] if head else [])
        if w.next_question is not None and w.next_question.id == qid:
            raise InputError(qid, NONE_CHOSEN)
    if not _STATE_RE.match(state):
        raise InputError("svar", "Linket indeholder svar, som værktøjet ikke kan læse. Start forfra.")
    pairs = [tuple(part.split(".", 1)) for part in state.split("-")]
    return _from_pairs([(q, o) for q, o in pairs])


def _from_pairs(pairs: list[tuple[str, str]]) -> Walk:
    """The answers of a state. With «-ret.<id>» at the end (optionally followed by the new answer to <id>):
    the answers before it are all the answers, in the order of the questions; <id> is asked (again), the
    answers to earlier questions stand, and the answers to later questions are kept for after it."""
    marks = [i for i, (q, _) in enumerate(pairs) if q == EDIT]
    if not marks:
        return walk(pairs)
    i = marks[0]
    old, rest, qid = pairs[:i], pairs[i + 1:], pairs[i][1]
    ids = [q for q, _ in old]
    bad = InputError("svar", "Svarene passer ikke til spørgsmålene. Start forfra, eller ret dit sidste svar.")
    if (len(marks) > 1 or qid not in _ORDER or any(q not in _ORDER for q in ids) or len(set(ids)) != len(ids)
            or ids != sorted(ids, key=_ORDER.get) or len(rest) > 1 or (rest and rest[0][0] != qid)):
        raise bad
    for n, (q, v) in enumerate(old):
        _check_answer(QUESTIONS[_ORDER[q]], v, n + 1)  # every carried answer is a possible answer
    at = _ORDER[qid]
    before = [(q, v) for q, v in old if _ORDER[q] < at]
    current = walk(before)
    if current.next_question is None or current.next_question.id != qid:
        raise bad
    previous = dict(old).get(qid, "")
    editing = Walk(current.answers, current.next_question, previous, tuple((q, v) for q, v in old if _ORDER[q] > at))
    if not editing.previous and not editing.kept:
        raise bad
    if not rest:
        return editing
    _check_answer(editing.next_question, rest[0][1], len(before) + 1)
    return editing.choose(rest[0][1])


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
    return [w.choose(o.id) for o in q.options]


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
