"""Pictures in a .docx (added for the case folder, chikane.sagsmappe).

Kept apart from build_docx on purpose: a picture is put in as a marker paragraph, build_docx writes the
document as usual, and add_pictures() then swaps each marker for the picture and adds the media parts.
build_docx itself is unchanged.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Sequence

from ..blocks import Document, Paragraph, Run
from .parts import REL_BASE, esc
from .write import build_docx

_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
EMU_PER_PX = 9525            # at 96 dpi
MAX_PICTURE_CX = 5_900_000   # the text width of an A4 page with the margins above (about 16.4 cm)
MAX_PICTURE_CY = 7_200_000   # 20 cm, so a picture and its caption fit on one page
_PICTURE_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif"}
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"


@dataclass(frozen=True)
class Picture:
    """A picture for :func:`build_docx_with_pictures`; ``key`` is unique in the document."""

    key: str            # [a-z0-9]+
    data: bytes
    ext: str            # "png", "jpeg" or "gif"
    width_px: int
    height_px: int
    alt: str            # the alternative text (screen readers, Word's "Alt Text")


def picture_marker(key: str) -> Paragraph:
    """The block that stands where a picture goes (replaced by :func:`build_docx_with_pictures`)."""
    if not re.fullmatch(r"[a-z0-9]+", key):
        raise ValueError(f"bad picture key {key!r}")
    return Paragraph([Run(f"{_MARK_OPEN}{key}{_MARK_CLOSE}")])


def picture_extent(width_px: int, height_px: int) -> tuple[int, int]:
    cx, cy = max(width_px, 1) * EMU_PER_PX, max(height_px, 1) * EMU_PER_PX
    scale = min(1.0, MAX_PICTURE_CX / cx, MAX_PICTURE_CY / cy)
    return max(int(cx * scale), 1), max(int(cy * scale), 1)


def _picture_xml(n: int, pic: Picture) -> str:
    cx, cy = picture_extent(pic.width_px, pic.height_px)
    alt = esc(pic.alt)
    return (
        '<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:r><w:drawing>'
        f'<wp:inline xmlns:wp="{_WP}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{1000 + n}" name="Billede {n}" descr="{alt}"/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_PIC}"><pic:pic xmlns:pic="{_PIC}">'
        f'<pic:nvPicPr><pic:cNvPr id="{1000 + n}" name="billede{n}.{pic.ext}" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="rIdPicture{n}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r></w:p>"
    )


def add_pictures(docx: bytes, pictures: Sequence[Picture]) -> bytes:
    """Swap each picture's marker paragraph in ``docx`` for the picture; add the media parts."""
    if not pictures:
        return docx
    src = zipfile.ZipFile(io.BytesIO(docx))
    infos = src.infolist()
    stamp = infos[0].date_time
    document = src.read("word/document.xml").decode("utf-8")
    rels = src.read("word/_rels/document.xml.rels").decode("utf-8")
    types = src.read("[Content_Types].xml").decode("utf-8")
    new_rels, used_ext = [], []
    for n, pic in enumerate(pictures, start=1):
        if pic.ext not in _PICTURE_TYPES:
            raise ValueError(f"unsupported picture type {pic.ext!r}")
        marker = re.escape(f"{_MARK_OPEN}{pic.key}{_MARK_CLOSE}")
        pattern = re.compile(r"<w:p>(?:(?!<w:p>).)*?" + marker + r".*?</w:p>", re.S)
        document, count = pattern.subn(lambda _m, n=n, pic=pic: _picture_xml(n, pic), document, count=1)
        if count != 1:
            raise ValueError(f"no marker for picture {pic.key!r}")
        new_rels.append(f'<Relationship Id="rIdPicture{n}" Type="{REL_BASE}/image" '
                        f'Target="media/billede{n}.{pic.ext}"/>')
        if pic.ext not in used_ext:
            used_ext.append(pic.ext)
    rels = rels.replace("</Relationships>", "".join(new_rels) + "</Relationships>", 1)
    defaults = "".join(f'<Default Extension="{e}" ContentType="{_PICTURE_TYPES[e]}"/>' for e in used_ext
                       if f'Extension="{e}"' not in types)
    types = types.replace("</Types>", defaults + "</Types>", 1)
    replaced = {"word/document.xml": document, "word/_rels/document.xml.rels": rels, "[Content_Types].xml": types}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        def put(name: str, data: bytes, compress: int) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = compress
            info.create_system = 3
            info.external_attr = 0o644 << 16
            out.writestr(info, data, compress_type=compress)

        for info in infos:
            data = replaced[info.filename].encode("utf-8") if info.filename in replaced else src.read(info.filename)
            put(info.filename, data, zipfile.ZIP_DEFLATED)
        for n, pic in enumerate(pictures, start=1):
            # Pictures are compressed already: stored, so a 20 MB log is written quickly on a phone.
            put(f"word/media/billede{n}.{pic.ext}", pic.data, zipfile.ZIP_STORED)
    return buf.getvalue()


def build_docx_with_pictures(doc: Document, pictures: Sequence[Picture]) -> bytes:
    """:func:`build_docx`, then :func:`add_pictures` (``doc`` holds a :func:`picture_marker` per picture)."""
    return add_pictures(build_docx(doc), pictures)
