"""HTML timeline of the deadline result ("Dine frister").

An accessible fragment: one heading, an ordered list in time order, plain links
to the sources, visible notes for rules that are not confirmed in primary text.
Everything is escaped with html.escape; no scripts, no inline handlers, no
inline styles. Class names start with "frist-" so the theme can style them.
"""
from __future__ import annotations

import html
from datetime import date
from typing import Any, Mapping

from ..tekst import danish_date


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _p(cls: str, inner_html: str) -> str:
    return f'<p class="{cls}">{inner_html}</p>'


def _item(d: Mapping[str, Any]) -> str:
    expired = d.get("expired")
    state = "frist-uden-dato" if d.get("due") is None else ("frist-udloebet" if expired else "frist-aktiv")
    parts = [f'<li class="frist-punkt {state}">', f'<h3 class="frist-titel">{_e(d.get("title"))}</h3>']

    if d.get("due"):
        when = f'<time datetime="{_e(d.get("due"))}">{_e(d.get("due_text"))}</time>'
        status = "Udløbet" if expired else "Frist"
        parts.append(_p(
            "frist-tid",
            f'<span class="frist-status">{status}:</span> {when} '
            f'<span class="frist-nedtaelling">({_e(d.get("countdown"))})</span>',
        ))
    elif d.get("unit") == "ingen fast frist":
        parts.append(_p("frist-tid", '<span class="frist-status">Ingen fast frist.</span>'))
    else:
        parts.append(_p("frist-tid", f'<span class="frist-status">Ikke beregnet endnu.</span> {_e(d.get("waiting"))}'))

    if d.get("condition"):
        parts.append(_p("frist-betingelse", f"<strong>Betingelse:</strong> {_e(d.get('condition'))}"))
    parts.append(_p("frist-hvem", f"<strong>Hvem:</strong> {_e(d.get('who_label'))}"))
    parts.append(_p("frist-handling", f"<strong>Det skal du gøre:</strong> {_e(d.get('todo'))}"))
    if d.get("explanation"):
        parts.append(_p("frist-forklaring", _e(d.get("explanation"))))
    for assumption in d.get("assumptions") or []:
        parts.append(_p("frist-antagelse", f"<strong>Antagelse:</strong> {_e(assumption)}"))

    citation = _e(d.get("citation"))
    if d.get("source_url"):
        citation = f'<a href="{_e(d.get("source_url"))}">{citation}</a>'
    source_line = f"<strong>Regel:</strong> {citation}."
    if d.get("source_note"):
        source_line += f" {_e(d.get('source_note'))}"
    if d.get("reviewed"):
        reviewed = date.fromisoformat(str(d["reviewed"]))
        source_line += f" Senest gennemgået {_e(danish_date(reviewed))}."
    parts.append(_p("frist-kilde", source_line))

    if d.get("confidence_label"):
        note = f"<strong>{_e(d.get('confidence_label'))}.</strong>"
        if d.get("confidence_note"):
            note += f" {_e(d.get('confidence_note'))}"
        parts.append(_p("frist-sikkerhed", note))
    parts.append("</li>")
    return "\n".join(parts)


def render(result: Mapping[str, Any]) -> str:
    """The timeline fragment for a successful "frister" result."""
    incident = result.get("incident") or {}
    intro = f"Hændelsen: {_e(incident.get('text'))}."
    if not incident.get("time_given"):
        intro += " Du har ikke skrevet et klokkeslæt, så vi regner fra kl. 00.00."
    intro += (
        " Fristerne regnes fra hændelsen. Tiden, der er tilbage, er regnet ud fra klokken nu"
        f" ({_e(result.get('now_text'))})."
    )
    parts = [
        '<section class="frist-oversigt">',
        '<h2 class="frist-overskrift">Dine frister</h2>',
        _p("frist-intro", intro),
        _p(
            "frist-vejledning",
            "Fristerne står i den rækkefølge, de udløber. Frister uden dato står til sidst. "
            "Gør tingene i god tid – vent ikke til sidste dag.",
        ),
        '<ol class="frist-tidslinje">',
        *(_item(d) for d in result.get("deadlines") or []),
        "</ol>",
    ]
    if any(d.get("limitation") for d in result.get("deadlines") or []) and not result.get("foraeldelse_i_kalender"):
        parts.append(_p(
            "frist-kalender",
            "Forældelsesfristerne er politiets frister. De kommer ikke med i kalenderfilen, medmindre du sætter "
            "kryds ved «Tag forældelsesfristerne med i kalenderfilen».",
        ))
    notes = result.get("notes") or []
    if notes:
        parts.append('<h3 class="frist-bemaerk-overskrift">Bemærk</h3>')
        parts.append('<ul class="frist-bemaerkninger">')
        parts.extend(f'<li class="frist-bemaerkning">{_e(n)}</li>' for n in notes)
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)
