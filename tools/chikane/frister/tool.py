"""The calculator's two tools (listed in ``chikane.api.TOOLS``): "frister" (the result and its HTML) and
"frister_ics" (the calendar file)."""
from __future__ import annotations

from typing import Any, Mapping

from ..errors import InputErrors, error_response
from . import ICS_FILENAME, Facts, parse_request, result, to_ics
from .views import render


def _facts_or_errors(request: Mapping[str, Any]) -> Facts | dict[str, Any]:
    try:
        return parse_request(request)
    except InputErrors as exc:
        return error_response(*exc.errors)


def frister(request: Mapping[str, Any]) -> dict[str, Any]:
    facts = _facts_or_errors(request)
    if isinstance(facts, dict):
        return facts
    out = result(facts)
    out["html"] = render(out)
    return out


def frister_ics(request: Mapping[str, Any]) -> dict[str, Any]:
    facts = _facts_or_errors(request)
    if isinstance(facts, dict):
        return facts
    return {"ok": True, "ics": to_ics(facts), "filename": ICS_FILENAME}
