"""Search finds the page that answers the words a frightened user types, and never shows Mermaid code.

The Danish stemmer keeps «trussel» and «trusler» apart, so the pages carry search keywords (front matter ``tags``,
indexed by Material's search plugin); Mermaid diagrams are dropped from the index at build time
(``sitebuild.search_index``).
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

expect.set_options(timeout=30_000)

WORDS = [
    ("trussel", "/jura/straffeloven/"),
    ("trusler", "/jura/straffeloven/"),
    ("tilhold", "/jura/tilhold/"),
    ("stalking", "/jura/tilhold/"),
    ("adressebeskyttelse", "/jura/adressebeskyttelse/"),
    ("bistandsadvokat", "/jura/retsplejeloven/"),
]


def _search(page, base_url: str, word: str) -> list[str]:
    page.goto(base_url + "/om/kilder/")
    page.locator(".md-search__input").click()
    page.keyboard.type(word)
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"^\d+ resultater?$"))
    links = page.locator(".md-search-result__item > .md-search-result__link")
    expect(links.first).to_be_attached()
    return [a.get_attribute("href") or "" for a in links.all()]


@pytest.mark.parametrize(("word", "answer"), WORDS, ids=[w for w, _ in WORDS])
def test_search_word_finds_the_page_that_answers_it(page, base_url, word, answer):
    hrefs = _search(page, base_url, word)
    top = [re.sub(r"[?#].*$", "", h) for h in hrefs[:3]]
    assert any(h.rstrip("/").endswith(answer.rstrip("/")) for h in top), (word, hrefs[:5])


@pytest.mark.parametrize("word", ["strafbart", "diagram", "spørgsmål"])
def test_no_search_snippet_shows_mermaid_code(page, base_url, word):
    _search(page, base_url, word)
    text = page.locator(".md-search-result__list").inner_text()
    assert "flowchart" not in text and "-->" not in text and "-.->" not in text, text[:500]
