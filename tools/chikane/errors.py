"""Errors as data: bad input gives a clear Danish message, never an exception to the caller."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputError(Exception):
    """Raised inside the engine for bad input; turned into an error object at the API edge."""

    field: str
    message: str  # Danish, shown to the user as is

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


def error_response(*errors: InputError) -> dict[str, object]:
    return {"ok": False, "errors": [e.as_dict() for e in errors]}
