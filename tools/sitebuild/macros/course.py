"""Macros for the course kit (docs/kursus/): the quiz, all cards for print, links to cards.

The cards themselves are data in chikane.cases; nothing here repeats their text.
"""
from __future__ import annotations

import html
import re
import posixpath

from chikane import cases
from chikane.quiz import CourseLinks, render_card, render_case_list, render_form, render_picker
from chikane.request_fields import default_day
from chikane.workplace import parse_workplace

from ..paths import DOCS
from . import Context, MacroError, macro


def _root(ctx: Context) -> CourseLinks:
    """Links from this page to the site root (use_directory_urls: a.md is served at a/)."""
    path = ctx.page_path
    depth = path.count("/") + (0 if posixpath.basename(path) == "index.md" else 1)
    return CourseLinks("../" * depth)


@macro("kursusquiz")
def quiz(ctx: Context) -> str:
    """The quiz: the case picker and the first case's form, rendered at build time so they show
    at once; the JS shell (assets/js/quiz.js) asks the engine for feedback."""
    first = cases.CASES[0]
    if _root(ctx).root != "../../":
        raise MacroError("{{ kursusquiz }} belongs on kursus/quiz.md: the engine's links assume that page")
    return (
        '<div class="quiz-tool" data-tool="quiz" markdown="0">\n'
        '<p class="quiz-status" role="status" aria-live="polite"></p>\n'
        f"{render_picker(first)}\n"
        f'<div class="quiz-view">{render_form(first)}</div>\n'
        '<div class="quiz-feedback"></div>\n'
        "</div>"
    )


@macro("kursuskort_alle")
def all_cards(ctx: Context) -> str:
    """Every card, each on its own A4 page when printed (for handing out)."""
    links = _root(ctx)
    workplace = parse_workplace(ctx.workplace)
    today = default_day()
    cards = "\n".join(render_card(c, links, workplace, today, level=3, title_level=2) for c in cases.CASES)
    return f'<div class="kursus-kort-samling" markdown="0">\n{cards}\n</div>'


@macro("sagsliste")
def case_list(ctx: Context) -> str:
    return f'<div markdown="0">\n{render_case_list(_root(ctx))}\n</div>'


@macro("sag")
def case_link(ctx: Context, case_id: str) -> str:
    """``{{ sag falsk-profil }}`` → a Markdown link to the card, titled from the card data."""
    case = cases.CASE_BY_ID.get(case_id)
    if case is None:
        raise MacroError(f"unknown case {case_id!r}; known: {sorted(cases.CASE_BY_ID)}")
    return f"[{case.title}]({ctx.rel(f'kursus/cases/{case.id}.md')})"


@macro("antal_sager")
def case_count(ctx: Context) -> str:
    return str(len(cases.CASES))


@macro("strategilink")
def strategy_link(ctx: Context, *words: str) -> str:
    """A link to the strategy section once it exists; until then its name in plain text."""
    text = " ".join(words) or "strategiskabelonen"
    if (DOCS / "strategi" / "index.md").exists():
        return f"[{html.escape(text)}]({ctx.rel('strategi/index.md')})"
    return html.escape(text)


_DIAMOND = re.compile(r'^(\s+)([A-Za-z_][\w]*)\{(".*")\}$', re.MULTILINE)
_EDGE = re.compile(r'^(\s+)([A-Za-z_]\w*) -- "[^"]*" --> ([A-Za-z_]\w*)$')
POSTER_INIT = '%%{init: {"flowchart": {"rankSpacing": 24, "nodeSpacing": 20, "wrappingWidth": 190}}}%%'


def poster_source(source: str, direction: str = "TD") -> str:
    """Make the flow diagram fit one sheet: questions as rounded boxes instead of diamonds
    (Mermaid draws a diamond as tall as it is wide), and one plain arrow where every answer
    leads to the same next question (each edge label costs the layout a whole extra row)."""
    source = _DIAMOND.sub(r"\1\2(\3)", source)
    lines = source.splitlines()
    targets: dict[str, set[str]] = {}
    for line in lines:
        m = _EDGE.match(line)
        if m:
            targets.setdefault(m.group(2), set()).add(m.group(3))
    out: list[str] = []
    merged: set[str] = set()
    for line in lines:
        m = _EDGE.match(line)
        if m and len(targets[m.group(2)]) == 1:
            if m.group(2) not in merged:
                merged.add(m.group(2))
                out.append(f"{m.group(1)}{m.group(2)} --> {m.group(3)}")
            continue
        out.append(line)
    out[0] = out[0].replace("flowchart TD", f"flowchart {direction}", 1)
    return "\n".join([POSTER_INIT, *out])


@macro("flowplakat")
def flow_poster(ctx: Context, direction: str = "TD") -> str:
    """The «Er det strafbart?» diagram for the A3 poster: the same diagram as {{ flowdiagram }}
    (chikane.mermaid, drawn from the flow), laid out to fit one sheet (see poster_source)."""
    if direction not in ("TD", "LR"):
        raise MacroError("{{ flowplakat }} takes TD or LR")
    from chikane.mermaid import flow_diagram

    return "```mermaid\n" + poster_source(flow_diagram(include_outcomes=True), direction) + "\n```"
