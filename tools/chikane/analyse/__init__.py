"""The survey loop, closed locally: the questionnaire for other tools, and the answers read back.

Tools (``chikane.api``):

- ``kortlaegning_eksport`` ``{"format": "forms" | "xlsx" | "svarark", "values": {...}, "now": ISO}``
  → the questionnaire as a file (base64), filled from the same form values as the strategy;
- ``analyse`` ``{"filename": str, "data_base64": str, "values": {...}, "now": ISO}`` → the report as
  HTML (SVG charts, each with its table), as .docx, and the problems found (row and column).

Everything runs where it is called — in the browser it is Pyodide on the page: the file is never
uploaded. Standard library only (see :mod:`.xlsx` for why there is no vendored XLSX wheel).
"""
from __future__ import annotations

import base64
import binascii
from typing import Any, Mapping

from ..blocks import Document
from ..docx_writer import DOCX_MIME, build_docx
from ..errors import InputError, error_response
from ..strategi import build
from ..strategi.tool import values_and_now
from . import eksport, rapport, svar
from .xlsx import XLSX_MIME

REPORT_TITLE = "Kortlægning af digital chikane: resultater"
_EXPORTS = {
    "forms": ("kortlaegning-til-forms", ".docx", DOCX_MIME),
    "xlsx": ("kortlaegning-spoergsmaal", ".xlsx", XLSX_MIME),
    "svarark": ("kortlaegning-svarark", ".docx", DOCX_MIME),
}


def export_file(fmt: str, values: Mapping[str, str], now: Any) -> tuple[str, str, bytes]:
    prefix, ext, mime = _EXPORTS[fmt]
    if fmt == "forms":
        data = eksport.forms_docx(values, now)
    elif fmt == "svarark":
        data = eksport.answer_sheet_docx(values, now)
    else:
        data = eksport.questions_xlsx(values)
    name = build.filename(prefix, values.get("navn", ""))[: -len(".docx")] + ext
    return name, mime, data


def kortlaegning_eksport(request: Mapping[str, Any]) -> dict[str, Any]:
    values, now, errors = values_and_now(request)
    fmt = request.get("format")
    if fmt not in _EXPORTS:
        errors.append(InputError("format", f"Ukendt format. Brug et af: {', '.join(_EXPORTS)}."))
    if errors:
        return error_response(*errors)
    name, mime, data = export_file(fmt, values, now)
    return {"ok": True, "filename": name, "mime": mime, "data_base64": base64.b64encode(data).decode("ascii")}


def analyse_bytes(filename: str, data: bytes, values: Mapping[str, str]) -> tuple[rapport.Report, svar.Reading]:
    rows, problems = svar.read_rows(filename, data)
    reading = svar.read_answers(rows) if rows else svar.Reading([], [], {}, [])
    reading.problems[:0] = problems
    return rapport.report(reading, dict(values)), reading


def report_docx(rep: rapport.Report, reading: svar.Reading, filename: str, values: Mapping[str, str],
                now: Any) -> bytes:
    blocks = rapport.to_blocks(rep, reading, filename, dict(values))
    return build_docx(Document(title=REPORT_TITLE, blocks=blocks, created=now,
                               subject="Resultater af kortlægningen", footer=build.footer_text(REPORT_TITLE)))


MAX_PROBLEMS = 100


def _bounded(problems: list[svar.Problem]) -> list[dict[str, object]]:
    """At most MAX_PROBLEMS problems, and one more line counting the rest (a whole wrong column can give
    one per row)."""
    out = [p.as_dict() for p in problems[:MAX_PROBLEMS]]
    if len(problems) > MAX_PROBLEMS:
        out.append(svar.Problem(f"… og {len(problems) - MAX_PROBLEMS} ting mere, der ikke kunne læses. Ret de "
                                "første, og prøv igen.").as_dict())
    return out


def analyse(request: Mapping[str, Any]) -> dict[str, Any]:
    values, now, errors = values_and_now(request)
    filename = request.get("filename")
    if not isinstance(filename, str) or len(filename) > 255:
        errors.append(InputError("filename", "Filens navn mangler."))
    raw = request.get("data_base64")
    data = b""
    if not isinstance(raw, str):
        errors.append(InputError("data_base64", "Filens indhold mangler. Vælg filen igen."))
    else:
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            errors.append(InputError("data_base64", "Filens indhold kom ikke rigtigt frem. Vælg filen igen."))
    if errors:
        return error_response(*errors)
    rep, reading = analyse_bytes(filename, data, values)
    unreadable = not reading.answers and bool(reading.problems)
    out: dict[str, Any] = {
        "ok": True,
        "n": rep.n,
        "shown": not rep.hidden,
        "problems": _bounded(reading.problems),
        "columns": reading.columns,
        "html": "" if unreadable else rapport.to_html(rep, reading, filename),
    }
    if not unreadable:
        out["filename"] = build.filename("kortlaegning-resultater", values.get("navn", ""))
        out["mime"] = DOCX_MIME
        out["docx_base64"] = base64.b64encode(report_docx(rep, reading, filename, values, now)).decode("ascii")
    return out
