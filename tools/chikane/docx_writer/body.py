"""The document body: blocks (headings, paragraphs, bullets, tables, bar charts) as WordprocessingML."""
from __future__ import annotations

import re
from typing import Sequence

from ..blocks import BarChart, Block, Bullets, Document, Heading, Inline, Paragraph, Run, Table, plain
from .parts import HEAD, R, W, clean, esc

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


class Body:
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


def document(doc: Document, body: Body) -> str:
    inner = body.paragraph([Run(doc.title)], "Title") + "".join(body.block(b) for b in doc.blocks)
    footer_ref = '<w:footerReference w:type="default" r:id="rIdFooter1"/>' if doc.footer else ""
    sect = (
        f'<w:sectPr>{footer_ref}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="708" '
        'w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return (
        HEAD
        + f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{inner}{sect}</w:body></w:document>'
    )
