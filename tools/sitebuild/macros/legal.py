"""Legal tables and citations, generated from the engine's rules (one source; no § typed twice)."""
from __future__ import annotations

import html
from datetime import date

from chikane import rules
from chikane.model import Confidence, Rule

from . import Context, MacroError, macro

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli",
          "august", "september", "oktober", "november", "december")


def danish_date(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def _group(group: str) -> list[Rule]:
    found = [r for r in rules.ALL if r.group == group]
    if not found:
        known = sorted({r.group for r in rules.ALL})
        raise MacroError(f"no rules in group {group!r}; known groups: {known}")
    return sorted(found, key=lambda r: (r.key, r.valid_from))


def _cell(text: str | None) -> str:
    return html.escape(text or "—").replace("|", "&#124;").replace("\n", " ")


def _link(r: Rule, label: str | None = None) -> str:
    return f'<a href="{html.escape(r.source.url)}">{html.escape(label or r.citation)}</a>'


def _validity(r: Rule) -> str:
    text = f"Fra {danish_date(r.valid_from)}"
    if r.valid_to:
        text += f" til {danish_date(r.valid_to)}"
    return text


@macro("regeltabel")
def rule_table(ctx: Context, group: str) -> str:
    """All rules of a law as a table: §, what it requires, penalty, prosecution, limitation, validity, source."""
    rows = [
        "| Bestemmelse | Hvad kræver den? | Straf | Hvem rejser sagen? | Forældelse | Gælder | Kilde |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in _group(group):
        requires = f"**{_cell(r.title)}.** {_cell(r.requires)}"
        if r.note:
            requires += f" <br>*{_cell(r.note)}*"
        if r.confidence is not Confidence.PRIMARY:
            requires += f' <br><span class="regel-usikker">⚠ {_cell(r.confidence.label)}. {_cell(r.confidence_note)}</span>'
        validity = _validity(r)
        if r.valid_from_note:
            validity += f" ({_cell(r.valid_from_note)})"
        rows.append(
            f"| {_cell(r.citation)} | {requires} | {_cell(r.penalty)} | "
            f"{_cell(r.prosecution.label if r.prosecution else None)} | {_cell(r.limitation)} | "
            f"{_cell(validity)} | {_link(r, 'Lovtekst')} |"
        )
    return "\n".join(rows)


@macro("regel")
def rule_citation(ctx: Context, key: str) -> str:
    """An inline, linked citation of the version in force on the newest review date."""
    try:
        versions = rules.versions(key)
    except rules.UnknownRule:
        raise MacroError(f"unknown rule key {key!r}") from None
    r = versions[-1]
    return _link(r, f"{r.law.lower() if r.law[0].isupper() and ' ' not in r.law else r.law} {r.section}")


@macro("senest_gennemgaaet")
def reviewed_line(ctx: Context, group: str) -> str:
    latest = min(r.reviewed for r in _group(group))
    return f'<p class="senest-gennemgaaet"><strong>Senest gennemgået:</strong> {danish_date(latest)}</p>'


@macro("kilder")
def sources(ctx: Context, group: str) -> str:
    seen: dict[str, str] = {}
    for r in _group(group):
        seen.setdefault(r.source.url, r.source.title)
    return "\n".join(f"- [{html.escape(t)}]({u})" for u, t in seen.items())
