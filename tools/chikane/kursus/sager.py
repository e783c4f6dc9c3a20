"""The scenario cards of the course kit, read from ``sager/<id>.md`` at import time.

Each card holds a situation, questions for the room, the answers a person in that situation would give in
«Er det strafbart?», and the expected reading stated explicitly: the outcome ids the flow must give for those
answers. The tests run every card through the engine, so a change to the flow or the rules that alters a card's
reading fails until the card is updated — the cards cannot drift.

A card is one Markdown file, named by its id (the page address kursus/cases/<id>/)::

    +++
    nr = 4                                   # its place in the list, the quiz and the print sheet
    titel = "Grove sms'er til arbejdsmobilen"
    svar = { hvad = ["trussel", "skrevet"], trussel_hvad = "pres", hvem = "borger", platform = "nej" }
    forventet = ["fare", "trusler_pres", …]  # the outcome ids the flow gives for ``svar``
    +++

    ## Situationen          paragraphs, plain Danish (no markup: the group reads it)
    ## Drøft                a numbered list of 2-4 questions
    ## Til underviseren     paragraphs in the markup of :mod:`chikane.tekst`
    ## Det dækker værktøjet ikke   (optional) what the flow does not cover

``svar`` is a complete path through the flow, question id = answer id, in the order the flow asks; a question
with several choices takes a list. The trainer's note cites in the text layer's markup: ``{§strfl-264a}`` (a
linked citation), ``{spm:anklage}`` (a question, quoted), ``{param:offerst-10:hours}`` (a number the rule holds),
``{fra:offl-21}`` (the day the newest version applies from). No § is typed in a card: every provision comes from
the rules. Standard library only (the module also runs in Pyodide).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import rules, tekst
from ..errors import InputError
from ..flow import OUTCOME_BY_ID, QUESTION_BY_ID, walk
from ..markdown import Doc, H, L, P, load_folder

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A question id or an answer id of the flow, as svar may hold them.
_ID = re.compile(r"^[a-z_]+$")

SITUATION, QUESTIONS, NOTE, GAP = "Situationen", "Drøft", "Til underviseren", "Det dækker værktøjet ikke"
SECTIONS = (SITUATION, QUESTIONS, NOTE, GAP)
META = ("nr", "titel", "svar", "forventet")


@dataclass(frozen=True)
class Case:
    id: str                                   # slug; also the page address kursus/cases/<id>/
    title: str
    situation: tuple[str, ...]                # paragraphs, plain Danish
    questions: tuple[str, ...]                # 2-4 questions for the room
    answers: tuple[tuple[str, str], ...]      # a complete path through «Er det strafbart?»
    expected: frozenset[str]                  # outcome ids the flow must give for ``answers``
    note: tuple[str, ...]                     # the trainer's note (paragraphs, tekst markup)
    gap: str = ""                             # what the flow does not cover, if anything
    number: int = 0                           # its place among the cards (front matter «nr»)


class CardError(ValueError):
    """A card file that does not have the card's shape; raised at import time, so the build stops."""


def _paragraphs(doc: Doc, title: str) -> tuple[str, ...]:
    parts = doc.section(title)
    if not all(isinstance(p, P) for p in parts):
        raise CardError(f"{doc.name}: «## {title}» holds paragraphs only")
    return tuple(p.text for p in parts)  # type: ignore[union-attr]


def _answers(doc: Doc, raw: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict) or not raw:
        raise CardError(f"{doc.name}: svar must be a table of question id = answer id")
    out = []
    for qid, value in raw.items():
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) and _ID.match(v) for v in values) or not _ID.match(qid):
            raise CardError(f"{doc.name}: svar.{qid} must be an answer id or a list of them")
        out.append((qid, ",".join(values)))
    return tuple(out)


def read_card(case_id: str, doc: Doc) -> Case:
    """One card from its parsed file; a file of the wrong shape raises :class:`CardError`."""
    unknown = sorted(set(doc.meta) - set(META))
    if unknown:
        raise CardError(f"{doc.name}: unknown front matter {unknown}; a card has {list(META)}")
    title, number, expected = doc.meta.get("titel"), doc.meta.get("nr"), doc.meta.get("forventet")
    if not isinstance(title, str) or not isinstance(number, int) or isinstance(number, bool):
        raise CardError(f"{doc.name}: titel (text) and nr (a number) are required")
    if not isinstance(expected, list) or not all(isinstance(x, str) for x in expected):
        raise CardError(f"{doc.name}: forventet must be a list of outcome ids")
    headings = [p.text for p in doc.parts if isinstance(p, H)]
    if any(isinstance(p, H) and p.level != 2 for p in doc.parts) or [h for h in headings if h not in SECTIONS]:
        raise CardError(f"{doc.name}: the sections are «## {'», «## '.join(SECTIONS)}» (the last optional)")
    if doc.parts and not isinstance(doc.parts[0], H):
        raise CardError(f"{doc.name}: text before the first section")
    if len(headings) != len(set(headings)):
        raise CardError(f"{doc.name}: a section appears twice")
    drøft = doc.section(QUESTIONS)
    if len(drøft) != 1 or not isinstance(drøft[0], L) or not drøft[0].ordered:
        raise CardError(f"{doc.name}: «## {QUESTIONS}» is one numbered list")
    return Case(
        id=case_id,
        title=title,
        situation=_paragraphs(doc, SITUATION),
        questions=drøft[0].items,
        answers=_answers(doc, doc.meta.get("svar")),
        expected=frozenset(expected),
        note=_paragraphs(doc, NOTE),
        gap=" ".join(_paragraphs(doc, GAP)) if doc.has_section(GAP) else "",
        number=number,
    )


def read_cards(docs: dict[str, Doc]) -> tuple[Case, ...]:
    return tuple(sorted((read_card(name, doc) for name, doc in docs.items()), key=lambda c: (c.number, c.id)))


CASES: tuple[Case, ...] = read_cards(load_folder("chikane.kursus", "sager"))
CASE_BY_ID: dict[str, Case] = {c.id: c for c in CASES}


def get(case_id: object) -> Case:
    """The card with this id; bad input raises a Danish InputError."""
    if not isinstance(case_id, str) or case_id not in CASE_BY_ID:
        raise InputError("case", "Sagen findes ikke. Vælg en sag på listen.")
    return CASE_BY_ID[case_id]


def _rule_keys(text: str) -> list[str]:
    return [key.split(":")[0] for kind, key in tekst.references(text) if kind in ("§", "param")]


def note_rule_keys(case: Case) -> list[str]:
    """Rule keys the trainer's note cites, in order of first mention."""
    return list(dict.fromkeys(k for p in case.note for k in _rule_keys(p)))


def _text_problems(where: str, text: str, marked: bool) -> list[str]:
    """What is wrong in one text of a card; ``marked``: the text is compiled (the note and the gap)."""
    found: list[str] = []
    if "§" in text.replace("{§", ""):
        found.append(f"{where}: a § typed by hand; cite it as {{§rule-key}}")
    refs = tekst.references(text)
    if refs and not marked:
        found.append(f"{where}: markup in {text[:40]!r}; only the trainer's note is compiled")
    known_rules = set(rules.keys())
    for kind, ref in refs:
        key, _, param = ref.partition(":")
        if kind == "spm":
            if key not in QUESTION_BY_ID:
                found.append(f"{where}: unknown question {key!r}")
        elif kind == "value":
            found.append(f"{where}: unknown markup {{{key}}}")
        elif key not in known_rules:
            found.append(f"{where}: unknown rule {key!r}")
        elif kind == "param" and param not in rules.versions(key)[-1].params:
            found.append(f"{where}: rule {key!r} has no parameter {param!r}")
    stripped = tekst.TOKEN.sub("", text)
    if "{" in stripped or "}" in stripped:
        found.append(f"{where}: broken markup in {text[:40]!r}")
    return found


def problems() -> list[str]:
    """What is wrong with the card data (empty when sound). The flow itself is checked elsewhere."""
    found: list[str] = []
    ids = [c.id for c in CASES]
    if len(ids) != len(set(ids)):
        found.append("duplicate case ids")
    titles = [c.title for c in CASES]
    if len(titles) != len(set(titles)):
        found.append("duplicate case titles")
    if sorted(c.number for c in CASES) != list(range(1, len(CASES) + 1)):
        found.append(f"the cards' nr must be 1 to {len(CASES)}, each once")
    for c in CASES:
        where = c.id
        if not SLUG.match(c.id):
            found.append(f"{where}: id is not a slug")
        if not c.title.strip() or not all(p.strip() for p in c.situation) or not c.situation:
            found.append(f"{where}: title and situation must have text")
        if not 2 <= len(c.questions) <= 4 or not all(q.strip().endswith("?") for q in c.questions):
            found.append(f"{where}: 2-4 questions, each ending in '?'")
        if not c.note or not all(p.strip() for p in c.note):
            found.append(f"{where}: the trainer's note is missing")
        try:
            w = walk(c.answers)
        except InputError as exc:
            found.append(f"{where}: answers do not fit the flow ({exc.message})")
        else:
            if w.next_question is not None:
                found.append(f"{where}: answers stop before the end (next: {w.next_question.id})")
        unknown = sorted(c.expected - set(OUTCOME_BY_ID))
        if unknown:
            found.append(f"{where}: unknown outcomes {unknown}")
        for text in (c.title, *c.situation, *c.questions):
            found += _text_problems(where, text, marked=False)
        for text in (*c.note, c.gap):
            found += _text_problems(where, text, marked=True)
        if c.gap and not note_rule_keys(c):
            found.append(f"{where}: a case the flow does not cover must cite rules in its note")
    return found
