"""The document model every writer shares: runs of text and the blocks they make up.

The .docx writer, the HTML views and the text layer (``tekst``) all speak in these types.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Sequence, Union


@dataclass(frozen=True)
class Run:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    placeholder: bool = False  # shown highlighted: something the reader must fill in
    link: str | None = None    # external URL


Inline = Sequence[Run]


@dataclass(frozen=True)
class Heading:
    level: int  # 1-3
    runs: Inline


@dataclass(frozen=True)
class Paragraph:
    runs: Inline
    keep_with_next: bool = False  # Word keeps it on the page of the next paragraph


@dataclass(frozen=True)
class Bullets:
    items: Sequence[Inline]
    keep_together: bool = False  # the whole list stays on one page (with what follows its heading)


@dataclass(frozen=True)
class Table:
    header: Sequence[Inline]
    rows: Sequence[Sequence[Inline]]
    # Relative column widths; empty: computed from the content (longest word, amount of text).
    widths: Sequence[int] = ()
    row_height: int = 0  # minimum height of body rows in twips (room to sign), 0: as the text needs


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart drawn with Word's own table cells (no picture needed): label, bar, value."""

    bars: Sequence[tuple[str, float, str]]  # (label, percent 0-100, the value as text)
    color: str = "1D4F7A"


Block = Union[Heading, Paragraph, Bullets, Table, BarChart]


@dataclass(frozen=True)
class Document:
    title: str
    blocks: Sequence[Block]
    created: datetime
    creator: str = "Håndbog om digital chikane"
    language: str = "da-DK"
    subject: str = ""
    keywords: Sequence[str] = field(default_factory=tuple)
    # The footer on every page, left; the page number ("Side 3 af 9") follows it on the right.
    footer: str = ""


def plain(runs: Inline) -> str:
    return "".join(r.text for r in runs)
