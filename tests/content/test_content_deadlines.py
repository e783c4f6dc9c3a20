"""Deadlines typed in the handbook's prose agree with the engine.

The action cards must say "72 timer" in plain words, not through a table. Each such
phrase is tied here to the rule and parameter it restates. If the engine's value
changes, this test fails until the prose is updated. Each phrase must also still
occur in the built pages, so the list cannot silently go stale.
"""
from __future__ import annotations

import re

import pytest

from chikane import rules
from contenttext import SITE, article, normalise, own_pages, units

# (phrase with the number as a group, rule key, parameter name)
DEADLINES = [
    (r"inden for (\d+) timer", "offerst-10", "hours"),
    (r"Inden (\d+) timer", "offerst-10", "hours"),
    (r"(\d+) timer:", "offerst-10", "hours"),
    (r"Inden (\d+) dage Anmeld en arbejdsulykke", "arbskade-31", "days"),
    (r"Fristen er (\d+) dage", "arbskade-31", "days"),
    (r"mindst (\d+) dage", "arbskade-31", "min_absence_days"),
    (r"svare inden (\d+) arbejdsdage", "offl-36", "working_days"),
    (r"Svar inden (\d+) arbejdsdage", "offl-36", "working_days"),
    (r"frist på (\d+) måneder", "strfl-96", "months"),
    (r"Søg Erstatningsnævnet inden (\d+) år", "offerst-13", "years"),
    (r"selv anmelde inden (\d+) år", "arbskade-36", "years"),
    (r"Klag inden (\d+) uger efter, at du har fået afgørelsen", "arbskade-44", "weeks"),
    (r"svare inden (\d+) måned", "gdpr-12", "months"),
]


def _text() -> str:
    parts = []
    for f in own_pages(SITE):
        art = article(f)
        if art is not None:
            parts.append(" \n ".join(units(art, skip_tables="rules")))
    return normalise(" \n ".join(parts))


TEXT = _text() if SITE.exists() else ""


@pytest.mark.parametrize("pattern,key,param", DEADLINES, ids=[d[0] for d in DEADLINES])
def test_typed_deadline_matches_the_engine(pattern, key, param):
    assert TEXT, "site/ is not built"
    found = {int(n) for n in re.findall(pattern, TEXT)}
    assert found, f"«{pattern}» no longer occurs: remove it from DEADLINES"
    engine = rules.versions(key)[-1].params[param]
    assert found == {engine}, f"{key}.{param} = {engine}, the pages say {sorted(found)}"


def test_internal_deadline_is_the_workplace_setting():
    from sitebuild.workplace import load_workplace

    days = load_workplace().intern_frist_dage
    found = {int(n) for n in re.findall(r"(?:Inden|Registrer det inden for) (\d+) dage(?! Anmeld)", TEXT)}
    assert found == {days}, (days, found)


def test_no_unbacked_number_of_working_days():
    # Every "N arbejdsdage" in the prose must be one of the phrases tied to the engine above.
    tied = {m.start() for pattern, _, _ in DEADLINES for m in re.finditer(pattern, TEXT)}
    loose = [m.group(0) for m in re.finditer(r"\S+ \S+ (\d+) arbejdsdage", TEXT)
             if not any(abs(m.start() - t) < 20 for t in tied)]
    assert loose == []
