"""Danish public holidays (folkekirkens helligdage) and working-day arithmetic.

Official holidays: nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag,
store bededag (only until 2023: abolished from 2024 by lov nr. 214/2023),
Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag and 2. juledag.
Grundlovsdag (5 June), juleaftensdag (24 Dec) and nytårsaftensdag (31 Dec) are
NOT official holidays, although many workplaces give them off by agreement.

"Arbejdsdage" is not defined in offentlighedsloven; skipping Saturdays, Sundays
and these holidays is common practice but an assumption (see ASSUMPTION).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

STORE_BEDEDAG_LAST_YEAR = 2023  # lov nr. 214/2023: an ordinary working day from 2024

ASSUMPTION = (
    "Loven siger ikke, hvad en arbejdsdag er. Vi regner mandag til fredag som arbejdsdage og springer "
    "lørdage, søndage og de officielle helligdage over. Grundlovsdag, juleaftensdag og nytårsaftensdag "
    "er ikke officielle helligdage og tæller derfor med – også selv om mange har fri."
)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm of Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def holidays(year: int) -> Mapping[date, str]:
    """The official holidays of ``year`` with their Danish names."""
    easter = easter_sunday(year)

    def rel(days: int) -> date:
        return easter + timedelta(days=days)

    found = {
        date(year, 1, 1): "nytårsdag",
        rel(-3): "skærtorsdag",
        rel(-2): "langfredag",
        easter: "påskedag",
        rel(1): "2. påskedag",
        rel(39): "Kristi himmelfartsdag",
        rel(49): "pinsedag",
        rel(50): "2. pinsedag",
        date(year, 12, 25): "juledag",
        date(year, 12, 26): "2. juledag",
    }
    if year <= STORE_BEDEDAG_LAST_YEAR:
        found[rel(26)] = "store bededag"  # the fourth Friday after Easter
    return MappingProxyType(dict(sorted(found.items())))


def holiday_name(d: date) -> str | None:
    return holidays(d.year).get(d)


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and holiday_name(d) is None


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after ``start`` (the day of receipt itself is not counted)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    d = start
    counted = 0
    while counted < n:
        d += timedelta(days=1)
        if is_working_day(d):
            counted += 1
    return d


def skipped_days(start: date, end: date) -> list[tuple[date, str]]:
    """Non-working days strictly after ``start`` up to ``end``, with a reason, for explanations."""
    out: list[tuple[date, str]] = []
    d = start + timedelta(days=1)
    while d <= end:
        name = holiday_name(d)
        if name:
            out.append((d, name))
        elif d.weekday() == 5:
            out.append((d, "lørdag"))
        elif d.weekday() == 6:
            out.append((d, "søndag"))
        d += timedelta(days=1)
    return out
