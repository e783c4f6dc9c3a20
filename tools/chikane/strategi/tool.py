"""The tools ``strategi_docx`` and ``kortlaegning_docx``: the filled-in templates as .docx (run in Pyodide)."""
from __future__ import annotations

import base64
from typing import Any, Mapping

from ..docx_writer import DOCX_MIME, check_created
from ..errors import InputError, InputErrors, error_response
from ..localtime import parse_now
from . import build
from .felter import parse_values, unfilled


def values_and_now(request: Mapping[str, Any]) -> tuple[dict[str, str], Any, list[InputError]]:
    """The template values and the document time of a request, with every field error at once."""
    errors: list[InputError] = []
    values: dict[str, str] = {}
    now = None
    try:
        values = parse_values(request.get("values"))
    except InputErrors as exc:
        errors.extend(exc.errors)
    try:
        now = check_created(parse_now(request.get("now")))
    except InputError as exc:
        errors.append(exc)
    return values, now, errors


def _docx_tool(request: Mapping[str, Any], kind: str) -> dict[str, Any]:
    values, now, errors = values_and_now(request)
    if errors:
        return error_response(*errors)
    day = now.date()
    if kind == "strategi":
        built, prefix = build.strategy(values, day), "strategi-digital-chikane"
    else:
        built, prefix = build.survey(values, day), "kortlaegning-digital-chikane"
    data = build.to_docx(built, now)
    return {
        "ok": True,
        "filename": build.filename(prefix, values.get("navn", "")),
        "mime": DOCX_MIME,
        "docx_base64": base64.b64encode(data).decode("ascii"),
        "unfilled": unfilled(values),
    }


def strategi_docx(request: Mapping[str, Any]) -> dict[str, Any]:
    """``{"tool": "strategi_docx", "values": {...}, "now": "<ISO>"}`` → the filled-in strategy as .docx."""
    return _docx_tool(request, "strategi")


def kortlaegning_docx(request: Mapping[str, Any]) -> dict[str, Any]:
    """The survey template as .docx, with the same values (only name and incident system are used)."""
    return _docx_tool(request, "kortlaegning")
