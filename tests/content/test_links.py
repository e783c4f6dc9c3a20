"""No internal link in the built site is broken: every relative href/src points to a
file that exists, and every #anchor to an id on the target page.

mkdocs --strict checks Markdown links; this also covers links written as HTML, links
that macros and generated pages produce, and assets.
"""
from __future__ import annotations

import posixpath
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest

from contenttext import SITE, html_files

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel", "data", "blob", "javascript")


@lru_cache(maxsize=None)
def _ids(file: Path) -> frozenset[str]:
    doc = lxml.html.fromstring(file.read_bytes())
    return frozenset(doc.xpath("//@id") + doc.xpath("//a/@name"))


def _target(site: Path, page: Path, ref: str) -> tuple[Path | None, str]:
    parts = urlsplit(ref)
    if not parts.path:
        return page, unquote(parts.fragment)
    base = posixpath.dirname(page.relative_to(site).as_posix())
    # Root-absolute paths (only the 404 page has them) are checked against the site root.
    if parts.path.startswith("/"):
        base = ""
    rel = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
    if rel.startswith(".."):
        return None, ""
    target = site / rel
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def broken_links(site: Path, page: Path) -> list[str]:
    doc = lxml.html.fromstring(page.read_bytes())
    bad = []
    for el, attr in [(a, "href") for a in doc.xpath("//a[@href]|//link[@href]")] + \
                    [(s, "src") for s in doc.xpath("//*[@src]")]:
        ref = el.get(attr).strip()
        if not ref or urlsplit(ref).scheme in EXTERNAL_SCHEMES or ref.startswith("//"):
            continue
        target, fragment = _target(site, page, ref)
        if target is None:
            bad.append(f"{ref} (leaves the site)")
        elif not target.is_file():
            bad.append(f"{ref} (no file {target.relative_to(site)})")
        elif fragment and "=" in fragment:
            # Not an anchor but tool state (#svar=…, #offences=…): it must be state the tool accepts.
            problem = _state_problem(fragment)
            if problem:
                bad.append(f"{ref} ({problem})")
        elif fragment and target.suffix == ".html" and el.tag == "a" and fragment not in _ids(target):
            bad.append(f"{ref} (no id #{fragment})")
    return bad


def _state_problem(fragment: str) -> str | None:
    from urllib.parse import parse_qsl

    from chikane import flow, rules
    from chikane.errors import InputError

    for key, value in parse_qsl(fragment, keep_blank_values=True):
        if key == "svar":
            try:
                flow.parse_state(value)
            except InputError as exc:
                return f"bad flow state: {exc.message}"
        elif key == "offences":
            unknown = set(value.split(",")) - set(rules.keys())
            if unknown:
                return f"unknown offences {sorted(unknown)}"
        else:
            return f"unknown tool state {key!r}"
    return None


def test_the_check_finds_a_broken_link(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<html><body><h2 id="x">X</h2><a href="../b/">b</a><a href="#x">ok</a>'
        '<a href="#y">bad anchor</a><a href="https://example.org/">ext</a>'
        '<a href="#svar=hvad.trussel">state</a><a href="#svar=trussel.ja">bad state</a></body></html>'
    )
    assert broken_links(tmp_path, tmp_path / "a" / "index.html") == [
        "../b/ (no file b/index.html)", "#y (no id #y)",
        "#svar=trussel.ja (bad flow state: Svarene passer ikke til spørgsmålene. Start forfra, eller ret dit sidste svar.)",
    ]


PAGES = html_files(SITE) if SITE.exists() else []


def test_site_is_built():
    assert len(PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(SITE).as_posix())
def test_internal_links_resolve(page):
    assert broken_links(SITE, page) == []
