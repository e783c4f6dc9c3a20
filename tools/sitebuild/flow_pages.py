"""Pre-rendered pages for «Er det strafbart?»: one page per question and per outcome,
with plain links, so the tool works with JavaScript off and can be printed.
The HTML comes from the engine's own views (chikane.views_flow)."""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from chikane import flow_check
from chikane.flow import OUTCOMES, QUESTIONS
from chikane.flow_model import END
from chikane.views_flow import (
    Links,
    question_number,
    render_static_outcome,
    render_static_question,
    render_static_result,
)
from chikane.request_fields import default_day
from chikane.workplace import parse_workplace

from .generated import GENERATORS, GeneratedPage

TOOL_DIR = "vaerktoejer/er-det-strafbart"
DEEP = Links(root="../../")  # from trin/<id>/ and udfald/<id>/ back to the tool page


def build_day() -> date:
    """The review date shown on pages is the newest review of any rule (no clock reads)."""
    return default_day()


def _page(path: str, title: str, body: str) -> GeneratedPage:
    # The HTML is already escaped by the engine; md_in_html is not needed for a raw block.
    md = (
        f"---\ntitle: \"{title}\"\nsearch:\n  exclude: true\n---\n\n# {title}\n\n"
        f'<div class="flow-static-page" markdown="0">\n{body}\n</div>\n'
    )
    return GeneratedPage(path, md)


def flow_pages(workplace_raw: dict[str, Any]) -> Iterable[GeneratedPage]:
    flow_check.check()
    workplace = parse_workplace(workplace_raw)
    today = build_day()
    for q in QUESTIONS:
        yield _page(
            f"{TOOL_DIR}/trin/{q.id}.md",
            f"Er det strafbart? Spørgsmål {question_number(q.id)}",
            render_static_question(q, DEEP),
        )
    yield _page(f"{TOOL_DIR}/trin/{END}.md", "Er det strafbart? Det skal altid ske", render_static_result(workplace, today, DEEP))
    for o in OUTCOMES:
        yield _page(f"{TOOL_DIR}/udfald/{o.id}.md", o.title, render_static_outcome(o, workplace, today, DEEP))


GENERATORS.append(flow_pages)
