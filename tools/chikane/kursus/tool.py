"""The course kit's handlers in :mod:`chikane.api`:

    {"tool": "quiz_form", "case": "<id>"}                      -> the case and its checkboxes (HTML)
    {"tool": "quiz", "case": "<id>", "chosen": ["trusler"]}    -> feedback with the why (HTML) and the ids
"""
from __future__ import annotations

from typing import Any, Mapping

from ..errors import InputError
from ..request_fields import request_day
from .quiz import CHOICE_IDS
from .sager import get
from .views import render_feedback, render_form

MAX_CHOSEN = 50


def _chosen(raw: Any) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > MAX_CHOSEN:
        raise InputError("chosen", "Valgene skal være en liste. Genindlæs siden, og prøv igen.")
    for x in raw:
        if not isinstance(x, str) or x not in CHOICE_IDS:
            raise InputError("chosen", "Et af valgene findes ikke i quizzen. Genindlæs siden, og prøv igen.")
    return list(dict.fromkeys(raw))


def quiz_form(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"tool": "quiz_form", "case": "<id>"} -> the case and its checkboxes."""
    case = get(request.get("case"))
    return {"ok": True, "case": case.id, "title": case.title, "html": render_form(case),
            "announce": f"Sagen «{case.title}» er vist."}


def quiz(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"tool": "quiz", "case": "<id>", "chosen": ["trusler", ...]} -> feedback computed by the flow."""
    case = get(request.get("case"))
    chosen = _chosen(request.get("chosen"))
    html, correct, missed, wrong, summary = render_feedback(case, chosen, request_day(request))
    return {"ok": True, "case": case.id, "html": html, "correct": correct, "missed": missed, "wrong": wrong,
            "announce": summary}
