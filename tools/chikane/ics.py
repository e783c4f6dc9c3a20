"""A small RFC 5545 (iCalendar) writer: the ``icalendar`` package is not available in Pyodide.

Only what a deadline calendar needs: VCALENDAR with VEVENTs (UTC date-times or
all-day dates) and one display VALARM each. Output uses CRLF line endings,
escapes TEXT values (backslash, semicolon, comma, newline) and folds content
lines at 75 octets without ever splitting a UTF-8 character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

PRODID = "-//Haandbog om digital chikane//Frister 1.0//DA"
CRLF = "\r\n"
MAX_OCTETS = 75


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    description: str
    start: datetime | date       # aware datetime -> UTC "Z"; date -> VALUE=DATE (all day)
    end: datetime | date         # exclusive, same kind as start
    alarm_trigger: str           # RFC 5545 duration before start, e.g. "-PT12H"
    alarm_text: str
    url: str | None = None


_NOT_ALLOWED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def escape_text(value: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11). Other control characters are not allowed and lone
    surrogates cannot be encoded as UTF-8, so both are dropped."""
    value = _NOT_ALLOWED.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line into physical lines of at most 75 octets (continuations start with a space).

    Works on the UTF-8 bytes and only cuts before a lead byte, so a multi-byte
    character is never split.
    """
    data = line.encode("utf-8", "replace")
    if len(data) <= MAX_OCTETS:
        return line
    parts: list[str] = []
    pos, limit = 0, MAX_OCTETS
    while pos < len(data):
        end = min(pos + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # continuation byte: back off
            end -= 1
        parts.append(data[pos:end].decode("utf-8"))
        pos, limit = end, MAX_OCTETS - 1  # the leading space of a continuation line counts
    return (CRLF + " ").join(parts)


def utc_stamp(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _date_value(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _when(name: str, value: datetime | date) -> str:
    if isinstance(value, datetime):
        return f"{name}:{utc_stamp(value)}"
    return f"{name};VALUE=DATE:{_date_value(value)}"


def _uri(value: str) -> str:
    # A URI value is not TEXT: no escaping, but it must not break the line structure.
    return "".join(ch for ch in value if ord(ch) > 0x20 and ord(ch) != 0x7F)


def calendar(events: list[Event], dtstamp: datetime, name: str = "Frister") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    stamp = utc_stamp(dtstamp)
    for ev in events:
        if isinstance(ev.start, datetime) != isinstance(ev.end, datetime):
            raise ValueError("start and end must both be dates or both datetimes")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(ev.uid)}",
            f"DTSTAMP:{stamp}",
            _when("DTSTART", ev.start),
            _when("DTEND", ev.end),
            f"SUMMARY:{escape_text(ev.summary)}",
            f"DESCRIPTION:{escape_text(ev.description)}",
        ]
        if ev.url:
            lines.append(f"URL:{_uri(ev.url)}")
        lines += [
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(ev.alarm_text)}",
            f"TRIGGER:{ev.alarm_trigger}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return CRLF.join(fold(line) for line in lines) + CRLF
