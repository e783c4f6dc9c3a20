"""Blocks to .docx bytes: the parts in a fixed order in a ZIP file with fixed attributes.

Determinism: the same document and the same ``created`` timestamp give the same bytes. Zip entries carry a
fixed order, fixed attributes and a timestamp derived from ``created``; nothing reads the clock.
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

from ..blocks import Document
from ..errors import InputError
from .body import Body, document
from .parts import app, content_types, core, document_rels, footer, numbering, package_rels, settings, styles

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def check_created(moment: datetime, field: str = "now") -> datetime:
    """A .docx is a ZIP file, and ZIP time stamps run from 1980 to 2107: refuse a moment outside them."""
    try:
        year = moment.astimezone(timezone.utc).year
    except (OverflowError, ValueError):
        year = 0
    if not 1980 <= year <= 2107:
        raise InputError(field, "Tidspunktet «now» skal ligge mellem år 1980 og 2107.")
    return moment


def build_docx(doc: Document) -> bytes:
    """The document as .docx bytes; identical input gives identical bytes."""
    body = Body()
    document_xml = document(doc, body)  # first: it collects the hyperlink targets
    has_footer = bool(doc.footer)
    parts = [
        ("[Content_Types].xml", content_types(has_footer)),
        ("_rels/.rels", package_rels()),
        ("docProps/core.xml", core(doc)),
        ("docProps/app.xml", app()),
        ("word/document.xml", document_xml),
        ("word/_rels/document.xml.rels", document_rels(body.links, has_footer)),
        ("word/styles.xml", styles(doc.language)),
        ("word/numbering.xml", numbering()),
        ("word/settings.xml", settings(doc.language)),
        *([("word/footer1.xml", footer(doc.footer))] if has_footer else []),
    ]
    created = doc.created.astimezone(timezone.utc) if doc.created.tzinfo else doc.created
    # Zip timestamps cannot predate 1980; they are local-time-less, so UTC is used.
    stamp = (max(created.year, 1980), created.month, created.day, created.hour, created.minute, created.second)
    if created.year < 1980:
        stamp = (1980, 1, 1, 0, 0, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, xml.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()
