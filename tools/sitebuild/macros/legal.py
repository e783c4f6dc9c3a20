"""Legal tables and citations, generated from the engine's rules (one source; no § typed twice)."""
from __future__ import annotations

import html
from datetime import date

from chikane import rules
from chikane.model import Confidence, Rule
from chikane.tekst import danish_date

from . import Context, MacroError, macro



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


CHANGES_PAGE = "jura/aendringer.md"


def page_url(ctx: Context, target: str) -> str:
    """The relative URL (directory URLs) from the page being built to ``target``, for raw HTML links."""
    import posixpath

    def url(md: str) -> str:
        return posixpath.dirname(md) + "/" if md.endswith("index.md") else md[:-3] + "/"

    here = url(ctx.page_path)
    rel = posixpath.relpath(url(target), here)
    return rel.rstrip("/") + "/" if rel != "." else "./"


def last_changed(key: str) -> Rule:
    """The newest version of ``key``: the date the rule last changed (as far as the texts compared show)."""
    return rules.versions(key)[-1]


def _changed_cell(r: Rule) -> str:
    newest = last_changed(r.key)
    if newest is not r:
        return ""
    anchor = f"d-{newest.valid_from.isoformat()}"
    return f' Senest ændret: <a href="{{CHANGES}}#{anchor}">{danish_date(newest.valid_from)}</a>.'


_COLUMNS = (
    # (heading, cell function, optional): optional columns are left out when no rule in the table has a value.
    ("Bestemmelse", lambda r: _cell(r.citation), False),
    ("Hvad kræver den?", lambda r: _requires(r), False),
    ("Straf", lambda r: _cell(r.penalty), True),
    ("Hvem rejser sagen?", lambda r: _cell(r.prosecution.label if r.prosecution else None), True),
    ("Forældelse", lambda r: _cell(r.limitation), True),
    ("Gælder", lambda r: _cell(_validity(r)) + (f" ({_cell(r.valid_from_note)})" if r.valid_from_note else "")
     + _changed_cell(r) + f" Gennemgået {danish_date(r.reviewed)}.", False),
    ("Kilde", lambda r: _link(r, "Lovtekst"), False),
)
_OPTIONAL_FIELD = {"Straf": "penalty", "Hvem rejser sagen?": "prosecution", "Forældelse": "limitation"}


def _requires(r: Rule) -> str:
    text = f"**{_cell(r.title)}.** {_cell(r.requires)}"
    if r.note:
        text += f" <br>*{_cell(r.note)}*"
    if r.confidence is not Confidence.PRIMARY:
        text += f' <br><span class="regel-usikker">⚠ {_cell(r.confidence.label)}. {_cell(r.confidence_note)}</span>'
    return text


@macro("regeltabel")
def rule_table(ctx: Context, group: str) -> str:
    """All rules of a law as a table: §, what it requires, penalty, prosecution, limitation, validity, source."""
    group_rules = _group(group)
    cols = [
        c for c in _COLUMNS
        if not c[2] or any(getattr(r, _OPTIONAL_FIELD[c[0]]) for r in group_rules)
    ]
    rows = ["| " + " | ".join(c[0] for c in cols) + " |", "|" + "---|" * len(cols)]
    changes = html.escape(page_url(ctx, CHANGES_PAGE))
    for r in group_rules:
        rows.append("| " + " | ".join(c[1](r) for c in cols).replace("{CHANGES}", changes) + " |")
    return "\n".join(rows)


@macro("regel")
def rule_citation(ctx: Context, key: str) -> str:
    """An inline, linked citation of the version in force on the newest review date."""
    try:
        versions = rules.versions(key)
    except rules.UnknownRule:
        raise MacroError(f"unknown rule key {key!r}") from None
    r = versions[-1]
    # Mid-sentence a law's name is lower case ("straffeloven § 119"); acronyms such as DSA stay as they are.
    law = r.law.lower() if r.law.istitle() and " " not in r.law else r.law
    return _link(r, f"{law} {r.section}")


@macro("senest_gennemgaaet")
def reviewed_line(ctx: Context, group: str) -> str:
    """The oldest review date of the group's rules ("alle": of every rule) — the page is as current as its oldest rule."""
    chosen = list(rules.ALL) if group == "alle" else _group(group)
    latest = min(r.reviewed for r in chosen)
    return f'<p class="senest-gennemgaaet"><strong>Senest gennemgået:</strong> {danish_date(latest)}</p>'


@macro("kilder")
def sources(ctx: Context, group: str) -> str:
    seen: dict[str, str] = {}
    for r in _group(group):
        seen.setdefault(r.source.url, r.source.title)
    return "\n".join(f"- [{html.escape(t)}]({u})" for u, t in seen.items())


@macro("vaerdi")
def rule_value(ctx: Context, key: str, param: str) -> str:
    """A number a rule's calculation uses (``{{ vaerdi offerst-10 hours }}`` → 72), from the newest version."""
    try:
        r = rules.versions(key)[-1]
    except rules.UnknownRule:
        raise MacroError(f"unknown rule key {key!r}") from None
    if param not in r.params:
        raise MacroError(f"rule {key!r} has no param {param!r}; it has {sorted(r.params)}")
    return str(r.params[param])
