"""Pre-rendered pages for «Er det strafbart?»: one page per question and per outcome,
with plain links, so the tool works with JavaScript off and can be printed.
The HTML comes from the engine's own views (chikane.flow.static)."""
from __future__ import annotations

import json
from datetime import date
from itertools import combinations
from typing import Any, Iterable

from chikane import api
from chikane.flow import END, OUTCOMES, QUESTION_BY_ID, QUESTIONS, START
from chikane.flow import check as flow_check
from chikane.flow.static import render_static_outcome, render_static_question, render_static_result
from chikane.flow.views import Links, question_number
from chikane.request_fields import default_day
from chikane.workplace import parse_workplace

from .generated import GeneratedPage
from .script_json import script_json

TOOL_DIR = "vaerktoejer/er-det-strafbart"
EARLY_FILE = "tidlige-svar.json"  # beside the tool page; read by tools.js (setupFlow)
EARLY_MAX_CHOICES = 3  # first answers with up to this many choices ticked (175 of 1,023; 0.5 MB)
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


def early_answers(workplace_raw: dict[str, Any], max_choices: int = EARLY_MAX_CHOICES,
                  lookahead: bool = True) -> dict[str, Any]:
    """Python's own answers for the first answer of the flow, computed at build time, so a tap
    before Python is ready in the browser is answered at once (issue 10 item 8).

    Keyed by state, exactly what the browser would get from ``chikane.api`` for the same request.
    Only question steps are kept: they do not depend on the day, while a result does (the dates of
    the rules, the date printed on it), so a result is always computed by Python in the browser.
    A first answer with one choice also carries its lookahead (the next question's answers), unless
    ``lookahead`` is off (the copy inlined in the tool page: see ``early_inline``).
    """
    first = QUESTION_BY_ID[START]
    ids = [o.id for o in first.options]
    out: dict[str, Any] = {}
    for n in range(1, (len(ids) if first.multi else 1) + 1):
        if n > max_choices:
            break
        for combo in combinations(ids, n):
            state = f"{START}.{','.join(combo)}"
            r = api.handle({"tool": "flow", "state": state, "workplace": workplace_raw, "lookahead": lookahead and n == 1})
            if not r["ok"] or r["complete"]:
                continue
            if "next" in r:
                r["next"] = {k: v for k, v in r["next"].items() if v["ok"] and not v["complete"]}
            out[state] = r
    return out


def early_inline(workplace_raw: dict[str, Any]) -> str:
    """The first answers with one choice, without their lookahead (about 25 kB once escaped), for the tool page's
    ``<script type="application/json">``: a tap at the page's first moment is answered from the page
    itself, with no request to wait for (issue 10 item 8). Everything else comes from EARLY_FILE."""
    return script_json(early_answers(workplace_raw, max_choices=1, lookahead=False))


def flow_pages(workplace_raw: dict[str, Any]) -> Iterable[GeneratedPage]:
    flow_check.check()
    yield GeneratedPage(f"{TOOL_DIR}/{EARLY_FILE}",
                        json.dumps(early_answers(workplace_raw), ensure_ascii=False, separators=(",", ":")))
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

