"""A small XLSX reader and writer — standard library only (zipfile + xml.etree).

Why not a vendored wheel (openpyxl and et_xmlfile, about 300 KB): the engine must stay
stdlib-only and runs in Pyodide, where a second wheel is one more download and import on
the Analyse page. A survey export is one sheet of text and numbers; reading it needs the
workbook, the shared strings and the first sheet's cells — about 150 lines here.

Reading: the first worksheet (by workbook order), shared and inline strings, numbers,
booleans; cell references (``C7``) decide the column, so empty cells that a tool leaves
out are kept as empty strings. Dates stay numbers (the analysis does not use them).
Defence: a file that is not a zip, lacks a part, has malformed XML or is too large gives
:class:`XlsxError` with a Danish message; never an exception of another kind.

Writing: one sheet of strings with a bold header row and column widths.
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Sequence
from xml.etree import ElementTree

from ..docx_writer import esc

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_UNPACKED = 40_000_000  # bytes of XML we are willing to read (a zip bomb stops here)
MAX_ROWS = 20_000
MAX_COLS = 200
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class XlsxError(ValueError):
    """The file cannot be read as a workbook; the message is Danish and says why."""


def column_index(ref: str) -> int:
    """``"C7"`` → 2 (0-based)."""
    letters = re.match(r"[A-Z]+", ref.upper())
    if not letters:
        raise XlsxError(f"Cellen «{ref[:10]}» har ikke en gyldig kolonne.")
    n = 0
    for ch in letters.group(0):
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def column_letter(index: int) -> str:
    """0 → ``"A"``, 26 → ``"AA"``."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _read(z: zipfile.ZipFile, name: str) -> ElementTree.Element:
    try:
        info = z.getinfo(name)
    except KeyError:
        raise XlsxError(f"Excel-filen mangler delen «{name}». Gem filen igen som .xlsx.") from None
    if info.file_size > MAX_UNPACKED:
        raise XlsxError("Excel-filen er for stor til at blive læst her.")
    try:
        return ElementTree.fromstring(z.read(name))
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError):
        raise XlsxError(f"Delen «{name}» i Excel-filen er ødelagt. Gem filen igen som .xlsx.") from None


def _first_sheet(z: zipfile.ZipFile) -> str:
    wb = _read(z, "xl/workbook.xml")
    sheets = wb.find(f"{_NS}sheets")
    first = sheets.find(f"{_NS}sheet") if sheets is not None else None
    if first is None:
        raise XlsxError("Excel-filen har ingen ark.")
    rid = first.get(f"{_REL}id")
    target = None
    if "xl/_rels/workbook.xml.rels" in z.namelist():
        for rel in _read(z, "xl/_rels/workbook.xml.rels").iter(f"{_PKG_REL}Relationship"):
            if rel.get("Id") == rid:
                target = rel.get("Target") or ""
    if not target:
        return "xl/worksheets/sheet1.xml"
    target = target.lstrip("/")
    return target if target.startswith("xl/") else "xl/" + target


def _shared_strings(z: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    root = _read(z, "xl/sharedStrings.xml")
    return ["".join(t.text or "" for t in si.iter(f"{_NS}t")) for si in root.iter(f"{_NS}si")]


def read_xlsx(data: bytes) -> list[list[str]]:
    """The first sheet as rows of strings (ragged rows are padded to the widest row)."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise XlsxError("Filen er ikke en Excel-fil (.xlsx), selv om navnet siger det.") from None
    with z:
        if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED * 2:
            raise XlsxError("Excel-filen er for stor til at blive læst her.")
        strings = _shared_strings(z)
        sheet = _read(z, _first_sheet(z))
    rows: dict[int, dict[int, str]] = {}
    data_el = sheet.find(f"{_NS}sheetData")
    if data_el is None:
        return []
    next_row = 0
    for row in data_el.iter(f"{_NS}row"):
        r = row.get("r")
        r_i = int(r) - 1 if r and r.isdecimal() else next_row
        next_row = r_i + 1
        if r_i >= MAX_ROWS:
            raise XlsxError(f"Excel-filen har mere end {MAX_ROWS} rækker.")
        cells: dict[int, str] = {}
        next_col = 0
        for c in row.iter(f"{_NS}c"):
            ref = c.get("r")
            c_i = column_index(ref) if ref else next_col
            next_col = c_i + 1
            if c_i >= MAX_COLS:
                raise XlsxError(f"Excel-filen har mere end {MAX_COLS} kolonner.")
            kind = c.get("t", "n")
            if kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(f"{_NS}t"))
            else:
                v = c.find(f"{_NS}v")
                raw = (v.text or "") if v is not None else ""
                if kind == "s":
                    try:
                        value = strings[int(raw)]
                    except (ValueError, IndexError):
                        raise XlsxError(f"Cellen {column_letter(c_i)}{r_i + 1} peger på en tekst, "
                                        "der ikke findes i filen.") from None
                elif kind == "b":
                    value = "SAND" if raw == "1" else "FALSK"
                else:
                    value = raw
                    if re.fullmatch(r"-?\d+\.0+", value):
                        value = value.split(".")[0]
            cells[c_i] = value
        rows[r_i] = cells
    if not rows:
        return []
    width = max((max(c) + 1 for c in rows.values() if c), default=0)
    return [[rows.get(i, {}).get(j, "") for j in range(width)] for i in range(max(rows) + 1)]


# --- writing -------------------------------------------------------------------------------------

_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_xlsx(rows: Sequence[Sequence[str]], sheet_name: str = "Ark1",
               widths: Sequence[int] = ()) -> bytes:
    """One sheet of text; the first row bold (a header). Deterministic bytes."""
    ncols = max((len(r) for r in rows), default=0)
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                   for i, w in enumerate(widths[:ncols]))
    body = []
    for r_i, row in enumerate(rows, start=1):
        cells = []
        for c_i, value in enumerate(row):
            if value == "":
                continue
            style = ' s="1"' if r_i == 1 else ' s="2"'
            cells.append(f'<c r="{column_letter(c_i)}{r_i}" t="inlineStr"{style}>'
                         f'<is><t xml:space="preserve">{esc(str(value))}</t></is></c>')
        body.append(f'<row r="{r_i}">{"".join(cells)}</row>')
    sheet = (_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
             + 'state="frozen"/></sheetView></sheetViews>'
             + (f"<cols>{cols}</cols>" if cols else "")
             + f'<sheetData>{"".join(body)}</sheetData></worksheet>')
    workbook = (_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                + f'<sheets><sheet name="{esc(sheet_name[:31])}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    styles = (_HEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              + '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              + '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              + '<fill><patternFill patternType="gray125"/></fill></fills>'
              + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
              + '<alignment wrapText="1" vertical="top"/></xf></cellXfs></styleSheet>')
    parts = [
        ("[Content_Types].xml", _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         + '<Default Extension="xml" ContentType="application/xml"/>'
         + '<Override PartName="/xl/workbook.xml" '
         + 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + '<Override PartName="/xl/worksheets/sheet1.xml" '
         + 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         + '<Override PartName="/xl/styles.xml" '
         + 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
        ("_rels/.rels", _HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         + 'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", _HEAD
         + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         + 'worksheet" Target="worksheets/sheet1.xml"/>'
         + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         + 'styles" Target="styles.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/styles.xml", styles),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, xml.encode("utf-8"))
    return buf.getvalue()
