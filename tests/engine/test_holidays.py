"""Danish public holidays and working days (Easter by algorithm, store bededag only until 2023)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter as dateutil_easter
from hypothesis import given, settings
from hypothesis import strategies as st

from chikane import holidays as hd


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2019, date(2019, 4, 21)),
        (2023, date(2023, 4, 9)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert hd.easter_sunday(year) == easter


@given(st.integers(min_value=1900, max_value=2400))
def test_easter_matches_an_independent_implementation(year: int) -> None:
    assert hd.easter_sunday(year) == dateutil_easter(year)


def test_holidays_2026_exactly() -> None:
    assert dict(hd.holidays(2026)) == {
        date(2026, 1, 1): "nytårsdag",
        date(2026, 4, 2): "skærtorsdag",
        date(2026, 4, 3): "langfredag",
        date(2026, 4, 5): "påskedag",
        date(2026, 4, 6): "2. påskedag",
        date(2026, 5, 14): "Kristi himmelfartsdag",
        date(2026, 5, 24): "pinsedag",
        date(2026, 5, 25): "2. pinsedag",
        date(2026, 12, 25): "juledag",
        date(2026, 12, 26): "2. juledag",
    }


@pytest.mark.parametrize(
    ("year", "easter_based"),
    [
        (2024, {date(2024, 3, 28), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20)}),
        (2025, {date(2025, 4, 17), date(2025, 4, 18), date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9)}),
        (2026, {date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25)}),
    ],
)
def test_easter_based_weekday_holidays_are_not_working_days(year: int, easter_based: set[date]) -> None:
    for d in easter_based:
        assert not hd.is_working_day(d), d
        assert hd.holiday_name(d)


def test_store_bededag_until_2023_only() -> None:
    assert hd.holiday_name(date(2023, 5, 5)) == "store bededag"
    assert not hd.is_working_day(date(2023, 5, 5))
    assert hd.holiday_name(date(2022, 5, 13)) == "store bededag"
    # 2024 onwards: an ordinary Friday
    assert hd.holiday_name(date(2024, 4, 26)) is None
    assert hd.is_working_day(date(2024, 4, 26))
    assert hd.is_working_day(date(2025, 5, 16))
    assert "store bededag" not in hd.holidays(2026).values()


@pytest.mark.parametrize("d", [date(2026, 6, 5), date(2026, 12, 24), date(2026, 12, 31), date(2025, 12, 24)])
def test_grundlovsdag_and_the_eves_are_not_official_holidays(d: date) -> None:
    assert d.weekday() < 5
    assert hd.is_working_day(d)


@pytest.mark.parametrize(
    ("received", "n", "due"),
    [
        (date(2026, 11, 23), 7, date(2026, 12, 2)),    # plain weeks: Monday -> Wednesday next week
        (date(2026, 11, 28), 7, date(2026, 12, 8)),    # received on a Saturday
        (date(2026, 4, 1), 7, date(2026, 4, 15)),      # over Easter 2026
        (date(2025, 4, 16), 7, date(2025, 4, 30)),     # over Easter 2025
        (date(2024, 3, 27), 7, date(2024, 4, 10)),     # over Easter 2024
        (date(2026, 12, 21), 7, date(2026, 12, 31)),   # over Christmas 2026; the 24th counts
        (date(2025, 12, 19), 7, date(2026, 1, 2)),     # over Christmas and New Year 2025/26
        (date(2023, 5, 1), 7, date(2023, 5, 11)),      # store bededag 2023 is skipped
        (date(2024, 4, 22), 7, date(2024, 5, 1)),      # ... and counted in 2024
        (date(2026, 6, 1), 7, date(2026, 6, 10)),      # grundlovsdag counts
        (date(2026, 11, 23), 0, date(2026, 11, 23)),
    ],
)
def test_add_working_days(received: date, n: int, due: date) -> None:
    assert hd.add_working_days(received, n) == due


@settings(max_examples=150)
@given(st.dates(min_value=date(1996, 1, 1), max_value=date(2100, 12, 31)), st.integers(min_value=1, max_value=30))
def test_add_working_days_counts_exactly_n_working_days(start: date, n: int) -> None:
    due = hd.add_working_days(start, n)
    assert hd.is_working_day(due)
    days = [start + timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(hd.is_working_day(d) for d in days) == n


def test_skipped_days_names_weekends_and_holidays() -> None:
    skipped = hd.skipped_days(date(2026, 4, 1), date(2026, 4, 7))
    assert skipped == [
        (date(2026, 4, 2), "skærtorsdag"),
        (date(2026, 4, 3), "langfredag"),
        (date(2026, 4, 4), "lørdag"),
        (date(2026, 4, 5), "påskedag"),
        (date(2026, 4, 6), "2. påskedag"),
    ]
