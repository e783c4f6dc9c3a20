"""A minimal, deterministic WordprocessingML (.docx) writer — standard library only.

Why not python-docx: the engine runs in Pyodide in the browser too, where only
the standard library is available. The writer supports what the templates need
and nothing more: headings with real Word heading styles, paragraphs, bullet
lists, simple tables, external hyperlinks and highlighted placeholders.

Determinism: the same document and the same ``created`` timestamp give the same
bytes. Zip entries carry a fixed order, fixed attributes and a timestamp derived
from ``created``; nothing reads the clock.

Every string is XML-escaped, and characters that XML 1.0 forbids (most control
characters, lone surrogates, U+FFFE/U+FFFF) are removed, so hostile input such
as ``"<w:p>&\\x00"`` can never break the document.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Sequence, Union

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Everything outside XML 1.0's Char production: C0 controls except tab/LF/CR,
# surrogates (lone ones can arrive from JSON) and the two non-characters.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Remove what XML 1.0 cannot carry."""
    return _FORBIDDEN.sub("", text)


def esc(text: str) -> str:
    """Escape for element content and double-quoted attributes."""
    return (
        clean(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


from .blocks import Block, BarChart, Bullets, Document, Heading, Inline, Paragraph, Run, Table, plain  # noqa: F401


# --- XML parts -----------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _content_types(footer: bool = False) -> str:
    overrides = {
        "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        "/word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        "/word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    if footer:
        overrides["/word/footer1.xml"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
    parts = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items())
    return (
        _HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + parts
        + "</Types>"
    )


def _package_rels() -> str:
    return (
        _HEAD
        + f'<Relationships xmlns="{_PKG_REL}">'
        + f'<Relationship Id="rId1" Type="{_REL_BASE}/officeDocument" Target="word/document.xml"/>'
        + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        + 'metadata/core-properties" Target="docProps/core.xml"/>'
        + f'<Relationship Id="rId3" Type="{_REL_BASE}/extended-properties" Target="docProps/app.xml"/>'
        + "</Relationships>"
    )


def _document_rels(links: Sequence[str], footer: bool = False) -> str:
    rels = [
        f'<Relationship Id="rIdStyles" Type="{_REL_BASE}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rIdNumbering" Type="{_REL_BASE}/numbering" Target="numbering.xml"/>',
        f'<Relationship Id="rIdSettings" Type="{_REL_BASE}/settings" Target="settings.xml"/>',
    ]
    if footer:
        rels.append(f'<Relationship Id="rIdFooter1" Type="{_REL_BASE}/footer" Target="footer1.xml"/>')
    for i, url in enumerate(links, start=1):
        rels.append(
            f'<Relationship Id="rIdLink{i}" Type="{_REL_BASE}/hyperlink" Target="{esc(url)}" TargetMode="External"/>'
        )
    return _HEAD + f'<Relationships xmlns="{_PKG_REL}">' + "".join(rels) + "</Relationships>"


def _styles(language: str) -> str:
    lang = esc(language)

    def heading(level: int, size: int, before: int, color: str) -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="Heading{level}">'
            f'<w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
            '<w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/>'
            f'<w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr><w:b/><w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
            "</w:style>"
        )

    return (
        _HEAD
        + f'<w:styles xmlns:w="{_W}">'
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
        + f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>'
        + "</w:rPr></w:rPrDefault>"
        + '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        + "</w:docDefaults>"
        + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        + '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>'
        + '<w:pPr><w:spacing w:after="240"/></w:pPr>'
        + '<w:rPr><w:b/><w:color w:val="1D4F7A"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        + heading(1, 32, 360, "1D4F7A")
        + heading(2, 26, 240, "1D4F7A")
        + heading(3, 23, 200, "123651")
        + '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
        + '<w:basedOn w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        + '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>'
        + '<w:contextualSpacing/></w:pPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        + '<w:uiPriority w:val="99"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9298"/></w:tabs>'
        + '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + '<w:rPr><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        + '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
        + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        + '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
        + '<w:rPr><w:color w:val="1A4D78"/><w:u w:val="single"/></w:rPr></w:style>'
        + '<w:style w:type="character" w:styleId="Udfyld"><w:name w:val="Udfyld"/>'
        + '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:qFormat/>'
        + '<w:rPr><w:b/><w:highlight w:val="yellow"/></w:rPr></w:style>'
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        + '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        + '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        + '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        + '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        + '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders></w:tblPr></w:style>"
        + "</w:styles>"
    )


def _numbering() -> str:
    # One bullet list definition; Word's "List Bullet" style points at it.
    return (
        _HEAD
        + f'<w:numbering xmlns:w="{_W}">'
        + '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        + '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
        + '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        + '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:lvl>'
        + "</w:abstractNum>"
        + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        + "</w:numbering>"
    )


def _settings(language: str) -> str:
    return (
        _HEAD
        + f'<w:settings xmlns:w="{_W}"><w:defaultTabStop w:val="720"/>'
        + '<w:characterSpacingControl w:val="doNotCompress"/>'
        + f'<w:themeFontLang w:val="{esc(language)}"/></w:settings>'
    )


def _w3cdtf(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _core(doc: Document) -> str:
    stamp = _w3cdtf(doc.created)
    return (
        _HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + f"<dc:title>{esc(doc.title)}</dc:title>"
        + f"<dc:subject>{esc(doc.subject)}</dc:subject>"
        + f"<dc:creator>{esc(doc.creator)}</dc:creator>"
        + f"<cp:keywords>{esc(', '.join(doc.keywords))}</cp:keywords>"
        + f"<cp:lastModifiedBy>{esc(doc.creator)}</cp:lastModifiedBy>"
        + f"<dc:language>{esc(doc.language)}</dc:language>"
        + f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        + "</cp:coreProperties>"
    )


def _app() -> str:
    return (
        _HEAD
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        + "<Application>chikane.docx_writer</Application></Properties>"
    )


# The text width of an A4 page with the margins below, in twips (1/20 pt).
TEXT_WIDTH = 11906 - 2 * 1304
_CELL_MARGINS = 2 * 108 + 60  # left and right cell margins, and a little air
# A generous estimate of a character's width in Calibri 10 pt (table text), in twips; bold is wider.
_CHAR = 106
_CHAR_BOLD = 114
_WORD = re.compile(r"[^\s/]+/?")


def _longest_word(runs: Inline, bold: bool) -> int:
    best = 0
    for r in runs:
        per = _CHAR_BOLD if (bold or r.bold or r.placeholder) else _CHAR
        for w in _WORD.findall(r.text):
            best = max(best, len(w) * per)
    return best


def column_widths(t: Table, ncols: int, total: int = TEXT_WIDTH) -> list[int]:
    """Column widths in twips that add up to ``total``.

    Given weights are used as they are. Otherwise every column first gets room for its longest
    word (so LibreOffice and Word never have to break a word in the middle), and the rest of
    the width goes to the columns in proportion to how much text they hold.
    """
    if t.widths and len(t.widths) == ncols and all(w > 0 for w in t.widths):
        raw = [total * w / sum(t.widths) for w in t.widths]
    else:
        cols: list[list[tuple[Inline, bool]]] = [[] for _ in range(ncols)]
        for r_i, cells in enumerate([t.header, *t.rows]):
            for c_i in range(min(ncols, len(cells))):
                cols[c_i].append((cells[c_i], r_i == 0 and bool(t.header)))
        need = [max([_longest_word(c, b) for c, b in col] or [0]) + _CELL_MARGINS for col in cols]
        amount = [max(1, sum(len(plain(c)) for c, _ in col)) for col in cols]
        if sum(need) >= total:
            raw = [total * n / sum(need) for n in need]
        else:
            spare = total - sum(need)
            raw = [n + spare * a / sum(amount) for n, a in zip(need, amount)]
    out = [int(w) for w in raw]
    out[-1] += total - sum(out)
    return out


def _field(instr: str, shown: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{shown}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _footer(text: str) -> str:
    """The footer: the given text on the left, «Side N af M» (Word fields) on the right."""
    return (
        _HEAD
        + f'<w:ftr xmlns:w="{_W}" xmlns:r="{_R}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
        + f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r><w:r><w:tab/></w:r>'
        + '<w:r><w:t xml:space="preserve">Side </w:t></w:r>' + _field("PAGE", "1")
        + '<w:r><w:t xml:space="preserve"> af </w:t></w:r>' + _field("NUMPAGES", "1")
        + "</w:p></w:ftr>"
    )


class _Body:
    """Serialises blocks; collects hyperlink targets as it goes."""

    def __init__(self) -> None:
        self.links: list[str] = []

    def _link_id(self, url: str) -> str:
        url = clean(url)
        if url not in self.links:
            self.links.append(url)
        return f"rIdLink{self.links.index(url) + 1}"

    @staticmethod
    def _text(text: str) -> str:
        # Line breaks and tabs become Word's own elements; everything else is escaped text.
        out: list[str] = []
        for i, line in enumerate(clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if i:
                out.append("<w:br/>")
            for j, chunk in enumerate(line.split("\t")):
                if j:
                    out.append("<w:tab/>")
                if chunk:
                    out.append(f'<w:t xml:space="preserve">{esc(chunk)}</w:t>')
        return "".join(out)

    def run(self, r: Run) -> str:
        props: list[str] = []
        if r.placeholder:
            props.append('<w:rStyle w:val="Udfyld"/>')
        elif r.link:
            props.append('<w:rStyle w:val="Hyperlink"/>')
        if r.bold or r.placeholder:
            props.append("<w:b/>")
        if r.italic:
            props.append("<w:i/>")
        if r.placeholder:
            # Word's own highlight on the run itself, not only through the style: LibreOffice and
            # Word's "find highlighted" both see it, and it survives pasting into another document.
            props.append('<w:highlight w:val="yellow"/>')
        rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
        xml = f"<w:r>{rpr}{self._text(r.text)}</w:r>"
        if r.link and not r.placeholder:
            xml = f'<w:hyperlink r:id="{self._link_id(r.link)}" w:history="1">{xml}</w:hyperlink>'
        return xml

    def runs(self, runs: Inline) -> str:
        return "".join(self.run(r) for r in runs if r.text)

    def paragraph(self, runs: Inline, style: str | None = None, extra_ppr: str = "") -> str:
        ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra_ppr
        return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{self.runs(runs)}</w:p>"

    def table(self, t: Table) -> str:
        ncols = max([len(t.header), *(len(r) for r in t.rows)] or [1])
        widths = column_widths(t, ncols)
        height = f'<w:trHeight w:val="{int(t.row_height)}" w:hRule="atLeast"/>' if t.row_height > 0 else ""

        def row(cells: Sequence[Inline], header: bool) -> str:
            trpr = ("<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" if header
                    else f"<w:trPr><w:cantSplit/>{height}</w:trPr>")
            tcs = []
            for i in range(ncols):
                runs = list(cells[i]) if i < len(cells) else []
                if header:
                    runs = [Run(r.text, True, r.italic, r.placeholder, r.link) for r in runs]
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="DCE6F0"/>' if header else ""
                tcs.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>{shade}</w:tcPr>'
                    f"{self.paragraph(runs)}</w:tc>"
                )
            return f"<w:tr>{trpr}{''.join(tcs)}</w:tr>"

        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        rows = ([row(t.header, True)] if t.header else []) + [row(r, False) for r in t.rows]
        return (
            f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
            # Word merges two adjacent tables; an empty paragraph keeps them apart.
            "<w:p/>"
        )

    def bar_chart(self, c: BarChart) -> str:
        label_w, value_w = TEXT_WIDTH * 42 // 100, TEXT_WIDTH * 16 // 100
        bar_w = TEXT_WIDTH - label_w - value_w
        inner = bar_w - 2 * 108
        no_border = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        right = '<w:jc w:val="right"/>'
        rows = []
        last = len(c.bars) - 1
        for i, (label, percent, shown) in enumerate(c.bars):
            # Every row but the last keeps with the next, so a chart is never split over two pages.
            keep = "<w:keepNext/>" if i < last else ""
            filled = int(inner * max(0.0, min(100.0, float(percent))) / 100)
            if filled >= 20:
                rest = inner - filled
                cells = (f'<w:tc><w:tcPr><w:tcW w:w="{filled}" w:type="dxa"/>'
                         f'<w:shd w:val="clear" w:color="auto" w:fill="{esc(c.color)}"/></w:tcPr><w:p/></w:tc>')
                if rest > 0:
                    cells += f'<w:tc><w:tcPr><w:tcW w:w="{rest}" w:type="dxa"/></w:tcPr><w:p/></w:tc>'
                grid = f'<w:gridCol w:w="{filled}"/>' + (f'<w:gridCol w:w="{rest}"/>' if rest > 0 else "")
                bar = (f'<w:tbl><w:tblPr><w:tblW w:w="{inner}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
                       f"<w:tblBorders>{no_border}</w:tblBorders>"
                       '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
                       f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr><w:trPr><w:trHeight w:val="220" '
                       f'w:hRule="exact"/></w:trPr>{cells}</w:tr></w:tbl><w:p/>')
            else:
                bar = "<w:p/>"
            rows.append(
                '<w:tr><w:trPr><w:cantSplit/></w:trPr>'
                f'<w:tc><w:tcPr><w:tcW w:w="{label_w}" w:type="dxa"/></w:tcPr>'
                f"{self.paragraph([Run(label)], extra_ppr=keep)}</w:tc>"
                f'<w:tc><w:tcPr><w:tcW w:w="{bar_w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{bar}</w:tc>'
                f'<w:tc><w:tcPr><w:tcW w:w="{value_w}" w:type="dxa"/></w:tcPr>'
                f"{self.paragraph([Run(shown)], extra_ppr=keep + right)}</w:tc></w:tr>"
            )
        return (
            f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:right w:val="nil"/><w:insideV w:val="nil"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{label_w}"/><w:gridCol w:w="{bar_w}"/><w:gridCol w:w="{value_w}"/></w:tblGrid>'
            f"{''.join(rows)}</w:tbl><w:p/>"
        )

    def block(self, b: Block) -> str:
        if isinstance(b, Heading):
            level = min(max(b.level, 1), 3)
            return self.paragraph(b.runs, f"Heading{level}")
        if isinstance(b, Paragraph):
            return self.paragraph(b.runs, extra_ppr="<w:keepNext/>" if b.keep_with_next else "")
        if isinstance(b, Bullets):
            last = len(b.items) - 1
            return "".join(
                self.paragraph(item, "ListBullet",
                               extra_ppr="<w:keepNext/><w:keepLines/>" if b.keep_together and i < last else "")
                for i, item in enumerate(b.items)
            )
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, BarChart):
            return self.bar_chart(b)
        raise TypeError(f"unknown block {type(b).__name__}")


def _document(doc: Document, body: _Body) -> str:
    inner = body.paragraph([Run(doc.title)], "Title") + "".join(body.block(b) for b in doc.blocks)
    footer_ref = '<w:footerReference w:type="default" r:id="rIdFooter1"/>' if doc.footer else ""
    sect = (
        f'<w:sectPr>{footer_ref}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="708" '
        'w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return (
        _HEAD
        + f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{inner}{sect}</w:body></w:document>'
    )


def build_docx(doc: Document) -> bytes:
    """The document as .docx bytes; identical input gives identical bytes."""
    body = _Body()
    document_xml = _document(doc, body)  # first: it collects the hyperlink targets
    has_footer = bool(doc.footer)
    parts = [
        ("[Content_Types].xml", _content_types(has_footer)),
        ("_rels/.rels", _package_rels()),
        ("docProps/core.xml", _core(doc)),
        ("docProps/app.xml", _app()),
        ("word/document.xml", document_xml),
        ("word/_rels/document.xml.rels", _document_rels(body.links, has_footer)),
        ("word/styles.xml", _styles(doc.language)),
        ("word/numbering.xml", _numbering()),
        ("word/settings.xml", _settings(doc.language)),
        *([("word/footer1.xml", _footer(doc.footer))] if has_footer else []),
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


# --- pictures (added for the case folder, chikane.sagsmappe) --------------------------------------
#
# Kept apart from build_docx on purpose: a picture is put in as a marker paragraph,
# build_docx writes the document as usual, and add_pictures() then swaps each marker
# for the picture and adds the media parts. build_docx itself is unchanged.

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
        new_rels.append(f'<Relationship Id="rIdPicture{n}" Type="{_REL_BASE}/image" '
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
