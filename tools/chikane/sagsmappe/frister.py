"""The case's deadlines, from the deadline calculator, one set per incident.

The one place the case folder asks the calculator: every deadline a document names comes from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import frister as calculator
from .. import localtime as lt
from .case import Case, Incident


@dataclass
class IncidentDeadlines:
    incident: Incident
    result: dict[str, Any]
    facts: calculator.Facts


def deadline_request(case: Case, inc: Incident) -> dict[str, Any]:
    req: dict[str, Any] = {
        "now": lt.to_local(case.now).isoformat(),
        "haendelse_dato": inc.day.isoformat(),
        "offences": list(case.choices.offences),
        "mulig_erstatning": case.choices.compensation,
        "workplace": case.workplace.as_dict(),
    }
    if inc.clock is not None:
        req["haendelse_tid"] = lt.hhmm(inc.clock)
    if case.choices.known_day:
        req["kendt_dato"] = case.choices.known_day.isoformat()
    if case.choices.access_day:
        req["aktindsigt_modtaget"] = case.choices.access_day.isoformat()
    return req


def case_deadlines(case: Case) -> list[IncidentDeadlines]:
    out = []
    for inc in case.incidents:
        facts = calculator.parse_request(deadline_request(case, inc))
        out.append(IncidentDeadlines(inc, calculator.result(facts), facts))
    return out


def deadline(dl: IncidentDeadlines, prefix: str) -> dict[str, Any] | None:
    """The incident's deadline whose id starts with ``prefix`` («politianmeldelse», «aktindsigt», …)."""
    return next((d for d in dl.result["deadlines"] if d["id"].split(":")[0] == prefix), None)


def deadline_text(d: dict[str, Any] | None) -> str:
    if d is None:
        return ""
    if d.get("due_text"):
        state = "udløb" if d.get("expired") else "er"
        return f"Fristen {state} {d['due_text']} ({d['countdown']})."
    return d.get("waiting") or "Ingen fast frist."


def per_incident(dls: list[IncidentDeadlines], prefix: str) -> list[tuple[Incident, str]]:
    """(incident, «Fristen er …») for each incident that has the deadline."""
    return [(dl.incident, deadline_text(d)) for dl in dls if (d := deadline(dl, prefix))]
