"""The survey's questions, read from ``kortlaegning.md`` (its top comment describes the shape).

The questions serve the survey template (``build.survey``) and the analysis of the answers
(:mod:`chikane.analyse`: the columns, the routing, the under-5 rule).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..markdown import Doc, H, L, MarkdownError, P, Part, load

MIN_GROUP = 5  # the survey reports no group with fewer answers than this (the text says «5» too; a test checks)


@dataclass(frozen=True)
class Question:
    text: str
    options: tuple[str, ...]
    multiple: bool = False
    note: str = ""
    screening: bool = False   # the question that decides who answers the follow-ups
    follow_up: bool = False   # only for those who answered yes to the screening question
    max_choices: int = 0      # with ``multiple``: at most this many (0: any number)
    # Asked only of those who gave one of these answers to question number ``[0]`` (1-based),
    # instead of the screening question's yes answers.
    only_if: tuple[int, tuple[str, ...]] | None = None
    key: str = ""             # a short name for the analysis (``analyse``), stable across wording changes


_KEY = re.compile(r"nøgle: ([a-z_]+)")
_AT_MOST = re.compile(r"højst (\d+) svar")
_SCREENING = re.compile(r"screening: (.+)")
_ONLY_IF = re.compile(r"kun hvis ([a-z_]+): (.+)")
_QUOTED = re.compile(r"«([^»]+)»")


def _answers(text: str, where: str) -> tuple[str, ...]:
    found = tuple(_QUOTED.findall(text))
    if not found or _QUOTED.sub("", text).replace(",", "").strip():
        raise MarkdownError(f"{where}: write the answers as «A», «B»: «{text}»")
    return found


def _question(number: int, text: str, marker: str, note: str, options: tuple[str, ...],
              earlier: list[Question], name: str) -> tuple[Question, tuple[str, ...]]:
    where = f"{name}, question {number} «{text}»"
    marks = [m.strip() for m in marker.split("·")]
    key = _KEY.fullmatch(marks[0])
    if not key:
        raise MarkdownError(f"{where}: the line under the heading starts with «nøgle: <key>»")
    q = Question(text, options, note=note, key=key.group(1))
    yes: tuple[str, ...] = ()
    counts = 0
    for mark in marks[1:]:
        if mark == "ét svar":
            counts += 1
        elif mark == "flere svar":
            q, counts = replace(q, multiple=True), counts + 1
        elif m := _AT_MOST.fullmatch(mark):
            q, counts = replace(q, multiple=True, max_choices=int(m.group(1))), counts + 1
        elif m := _SCREENING.fullmatch(mark):
            q, yes = replace(q, screening=True), _answers(m.group(1), where)
        elif mark == "opfølgning":
            q = replace(q, follow_up=True)
        elif m := _ONLY_IF.fullmatch(mark):
            source = next((i for i, e in enumerate(earlier, start=1) if e.key == m.group(1)), None)
            if source is None:
                raise MarkdownError(f"{where}: «kun hvis {m.group(1)}» names no earlier question")
            answers = _answers(m.group(2), where)
            if not set(answers) <= set(earlier[source - 1].options):
                raise MarkdownError(f"{where}: «{m.group(2)}» are not all answers of «{m.group(1)}»")
            q = replace(q, only_if=(source, answers))
        else:
            raise MarkdownError(f"{where}: unknown marker «{mark}»")
    if counts != 1:
        raise MarkdownError(f"{where}: say once how many answers: «ét svar», «flere svar» or «højst N svar»")
    if not set(yes) <= set(options):
        raise MarkdownError(f"{where}: the screening answers must be options of the question")
    return q, yes


def read(doc: Doc) -> tuple[str, tuple[Part, ...], tuple[Question, ...], tuple[str, ...], tuple[Part, ...]]:
    """The survey file → (title, the parts before the questions, the questions, the screening question's yes
    answers, the parts after the questions). A file that does not follow the shape raises MarkdownError."""
    parts = list(doc.parts)
    first = next((i for i, p in enumerate(parts) if isinstance(p, H) and p.level == 3), len(parts))
    intro, rest = tuple(parts[:first]), parts[first:]
    questions: list[Question] = []
    screening_yes: tuple[str, ...] = ()
    while rest and isinstance(rest[0], H) and rest[0].level == 3:
        heading = rest.pop(0)
        block: list[Part] = []
        while rest and not isinstance(rest[0], H):   # a question runs to the next heading
            block.append(rest.pop(0))
        if not (len(block) in (2, 3) and all(isinstance(b, P) for b in block[:-1])
                and isinstance(block[-1], L) and not block[-1].ordered):
            raise MarkdownError(f"{doc.name}, «{heading.text}»: a question is a marker line, an optional note "
                                "and a «- » list of answers")
        q, yes = _question(len(questions) + 1, heading.text, block[0].text,  # type: ignore[union-attr]
                           block[1].text if len(block) == 3 else "",  # type: ignore[union-attr]
                           block[-1].items, questions, doc.name)  # type: ignore[union-attr]
        if yes and screening_yes:
            raise MarkdownError(f"{doc.name}, «{heading.text}»: only one question can be the screening question")
        screening_yes = screening_yes or yes
        questions.append(q)
    if any(isinstance(p, H) and p.level == 3 for p in rest):
        raise MarkdownError(f"{doc.name}: the questions («###») must follow each other, before the last guidance")
    if any(q.follow_up for q in questions) and not screening_yes:
        raise MarkdownError(f"{doc.name}: «opfølgning» needs a question marked «screening»")
    keys = [q.key for q in questions]
    if len(set(keys)) != len(keys):
        raise MarkdownError(f"{doc.name}: two questions have the same «nøgle»")
    if not isinstance(doc.meta.get("titel"), str):
        raise MarkdownError(f"{doc.name}: the front matter needs «titel»")
    return doc.meta["titel"], intro, tuple(questions), screening_yes, tuple(rest)


# Read at import time, so the browser's memory snapshot already holds the survey.
SURVEY_TITLE, SURVEY_INTRO, QUESTIONS, SCREENING_YES, SURVEY_OUTRO = read(load(__package__, "kortlaegning.md"))


def _quoted(answers: tuple[str, ...]) -> str:
    q = [f"«{a}»" for a in answers]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " eller " + q[-1]


_NUMBERS = {2: "to", 3: "tre", 4: "fire", 5: "fem"}


def choice_hint(q: Question) -> str:
    """What the respondent may tick: the one instruction a question carries."""
    if not q.multiple:
        return "Vælg ét svar."
    if q.max_choices:
        return f"Vælg op til {_NUMBERS.get(q.max_choices, str(q.max_choices))} svar."
    return "Vælg gerne flere svar."


def routing(q: Question) -> tuple[int, tuple[str, ...]] | None:
    """(question number, answers) that lead to this question, or None if everyone answers it."""
    if q.only_if:
        return q.only_if
    if q.follow_up:
        screening = next(i for i, x in enumerate(QUESTIONS, start=1) if x.screening)
        return (screening, SCREENING_YES)
    return None


def routing_text(q: Question) -> str:
    r = routing(q)
    if r is None:
        return ""
    return f"Kun til dem, der har svaret {_quoted(r[1])} i spørgsmål {r[0]}."


def survey_source() -> tuple[Part, ...]:
    """The survey as source parts: the guidance, every question with its notes and answers, the guidance after."""
    out: list[Part] = list(SURVEY_INTRO)
    for i, q in enumerate(QUESTIONS, start=1):
        out.append(H(2, f"{i}. {q.text}"))
        # The heading, its notes and every option stay on one page (no heading alone at a page end).
        if q.note:
            out.append(P(q.note, keep_with_next=True))
        if routing(q):
            out.append(P(routing_text(q), keep_with_next=True))
        out.append(P(choice_hint(q), keep_with_next=True))
        out.append(L(q.options, keep_together=True))
    out.extend(SURVEY_OUTRO)
    return tuple(out)
