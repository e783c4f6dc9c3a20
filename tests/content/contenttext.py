"""Reading the built site's main text, for the content tests (LIX, seeds, §§, links).

Only the page's own article counts: navigation, header and footer are the same
on every page and are not what a reader reads. Code never counts. Tables are
kept apart so each test can decide: the LIX measure leaves tables out (they are
reference data: rule tables from the engine, contacts, the glossary), the §
test leaves out only the rule tables (their text is the engine's, not prose).

Run as a script to print the LIX figures per page:
    .venv/bin/python tests/content/contenttext.py
"""
from __future__ import annotations

import os
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("HANDBOOK_SITE", ROOT / "site"))

# The pages this part of the handbook owns (URL path prefixes below site/).
# "udskriv/" is left out on purpose: it repeats the other pages word for word.
OWN_PREFIXES = (
    "naar-det-sker/",
    "hvad-er-digital-chikane/",
    "forebyggelse/",
    "jura/",
    "baggrund/",
    "om/",
    "ordliste/",
)
URGENT_PREFIX = "naar-det-sker/"

BLOCK_TAGS = {
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "summary",
    "figcaption", "caption", "div", "blockquote", "details", "section", "ul", "ol", "dl",
    "table", "thead", "tbody", "tr", "article", "nav", "aside", "header", "footer", "form",
    "fieldset", "legend", "label", "figure",
}
SKIP_TAGS = {"pre", "code", "script", "style", "noscript", "svg", "button", "template"}

# A sentence ends at . ! ? or : followed by a space and a capital letter or an opening quote,
# or at the end of a block. "stk. 2", "jf. § 275" and "fx. kl. 10" therefore do not split.
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÆØÅÉÜ«»\"„“])")
WORD = re.compile(r"\w+(?:[-.,/’']\w+)*")


def html_files(site: Path = SITE) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith("assets/"))


def url_path(file: Path, site: Path = SITE) -> str:
    rel = file.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def article(file: Path):
    """The page's main article element (a fresh tree each call), or None (e.g. redirects)."""
    doc = lxml.html.fromstring(file.read_bytes())
    found = doc.xpath('//article[contains(concat(" ", normalize-space(@class), " "), " md-content__inner ")]')
    if not found:
        return None
    art = found[0]
    for link in art.xpath('.//a[contains(@class, "headerlink")]'):
        _drop(link)
    return art


def _drop(el) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def is_rule_table(table) -> bool:
    """A table made by the {{ regeltabel }} macro (its first header cell is 'Bestemmelse')."""
    first = table.xpath(".//th[1]")
    return bool(first) and first[0].text_content().strip() == "Bestemmelse"


def units(root, skip_tables: str = "none") -> list[str]:
    """Text of each block (paragraph, list item, heading, cell …) in reading order.

    skip_tables: "none" keeps every table, "rules" drops rule tables, "all" drops every table.
    """
    out: list[str | None] = []

    def walk(el, buf: list[str]) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP_TAGS:
            return
        if tag == "table" and (skip_tables == "all" or (skip_tables == "rules" and is_rule_table(el))):
            return
        if tag in BLOCK_TAGS:
            idx = len(out)
            out.append(None)
            mine: list[str] = [el.text or ""]
            for child in el:
                walk(child, mine)
                mine.append(child.tail or "")
            out[idx] = normalise("".join(mine))
        else:
            buf.append(el.text or "")
            for child in el:
                walk(child, buf)
                buf.append(child.tail or "")

    walk(root, [])
    return [u for u in out if u]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def sentences(unit: str) -> list[str]:
    return [s for s in SENTENCE_END.split(unit) if WORD.search(s)]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def is_long(word: str) -> bool:
    return sum(ch.isalpha() for ch in word) > 6


@dataclass(frozen=True)
class Lix:
    words: int
    sentences: int
    long_words: int

    @property
    def value(self) -> float:
        if not self.words or not self.sentences:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words


def lix_of_units(blocks: list[str]) -> Lix:
    n_words = n_sent = n_long = 0
    for block in blocks:
        for sentence in sentences(block):
            ws = words(sentence)
            n_words += len(ws)
            n_long += sum(is_long(w) for w in ws)
            n_sent += 1
    return Lix(n_words, n_sent, n_long)


def lix_of_page(file: Path) -> Lix | None:
    art = article(file)
    if art is None:
        return None
    return lix_of_units(units(art, skip_tables="all"))


# Generated from the engine's rules, like the rule tables: the engine's text, not prose.
ENGINE_PAGES = ("jura/aendringer/",)


def own_pages(site: Path = SITE) -> list[Path]:
    pages = []
    for f in html_files(site):
        path = url_path(f, site)
        if (path == "" or path.startswith(OWN_PREFIXES)) and not path.startswith(ENGINE_PAGES):
            pages.append(f)
    return pages


def lix_report(site: Path = SITE) -> dict[str, Lix]:
    report = {}
    for f in own_pages(site):
        lix = lix_of_page(f)
        if lix is not None and lix.words:
            report["/" + url_path(f, site)] = lix
    return report


if __name__ == "__main__":
    rep = lix_report()
    if not rep:
        sys.exit("site/ is not built")
    for path, lix in rep.items():
        print(f"{lix.value:5.1f}  {lix.words:5d} ord  {lix.sentences:4d} sætn.  {path}")
    urgent = [v.value for k, v in rep.items() if k.startswith("/" + URGENT_PREFIX)]
    print(f"median, alle {len(rep)} sider: {statistics.median(v.value for v in rep.values()):.1f}")
    if urgent:
        print(f"højeste på 'Når det sker' ({len(urgent)} sider): {max(urgent):.1f}")
