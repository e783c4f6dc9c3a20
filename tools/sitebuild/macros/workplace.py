"""Macros that print the workplace's own values from arbejdsplads.yml."""
from __future__ import annotations

import html

from . import Context, MacroError, macro

_FIELDS = ("navn", "haendelsessystem", "intern_frist_dage", "arkivpostkasse")


@macro("arbejdsplads")
def workplace_value(ctx: Context, key: str) -> str:
    """``{{ arbejdsplads navn }}`` → the configured value, HTML-escaped."""
    if key not in _FIELDS:
        raise MacroError(f"unknown workplace field {key!r}; use one of {_FIELDS}")
    value = ctx.workplace[key]
    if key == "arkivpostkasse" and not value:
        return "den fælles dokumentationspostkasse (spørg din leder)"
    return html.escape(str(value))


@macro("kontakter")
def contacts_table(ctx: Context) -> str:
    """``{{ kontakter }}`` → a table of the configured contacts."""
    rows = ["| Rolle | Navn | Telefon | Mail |", "|---|---|---|---|"]
    for c in ctx.workplace["kontakter"].values():
        def cell(v: str) -> str:
            return html.escape(v) if v else "*spørg din leder*"
        mail = f"[{html.escape(c['mail'])}](mailto:{html.escape(c['mail'])})" if c["mail"] else cell("")
        rows.append(f"| {html.escape(c['titel'])} | {cell(c['navn'])} | {cell(c['telefon'])} | {mail} |")
    return "\n".join(rows)
