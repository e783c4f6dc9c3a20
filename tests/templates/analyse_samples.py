"""Sample survey answers in the formats committees bring back: Microsoft Forms (CSV and XLSX) and a hand-made sheet.

Microsoft Forms' export: one row per response; the columns «ID», «Start time», «Completion time», «Email»,
«Name» (Danish tenants: «Id», «Starttidspunkt», «Fuldførelsestidspunkt», «Mail», «Navn»), then one column per
question with the question text as its header; several answers in one cell as «A;B;» (a trailing «;»).
Excel writes its text as shared strings; the XLSX here does too.
"""
from __future__ import annotations

import csv
import io
import zipfile
from xml.sax.saxutils import escape

from chikane.strategi import kortlaegning

Q = {q.key: q for q in kortlaegning.QUESTIONS}
SYSTEM = "EASY-A"

# 30 respondents: (unit, experienced, what, channels, impact, told, registered, why-not, colleague, wants)
_J, _B, _Y = "Jobcenter", "Borgerservice", "Ydelseskontoret"


def respondents() -> list[dict[str, list[str]]]:
    out = []
    for i in range(30):
        unit = _J if i < 14 else _B if i < 25 else _Y
        a: dict[str, list[str]] = {"enhed": [unit]}
        if i % 3 == 0:
            a["oplevet"] = ["Ja, flere gange"]
        elif i % 3 == 1 and i < 20:
            a["oplevet"] = ["Ja, én gang"]
        else:
            a["oplevet"] = ["Nej"]
        if a["oplevet"][0].startswith("Ja"):
            a["hvad"] = ["Trusler i beskeder, mails eller opslag"] if i % 2 else [
                "Nedsættende eller krænkende omtale på sociale medier",
                "Mine private oplysninger blev lagt på nettet (fx adresse, telefonnummer)"]
            a["kanal"] = ["Facebook", "Mail"] if i % 4 == 0 else ["Facebook"]
            a["paavirkning"] = ["I høj grad"] if i < 10 else ["I nogen grad"]
            a["fortalt"] = ["Ingen"] if i in (3, 9, 13, 15, 21, 24) else ["Min leder", "En kollega"]
            a["registreret"] = ["Nej"] if a["fortalt"] == ["Ingen"] else ["Ja"]
            if a["fortalt"] == ["Ingen"]:
                a["hvorfor_ikke"] = ["Jeg troede ikke, det ville hjælpe"] if i % 2 else ["Det virkede for småt"]
        a["kollega"] = ["Ja"] if i % 5 == 0 else ["Nej"]
        a["hjaelpe_mest"] = ["Klare procedurer", "Juridisk hjælp"]
        out.append(a)
    return out


def _header(q: kortlaegning.Question) -> str:
    return q.text.replace("{haendelsessystem}", SYSTEM)


def forms_table(danish: bool = False) -> list[list[str]]:
    meta = (["Id", "Starttidspunkt", "Fuldførelsestidspunkt", "Mail", "Navn"] if danish
            else ["ID", "Start time", "Completion time", "Email", "Name"])
    rows = [meta + [_header(q) for q in kortlaegning.QUESTIONS]]
    for i, a in enumerate(respondents(), start=1):
        cells = [str(i), "12/1/26 10:00:00", "12/1/26 10:04:00", "anonymous", ""]
        for q in kortlaegning.QUESTIONS:
            chosen = a.get(q.key, [])
            cells.append("".join(c + ";" for c in chosen) if q.multiple else (chosen[0] if chosen else ""))
        rows.append(cells)
    return rows


def forms_csv() -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=",", lineterminator="\r\n").writerows(forms_table(danish=True))
    return buf.getvalue().encode("utf-8-sig")


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_shared_strings(rows: list[list[str]]) -> bytes:
    """An .xlsx as Excel writes it: shared strings, numbers as numbers, empty cells left out."""
    strings: list[str] = []
    index: dict[str, int] = {}
    body = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            if v == "":
                continue
            ref = f"{_col(c)}{r}"
            if v.isdigit() and r > 1:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
        '<sheet name="Form1" sheetId="1" r:id="rId3"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId3" Type="{rel}/worksheet" '
        'Target="/xl/worksheets/sheet1.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst xmlns="{ns}" count="{len(strings)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet xmlns="{ns}"><sheetData>'
        + "".join(body) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            z.writestr(name, xml)
    return buf.getvalue()


def forms_xlsx() -> bytes:
    return xlsx_shared_strings(forms_table(danish=False))


def handmade_rows() -> list[list[str]]:
    """A sheet typed by hand from paper answer sheets: numbers as headers, «, » between answers, any case."""
    rows = [[f"Spørgsmål {i}" if i % 2 else str(i) for i in range(1, len(kortlaegning.QUESTIONS) + 1)]]
    for a in respondents():
        cells = []
        for q in kortlaegning.QUESTIONS:
            chosen = a.get(q.key, [])
            cells.append(", ".join(c.lower() if j % 2 else c for j, c in enumerate(chosen)))
        rows.append(cells)
    return rows


def handmade_csv() -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\n").writerows(handmade_rows())
    return buf.getvalue().encode("cp1252")
