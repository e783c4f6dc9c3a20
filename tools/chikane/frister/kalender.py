"""The deadlines as an iCalendar file (``frister.ics``): one event per dated deadline, with a reminder."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from typing import Sequence

from .. import ics
from .. import localtime as lt
from ..model import Confidence
from ..tekst import danish_date
from .deadline import Deadline
from .facts import Facts

ICS_FILENAME = "frister.ics"


def _uid(f: Facts, d: Deadline) -> str:
    # Derived from the incident and the deadline, not from "now": re-importing after a
    # recalculation updates the same calendar entries instead of duplicating them.
    basis = "|".join([lt.to_utc(f.incident).isoformat(), d.id, lt.to_utc(d.due).isoformat() if d.due else ""])
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32] + "@frister.haandbog-chikane"


def _description(d: Deadline) -> str:
    lines = []
    if d.condition:
        lines.append(d.condition)
    lines += [d.todo, "", d.explanation]
    lines += [f"Antagelse: {a}" for a in d.assumptions]
    lines += ["", f"Hvem: {d.who_label}", f"Regel: {d.citation}"]
    if d.source:
        lines.append(f"Kilde: {d.source.url}")
    if d.reviewed:
        lines.append(f"Senest gennemgået: {danish_date(d.reviewed)}")
    if d.confidence is not None and d.confidence is not Confidence.PRIMARY:
        lines.append(f"{d.confidence.label}. {d.confidence_note}".strip())
    return "\n".join(lines)


def to_ics(f: Facts, items: Sequence[Deadline]) -> str:
    """The calendar for computed ``items`` (``frister.to_ics(facts)`` computes them)."""
    events = []
    for d in items:
        if d.due is None:
            continue
        if d.extra.get("limitation") and not f.foraeldelse_i_kalender:
            continue  # the police's deadline, not hers: only in her calendar when she asks for it
        if d.end_of_day:
            due_day = lt.to_local(d.due).date()
            start_value: datetime | date = due_day
            end_value: datetime | date = due_day + timedelta(days=1)
            long_period = (due_day - lt.to_local(d.start).date()).days > 14
            trigger = "-P6DT15H" if long_period else "-PT15H"  # 09:00 a week / a day before
        else:
            start_value, end_value = lt.to_utc(d.due) - timedelta(minutes=30), lt.to_utc(d.due)
            trigger = "-PT12H"
        events.append(ics.Event(
            uid=_uid(f, d),
            summary=f"Frist: {d.title}",
            description=_description(d),
            start=start_value,
            end=end_value,
            alarm_trigger=trigger,
            alarm_text=f"Frist: {d.title} – {d.due_text()}",
            url=d.source.url if d.source else None,
        ))
    return ics.calendar(events, dtstamp=f.now, name="Frister efter hændelsen")
