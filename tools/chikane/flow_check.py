"""Checks that the flow is a sound graph: run by the tests and at build time.

A node may lead only to a question or the end; every question is reachable, no
option is a dead end, there is no cycle, and every condition names real answers
and real rules.
"""
from __future__ import annotations

from typing import Iterator

from . import rules
from .flow import OUTCOMES, QUESTION_BY_ID, QUESTIONS, START
from .flow_model import END, answered_leaves


class FlowError(Exception):
    pass


def problems() -> list[str]:
    found: list[str] = []
    ids = [q.id for q in QUESTIONS]
    if len(ids) != len(set(ids)):
        found.append("duplicate question ids")
    if START not in QUESTION_BY_ID:
        found.append(f"start {START!r} is not a question")
    for q in QUESTIONS:
        if len({o.id for o in q.options}) != len(q.options) or len(q.options) < 2:
            found.append(f"{q.id}: options must be at least two and unique")
        for o in q.options:
            if o.next != END and o.next not in QUESTION_BY_ID:
                found.append(f"{q.id}.{o.id} leads to unknown node {o.next!r}")
    # reachability and cycles (depth-first, colouring)
    state: dict[str, int] = {}

    def visit(qid: str) -> None:
        state[qid] = 1
        for o in QUESTION_BY_ID[qid].options:
            if o.next == END:
                continue
            if state.get(o.next) == 1:
                found.append(f"cycle through {qid} -> {o.next}")
            elif o.next not in state:
                visit(o.next)
        state[qid] = 2

    if START in QUESTION_BY_ID:
        visit(START)
    for q in QUESTIONS:
        if q.id not in state:
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
    return found


def all_paths() -> Iterator[tuple[tuple[str, str], ...]]:
    """Every complete answer sequence from the start to the end (depth-first)."""

    def go(qid: str, prefix: tuple[tuple[str, str], ...]) -> Iterator[tuple[tuple[str, str], ...]]:
        for o in QUESTION_BY_ID[qid].options:
            path = prefix + ((qid, o.id),)
            if o.next == END:
                yield path
            else:
                yield from go(o.next, path)

    yield from go(START, ())


def check() -> None:
    found = problems()
    if found:
        raise FlowError("; ".join(found))
