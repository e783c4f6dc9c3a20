"""The deadline calculator («Fristberegner», docs/vaerktoejer/fristberegner*): every deadline that runs after an
incident, computed from the rules in force on the right day.

Input is a JSON-like request (:func:`facts.parse_request`); output is plain data (:func:`result`), an HTML
timeline (:mod:`views`) and an iCalendar file (:func:`to_ics`). All numbers (hours, years, days, working days,
...) are READ from the rule versions in :mod:`chikane.rules`; this package only knows how to count.

One module per deadline, named like its ``id`` in the JSON: its rule key (``RULE``), who acts (``WHO``) and
``compute(facts, notes)`` with the explanation beside the branch that picks it. :data:`ITEMS` lists them in
tie-break order: deadlines are listed by due time; on the same moment, and for undated ones, in this order.

Counting conventions (each is also stated to the user in the item's text):
- hours are elapsed time, computed in UTC (so 72 h across a DST change is 72 h);
- "N dage efter X" ends at the end of day X + N;
- months and years keep the day number; when the target month is shorter, the
  last day of that month is used (31 Jan + 1 month = 28/29 Feb);
- working days skip Saturdays, Sundays and official holidays (an assumption:
  the law does not define "arbejdsdage").
"""
from __future__ import annotations

from typing import Any

from .. import localtime as lt
from . import (
    aktindsigt,
    arbejdsskade_anmeldelse,
    arbejdsskade_eget_krav,
    arbejdstilsynet_anmeldelse,
    dsa_anmeldelse,
    erstatningsnaevnet,
    erstatningsnaevnet_indstillet,
    foraeldelse,
    gdpr_forlaenget,
    gdpr_svar,
    intern_registrering,
    kalender,
    klage_aes,
    klage_politi,
    politianmeldelse,
    privat_paatale,
)
from .deadline import WHO, Deadline, add_months, add_years
from .facts import Facts, parse_request
from .kalender import ICS_FILENAME

__all__ = [
    "ICS_FILENAME", "ITEMS", "WHO", "Deadline", "Facts", "add_months", "add_years", "compute", "parse_request",
    "result", "to_ics",
]

# Every deadline, in tie-break order. A new deadline that needs no new input: a module here and one line.
ITEMS = (
    politianmeldelse,
    intern_registrering,
    arbejdsskade_anmeldelse,
    arbejdstilsynet_anmeldelse,
    klage_politi,
    klage_aes,
    aktindsigt,
    gdpr_svar,
    gdpr_forlaenget,
    privat_paatale,
    arbejdsskade_eget_krav,
    erstatningsnaevnet,
    erstatningsnaevnet_indstillet,
    foraeldelse,
    dsa_anmeldelse,
)
RANK = {item.ID: rank for rank, item in enumerate(ITEMS)}


def compute(f: Facts) -> tuple[list[Deadline], list[str]]:
    """Every deadline for ``f``, in time order (undated last), and the notes said while computing them."""
    notes: list[str] = []
    items = [d for item in ITEMS for d in item.compute(f, notes)]
    items.sort(key=lambda d: d.sort_key(RANK[d.item_id]))
    return items, notes


def _incident_dict(f: Facts) -> dict[str, Any]:
    local = lt.to_local(f.incident)
    return {
        "date": local.date().isoformat(),
        "time": lt.hhmm(local) if f.time_given else None,
        "time_given": f.time_given,
        "moment": local.isoformat(),
        "utc": lt.to_utc(f.incident).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "text": lt.long_moment(local) if f.time_given else lt.long_date(local.date()),
        "summer_time": bool(local.dst()),
    }


def result(f: Facts) -> dict[str, Any]:
    """The answer of the "frister" tool (without its HTML): plain data for the page, the tests and Sagsmappen."""
    items, notes = compute(f)
    return {
        "ok": True,
        "now": lt.to_local(f.now).isoformat(),
        "now_text": lt.long_moment(f.now),
        "incident": _incident_dict(f),
        "deadlines": [d.as_dict(f.now) for d in items],
        "notes": notes,
        "foraeldelse_i_kalender": f.foraeldelse_i_kalender,
        "ics_filename": ICS_FILENAME,
    }


def to_ics(f: Facts) -> str:
    """Every dated deadline for ``f`` as an iCalendar file."""
    return kalender.to_ics(f, compute(f)[0])
