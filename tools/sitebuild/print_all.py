"""The printable guideline: one page, ``udskriv/index.md``, that gathers the guideline
pages in menu order, so a MED committee or a course can print the whole thing.

Why generate it rather than write it: the pages stay the only copy of the text, and
the printed version cannot drift from them. The page goes through the same macro
expansion and Markdown as every other page, so rules and workplace values are the
current ones.

Listed in ``sitebuild.generated.GENERATORS``.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any, Iterable

import yaml

from .generated import GeneratedPage
from .paths import DOCS, ROOT

OUTPUT = "udskriv/index.md"
# What counts as the guideline, in the order the menu gives. A prefix ending in "/"
# takes every page of that section; otherwise the exact page.
GUIDELINE = ("naar-det-sker/", "hvad-er-digital-chikane/", "forebyggelse/", "jura/index.md")

# The page hides Material's side contents: it has its own contents list, and the side
# contents would repeat section titles as landmark names (axe landmark-unique).
INTRO = """\
---
title: Udskriv retningslinjen
description: Hele retningslinjen om digital chikane samlet til print.
hide:
  - toc
---

# Retningslinje om digital chikane

Her er hele retningslinjen samlet på én side. Print den til et møde i MED-udvalget, i teamet eller på et kursus. Hvert afsnit starter på en ny side, når du printer.

Retningslinjen gælder for {{ arbejdsplads navn }}. Siderne om den enkelte lov findes under [Jura](../jura/index.md).

**Indhold:**

"""

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,5})(\s)")
# [text](target "title") and ![alt](target); targets without spaces (MkDocs style).
LINK = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")


class _NavLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without executing its ``!!python/name:`` tags."""


_NavLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_paths(config: Path = ROOT / "mkdocs.yml") -> list[str]:
    """Every Markdown page in the menu, in menu order."""
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_NavLoader) or {}
    out: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, str):
            if item.endswith(".md"):
                out.append(item)
        elif isinstance(item, list):
            for x in item:
                walk(x)
        elif isinstance(item, dict):
            for v in item.values():
                walk(v)

    walk(data.get("nav", []))
    return out


def guideline_pages(nav: list[str]) -> list[str]:
    return [p for p in nav if any(p == g or (g.endswith("/") and p.startswith(g)) for g in GUIDELINE)]


def _title(markdown: str, path: str) -> str:
    for line in markdown.splitlines():
        m = re.match(r"^#\s+(.+?)\s*$", line)
        if m:
            return m.group(1)
    return path


def _anchor(title: str) -> str:
    # The same slug rule as Python-Markdown's toc (which MkDocs uses), for the contents list.
    import unicodedata

    value = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def rewrite_links(markdown: str, source: str, target: str = OUTPUT) -> str:
    """Make relative links in ``source`` (docs-relative) work from ``target``."""
    src_dir, dst_dir = posixpath.dirname(source), posixpath.dirname(target)

    def fix(m: re.Match[str]) -> str:
        url = m.group(2)
        if re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I) or url.startswith("/"):
            return m.group(0)
        path, _, fragment = url.partition("#")
        resolved = source if not path else posixpath.normpath(posixpath.join(src_dir, path))
        if resolved == target and not m.group(1).startswith("!"):
            return m.group(1)[1:-2]  # a link to the printed page itself: keep only its text
        new = posixpath.relpath(resolved, dst_dir or ".")
        return f"{m.group(1)}{new}{'#' + fragment if fragment else ''}{m.group(3)}"

    return LINK.sub(fix, markdown)


def demote_headings(markdown: str) -> str:
    """One level down, so the printed document has a single h1."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = HEADING.sub(lambda m: "#" + m.group(1) + m.group(2), line)
        out.append(line)
    return "\n".join(out)


def compose(pages: list[tuple[str, str]]) -> str:
    """``pages``: (docs-relative path, Markdown) in order → the printable page's Markdown."""
    parts = [INTRO]
    parts.extend(f"1. [{_title(md, p)}](#{_anchor(_title(md, p))})\n" for p, md in pages)
    for path, md in pages:
        body = FRONT_MATTER.sub("", md, count=1)
        body = demote_headings(rewrite_links(body, path))
        parts.append(f'\n<div class="page-break" aria-hidden="true"></div>\n\n{body.strip()}\n')
    return "".join(parts)


def printable_guideline(workplace: dict[str, Any]) -> Iterable[GeneratedPage]:
    paths = guideline_pages(nav_paths())
    pages = [(p, (DOCS / p).read_text(encoding="utf-8")) for p in paths if (DOCS / p).is_file()]
    if pages:
        yield GeneratedPage(OUTPUT, compose(pages))

