"""The questionnaire for other tools: Microsoft Forms' Word import, a spreadsheet, a paper answer sheet.

All three come from :data:`chikane.strategi.kortlaegning.QUESTIONS` and the same form values as the strategy
(the workplace's name and its incident system).

- ``forms``: a Word document shaped as Microsoft Forms' «Quick import» reads it — one numbered
  question per paragraph, its options as the lines below it, nothing else in between.
- ``xlsx``: one row per question — number, question, type, who answers it, then one option a column
  (for tools that import questions from a spreadsheet, and as a list to check the set-up against).
- ``svarark``: a blank sheet to answer on paper, with boxes to tick and the routing in words.
"""
from __future__ import annotations

import re
from typing import Mapping

from ..blocks import Block, Bullets, Document, Heading, Paragraph, Run
from ..docx_writer import build_docx
from ..strategi import build, kortlaegning
from .rapport import question_text
from .xlsx import write_xlsx

BOX = "\u2610"  # ☐


def _q_text(q: kortlaegning.Question, values: Mapping[str, str]) -> str:
    return question_text(q, dict(values))


def _options(q: kortlaegning.Question) -> tuple[str, ...]:
    if q.key == "enhed":
        return ("[udfyld: enhed 1]", "[udfyld: enhed 2]", "[udfyld: enhed 3]")
    return q.options


_BLANK = re.compile(r"(\[udfyld: [^\]]+\])")


def _runs(text: str, **kw: bool) -> list[Run]:
    """Text with «[udfyld: …]» pieces as highlighted placeholder runs."""
    return [Run(part, placeholder=True) if _BLANK.fullmatch(part) else Run(part, **kw)
            for part in _BLANK.split(text) if part]


def forms_blocks(values: Mapping[str, str]) -> list[Block]:
    blocks: list[Block] = []
    for i, q in enumerate(kortlaegning.QUESTIONS, start=1):
        hint = kortlaegning.choice_hint(q)
        blocks.append(Paragraph([Run(f"{i}. {_q_text(q, values)} ({hint.rstrip('.').lower()})")],
                                keep_with_next=True))
        blocks.append(Bullets([_runs(o) for o in _options(q)], keep_together=True))
    return blocks


def answer_sheet_blocks(values: Mapping[str, str]) -> list[Block]:
    navn = values.get("navn") or ""
    blocks: list[Block] = [
        Paragraph([Run("Arbejdsplads: ", bold=True),
                   *(_runs(navn) if navn else _runs("[udfyld: arbejdspladsens navn]"))]),
        Paragraph(_runs("Skriv ikke dit navn. Sæt kryds i boksene. Læg det udfyldte ark i den lukkede kasse "
                        "[udfyld: hvor kassen står] senest [udfyld: dato]. Det er frivilligt at svare.")),
    ]
    for i, q in enumerate(kortlaegning.QUESTIONS, start=1):
        blocks.append(Heading(2, [Run(f"{i}. {_q_text(q, values)}")]))
        if kortlaegning.routing(q):
            blocks.append(Paragraph([Run(kortlaegning.routing_text(q).replace("Kun til dem, der har svaret",
                                                                            "Svar kun, hvis du har svaret"))],
                                    keep_with_next=True))
        blocks.append(Paragraph([Run(kortlaegning.choice_hint(q), italic=True)], keep_with_next=True))
        opts = _options(q)
        last = len(opts) - 1
        for j, o in enumerate(opts):
            blocks.append(Paragraph([Run(f"{BOX}  "), *_runs(o)], keep_with_next=j < last))
    blocks.append(Paragraph([Run("Tak for dine svar.", bold=True)]))
    return build.placeholder_list(blocks, before="før I deler arket ud") + blocks


def xlsx_rows(values: Mapping[str, str]) -> list[list[str]]:
    width = max(len(_options(q)) for q in kortlaegning.QUESTIONS)
    rows = [["Nr.", "Spørgsmål", "Type", "Højst antal svar", "Hvem svarer",
             *[f"Svarmulighed {i}" for i in range(1, width + 1)]]]
    for i, q in enumerate(kortlaegning.QUESTIONS, start=1):
        kind = "Flere svar" if q.multiple else "Ét svar"
        who = kortlaegning.routing_text(q) or "Alle"
        rows.append([str(i), _q_text(q, values), kind, str(q.max_choices or ""), who, *_options(q)])
    return rows


def forms_docx(values: Mapping[str, str], now) -> bytes:
    title = "Kortlægning af digital chikane"
    return build_docx(Document(title=title, blocks=forms_blocks(values), created=now,
                               subject="Spørgeskema til import i Microsoft Forms",
                               footer=build.footer_text(title)))


def answer_sheet_docx(values: Mapping[str, str], now) -> bytes:
    title = "Spørgeskema om digital chikane"
    return build_docx(Document(title=title, blocks=answer_sheet_blocks(values), created=now,
                               subject="Svarark til papir", footer=build.footer_text(title)))


def questions_xlsx(values: Mapping[str, str]) -> bytes:
    return write_xlsx(xlsx_rows(values), sheet_name="Spørgsmål", widths=(5, 60, 11, 9, 40, *([28] * 8)))
