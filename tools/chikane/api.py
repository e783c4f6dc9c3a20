"""The one JSON-in/JSON-out entry point, called by the browser (Pyodide), the build and the tests.

    handle_json('{"tool": "flow", ...}') -> '{"ok": true, ...}'

Every request is an object with ``"tool"`` naming the handler; the rest is that
tool's input. Every answer has ``"ok"``. On bad input the answer is
``{"ok": false, "errors": [{"field": ..., "message": <Danish>}]}``; no exception
ever reaches the caller, so the browser never shows a stack trace.

Tools are listed once in :data:`TOOLS`; a module is imported when its tool is first asked for.
"""
from __future__ import annotations

import importlib
import json
from typing import Any, Callable, Mapping

from .clean import clean_errors, clean_request
from .errors import InputError, error_response

Handler = Callable[[Mapping[str, Any]], dict[str, Any]]

# Every tool, listed once: its name in a request -> "module:function". The modules import
# nothing from here, so the import graph has one direction (api -> tools -> leaves).
TOOLS: dict[str, str | Handler] = {
    "flow": "chikane.flow.tool:answer",
    "frister": "chikane.frister.tool:frister",
    "frister_ics": "chikane.frister.tool:frister_ics",
    "quiz_form": "chikane.kursus.tool:quiz_form",
    "quiz": "chikane.kursus.tool:quiz",
    "strategi_docx": "chikane.strategi.tool:strategi_docx",
    "kortlaegning_docx": "chikane.strategi.tool:kortlaegning_docx",
    "kortlaegning_eksport": "chikane.analyse:kortlaegning_eksport",
    "analyse": "chikane.analyse:analyse",
    "sagsmappe_bevis": "chikane.sagsmappe.tool:sagsmappe_bevis",
    "sagsmappe": "chikane.sagsmappe.tool:sagsmappe",
    "sagsmappe_docx": "chikane.sagsmappe.tool:sagsmappe_docx",
    "sagsmappe_ics": "chikane.sagsmappe.tool:sagsmappe_ics",
    "sagsmappe_gem": "chikane.sagsmappe.tool:sagsmappe_gem",
    "sagsmappe_aabn": "chikane.sagsmappe.tool:sagsmappe_aabn",
    "sagsmappe_formular": "chikane.sagsmappe.tool:sagsmappe_formular",
    "sagsmappe_start": "chikane.sagsmappe.tool:sagsmappe_start",
}

MAX_REQUEST_CHARS = 4_200_000


def _handler(name: str) -> Handler:
    """The function behind a tool name, imported on first use (inside handle()'s try)."""
    target = TOOLS[name]
    if callable(target):
        return target
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def handle(request: Any) -> dict[str, Any]:
    response = _answer(request)
    if not response.get("ok", True) and isinstance(response.get("errors"), list):
        response["errors"] = clean_errors(response["errors"])  # bounded, clean text in every error
    return response


def _answer(request: Any) -> dict[str, Any]:
    try:
        if not isinstance(request, Mapping):
            raise InputError("tool", "Forespørgslen skal være et objekt med feltet «tool».")
        request = clean_request(dict(request))  # the one cleaning step for all that comes in
        name = request.get("tool")
        if not isinstance(name, str) or name not in TOOLS:
            raise InputError("tool", f"Ukendt værktøj. Brug et af: {', '.join(sorted(TOOLS))}.")
        # Imported inside the try: even a broken install answers in Danish, never with a traceback.
        return _handler(name)(request)
    except InputError as exc:
        return error_response(exc)
    except RecursionError:
        return error_response(InputError("", "Forespørgslen er for dybt indlejret."))
    except Exception:  # noqa: BLE001 - last line of defence: the user gets Danish, not a traceback
        return error_response(
            InputError("", "Der skete en uventet fejl i beregningen. Prøv igen, eller brug den statiske version.")
        )


def handle_json(text: str) -> str:
    if not isinstance(text, str) or len(text) > MAX_REQUEST_CHARS:
        return json.dumps(error_response(InputError("", "Forespørgslen er for stor eller ikke tekst.")))
    try:
        request = json.loads(text)
    except (ValueError, RecursionError):
        return json.dumps(error_response(InputError("", "Forespørgslen er ikke gyldig JSON.")), ensure_ascii=False)
    return json.dumps(handle(request), ensure_ascii=False)


def warm_up() -> None:
    """Answer one example request per common tool, so their modules and caches are loaded.

    The browser build snapshots the interpreter right after this call
    (sitebuild/pyodide_bundle.py), so a user's first answer does not pay for
    imports, compiled regular expressions or reading the zone file. The requests
    carry their own dates: the result does not depend on the clock.
    """
    for name in TOOLS:  # every tool's module, as the old import-time registry loaded them
        _handler(name)
    from .kursus.sager import CASES
    from .flow import encode_state

    complete = encode_state(CASES[0].answers)
    for request in (
        {"tool": ""},
        {"tool": "flow", "state": "", "today": "2026-11-25"},
        {"tool": "flow", "state": complete, "today": "2026-11-25"},
        {"tool": "frister", "now": "2026-11-25T10:00", "haendelse_dato": "20.11.2026", "haendelse_tid": "14:30"},
        {"tool": "frister_ics", "now": "2026-11-25T10:00", "haendelse_dato": "20.11.2026", "haendelse_tid": "14:30"},
        # The Analyse page: a five-row sheet, so reading, the report and its .docx are warm.
        {"tool": "analyse", "now": "2026-11-25T10:00", "filename": "svar.csv",
         "data_base64": "MgpOZWoKTmVqCk5lagpOZWoKTmVqCg=="},
    ):
        response = handle(request)
        if request["tool"] and not response["ok"]:
            # A warm-up that fails would hide a broken engine until a user's first click.
            raise RuntimeError(f"warm-up request failed: {request['tool']}: {response['errors']}")
