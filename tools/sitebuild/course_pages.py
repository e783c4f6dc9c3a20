"""Generated pages of the course kit: one page per scenario card and the list of cards.

The cards live in chikane/kursus/sager/*.md; the HTML comes from chikane.kursus.views, which reads
the expected reading from the flow itself. One source, so the pages cannot drift
from the cards' tests.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from chikane.kursus import sager
from chikane.kursus.views import CourseLinks, render_card, render_case_list
from chikane.request_fields import default_day
from chikane.workplace import parse_workplace

from .generated import GeneratedPage

CASES_DIR = "kursus/cases"
FROM_CARD = CourseLinks("../../../")   # kursus/cases/<id>/ -> site root
FROM_LIST = CourseLinks("../../")      # kursus/cases/ (the index page) -> site root


def _page(path: str, title: str, body_md: str) -> GeneratedPage:
    # json.dumps gives a quoted YAML string, safe for titles with colons and quotes.
    return GeneratedPage(path, f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n# {title}\n\n{body_md}\n")


def course_pages(workplace_raw: dict[str, Any]) -> Iterable[GeneratedPage]:
    problems = sager.problems()
    if problems:
        raise ValueError("scenario cards: " + "; ".join(problems))
    workplace = parse_workplace(workplace_raw)
    today = default_day()
    n = len(sager.CASES)
    # kursus/cases/index.md is served at kursus/cases/: two levels below the root.
    yield _page(
        f"{CASES_DIR}/index.md",
        "Sagskort",
        f"Her er de {n} sagskort. Hvert kort har en situation, spørgsmål til drøftelse og den læsning, "
        "som «Er det strafbart?» giver. Udskrevet fylder et kort ét A4-ark, der foldes på midten, og en side til "
        "underviseren. "
        "Vil du udskrive alle på én gang, så brug [alle sagskort til udskrift](../kort.md).\n\n"
        f'<div markdown="0">\n{render_case_list(FROM_LIST)}\n</div>',
    )
    for i, case in enumerate(sager.CASES, start=1):
        body = (
            f'<p class="kort-nummer">Sagskort {i} af {n} · Kursus om digital chikane</p>\n\n'
            f'<div class="kursus-kort-side" markdown="0">\n{render_card(case, FROM_CARD, workplace, today)}\n</div>'
        )
        yield _page(f"{CASES_DIR}/{case.id}.md", case.title, body)

