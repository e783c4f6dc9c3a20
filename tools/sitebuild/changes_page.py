"""«Ændringer i reglerne»: every rule version by the date it applies from, newest first.

Generated from the engine's rules, so the page cannot drift from them. Each date has its own anchor
(``#d-2026-07-01``): a MED committee that adopted the template on a date reads every date above it.
Rule tables link each rule's newest version here (``macros.legal``).

Listed in ``sitebuild.generated.GENERATORS``.
"""
from __future__ import annotations

import html
from collections import defaultdict
from datetime import date
from typing import Any, Iterable

from chikane import rules
from chikane.model import Confidence, Rule
from chikane.tekst import danish_date

from .generated import GeneratedPage
from .macros.legal import CHANGES_PAGE

# The page each rule group is explained on (docs-relative), for "read more" links.
GROUP_PAGES = {
    "straffeloven": "straffeloven.md", "offererstatning": "offererstatning.md", "arbejdsskade": "arbejdsskade.md",
    "arbejdsmiljo": "arbejdsmiljo.md", "databeskyttelse": "databeskyttelse.md", "datatilsynet": "databeskyttelse.md",
    "offentlighed": "offentlighed.md", "forvaltning": "forvaltning.md", "dsa": "dsa.md", "tilhold": "tilhold.md",
    "retspleje": "retsplejeloven.md", "cpr": "adressebeskyttelse.md",
}

INTRO = """\
---
title: Ændringer i reglerne
description: Alle regler i håndbogen efter den dato, de gælder fra – de nyeste først.
search:
  exclude: true
---

# Ændringer i reglerne

Her står alle regler i håndbogen efter den dato, de gælder fra. De nyeste står først.

**Har I vedtaget retningslinjen på en bestemt dato?** Find datoen i listen. Alt, der står over den, er kommet til eller ændret siden.

- Hver regel står med paragraf, hvad der er ændret, og kilden.
- Mange regler er ældre end den første dato her. Datoen er så den ældste lovtekst, vi har sammenlignet ordlyden med. Det står ved reglen.
- «Gennemgået» er den dato, vi sidst har tjekket reglen mod kilden.

{{ senest_gennemgaaet alle }}

"""


def _anchor(d: date) -> str:
    return f"d-{d.isoformat()}"


def _what(r: Rule, first: bool) -> str:
    if r.changed:
        return r.changed
    return "Den ældste udgave, vi har sammenlignet." if first else "Ordlyden er ændret."


def _line(r: Rule, first: bool) -> str:
    page = GROUP_PAGES.get(r.group)
    title = html.escape(r.title)
    head = f"[{html.escape(r.citation)}]({page})" if page else html.escape(r.citation)
    parts = [f"- **{head}** – {title}. *{html.escape(_what(r, first))}*"]
    basis = f" ({html.escape(r.valid_from_note)})" if r.valid_from_note else ""
    until = f" til {danish_date(r.valid_to)}" if r.valid_to else ""
    parts.append(f"  Gælder fra {danish_date(r.valid_from)}{until}{basis}.")
    conf = r.confidence.label if r.confidence is not Confidence.PRIMARY else "Bekræftet i lovteksten"
    parts.append(
        f"  Kilde: [{html.escape(r.source.title)}]({html.escape(r.source.url)}). {html.escape(conf)}. "
        f"Gennemgået {danish_date(r.reviewed)}."
    )
    return "\n".join(parts)


def markdown() -> str:
    by_day: dict[date, list[tuple[Rule, bool]]] = defaultdict(list)
    for key in rules.keys():
        versions = rules.versions(key)
        for i, r in enumerate(versions):
            by_day[r.valid_from].append((r, i == 0))
    days = sorted(by_day, reverse=True)
    out = [INTRO, "## Datoer", "", " · ".join(f"[{danish_date(d)}](#{_anchor(d)})" for d in days), ""]
    for d in days:
        out.append(f"## {danish_date(d)} {{ #{_anchor(d)} }}")
        out.append("")
        for r, first in sorted(by_day[d], key=lambda x: (x[0].group, x[0].key)):
            out.append(_line(r, first))
        out.append("")
    return "\n".join(out)


def changes_page(workplace: dict[str, Any]) -> Iterable[GeneratedPage]:
    yield GeneratedPage(CHANGES_PAGE, markdown())

