"""Danish local time: Europe/Copenhagen via zoneinfo, Danish formatting, countdowns.

Why this module exists: aware datetimes that share a tzinfo are compared and
subtracted by WALL CLOCK in Python (the offset is ignored), and ``aware + timedelta``
is wall-clock arithmetic too. Every elapsed-time step here therefore goes through
UTC. Local times that do not exist (spring forward) or exist twice (fall back)
are refused with a Danish question instead of being guessed.

The time zone data comes from the ``tzdata`` package (CPython) or from a TZif file
the browser runtime writes into Pyodide's file system; nothing else is read.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError
from .tekst import danish_date, weekday_date

TZ_NAME = "Europe/Copenhagen"
UTC = timezone.utc


# The earliest and latest "now" the engine accepts; keeps every date sum far from year 1 and 9999.
MIN_YEAR = 2000
MAX_YEAR = 2199


@lru_cache(maxsize=1)
def tz() -> ZoneInfo:
    try:
        return ZoneInfo(TZ_NAME)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InputError(
            "", "Værktøjet mangler tidszonedata for Danmark (Europe/Copenhagen). Brug den statiske oversigt over frister."
        ) from None


# ---------------------------------------------------------------- formatting

def hhmm(t: time | datetime) -> str:
    """"14:30" — the typed form, used in questions back to the user."""
    return f"{t.hour:02d}:{t.minute:02d}"


def klokken(t: time | datetime) -> str:
    """"kl. 14.30" — Danish running text uses a full stop between hours and minutes."""
    return f"kl. {t.hour:02d}.{t.minute:02d}"


# Dates are written by the text layer (tekst), the one copy of the month and weekday names.
day_month_year = danish_date
long_date = weekday_date


def long_moment(dt: datetime) -> str:
    """"fredag den 27. november 2026 kl. 14.30" in Danish local time."""
    local = to_local(dt)
    return f"{long_date(local.date())} {klokken(local)}"


# ---------------------------------------------------------------- conversions

def to_utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    return dt.astimezone(UTC)


def to_local(dt: datetime) -> datetime:
    return to_utc(dt).astimezone(tz())


def add_hours(moment: datetime, hours: int) -> datetime:
    """Elapsed time: 72 hours are 72 real hours, also across a DST change."""
    return (to_utc(moment) + timedelta(hours=hours)).astimezone(tz())


def seconds_between(start: datetime, end: datetime) -> int:
    """Elapsed seconds from start to end (negative if end is earlier); offsets respected."""
    return int((to_utc(end) - to_utc(start)).total_seconds())


def end_of_day(d: date) -> datetime:
    """23:59:59 local time; that wall time exists on every Danish day (changes happen at 02-03)."""
    return datetime.combine(d, time(23, 59, 59), tzinfo=tz())


def start_of_day(d: date) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=tz())


def _exists(naive: datetime, fold: int) -> bool:
    aware = naive.replace(tzinfo=tz(), fold=fold)
    return aware.astimezone(UTC).astimezone(tz()).replace(tzinfo=None, fold=0) == naive


def localize(day: date, clock: time, sommertid: bool | None, field: str = "haendelse_tid") -> datetime:
    """Attach Danish local time to a wall-clock time, or ask the user what they meant.

    ``sommertid`` picks the occurrence of a time that happens twice when the clocks
    go back: True = the first (summer time, +02:00), False = the second (+01:00).
    """
    naive = datetime.combine(day, clock.replace(tzinfo=None, fold=0))
    first, second = _exists(naive, 0), _exists(naive, 1)
    if not first and not second:
        # In a gap zoneinfo maps fold=0/fold=1 to the offsets on either side; their
        # difference is the size of the jump (one hour in Denmark).
        before = naive.replace(tzinfo=tz(), fold=0).utcoffset() or timedelta(0)
        after = naive.replace(tzinfo=tz(), fold=1).utcoffset() or timedelta(0)
        jump = abs(after - before) or timedelta(hours=1)
        earlier, later = naive - jump, naive + jump
        raise InputError(
            field,
            f"Klokken {hhmm(naive)} fandtes ikke den {day_month_year(day)}, fordi uret blev stillet frem. "
            f"Mente du {hhmm(earlier)} eller {hhmm(later)}?",
        )
    off0 = naive.replace(tzinfo=tz(), fold=0).utcoffset()
    off1 = naive.replace(tzinfo=tz(), fold=1).utcoffset()
    if off0 != off1:  # the wall time happened twice
        if sommertid is None:
            raise InputError(
                "sommertid",
                f"Klokken {hhmm(naive)} fandtes to gange den {day_month_year(day)}, fordi uret blev stillet "
                "tilbage. Var det første gang (sommertid) eller anden gang (vintertid)? Vælg det under «sommertid».",
            )
        # PEP 495: fold=0 is the first occurrence, which is the summer-time one.
        return naive.replace(tzinfo=tz(), fold=0 if sommertid else 1)
    return naive.replace(tzinfo=tz())


def parse_now(value: object, field: str = "now") -> datetime:
    """The caller's current time: an ISO 8601 string, local ("2026-11-25T10:00") or with an offset."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, "Det aktuelle tidspunkt mangler. Send det som ISO-tekst, fx 2026-11-25T10:00.")
    text = value.strip()
    if len(text) > 40:
        raise InputError(field, "Det aktuelle tidspunkt er for langt. Send det som ISO-tekst, fx 2026-11-25T10:00.")
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            field, "Det aktuelle tidspunkt kunne ikke læses. Send det som ISO-tekst, fx 2026-11-25T10:00."
        ) from None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise InputError(field, f"Det aktuelle tidspunkt skal ligge mellem år {MIN_YEAR} og {MAX_YEAR}.")
    if parsed.tzinfo is not None:
        try:
            return to_local(parsed)
        except (OverflowError, ValueError):
            raise InputError(field, "Det aktuelle tidspunkt har en ugyldig tidsforskydning.") from None
    # A local wall time from the caller's own clock: on the doubled hour take the first
    # occurrence; it only moves the countdown by at most an hour.
    clock = parsed.time()
    try:
        return localize(parsed.date(), clock, True, field)
    except InputError as exc:
        raise InputError(field, exc.message) from None


# ---------------------------------------------------------------- countdowns

def _unit(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _span(seconds: int) -> str:
    minutes = seconds // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 30:
        return _unit(days, "dag", "dage")
    if days:
        return _unit(days, "dag", "dage") + (f" og {_unit(hours, 'time', 'timer')}" if hours else "")
    if hours:
        return _unit(hours, "time", "timer") + (f" og {_unit(mins, 'minut', 'minutter')}" if mins else "")
    return _unit(mins, "minut", "minutter")


def countdown(now: datetime, due: datetime) -> str:
    """"om 2 dage og 5 timer", "om 3 timer og 10 minutter", "udløbet for 4 dage siden" (elapsed time)."""
    left = seconds_between(now, due)
    if left >= 60:
        return f"om {_span(left)}"
    if left >= 0:
        return "om under et minut"
    ago = -left
    if ago < 60:
        return "udløbet for under et minut siden"
    minutes = ago // 60
    if minutes >= 24 * 60:
        return f"udløbet for {_unit(minutes // (24 * 60), 'dag', 'dage')} siden"
    if minutes >= 60:
        return f"udløbet for {_unit(minutes // 60, 'time', 'timer')} siden"
    return f"udløbet for {_unit(minutes, 'minut', 'minutter')} siden"
