"""Danish date and time input as people type it, and Danish errors for everything else."""
from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chikane.dateparse import DATE_HELP, TIME_HELP, parse_date, parse_time
from chikane.errors import InputError


@pytest.mark.parametrize(
    "text",
    ["24.12.2026", "24-12-2026", "24/12-2026", "24/12/2026", "2026-12-24", "24.12.26", " 24.12.2026 ",
     "24. 12. 2026", "24/12/26", "24122026", "24,12,2026"],
)
def test_accepted_date_forms(text: str) -> None:
    assert parse_date(text, "d") == date(2026, 12, 24)


@pytest.mark.parametrize(("text", "expected"), [("1.2.2026", date(2026, 2, 1)), ("01.02.26", date(2026, 2, 1)),
                                                ("2026-2-1", date(2026, 2, 1)), ("29.02.2028", date(2028, 2, 29))])
def test_short_and_leap_dates(text: str, expected: date) -> None:
    assert parse_date(text, "d") == expected


def test_two_digit_years_use_the_reference_year() -> None:
    assert parse_date("24.12.26", "d", ref_year=2026) == date(2026, 12, 24)
    assert parse_date("24.12.27", "d", ref_year=2026) == date(2027, 12, 24)
    assert parse_date("01.01.99", "d", ref_year=2026) == date(1999, 1, 1)
    assert parse_date("01.01.99", "d") == date(2099, 1, 1)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31.02.2026", "findes ikke: februar 2026 har 28 dage"),
        ("29.02.2026", "findes ikke"),
        ("31.04.2026", "april 2026 har 30 dage"),
        ("00.01.2026", "findes ikke"),
        ("12.13.2026", "måneden skal være et tal fra 1 til 12"),
        ("32.13.2026", "dagen skal være et tal fra 1 til 31 og måneden skal være et tal fra 1 til 12"),
        ("24.12.0026", "året 26 kan ikke bruges"),
        ("24.12", DATE_HELP),
        ("i går", DATE_HELP),
        ("24.12.2026 14:30", DATE_HELP),
        ("٢٤.١٢.٢٠٢٦", DATE_HELP),  # Arabic-Indic digits are not typed in a Danish form
        ("2412026", DATE_HELP),  # seven digits: not day, month and year
    ],
)
def test_bad_dates_give_danish_errors(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_date(text, "haendelse_dato")
    assert exc.value.field == "haendelse_dato"
    assert fragment in exc.value.message


@pytest.mark.parametrize("value", [None, "", "   ", 20261224, 24.12, ["24.12.2026"], {"d": 1}, True, "1" * 41])
def test_missing_or_wrong_typed_dates(value: object) -> None:
    with pytest.raises(InputError) as exc:
        parse_date(value, "haendelse_dato", what="Datoen for hændelsen")
    assert exc.value.message.startswith("Datoen for hændelsen")
    assert DATE_HELP in exc.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:30", time(14, 30)), ("14.30", time(14, 30)), ("1430", time(14, 30)), ("14", time(14, 0)),
     ("930", time(9, 30)), ("0930", time(9, 30)), ("9", time(9, 0)), ("kl. 14.30", time(14, 30)),
     ("Kl 8", time(8, 0)), ("00:00", time(0, 0)), ("23:59", time(23, 59)), (" 7:05 ", time(7, 5))],
)
def test_accepted_time_forms(text: str, expected: time) -> None:
    assert parse_time(text, "t") == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("24:00", "timetallet"), ("14:60", "minuttallet"), ("2460", "timetallet"), ("25.61", "timetallet skal være fra 0 til 23 og minuttallet"), ("2.30pm", TIME_HELP),
     ("14:3", TIME_HELP), ("middag", TIME_HELP), ("12345", TIME_HELP), ("14:30:00", TIME_HELP)],
)
def test_bad_times_give_danish_errors(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_time(text, "haendelse_tid")
    assert exc.value.field == "haendelse_tid"
    assert fragment in exc.value.message


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=60),
                 st.lists(st.text(max_size=5), max_size=3)))
def test_garbage_never_escapes_as_another_exception(value: object) -> None:
    for parse in (lambda v: parse_date(v, "d"), lambda v: parse_time(v, "t")):
        try:
            parse(value)
        except InputError as exc:
            assert exc.message


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_every_real_date_roundtrips_in_every_form(d: date) -> None:
    for text in (f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
                 f"{d.day}/{d.month}-{d.year}", d.isoformat()):
        assert parse_date(text, "d") == d
