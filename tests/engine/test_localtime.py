"""Danish local time: DST gaps and doubled hours, elapsed-time arithmetic, formatting, countdowns."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chikane import localtime as lt
from chikane.errors import InputError

CPH = lt.tz()


@pytest.mark.parametrize(
    ("start", "hours", "expected"),
    [
        # spring forward on 29.3.2026: the wall clock shows one hour more than elapsed
        ("2026-03-27T10:00", 72, "2026-03-30T11:00:00+02:00"),
        # fall back on 25.10.2026: the wall clock shows one hour less
        ("2026-10-23T10:00", 72, "2026-10-26T09:00:00+01:00"),
        # no change in between
        ("2026-11-20T14:30", 72, "2026-11-23T14:30:00+01:00"),
        # start inside the doubled hour's first occurrence (summer time)
        ("2026-10-25T02:30+02:00", 1, "2026-10-25T02:30:00+01:00"),
        # spring forward 2025 (30.3.2025)
        ("2025-03-29T23:00", 24, "2025-03-31T00:00:00+02:00"),
    ],
)
def test_add_hours_is_elapsed_time(start: str, hours: int, expected: str) -> None:
    moment = lt.parse_now(start)
    assert lt.add_hours(moment, hours).isoformat() == expected


def test_nonexistent_local_time_asks_the_question() -> None:
    with pytest.raises(InputError) as exc:
        lt.localize(date(2026, 3, 29), time(2, 30), None)
    assert exc.value.field == "haendelse_tid"
    assert exc.value.message == (
        "Klokken 02:30 fandtes ikke den 29. marts 2026, fordi uret blev stillet frem. Mente du 01:30 eller 03:30?"
    )


@pytest.mark.parametrize("sommertid", [None, True, False])
def test_nonexistent_time_is_refused_whatever_sommertid_says(sommertid: bool | None) -> None:
    with pytest.raises(InputError):
        lt.localize(date(2025, 3, 30), time(2, 0), sommertid)


def test_ambiguous_local_time_asks_which() -> None:
    with pytest.raises(InputError) as exc:
        lt.localize(date(2026, 10, 25), time(2, 30), None)
    assert exc.value.field == "sommertid"
    assert "fandtes to gange den 25. oktober 2026" in exc.value.message
    assert "sommertid" in exc.value.message


def test_sommertid_picks_the_occurrence() -> None:
    first = lt.localize(date(2026, 10, 25), time(2, 30), True)
    second = lt.localize(date(2026, 10, 25), time(2, 30), False)
    assert first.utcoffset() == timedelta(hours=2)
    assert second.utcoffset() == timedelta(hours=1)
    assert lt.seconds_between(first, second) == 3600
    # Python would call these equal (same tzinfo, wall clock); our helpers must not.
    assert lt.to_utc(first) < lt.to_utc(second)


@pytest.mark.parametrize(
    ("day", "clock", "offset"),
    [
        (date(2026, 3, 29), time(1, 59), 1),
        (date(2026, 3, 29), time(3, 0), 2),
        (date(2026, 10, 25), time(1, 59), 2),
        (date(2026, 10, 25), time(3, 0), 1),
        (date(2026, 7, 1), time(12, 0), 2),
        (date(2026, 1, 1), time(0, 0), 1),
    ],
)
def test_ordinary_times_around_the_changes(day: date, clock: time, offset: int) -> None:
    assert lt.localize(day, clock, None).utcoffset() == timedelta(hours=offset)


def test_parse_now_accepts_local_and_aware() -> None:
    assert lt.parse_now("2026-11-25T10:00").isoformat() == "2026-11-25T10:00:00+01:00"
    assert lt.parse_now("2026-11-25T09:00:00Z").isoformat() == "2026-11-25T10:00:00+01:00"
    assert lt.parse_now("2026-07-01T10:00:00+00:00").isoformat() == "2026-07-01T12:00:00+02:00"


@pytest.mark.parametrize("bad", [None, "", "i går", 20261125, "2026-13-01T10:00", "1999-12-31T10:00", "x" * 100])
def test_parse_now_rejects_in_danish(bad: object) -> None:
    with pytest.raises(InputError) as exc:
        lt.parse_now(bad)
    assert exc.value.field == "now"
    assert "tidspunkt" in exc.value.message


def test_danish_formatting_without_locale() -> None:
    moment = lt.localize(date(2026, 11, 27), time(14, 30), None)
    assert lt.long_moment(moment) == "fredag den 27. november 2026 kl. 14.30"
    assert lt.long_date(date(2026, 5, 3)) == "søndag den 3. maj 2026"
    assert lt.day_month_year(date(2026, 2, 1)) == "1. februar 2026"


NOW = datetime(2026, 11, 25, 10, 0, tzinfo=CPH)


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(days=2, hours=5), "om 2 dage og 5 timer"),
        (timedelta(hours=3, minutes=10), "om 3 timer og 10 minutter"),
        (timedelta(days=1), "om 1 dag"),
        (timedelta(hours=1, minutes=1), "om 1 time og 1 minut"),
        (timedelta(minutes=5), "om 5 minutter"),
        (timedelta(seconds=20), "om under et minut"),
        (timedelta(days=40, hours=3), "om 40 dage"),
        (-timedelta(days=4, hours=2), "udløbet for 4 dage siden"),
        (-timedelta(hours=3, minutes=59), "udløbet for 3 timer siden"),
        (-timedelta(minutes=1), "udløbet for 1 minut siden"),
        (-timedelta(seconds=1), "udløbet for under et minut siden"),
    ],
)
def test_countdown(delta: timedelta, text: str) -> None:
    due = (lt.to_utc(NOW) + delta).astimezone(CPH)
    assert lt.countdown(NOW, due) == text


def test_countdown_counts_elapsed_time_across_dst() -> None:
    now = lt.localize(date(2026, 10, 24), time(12, 0), None)
    due = lt.localize(date(2026, 10, 25), time(12, 0), None)  # 25 real hours later
    assert lt.countdown(now, due) == "om 1 dag og 1 time"


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2150, 1, 1), timezones=st.just(timezone.utc)),
       st.integers(min_value=0, max_value=24 * 400))
def test_add_hours_is_exact_elapsed_time(moment: datetime, hours: int) -> None:
    local = moment.astimezone(CPH)
    later = lt.add_hours(local, hours)
    assert lt.seconds_between(local, later) == hours * 3600
    assert later.tzinfo is CPH


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2150, 1, 1)))
def test_localize_roundtrips_or_refuses(naive: datetime) -> None:
    naive = naive.replace(second=0, microsecond=0)
    try:
        aware = lt.localize(naive.date(), naive.time(), True)
    except InputError as exc:
        assert exc.field in ("haendelse_tid", "sommertid")
        return
    assert aware.replace(tzinfo=None) == naive
    assert lt.to_local(aware).replace(tzinfo=None) == naive
