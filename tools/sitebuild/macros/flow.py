"""Macros for «Er det strafbart?»: the tool itself (first question pre-rendered) and its diagram."""
from __future__ import annotations

from chikane.flow import walk
from chikane.flow.mermaid import flow_diagram
from chikane.flow.views import Links, render_step
from chikane.workplace import parse_workplace

from ..flow_pages import EARLY_FILE, build_day, early_inline
from . import Context, macro


@macro("flowvaerktoej")
def flow_tool(ctx: Context) -> str:
    """The interactive tool: Python renders the first question at build time, so it shows
    with the page; the JS shell takes over when Python is ready in the browser."""
    w = walk([])
    html = render_step(w, [], parse_workplace(ctx.workplace), build_day(), Links())
    return (
        # Python's answers for the first tap, computed at build time (sitebuild.flow_pages.early_answers);
        # fetched at once, so a tap before Python is ready is answered within the click.
        f'<link rel="preload" href="{EARLY_FILE}" as="fetch" crossorigin="anonymous">\n'
        f'<div class="flow-tool" data-tool="flow" data-early="{EARLY_FILE}" markdown="0">\n'
        '<div class="flow-status" role="status" aria-live="polite"></div>\n'
        f'<div class="flow-view">{html}</div>\n'
        # The first answers with one choice, in the page itself: a tap at its first moment needs no request.
        f'<script type="application/json" class="flow-early">{early_inline(ctx.workplace)}</script>\n'
        "</div>"
    )


@macro("flowdiagram")
def diagram(ctx: Context, kind: str = "fuld") -> str:
    return "```mermaid\n" + flow_diagram(include_outcomes=(kind != "spoergsmaal")) + "\n```"
