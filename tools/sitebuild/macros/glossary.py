"""``{{ ordliste }}``: the glossary page, from the same list as the tooltips."""
from __future__ import annotations

import html

from ..abbreviations import ABBREVIATIONS
from . import Context, macro


@macro("ordliste")
def glossary(ctx: Context) -> str:
    rows = ["| Forkortelse | Betyder |", "|---|---|"]
    for abbr, meaning in sorted(ABBREVIATIONS.items()):
        rows.append(f"| {html.escape(abbr)} | {html.escape(meaning)} |")
    return "\n".join(rows)
