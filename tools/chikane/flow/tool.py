"""The «Er det strafbart?» handler: a request in, the step's JSON and HTML out.

Kept apart from :mod:`.engine` (the walk and the outcomes) so that the views import the engine
and the engine never imports the views: the import graph has one direction.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from ..errors import InputError
from ..request_fields import request_day
from ..workplace import Workplace, parse_workplace
from .engine import Walk, evaluate, offence_rule_keys, one_answer_ahead, walk_from_request
from .views import render_step


def answer(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"tool": "flow", "state": "arbejde.ja-...", "workplace": {...}, "today": "2026-11-25", "lookahead": true}

    With ``"lookahead": true`` the answer also holds ``"next"``: the answer for each
    walk in :func:`one_answer_ahead`, keyed by its state, so the browser can show the
    next step the moment an option is chosen and ask for the one after it meanwhile.
    """
    lookahead = request.get("lookahead", False)
    if not isinstance(lookahead, bool):
        raise InputError("lookahead", "«lookahead» skal være true eller false.")
    w = walk_from_request(request)
    workplace = parse_workplace(request.get("workplace"))
    today = request_day(request)
    out = _flow_answer(w, workplace, today)
    if lookahead:
        out["next"] = {nxt.state: _flow_answer(nxt, workplace, today) for nxt in one_answer_ahead(w)}
    return out


def _flow_answer(w: Walk, workplace: Workplace, today: date) -> dict[str, Any]:
    findings = evaluate(w.answer_map) if w.next_question is None else []
    return {
        "ok": True,
        "state": w.state,
        "complete": w.next_question is None,
        "question": w.next_question.id if w.next_question else None,
        "outcomes": [
            {"id": f.outcome.id, "kind": f.outcome.kind, "rules": list(f.outcome.rule_keys),
             "why": [list(r) for r in f.reasons]}
            for f in findings
        ],
        "offences": offence_rule_keys(findings),
        "title": w.next_question.text if w.next_question else "Resultat",
        "html": render_step(w, findings, workplace, today),
    }
