"""Danish date and time input, as people type it quickly.

Dates: 24.12.2026, 24-12-2026, 24/12-2026, 24/12/2026, 24,12,2026, 2026-12-24, two-digit
years (24.12.26 -> 2026), and eight digits, 24122026: a phone's number pad may have no «.»
(and a Danish decimal pad has «,»). Times: 14:30, 14.30, 1430, 930, 14 (and an optional
"kl."). Anything else raises InputError with a Danish message naming the format.

Only ASCII digits are accepted on purpose: ``int()`` would also take other
scripts' digits, which nobody types into a Danish form by intention.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, time

from .errors import InputError
from .tekst import MONTHS, and_list

DATE_HELP = "Skriv datoen som dag.måned.år, fx 24.12.2026."
TIME_HELP = "Skriv klokkeslættet som timer og minutter, fx 14.30."
MAX_LEN = 40

_SEP = r"\s*[./,-]\s*"
_DMY = re.compile(rf"([0-9]{{1,2}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{4}}|[0-9]{{2}})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DDMMYYYY = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")
_HM = re.compile(r"([0-9]{1,2})(?:\s*[:.]\s*([0-9]{2}))?")
_COMPACT = re.compile(r"([0-9]{3,4})")
_KL = re.compile(r"^kl\.?\s*", re.IGNORECASE)


def _text(value: object, field: str, help_text: str, what: str) -> str:
    if value is None:
        raise InputError(field, f"{what} mangler. {help_text}")
    if not isinstance(value, str):
        raise InputError(field, f"{what} skal skrives som tekst. {help_text}")
    text = value.strip()
    if not text:
        raise InputError(field, f"{what} mangler. {help_text}")
    if len(text) > MAX_LEN:
        raise InputError(field, f"{what} er for lang. {help_text}")
    return text


def _year(raw: str, ref_year: int | None) -> int:
    if len(raw) == 4:
        return int(raw)
    yy = int(raw)
    year = 2000 + yy
    # "24.12.99" typed in 2026 means 1999, not 2099.
    if ref_year is not None and year > ref_year + 1:
        year -= 100
    return year


def _build(field: str, what: str, text: str, day: int, month: int, year: int) -> date:
    """The date, or one message with every fault in its numbers (not one fault per try)."""
    faults = []
    if not 1 <= month <= 12:
        faults.append("måneden skal være et tal fra 1 til 12")
    if year < 1900 or year > 2199:
        faults.append(f"året {year} kan ikke bruges")
    if faults:
        if not 1 <= day <= 31:
            faults.insert(0, "dagen skal være et tal fra 1 til 31")
        raise InputError(field, f"{what} «{text}» kan ikke bruges: {and_list(faults)}. {DATE_HELP}")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InputError(
            field,
            f"{what} {day}.{month}.{year} findes ikke: {MONTHS[month - 1]} {year} har {last} dage.",
        )
    return date(year, month, day)


def parse_date(value: object, field: str, ref_year: int | None = None, what: str = "Datoen") -> date:
    """A date typed in one of the accepted Danish forms; ``ref_year`` resolves two-digit years."""
    text = _text(value, field, DATE_HELP, what)
    m = _ISO.fullmatch(text)
    if m:
        return _build(field, what, text, int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _DMY.fullmatch(text) or _DDMMYYYY.fullmatch(text)
    if m:
        return _build(field, what, text, int(m.group(1)), int(m.group(2)), _year(m.group(3), ref_year))
    raise InputError(field, f"{what} «{text}» kunne ikke læses. {DATE_HELP}")


def parse_time(value: object, field: str, what: str = "Klokkeslættet") -> time:
    """A time of day: 14:30, 14.30, 1430, 930 or 14 (optionally after "kl.")."""
    text = _KL.sub("", _text(value, field, TIME_HELP, what))
    m = _HM.fullmatch(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
    else:
        m = _COMPACT.fullmatch(text)
        if not m:
            raise InputError(field, f"{what} «{value.strip() if isinstance(value, str) else ''}» kunne ikke læses. {TIME_HELP}")
        digits = m.group(1)
        hour, minute = int(digits[:-2]), int(digits[-2:])
    faults = []
    if hour > 23:
        faults.append("timetallet skal være fra 0 til 23")
    if minute > 59:
        faults.append("minuttallet skal være fra 0 til 59")
    if faults:
        raise InputError(field, f"{what} «{text}» kan ikke bruges: {and_list(faults)}. {TIME_HELP}")
    return time(hour, minute)
