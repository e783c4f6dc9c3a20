"""One computed deadline (:class:`Deadline`) and the counting every deadline shares.

- months and years keep the day number; when the target month is shorter, the last day of that month is used
  (31 Jan + 1 month = 28/29 Feb);
- :func:`version` picks the rule version in force on a day, and never drops a deadline because that day lies
  before the oldest version we hold: it uses that version and says so in a note.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Sequence

from .. import localtime as lt
from .. import rules
from ..model import Confidence, Rule, Source
from ..tekst import danish_date

# Who has to act: the "who" of a deadline in the JSON, and how it reads on the page.
WHO = {
    "medarbejder": "Dig",
    "arbejdsgiver": "Din arbejdsgiver",
    "myndighed": "Myndigheden",
    "dataansvarlig": "Den dataansvarlige",
    "platform": "Platformen",
}


# ---------------------------------------------------------------- calendar arithmetic

def add_months(d: date, months: int) -> date:
    """Same day number ``months`` later; the last day of the month when that day does not exist."""
    years, month0 = divmod(d.month - 1 + months, 12)
    year, month = d.year + years, month0 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: date, years: int) -> date:
    return add_months(d, 12 * years)


def not_before(moment: datetime, incident: datetime) -> datetime:
    """A period that starts on a day (first absence, knowledge) never starts before the incident itself."""
    return moment if lt.to_utc(moment) >= lt.to_utc(incident) else incident


# ---------------------------------------------------------------- rule versions

def param(rule: Rule, name: str) -> int:
    """An integer number of a rule version; a rule without it is a bug in the rules, not bad input."""
    value = rule.params.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise RuntimeError(f"rule {rule.key} ({rule.valid_from}) lacks integer param {name!r}")
    return value


def add_note(notes: list[str], text: str) -> None:
    """A note is said once, even when two deadlines read the same rule on the same day."""
    if text not in notes:
        notes.append(text)


def _older_note(what: str, r: Rule, day: date) -> str:
    """Said when ``day`` lies before the oldest version we hold: we still compute, with that version."""
    since = danish_date(r.valid_from)
    asked = danish_date(day)
    if r.first_in_force:
        return (
            f"{what} ({r.citation}): Bestemmelsen gælder fra {since}. Din dato ({asked}) ligger før. Vi har alligevel "
            "regnet fristen efter den, så du ser en dato. Spørg politiet eller en advokat, hvilken regel der gjaldt før."
        )
    return (
        f"{what} ({r.citation}): Vi har sammenlignet ordlyden tilbage til {since}. Din dato ({asked}) ligger før. "
        "Vi har regnet fristen med den ældste udgave, vi kender. Ældre ordlyd er ikke tjekket."
    )


def version(key: str, day: date, what: str, notes: list[str]) -> Rule:
    """The version in force on ``day``. Never None: before the oldest known version, that version is used and a
    note says so (a deadline is never dropped because the wording before it was not checked)."""
    r = rules.at(key, day)
    if r is not None:
        return r
    known = rules.versions(key)
    earlier = [v for v in known if v.valid_from <= day]
    if not earlier:
        add_note(notes, _older_note(what, known[0], day))
        return known[0]
    # A gap between two versions: use the one before the gap and say so.
    r = earlier[-1]
    add_note(
        notes,
        f"{what} ({r.citation}): Vi kender ikke en udgave, der gjaldt {danish_date(day)}. Vi har regnet med "
        f"udgaven fra {danish_date(r.valid_from)}.",
    )
    return r


def offence_rules(keys: Sequence[str], day: date, notes: list[str]) -> list[Rule]:
    """The offences she chose, in the versions in force on ``day``, that have a penalty frame."""
    found = []
    for key in keys:
        r = version(key, day, "Forbrydelsen", notes)
        if r.max_penalty_years is None:
            add_note(notes, f"{r.citation}: Der er ingen strafferamme at regne forældelse ud fra.")
        else:
            found.append(r)
    return found


# ---------------------------------------------------------------- the item

@dataclass
class Deadline:
    id: str
    title: str
    todo: str
    explanation: str
    who: str
    unit: str
    start: datetime
    due: datetime | None = None
    end_of_day: bool = False
    rule: Rule | None = None
    rule_date: date | None = None
    who_label: str = ""
    citation: str | None = None
    source: Source | None = None
    reviewed: date | None = None
    confidence: Confidence | None = None
    confidence_note: str = ""
    condition: str = ""
    waiting: str = ""
    assumptions: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.rule is not None:
            self.citation = self.citation or self.rule.citation
            self.source = self.source or self.rule.source
            self.reviewed = self.reviewed or self.rule.reviewed
            if self.confidence is None:
                self.confidence = self.rule.confidence
                self.confidence_note = self.confidence_note or self.rule.confidence_note
        self.who_label = self.who_label or WHO[self.who]

    @property
    def item_id(self) -> str:
        """The id of the deadline's kind: «foraeldelse» for «foraeldelse:strfl-266»."""
        return self.id.split(":")[0]

    def sort_key(self, rank: int) -> tuple[Any, ...]:
        """Time order; undated last; ``rank`` (the place of its kind in ``frister.ITEMS``) breaks ties."""
        if self.due is None:
            return (1, 0, rank, self.id)
        return (0, lt.seconds_between(lt.start_of_day(date(2000, 1, 1)), self.due), rank, self.id)

    def due_text(self) -> str | None:
        if self.due is None:
            return None
        if self.end_of_day:
            return f"{lt.long_date(lt.to_local(self.due).date())} inden midnat"
        return lt.long_moment(self.due)

    def as_dict(self, now: datetime) -> dict[str, Any]:
        r = self.rule
        local_due = lt.to_local(self.due) if self.due else None
        seconds_left = lt.seconds_between(now, self.due) if self.due else None
        non_primary = self.confidence is not None and self.confidence is not Confidence.PRIMARY
        return {
            "id": self.id,
            "title": self.title,
            "todo": self.todo,
            "explanation": self.explanation,
            "who": self.who,
            "who_label": self.who_label,
            "unit": self.unit,
            "start": lt.to_local(self.start).isoformat(),
            "due": local_due.isoformat() if local_due else None,
            "due_utc": lt.to_utc(self.due).strftime("%Y-%m-%dT%H:%M:%SZ") if self.due else None,
            "due_date": local_due.date().isoformat() if local_due else None,
            "end_of_day": self.end_of_day,
            "due_text": self.due_text(),
            "countdown": lt.countdown(now, self.due) if self.due else None,
            "expired": (seconds_left < 0) if seconds_left is not None else None,
            "seconds_left": seconds_left,
            "condition": self.condition,
            "waiting": self.waiting,
            "assumptions": list(self.assumptions),
            "rule_key": r.key if r else self.extra.get("rule_key"),
            "rule_version": r.valid_from.isoformat() if r else None,
            "rule_valid_to": r.valid_to.isoformat() if r and r.valid_to else None,
            "rule_date": self.rule_date.isoformat() if self.rule_date else None,
            "params": dict(r.params) if r else {},
            "citation": self.citation,
            "source_title": self.source.title if self.source else None,
            "source_url": self.source.url if self.source else None,
            "reviewed": self.reviewed.isoformat() if self.reviewed else None,
            "valid_from_note": r.valid_from_note if r else "",
            "confidence": self.confidence.value if self.confidence else None,
            "confidence_label": self.confidence.label if non_primary and self.confidence else None,
            "confidence_note": self.confidence_note if non_primary else "",
            "source_note": self.extra.get("source_note", ""),
            **{k: v for k, v in self.extra.items() if k not in ("rule_key", "source_note")},
        }
