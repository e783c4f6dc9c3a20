"""Documents as documents: the small Markdown subset the engine's content files are written in.

Text that people reword (the strategy template, the survey, the course cards, the outcome texts) lives in
``.md`` files beside the code that reads it. This module reads them into source parts whose text is still in
the text layer's markup (``tekst``); the caller compiles that markup with its own context.

The subset, and nothing more:

- front matter between two ``+++`` lines, in TOML (``tomllib``);
- ``#`` … ``######`` headings;
- paragraphs (lines joined with a space);
- ``- `` bullet lists and ``1. `` numbered lists (an indented line continues the item);
- pipe tables (a header row, a ``|---|`` row, body rows);
- an attribute line ``{: keep_with_next}`` / ``{: keep_together}`` / ``{: widths=28,26,14,32 row_height=1000}``
  right after a block, for the few layout hints a printed document needs;
- ``<!-- … -->`` comments for maintainers, dropped.

Files are read with ``importlib.resources`` so they load from the zipped wheel in the browser too, and they are
read at import time, so the browser's memory snapshot already holds them.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Union


@dataclass(frozen=True)
class H:
    level: int
    text: str


@dataclass(frozen=True)
class P:
    text: str
    keep_with_next: bool = False


@dataclass(frozen=True)
class L:
    items: tuple[str, ...]
    ordered: bool = False
    keep_together: bool = False


@dataclass(frozen=True)
class T:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()   # relative column widths; empty: fitted to the content
    row_height: int = 0            # minimum body row height in twips (room for a signature)


Part = Union[H, P, L, T]


@dataclass(frozen=True)
class Doc:
    name: str                                    # the file it came from, for error messages
    meta: dict[str, Any] = field(default_factory=dict)
    parts: tuple[Part, ...] = ()

    def section(self, title: str) -> tuple[Part, ...]:
        """The parts under the heading ``title`` up to the next heading of the same or a higher level."""
        for i, p in enumerate(self.parts):
            if isinstance(p, H) and p.text == title:
                out: list[Part] = []
                for q in self.parts[i + 1:]:
                    if isinstance(q, H) and q.level <= p.level:
                        break
                    out.append(q)
                return tuple(out)
        raise KeyError(f"{self.name}: no heading «{title}»")

    def has_section(self, title: str) -> bool:
        return any(isinstance(p, H) and p.text == title for p in self.parts)

    def headings(self, level: int) -> list[str]:
        return [p.text for p in self.parts if isinstance(p, H) and p.level == level]


class MarkdownError(ValueError):
    """A content file that does not follow the subset; raised at import time, so the build stops."""


_HEADING = re.compile(r"^(#{1,6}) +(.+?) *$")
_BULLET = re.compile(r"^- +(.*)$")
_NUMBER = re.compile(r"^\d+\. +(.*)$")
_ATTR = re.compile(r"^\{:(.*)\}$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RULE_ROW = re.compile(r"^\|?( *:?-+:? *\|)+ *:?-*:? *$")


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return tuple(c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner))


def _apply(part: Part, attrs: str, where: str) -> Part:
    values: dict[str, Any] = {}
    for word in attrs.split():
        key, _, raw = word.partition("=")
        if key in ("keep_with_next", "keep_together") and not raw:
            values[key] = True
        elif key == "widths" and raw:
            values[key] = tuple(int(x) for x in raw.split(","))
        elif key == "row_height" and raw.isdigit():
            values[key] = int(raw)
        else:
            raise MarkdownError(f"{where}: unknown attribute «{word}»")
    try:
        return type(part)(**{**part.__dict__, **values})
    except TypeError:
        raise MarkdownError(f"{where}: «{attrs.strip()}» does not apply to a {type(part).__name__}") from None


def parse(text: str, name: str = "<text>") -> Doc:
    meta: dict[str, Any] = {}
    if text.startswith("+++\n"):
        end = text.find("\n+++\n", 3)
        if end < 0:
            raise MarkdownError(f"{name}: front matter opened with +++ but not closed")
        try:
            meta = tomllib.loads(text[4:end])
        except tomllib.TOMLDecodeError as e:
            raise MarkdownError(f"{name}: front matter: {e}") from None
        text = text[end + 5:]
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)

    parts: list[Part] = []
    para: list[str] = []
    items: list[str] = []
    ordered = False
    table: list[str] = []

    def flush() -> None:
        nonlocal ordered
        if para:
            parts.append(P(" ".join(para)))
            para.clear()
        if items:
            parts.append(L(tuple(items), ordered=ordered))
            items.clear()
        if table:
            if len(table) < 2 or not _RULE_ROW.match(table[1].strip()):
                raise MarkdownError(f"{name}: a table needs a header row and a |---| row")
            header = _cells(table[0])
            rows = tuple(_cells(r) for r in table[2:])
            for r in rows:
                if len(r) != len(header):
                    raise MarkdownError(f"{name}: a table row has {len(r)} cells, its header {len(header)}")
            parts.append(T(header, rows))
            table.clear()

    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        where = f"{name}:{n}"
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if m := _ATTR.match(stripped):
            flush()
            if not parts:
                raise MarkdownError(f"{where}: an attribute line must follow a block")
            parts[-1] = _apply(parts[-1], m.group(1), where)
            continue
        if table or (stripped.startswith("|") and not para and not items):
            if not stripped.startswith("|"):
                raise MarkdownError(f"{where}: a table ends with a blank line")
            table.append(stripped)
            continue
        if m := _HEADING.match(line):
            flush()
            parts.append(H(len(m.group(1)), m.group(2)))
            continue
        bullet, number = _BULLET.match(line), _NUMBER.match(line)
        if bullet or number:
            if para:
                flush()
            kind = number is not None
            if items and kind != ordered:
                flush()
            ordered = kind
            items.append((bullet or number).group(1).strip())  # type: ignore[union-attr]
            continue
        if items and raw.startswith("  "):
            items[-1] += " " + stripped
            continue
        if items:
            flush()
        para.append(stripped)
    flush()
    return Doc(name, meta, tuple(parts))


def load(package: str, name: str) -> Doc:
    """One content file of a package, e.g. ``load("chikane.strategi", "strategi.md")``."""
    return parse(resources.files(package).joinpath(name).read_text(encoding="utf-8"), f"{package}/{name}")


def load_folder(package: str, folder: str) -> dict[str, Doc]:
    """Every ``.md`` file of a folder inside a package, by file stem, in name order."""
    base = resources.files(package).joinpath(folder)
    found = sorted((p for p in base.iterdir() if p.name.endswith(".md")), key=lambda p: p.name)
    return {p.name[:-3]: parse(p.read_text(encoding="utf-8"), f"{package}/{folder}/{p.name}") for p in found}
