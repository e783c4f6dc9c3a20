"""Errors as data: bad input gives a clear Danish message, never an exception to the caller."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class InputError(Exception):
    """Raised inside the engine for bad input; turned into an error object at the API edge."""

    field: str
    message: str  # Danish, shown to the user as is

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


def error_response(*errors: InputError) -> dict[str, object]:
    return {"ok": False, "errors": [e.as_dict() for e in errors]}


class InputErrors(Exception):
    """Several field errors at once, so a form can mark every wrong field in one round.
    The one multi-error type of the engine; every tool raises it and the API edge turns it into error objects."""

    def __init__(self, errors: Sequence[InputError]) -> None:
        super().__init__(list(errors))
        self.errors = list(errors)
