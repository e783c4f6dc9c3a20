"""The one cleaning step for text that comes in with a request and may go back out.

Everything a caller sends passes :func:`clean_request` at the API edge (``api.handle``) before any
tool reads it, and every error the API returns passes :func:`clean_errors`. So no tool echoes a
character that cannot be encoded as UTF-8 (a lone surrogate), that breaks a .docx or .ics (a control
character), or that no text should hold (a noncharacter), and no answer grows without bound.

A bad character is removed, as the .docx writer always did: it is invisible to the person who
typed or pasted it, so "20.11.2026" with a stray control character still reads as that date.
"""
from __future__ import annotations

import re
from typing import Any

from .errors import InputError

# C0 controls but tab, line feed and carriage return; DEL and the C1 controls; lone surrogates;
# the noncharacters U+FDD0..U+FDEF and U+xFFFE/U+xFFFF in every plane.
_BAD = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)

MAX_DEPTH = 32  # a request nested deeper than any tool reads is refused
MAX_ECHO = 300  # characters of a message or a field name in an error
MAX_FIELD = 80
MAX_ERRORS = 20  # errors in one answer; the rest are counted in one more


def clean_text(text: str) -> str:
    """``text`` without the characters no answer may carry."""
    return _BAD.sub("", text)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_request(value: Any, depth: int = 0) -> Any:
    """A copy of a decoded JSON request with every string (keys too) cleaned."""
    if depth > MAX_DEPTH:
        raise InputError("", "Forespørgslen er for dybt indlejret.")
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k) if isinstance(k, str) else k: clean_request(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_request(v, depth + 1) for v in value]
    return value


def clean_errors(errors: list[dict[str, str]]) -> list[dict[str, str]]:
    """Errors with clean, bounded text; at most :data:`MAX_ERRORS` of them, and a count of the rest."""
    out = [
        {"field": shorten(clean_text(str(e.get("field", ""))), MAX_FIELD),
         "message": shorten(clean_text(str(e.get("message", ""))), MAX_ECHO)}
        for e in errors[:MAX_ERRORS]
    ]
    if len(errors) > MAX_ERRORS:
        out.append({"field": "", "message": f"… og {len(errors) - MAX_ERRORS} fejl mere. Ret dem ovenfor først."})
    return out
