"""Printing: each action card under "Når det sker" fits on one A4 page, and printed
pages carry no navigation. Chromium's own print-to-PDF is the measure."""
from __future__ import annotations

import re

import pytest

from contenttext import SITE

CARDS = ["naar-det-sker/", "naar-det-sker/kollega/", "naar-det-sker/leder/", "naar-det-sker/amr-tr/"]
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_pages(pdf: bytes) -> int:
    return len(PAGE_OBJECT.findall(pdf))


@pytest.fixture(scope="module")
def own_url():
    # Served from SITE (HANDBOOK_SITE or site/), so the test reads the same build as the others here.
    from sitebuild.server import serve_in_thread

    server, url = serve_in_thread(SITE)
    yield url
    server.shutdown()


def _pdf(page, url: str) -> bytes:
    page.goto(url, wait_until="load")
    page.emulate_media(media="print")
    return page.pdf(format="A4", print_background=True)


@pytest.mark.browser
@pytest.mark.parametrize("path", CARDS)
def test_action_card_prints_on_one_a4_page(page, own_url, path):
    assert pdf_pages(_pdf(page, f"{own_url}/{path}")) == 1


@pytest.mark.browser
def test_the_page_count_can_exceed_one(page, own_url):
    # Guards the measure: a long legal page must come out as several pages.
    assert pdf_pages(_pdf(page, f"{own_url}/jura/straffeloven/")) > 1


@pytest.mark.browser
def test_print_hides_navigation_and_no_print_parts(page, own_url):
    page.goto(f"{own_url}/naar-det-sker/", wait_until="load")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".no-print"):
        loc = page.locator(selector).first
        assert loc.count() == 0 or not loc.is_visible(), selector
    assert page.locator("h1").first.is_visible()


LAW_PAGES = ["jura/straffeloven/", "jura/offererstatning/", "jura/arbejdsskade/", "jura/arbejdsmiljo/",
             "jura/databeskyttelse/", "jura/offentlighed/", "jura/forvaltning/", "jura/dsa/"]
A4_CONTENT_WIDTH_PX = 673  # 210 mm − 2 × 16 mm margins (print.css), at 96 px per inch


@pytest.mark.browser
def test_rule_tables_fit_the_sheet_width(browser, own_url):
    ctx = browser.new_context(viewport={"width": A4_CONTENT_WIDTH_PX, "height": 1000})
    try:
        pg = ctx.new_page()
        too_wide = {}
        for path in LAW_PAGES:
            pg.goto(f"{own_url}/{path}", wait_until="load")
            pg.emulate_media(media="print")
            width = pg.evaluate("document.documentElement.scrollWidth")
            if width > A4_CONTENT_WIDTH_PX:
                too_wide[path] = width
        assert too_wide == {}
    finally:
        ctx.close()
