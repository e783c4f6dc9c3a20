"""Small readers for request fields shared by several tools."""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from . import rules
from .errors import InputError


def default_day() -> date:
    """The newest review date of any rule: pages and tools never read the clock."""
    return max(r.reviewed for r in rules.ALL)


def request_day(request: Mapping[str, Any], key: str = "today") -> date:
    """The day the request is about (ISO date), or :func:`default_day` when it is not given."""
    raw = request.get(key)
    if raw is None:
        return default_day()
    if not isinstance(raw, str):
        raise InputError(key, "Datoen skal være tekst på formen ÅÅÅÅ-MM-DD.")
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        raise InputError(key, "Datoen skal være på formen ÅÅÅÅ-MM-DD.") from None
