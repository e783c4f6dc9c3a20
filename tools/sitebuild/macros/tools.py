"""Macros for the deadline calculator page (docs/vaerktoejer/fristberegner.md).

The form's enumerated values (the offences) and the no-JavaScript overview come
from the engine's rules, so no § is typed twice. The engine scripts and the
workplace JSON are added to every tool page by sitebuild.pyodide_bundle.
"""
from __future__ import annotations

import html
from datetime import date

from chikane import frister, rules
from chikane.model import Confidence, Rule
from chikane.tekst import within_days

from . import Context, macro

# The rules the calculator counts from (the RULE of each module in chikane/frister/), in the order it lists them.
DEADLINE_KEYS = tuple(dict.fromkeys(item.RULE for item in frister.ITEMS if item.RULE))


def _today() -> date:
    # No clock reads at build time either: the newest review date stands for "today".
    return max(r.reviewed for r in rules.ALL)


def offence_rules() -> list[Rule]:
    """Offences with a penalty frame: the values the calculator accepts in "offences"."""
    today = _today()
    keys = sorted({r.key for r in rules.ALL if r.max_penalty_years is not None and r.key.startswith("strfl-")},
                  key=lambda k: [int(p) if p.isdigit() else p for p in _split(k)])
    return [rules.current(k, today) for k in keys]


def _split(key: str) -> list[str]:
    import re

    return re.findall(r"\d+|\D+", key)


@macro("fristberegner_forbrydelser")
def offence_checkboxes(ctx: Context) -> str:
    """Checkboxes name="offences", one per offence; the flow's result links prefill them."""
    items = []
    for r in offence_rules():
        ident = f"forbrydelse-{r.key}"
        items.append(
            f'<li><input type="checkbox" name="offences" value="{html.escape(r.key)}" id="{ident}"> '
            f'<label for="{ident}">{html.escape(r.section)} — {html.escape(r.title)}</label></li>'
        )
    return '<ul class="frister-offences">' + "".join(items) + "</ul>"


def _rule_line(r: Rule) -> str:
    line = (
        f'<li><strong><a href="{html.escape(r.source.url)}">{html.escape(r.citation)}</a></strong> — '
        f"{html.escape(r.title)}. {html.escape(r.requires)}"
    )
    if r.limitation:
        line += f" Forældelse: {html.escape(r.limitation)}."
    if r.confidence is not Confidence.PRIMARY:
        line += f' <span class="regel-usikker">Bemærk: {html.escape(r.confidence.label)}. {html.escape(r.confidence_note)}</span>'
    return line + "</li>"


@macro("fristoversigt")
def deadline_overview(ctx: Context) -> str:
    """The rules behind the deadlines, for reading and printing without the calculator."""
    today = _today()
    items = []
    for key in DEADLINE_KEYS:
        try:
            items.append(_rule_line(rules.current(key, today)))
        except rules.UnknownRule:
            continue  # a rule not (yet) in the engine is simply not listed
    days = int(ctx.workplace.get("intern_frist_dage", 10))
    system = html.escape(str(ctx.workplace.get("haendelsessystem", "")))
    internal = (
        f"<li><strong>Intern registrering</strong> — registrer hændelsen i {system} {within_days(days, 'hændelsen')} "
        "(arbejdspladsens egen frist).</li>"
    )
    return '<ul class="frister-oversigt">' + internal + "".join(items) + "</ul>"
