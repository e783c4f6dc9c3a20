"""The printable guideline (tools/sitebuild/print_all.py): built from the guideline pages
in menu order, one h1, links that work from its own place, each part on a new sheet."""
from __future__ import annotations

import posixpath
import re

import pytest

from contenttext import SITE
from sitebuild import generated, print_all
from sitebuild.macros.legal import CHANGES_PAGE
from sitebuild.paths import DOCS


@pytest.fixture(scope="module")
def page() -> str:
    pages = list(print_all.printable_guideline({"navn": "Testkommunen"}))
    assert [p.path for p in pages] == ["udskriv/index.md"]
    return pages[0].markdown


def test_guideline_pages_follow_the_menu():
    nav = print_all.nav_paths()
    chosen = print_all.guideline_pages(nav)
    assert chosen[0] == "naar-det-sker/index.md"
    assert chosen == [p for p in nav if p in chosen]  # menu order kept
    assert "jura/index.md" in chosen and "jura/straffeloven.md" not in chosen
    assert not any(p.startswith(("om/", "vaerktoejer/", "baggrund/")) for p in chosen)


def test_every_guideline_page_is_in_it_once_in_order(page):
    chosen = print_all.guideline_pages(print_all.nav_paths())
    titles = []
    for p in chosen:
        first_h1 = re.search(r"^# (.+)$", (DOCS / p).read_text(encoding="utf-8"), re.M)
        titles.append(first_h1.group(1))
    positions = [page.find(f"\n## {t}\n") for t in titles]
    assert all(pos > 0 for pos in positions), dict(zip(titles, positions))
    assert positions == sorted(positions)
    assert page.count("\n# ") == 1  # only the document's own title stays an h1
    assert page.count('class="page-break"') == len(chosen)


def test_relative_links_are_rewritten_to_work_from_udskriv(page):
    for target in re.findall(r"\]\(([^)\s#]+)(?:#[^)\s]*)?\)", page):
        if re.match(r"^[a-z]+:", target):
            continue
        resolved = posixpath.normpath(posixpath.join("udskriv", target))
        generated_page = resolved == CHANGES_PAGE  # built from the rules (sitebuild.changes_page)
        assert (DOCS / resolved).is_file() or generated_page, target


def test_rewrite_links_rules():
    md = "[a](kollega.md) [b](../jura/dsa.md#x) [c](#her) [d](https://x.dk/) ![i](../assets/a.png)"
    out = print_all.rewrite_links(md, "naar-det-sker/index.md")
    assert out == ("[a](../naar-det-sker/kollega.md) [b](../jura/dsa.md#x) [c](../naar-det-sker/index.md#her) "
                   "[d](https://x.dk/) ![i](../assets/a.png)")
    assert print_all.rewrite_links("[f](index.md)", "index.md") == "[f](../index.md)"
    assert print_all.rewrite_links("Se [hele retningslinjen](../udskriv/index.md).", "jura/index.md") == \
        "Se hele retningslinjen."


def test_headings_in_code_are_left_alone():
    assert print_all.demote_headings("# A\n```\n# not a heading\n```\n## B") == "## A\n```\n# not a heading\n```\n### B"


def test_generator_is_registered_for_the_build():
    # The build runs exactly the generators listed in GENERATORS, and each entry names a function.
    assert "sitebuild.print_all:printable_guideline" in generated.GENERATORS
    for target in generated.GENERATORS:
        assert callable(generated.generator(target)), target


def test_built_site_has_the_printable_guideline():
    built = SITE / "udskriv" / "index.html"
    assert built.is_file(), "udskriv/ is not in the built site"
    html = built.read_text(encoding="utf-8")
    assert html.count("<h1") == 1 and "Kort til lederen" in html
