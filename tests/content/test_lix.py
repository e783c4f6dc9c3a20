"""Readability (LIX) of the handbook's own pages, measured on the built HTML.

LIX = words/sentences + 100 × long words/words, a long word having more than six
letters. Headings and list items count as sentences. Tables and code are left out
(see contenttext.py). Targets: median ≤ 38 over the handbook's pages, ≤ 30 on each
"Når det sker" page, which people read while it is happening.
"""
from __future__ import annotations

import statistics

import lxml.html
import pytest

from contenttext import SITE, URGENT_PREFIX, lix_of_units, lix_report, units

MEDIAN_MAX = 38
URGENT_MAX = 30

REPORT = lix_report(SITE) if SITE.exists() else {}


def _lix(html: str):
    return lix_of_units(units(lxml.html.fromstring(html), skip_tables="all"))


def test_formula_on_a_known_text():
    # 8 words, 2 sentences, 1 long word (chikane: 7 letters) → 8/2 + 100·1/8 = 16.5
    lix = _lix("<div><p>Jeg går hjem. Du bliver udsat for chikane.</p></div>")
    assert (lix.words, lix.sentences, lix.long_words) == (8, 2, 1)
    assert lix.value == pytest.approx(16.5)


def test_headings_and_list_items_count_as_sentences_and_tables_do_not_count():
    html = "<div><h2>Gem beviser</h2><ul><li>Tag skærmbillede</li><li>Skriv datoen</li></ul>" \
           "<table><tr><td>Arbejdsmiljørepræsentant arbejdsskadesikringsloven</td></tr></table></div>"
    lix = _lix(html)
    assert (lix.words, lix.sentences) == (6, 3)


def test_abbreviated_references_do_not_end_sentences():
    lix = _lix("<p>Se straffeloven § 119, stk. 1 og fx. kl. 10 i dag. Ring nu.</p>")
    assert lix.sentences == 2


def test_long_sentences_score_higher_than_short_ones():
    short = _lix("<p>Tag et billede. Gem det. Ring til din leder.</p>")
    long = _lix("<p>Arbejdsgiveren skal vejlede medarbejderne om håndtering af arbejdsrelateret vold uden for "
                "arbejdstiden og tilbyde bistand til politianmeldelse.</p>")
    assert short.value < 30 < long.value


def test_the_handbook_pages_were_measured():
    assert len(REPORT) >= 20, sorted(REPORT)
    assert any(k.startswith("/" + URGENT_PREFIX) for k in REPORT)


@pytest.mark.parametrize("path", sorted(k for k in REPORT if k.startswith("/" + URGENT_PREFIX)))
def test_urgent_pages_are_very_easy_to_read(path):
    lix = REPORT[path]
    assert lix.value <= URGENT_MAX, f"{path}: LIX {lix.value:.1f} ({lix})"


def test_median_over_the_handbook_pages():
    values = {k: round(v.value, 1) for k, v in REPORT.items()}
    median = statistics.median(values.values())
    print(f"\nLIX median {median:.1f} over {len(values)} pages")
    for k, v in sorted(values.items(), key=lambda kv: kv[1]):
        print(f"  {v:5.1f} {k}")
    assert median <= MEDIAN_MAX, values
