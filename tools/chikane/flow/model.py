"""The building blocks of a question flow, in the spirit of GOV.UK smart answers.

The questions are an ordered list; each may carry ``ask_if``, a condition over the
earlier answers. The next step after an answer is the first later question whose
``ask_if`` holds, or the end. So the flow cannot cycle (it only moves forward),
has no dead end (the end is always reached), and the diagram is derived from the
same data and cannot drift. A question may be ``multi``: its answer is one or more
of its options, in the options' order (``hvad.trussel,delt`` in the state).

Outcomes are not nodes on the path. Each outcome states *when* it applies as a
condition over the answers; several can apply at once. Conditions are data, so
the "why" of an outcome is simply the answers that made its condition true.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Mapping, Union

END = "resultat"  # the pseudo-node after the last question


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    hint: str
    options: tuple[Option, ...]
    ask_if: "Condition | None" = None  # asked only when this holds for the earlier answers
    multi: bool = False                # the answer is one or more options
    dont_know: str = ""                # what a «Ved ikke» answer changes, said under the question

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


Answers = Mapping[str, str]  # question id -> option id (a multi answer: ids joined by ",")


def chosen(answers: Answers, question: str) -> tuple[str, ...]:
    """The option ids given for a question (none when it was not asked)."""
    value = answers.get(question)
    return tuple(value.split(",")) if value else ()


@dataclass(frozen=True)
class Answered:
    """True when ``question`` was answered with one of ``options``."""

    question: str
    options: tuple[str, ...]

    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return any(o in self.options for o in chosen(answers, self.question))

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return [(self.question, o) for o in chosen(answers, self.question) if o in self.options]


@dataclass(frozen=True)
class All:
    parts: tuple["Condition", ...]

    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return all(p.holds(answers, fired) for p in self.parts)

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return [r for p in self.parts for r in p.reasons(answers, fired)]


@dataclass(frozen=True)
class Any_:
    parts: tuple["Condition", ...]

    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return any(p.holds(answers, fired) for p in self.parts)

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return [r for p in self.parts if p.holds(answers, fired) for r in p.reasons(answers, fired)]


@dataclass(frozen=True)
class Always:
    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return True

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return []


@dataclass(frozen=True)
class NoneFired:
    """True when none of the outcomes of the given kind applied (e.g. nothing punishable)."""

    kind: str

    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return self.kind not in fired

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return []


@dataclass(frozen=True)
class SomeFired:
    """True when at least one outcome of the given kind applied."""

    kind: str

    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return self.kind in fired

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return []


@dataclass(frozen=True)
class Not:
    part: "Condition"

    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return not self.part.holds(answers, fired)

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return []


Condition = Union[Answered, All, Any_, Always, NoneFired, SomeFired, Not]


def may_hold(cond: Condition, answers: Answers) -> bool:
    """Whether ``cond`` can still hold once the questions not yet answered are answered.

    Three-valued: an answer not given yet is unknown. Used for «af højst N» and the diagram.
    """

    def tri(c: Condition) -> bool | None:
        if isinstance(c, Answered):
            return c.holds(answers, frozenset()) if c.question in answers else None
        if isinstance(c, All):
            vals = [tri(p) for p in c.parts]
            return False if False in vals else (None if None in vals else True)
        if isinstance(c, Any_):
            vals = [tri(p) for p in c.parts]
            return True if True in vals else (None if None in vals else False)
        if isinstance(c, Not):
            v = tri(c.part)
            return None if v is None else not v
        if isinstance(c, Always):
            return True
        return None  # NoneFired/SomeFired: not known before the end

    return tri(cond) is not False


def when(question: str, *options: str) -> Answered:
    return Answered(question, tuple(options))


def all_of(*parts: Condition) -> All:
    return All(tuple(parts))


def any_of(*parts: Condition) -> Any_:
    return Any_(tuple(parts))


def answered_leaves(cond: Condition) -> Iterator[Answered]:
    if isinstance(cond, Answered):
        yield cond
    elif isinstance(cond, (All, Any_)):
        for p in cond.parts:
            yield from answered_leaves(p)
    elif isinstance(cond, Not):
        yield from answered_leaves(cond.part)


ROLES = ("ansat", "kollega", "leder", "amr")
ROLE_LABELS = {
    "ansat": "Dig, der er udsat",
    "kollega": "Kolleger",
    "leder": "Lederen",
    "amr": "Arbejdsmiljø- og tillidsrepræsentant",
}


@dataclass(frozen=True)
class OutcomeText:
    """What an outcome says, from its ``udfald/<id>.md`` (markup of :mod:`chikane.tekst`)."""

    title: str
    summary: str                                         # may use {system}, {intern_frist}, … (see texts.py)
    steps: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # role -> what to do next
    deadline_hint: str = ""                              # why the deadline calculator is relevant, if it is


@dataclass(frozen=True)
class Outcome:
    """When an outcome applies (``outcomes.py``) and, attached when the texts are read, what it says."""

    id: str
    kind: str           # "fare" | "strafbart" | "anden_vej" | "lovligt" | "altid"
    condition: Condition
    rule_keys: tuple[str, ...] = ()
    text: OutcomeText = OutcomeText("", "")

    @property
    def title(self) -> str:
        return self.text.title

    @property
    def summary(self) -> str:
        return self.text.summary

    @property
    def steps(self) -> Mapping[str, tuple[str, ...]]:
        return self.text.steps

    @property
    def deadline_hint(self) -> str:
        return self.text.deadline_hint
