"""The built search index: no Mermaid code in any entry, and the keywords for the words users type."""
from __future__ import annotations

import json

import pytest

from sitebuild.search_index import strip_mermaid


def test_strip_mermaid_drops_diagrams_and_keeps_other_code():
    md = '<p>a</p> <pre><code>%%{init: {"flowchart": {}}}%%\nflowchart TD\n  a --&gt; b</code></pre> <p>b</p>'
    assert strip_mermaid(md) == "<p>a</p>  <p>b</p>"
    assert strip_mermaid("<pre><code>flowchart LR\n x</code></pre>") == ""
    assert strip_mermaid("<pre><code>def f(): pass</code></pre>") == "<pre><code>def f(): pass</code></pre>"


@pytest.fixture(scope="module")
def index(site_dir):
    return json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_no_entry_holds_mermaid_code(index):
    bad = [d["location"] for d in index["docs"] if "flowchart" in d["text"] or "--&gt;" in d["text"]]
    assert bad == []


@pytest.mark.parametrize(
    ("word", "page"),
    [("trussel", "jura/straffeloven/"), ("trusler", "jura/straffeloven/"), ("tilhold", "jura/tilhold/"),
     ("stalking", "jura/tilhold/"), ("adressebeskyttelse", "jura/adressebeskyttelse/"),
     ("bistandsadvokat", "jura/retsplejeloven/")],
)
def test_answer_page_carries_the_keyword(index, word, page):
    entry = next(d for d in index["docs"] if d["location"] == page)
    assert word in entry.get("tags", []), entry.get("tags")
