"""The building blocks of a question flow, in the spirit of GOV.UK smart answers:
a node's next step may only be a question or the end, so the diagram is derived
from the same data and cannot drift.

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
    next: str  # a question id or END


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    hint: str
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


Answers = Mapping[str, str]  # question id -> option id


@dataclass(frozen=True)
class Answered:
    """True when ``question`` was answered with one of ``options``."""

    question: str
    options: tuple[str, ...]

    def holds(self, answers: Answers, fired: frozenset[str]) -> bool:
        return answers.get(self.question) in self.options

    def reasons(self, answers: Answers, fired: frozenset[str]) -> list[tuple[str, str]]:
        return [(self.question, answers[self.question])] if self.holds(answers, fired) else []


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


Condition = Union[Answered, All, Any_, Always, NoneFired, SomeFired]


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


ROLES = ("ansat", "kollega", "leder", "amr")
ROLE_LABELS = {
    "ansat": "Dig, der er udsat",
    "kollega": "Kolleger",
    "leder": "Lederen",
    "amr": "Arbejdsmiljø- og tillidsrepræsentant",
}


@dataclass(frozen=True)
class Outcome:
    id: str
    kind: str           # "strafbart" | "anden_vej" | "lovligt" | "altid"
    title: str
    summary: str        # plain Danish; may use {navn}, {system}, {dage} from the workplace
    condition: Condition
    rule_keys: tuple[str, ...] = ()
    steps: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # role -> what to do next
    deadline_hint: str = ""  # why the deadline calculator is relevant, if it is
