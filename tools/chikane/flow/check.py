"""Checks that the flow is sound: run by the tests and at build time.

The questions are an ordered list and each ``ask_if`` may name only earlier
questions, so the flow only moves forward (no cycle) and always reaches the end
(no dead end). Checked here: ids are unique, every ``ask_if`` and every outcome
condition names real, earlier questions and real answers, every rule exists, and
every question can be reached.

The number of complete answer sequences is in the millions (a first question with
ten choices, two more with several), so the tests walk them in three ways: every
path that answers each multiple-choice question with one option or with all
(:func:`covering_paths`), every combination of the first question (:func:`first_answer_paths`),
and seeded random complete paths (:func:`random_path`).
"""
from __future__ import annotations

import random
from itertools import combinations
from typing import Iterator

from .. import rules, tekst
from ..errors import InputError
from .engine import EDIT, next_after, walk
from .model import Question, answered_leaves
from .outcomes import LOGIC, OUTCOMES
from .questions import QUESTION_BY_ID, QUESTIONS, START
from .texts import FOLDER, TEXTS, VALUES

Path = tuple[tuple[str, str], ...]


class FlowError(Exception):
    pass


def _values(q: Question, rich: bool) -> list[str]:
    """The answers tried for a question: each option; for a multi question also all of them together."""
    singles = [o.id for o in q.options]
    if q.multi and rich:
        return singles + [",".join(singles)]
    return singles


def covering_paths() -> Iterator[Path]:
    """Every path where each multiple-choice question gets one option or all of them (depth-first)."""

    def go(index: int, prefix: Path, given: dict[str, str]) -> Iterator[Path]:
        q = next_after(index, given)
        if q is None:
            yield prefix
            return
        for value in _values(q, rich=True):
            yield from go(QUESTIONS.index(q), prefix + ((q.id, value),), {**given, q.id: value})

    yield from go(-1, (), {})


def random_path(rng: random.Random, complete: bool = True) -> list[tuple[str, str]]:
    """A valid walk: each multiple-choice question gets a random non-empty subset; cut short at random when not complete."""
    answers: list[tuple[str, str]] = []
    given: dict[str, str] = {}
    q = next_after(-1, given)
    while q is not None:
        if q.multi:
            picked = [o.id for o in q.options if rng.random() < 0.3] or [rng.choice(q.options).id]
            value = ",".join(picked)
        else:
            value = rng.choice(q.options).id
        answers.append((q.id, value))
        given[q.id] = value
        q = next_after(QUESTIONS.index(q), given)
        if not complete and rng.random() < 0.25:
            break
    return answers


def first_answer_paths(rng: random.Random) -> Iterator[Path]:
    """Every combination of the first question's choices, each completed at random (seeded)."""
    first = QUESTION_BY_ID[START]
    ids = [o.id for o in first.options]
    for n in range(1, len(ids) + 1):
        for combo in combinations(ids, n):
            answers: list[tuple[str, str]] = [(START, ",".join(combo))]
            given = dict(answers)
            q = next_after(0, given)
            while q is not None:
                if q.multi:
                    value = ",".join(o.id for o in q.options if rng.random() < 0.4) or q.options[0].id
                else:
                    value = rng.choice(q.options).id
                answers.append((q.id, value))
                given[q.id] = value
                q = next_after(QUESTIONS.index(q), given)
            yield tuple(answers)


def problems() -> list[str]:
    found: list[str] = []
    ids = [q.id for q in QUESTIONS]
    if len(ids) != len(set(ids)):
        found.append("duplicate question ids")
    if EDIT in ids:
        found.append(f"{EDIT!r} marks a changed answer in the state; no question may have that id")
    if START not in QUESTION_BY_ID or QUESTIONS[0].ask_if is not None:
        found.append("the first question must always be asked")
    for i, q in enumerate(QUESTIONS):
        if len({o.id for o in q.options}) != len(q.options) or len(q.options) < 2:
            found.append(f"{q.id}: options must be at least two and unique")
        if q.ask_if is not None:
            for leaf in answered_leaves(q.ask_if):
                if leaf.question not in ids[:i]:
                    found.append(f"{q.id}: ask_if names {leaf.question!r}, which is not an earlier question")
                elif any(QUESTION_BY_ID[leaf.question].option(x) is None for x in leaf.options):
                    found.append(f"{q.id}: ask_if names an unknown answer of {leaf.question!r}")
    # Every question is reached, and every walk ends (walk() raises on anything that does not fit).
    reached: set[str] = set()
    try:
        for path in covering_paths():
            reached |= {qid for qid, _ in path}
            if walk(path).next_question is not None:
                found.append(f"path {path} does not reach the end")
                break
    except InputError as exc:
        found.append(f"a path does not fit the flow: {exc.message}")
    for q in QUESTIONS:
        if q.id not in reached:
            found.append(f"{q.id} is unreachable")
    outcome_ids = [o.id for o in OUTCOMES]
    if len(outcome_ids) != len(set(outcome_ids)):
        found.append("duplicate outcome ids")
    known_rules = set(rules.keys())
    for o in OUTCOMES:
        for leaf in answered_leaves(o.condition):
            q = QUESTION_BY_ID.get(leaf.question)
            if q is None:
                found.append(f"{o.id}: condition names unknown question {leaf.question!r}")
            else:
                for opt in leaf.options:
                    if q.option(opt) is None:
                        found.append(f"{o.id}: condition names unknown answer {leaf.question}.{opt}")
        for key in o.rule_keys:
            if key not in known_rules:
                found.append(f"{o.id}: unknown rule {key!r}")
    found += text_problems()
    return found


def text_problems() -> list[str]:
    """Each outcome has exactly one ``udfald/<id>.md``, each file is one outcome's, and every reference in the
    texts is known (a rule, its number, a question, a value of :data:`.texts.VALUES`)."""
    found: list[str] = []
    ids = [o.id for o in LOGIC]
    for oid in sorted(set(ids) - set(TEXTS)):
        found.append(f"{oid}: no {FOLDER}/{oid}.md")
    for name in sorted(set(TEXTS) - set(ids)):
        found.append(f"{FOLDER}/{name}.md: no outcome has the id {name!r}")
    for oid in sorted({x for x in ids if ids.count(x) > 1}):
        found.append(f"{oid}: more than one outcome reads {FOLDER}/{oid}.md")
    known_rules = set(rules.keys())
    for name, t in TEXTS.items():
        texts = [t.title, t.summary, t.deadline_hint, *(s for steps in t.steps.values() for s in steps)]
        for kind, key in (ref for text in texts for ref in tekst.references(text)):
            rule = key.split(":")[0]
            if kind in ("§", "param", "fra") and rule not in known_rules:
                found.append(f"{FOLDER}/{name}.md: unknown rule {rule!r}")
            elif kind == "param" and key.split(":")[1] not in rules.versions(rule)[-1].params:
                found.append(f"{FOLDER}/{name}.md: rule {rule!r} has no number {key.split(':')[1]!r}")
            elif kind == "spm" and key not in QUESTION_BY_ID:
                found.append(f"{FOLDER}/{name}.md: unknown question {key!r}")
            elif kind == "value" and key not in VALUES:
                found.append(f"{FOLDER}/{name}.md: unknown value {{{key}}}")
    return found


def check() -> None:
    found = problems()
    if found:
        raise FlowError("; ".join(found))
