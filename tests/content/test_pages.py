"""The handbook's pages: they exist, legal pages show sources and a review date,
the front page routes the three audiences, and no macro or include is left raw."""
from __future__ import annotations

import re

import pytest

from contenttext import SITE, article, html_files, normalise, own_pages, units, url_path

PAGES = html_files(SITE) if SITE.exists() else []
JURA = [p for p in PAGES if url_path(p).startswith("jura/")]
LAW_PAGES = ["straffeloven", "arbejdsmiljo", "arbejdsskade", "offererstatning",
             "databeskyttelse", "offentlighed", "forvaltning", "dsa"]


def _text(page) -> str:
    art = article(page)
    return normalise(" ".join(units(art))) if art is not None else ""


def _external_links(page) -> list[str]:
    art = article(page)
    return [h for h in art.xpath(".//a/@href") if h.startswith("https://")] if art is not None else []


def test_at_least_22_substantial_handbook_pages():
    substantial = [p for p in own_pages() if len(_text(p).split()) >= 150]
    assert len(substantial) >= 22, [url_path(p) for p in substantial]


def test_one_page_per_law_and_an_overview():
    paths = {url_path(p) for p in JURA}
    assert "jura/" in paths
    assert {f"jura/{slug}/" for slug in LAW_PAGES} <= paths


@pytest.mark.parametrize("page", JURA, ids=lambda p: url_path(p))
def test_legal_pages_show_review_date_and_a_source(page):
    text = _text(page)
    assert re.search(r"Senest gennemgået:? \d{1,2}\. \w+ \d{4}", text), "no 'Senest gennemgået <dato>'"
    assert _external_links(page), "no source link"


def test_front_page_routes_three_audiences():
    art = article(SITE / "index.html")
    links = {normalise(a.text_content()): a.get("href") for a in art.xpath(".//a[@href]")}
    wanted = ["udsat for det nu", "kollega eller leder", "MED-udvalg"]
    for w in wanted:
        assert any(w.lower() in label.lower() for label in links), (w, list(links))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: url_path(p) or "index")
def test_no_raw_macro_or_include_left(page):
    text = _text(page)
    assert "{{" not in text and "{!" not in text and "!}" not in text
