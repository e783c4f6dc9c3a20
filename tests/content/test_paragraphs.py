"""Every § the site's text mentions is a provision the engine knows.

A mention is mapped to its law by an explicit rule, in this order:
 0. a law name right after it, joined by "i"/"efter" ("§ 10 i offererstatningsloven"),
 1. the nearest law name before it in the same sentence ("straffeloven § 119 a"),
 2. else the first law name after it in the same sentence ("§ 10 i offererstatningsloven"),
 3. else the nearest law name earlier in the same paragraph or list item,
 4. else the law the page is about (jura/<group>/ pages only).
A form label bound to a control whose value is an engine rule key is mapped by that key.
Otherwise the mention is "unmapped" and the test fails: a § without a law is not a
citation. Then the engine must hold a rule of that law whose section starts with
that § number (and letter). Law names the engine does not cover (tilholdsloven,
forældelsesloven …) map to no group, so mentioning their §§ fails too.

Rule tables are left out: they are the engine's own text. Code is left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from chikane import rules
from contenttext import SITE, article, html_files, sentences, units, url_path

# law name as written in prose (lower case) → (rule group, what the rule's law field must contain)
LAWS: list[tuple[re.Pattern[str], str | None, str]] = [
    (re.compile(r"\bstraffelov(?:en|ens)?\b"), "straffeloven", "straffelov"),
    (re.compile(r"\boffererstatningslov(?:en|ens)?\b"), "offererstatning", "offererstatning"),
    (re.compile(r"\barbejdsskadesikringslov(?:en|ens)?\b"), "arbejdsskade", "arbejdsskade"),
    (re.compile(r"\barbejdsmiljølov(?:en|ens)?\b"), "arbejdsmiljo", "arbejdsmiljølov"),
    (re.compile(r"\b(?:bek(?:endtgørelse)?(?: nr\.)? 1406(?:/2020| af 2020)?|bekendtgørelsen om psykisk arbejdsmiljø"
                r"|psykisk arbejdsmiljø-bekendtgørelsen)"), "arbejdsmiljo", "psykisk arbejdsmiljø"),
    (re.compile(r"\bdatabeskyttelseslov(?:en|ens)?\b"), "databeskyttelse", "databeskyttelseslov"),
    (re.compile(r"\boffentlighedslov(?:en|ens)?\b"), "offentlighed", "offentlighedslov"),
    (re.compile(r"\bforvaltningslov(?:en|ens)?\b"), "forvaltning", "forvaltningslov"),
    (re.compile(r"\bbek (?:799/2022|1990/2020)\b"), "arbejdsskade", "anmeldelse til arbejdstilsynet"),
    (re.compile(r"\bbek 485/2024\b"), "arbejdsskade", "anmeldelse af ulykker"),
    (re.compile(r"\bbek 772/2021\b"), "offererstatning", "erstatningsnævnets"),
    (re.compile(r"\bbek 1108/2007\b"), "retspleje", "vejledning af forurettede"),
    (re.compile(r"\btilholdslov(?:en|ens)?\b"), "tilhold", "tilholdslov"),
    (re.compile(r"\bretsplejelov(?:en|ens)?\b"), "retspleje", "retsplejelov"),
    (re.compile(r"\bcpr-lov(?:en|ens)?\b"), "cpr", "cpr-lov"),
    # Laws the engine does not cover: a § of theirs can never be confirmed.
    (re.compile(r"\b(?:forældelseslov|grundlov|funktionærlov|tjenestemandslov)(?:en|ens)?\b"),
     None, ""),
]
# jura/<slug>/ pages are about one law: the default for an unnamed §.
PAGE_GROUP = {
    "jura/straffeloven/": "straffeloven",
    "jura/offererstatning/": "offererstatning",
    "jura/arbejdsskade/": "arbejdsskade",
    "jura/databeskyttelse/": "databeskyttelse",
    "jura/offentlighed/": "offentlighed",
    "jura/forvaltning/": "forvaltning",
    "jura/tilhold/": "tilhold",
    "jura/retsplejeloven/": "retspleje",
    "jura/adressebeskyttelse/": "cpr",
}
DEFAULT_LAW_TEXT = {
    "straffeloven": "straffelov", "offererstatning": "offererstatning", "arbejdsskade": "arbejdsskade",
    "databeskyttelse": "databeskyttelseslov", "offentlighed": "offentlighedslov", "forvaltning": "forvaltningslov",
    "tilhold": "tilholdslov", "retspleje": "retsplejelov", "cpr": "cpr-lov",
}

REF = r"\d+(?:\s[a-h](?![\w]))?"
MENTION = re.compile(rf"§§\s*({REF}(?:\s*(?:,|og|eller|–|-|til)\s*{REF})*)|§\s*({REF})")
ATTACHED = re.compile(r"^(?:,?\s*stk\.\s*\d+)?\s*(?:i|efter|fra)\s+(?:den\s+)?$")
SECTION = re.compile(r"§\s*(\d+)(?:\s([a-h])(?![\w]))?")


@dataclass(frozen=True)
class Mention:
    section: str      # "119 a"
    group: str | None
    law_text: str
    context: str


def _norm(ref: str) -> str:
    return re.sub(r"\s+", " ", ref.strip())


def _law_at(text: str) -> list[tuple[int, int, str | None, str]]:
    found = []
    low = text.lower()
    for pattern, group, law_text in LAWS:
        for m in pattern.finditer(low):
            found.append((m.start(), m.end(), group, law_text))
    return sorted(found)


def mentions(block: str, page_group: str | None) -> list[Mention]:
    out = []
    block_laws = _law_at(block)
    offset = 0
    for sentence in sentences(block):
        start = block.find(sentence, offset)
        offset = start + len(sentence) if start >= 0 else offset
        laws = _law_at(sentence)
        for m in MENTION.finditer(sentence):
            refs = re.findall(REF, m.group(1)) if m.group(1) else [m.group(2)]
            before = [law for law in laws if law[1] <= m.start()]
            after = [law for law in laws if law[0] >= m.end()]
            earlier = [law for law in block_laws if start >= 0 and law[1] <= start + m.start()]
            glued = [law for law in after if ATTACHED.match(sentence[m.end():law[0]])]
            if glued:
                _, _, group, law_text = glued[0]
            elif before:
                _, _, group, law_text = before[-1]
            elif after:
                _, _, group, law_text = after[0]
            elif earlier:
                _, _, group, law_text = earlier[-1]
            elif page_group:
                group, law_text = page_group, DEFAULT_LAW_TEXT[page_group]
            else:
                group, law_text = None, "(ingen lov nævnt)"
            for ref in refs:
                out.append(Mention(_norm(ref), group, law_text, sentence))
    return out


def engine_sections() -> dict[str, set[tuple[str, str]]]:
    """group → {(section number and letter, law name lower case)}"""
    known: dict[str, set[tuple[str, str]]] = {}
    for r in rules.ALL:
        m = SECTION.match(r.section)
        if m:
            sec = m.group(1) + (f" {m.group(2)}" if m.group(2) else "")
            known.setdefault(r.group, set()).add((sec, r.law.lower()))
        # "§§ 1-2", "§§ 3, 5-7 og 10": every § a rule's own section names (as the prose would cite it).
        for mm in MENTION.finditer(r.section):
            refs = re.findall(REF, mm.group(1)) if mm.group(1) else [mm.group(2)]
            for ref in refs:
                known.setdefault(r.group, set()).add((_norm(ref), r.law.lower()))
            # A range of plain numbers names every § inside it: «§§ 1-3» names § 2 too.
            for a, b in re.findall(r"(\d+)\s*(?:-|–|til)\s*(\d+)(?!\s[a-h](?!\w))", mm.group(1) or ""):
                for n in range(int(a), int(b) + 1):
                    known.setdefault(r.group, set()).add((str(n), r.law.lower()))
    return known


def unknown(found: list[Mention], known: dict[str, set[tuple[str, str]]]) -> list[str]:
    bad = []
    for m in found:
        ok = m.group is not None and any(
            sec == m.section and m.law_text in law for sec, law in known.get(m.group, set())
        )
        if not ok:
            bad.append(f"§ {m.section} → {m.group or m.law_text}: «{m.context[:120]}»")
    return bad


def bound_labels(art) -> list[Mention]:
    """Form labels for a control whose value is an engine rule key ("strfl-119") are mapped by
    that key: the label must cite that rule's own section. They are removed from ``art``."""
    found = []
    keys = set(rules.keys())
    for label in art.xpath(".//label[@for]"):
        controls = art.xpath(".//*[@id=$id]", id=label.get("for"))
        key = controls[0].get("value") if controls else None
        if key not in keys:
            continue
        rule = rules.versions(key)[-1]
        text = label.text_content()
        for m in MENTION.finditer(text):
            for ref in ([m.group(2)] if m.group(2) else re.findall(REF, m.group(1))):
                found.append(Mention(_norm(ref), rule.group, rule.law.lower(), text))
        label.getparent().remove(label)
    return found


def page_mentions(file: Path, site: Path = SITE) -> list[Mention]:
    art = article(file)
    if art is None:
        return []
    group = PAGE_GROUP.get(url_path(file, site))
    found = bound_labels(art)
    for block in units(art, skip_tables="rules"):
        found.extend(mentions(block, group))
    return found


# ---- the checker itself can fail -------------------------------------------------

KNOWN = engine_sections()


def test_mapping_by_context():
    found = mentions("Efter straffeloven § 119 a og § 10 i offererstatningsloven. Se også §§ 266–266 b.", None)
    # The last sentence names no law: rule 3 takes the latest law of the paragraph.
    assert [(m.section, m.group) for m in found] == [
        ("119 a", "straffeloven"), ("10", "offererstatning"),
        ("266", "offererstatning"), ("266 b", "offererstatning"),
    ]


def test_following_law_name_and_page_default():
    found = mentions("Det står i § 32 b i forvaltningsloven.", None)
    assert [(m.section, m.group) for m in found] == [("32 b", "forvaltning")]
    found = mentions("Læs § 267 her.", "straffeloven")
    assert [(m.section, m.group) for m in found] == [("267", "straffeloven")]


def test_checker_rejects_an_invented_section_and_an_unmapped_one():
    found = mentions("Straffeloven § 999 gælder. Og § 5 står alene.", None)
    bad = unknown(found, KNOWN)
    assert len(bad) == 2, bad


def test_checker_rejects_laws_outside_the_engine():
    bad = unknown(mentions("Forældelsesloven § 3 gælder også.", None), KNOWN)
    assert len(bad) == 1
    # Tilholdsloven is covered now: its §§ must exist as rules (§ 21 does, § 99 does not).
    assert unknown(mentions("Tilholdsloven § 21 gælder også.", None), KNOWN) == []
    assert len(unknown(mentions("Tilholdsloven § 99 gælder også.", None), KNOWN)) == 1


def test_labels_bound_to_a_rule_key_must_cite_that_rule():
    import lxml.html

    art = lxml.html.fromstring(
        '<div><input id="a" value="strfl-119a"><label for="a">§ 119 a — Chikane</label>'
        '<input id="b" value="strfl-266"><label for="b">§ 999 — Forkert</label></div>'
    )
    found = bound_labels(art)
    assert [(m.section, m.group) for m in found] == [("119 a", "straffeloven"), ("999", "straffeloven")]
    assert len(unknown(found, KNOWN)) == 1
    assert art.xpath("//label") == []


def test_checker_accepts_a_known_section():
    assert unknown(mentions("Straffeloven § 119 a gælder.", None), KNOWN) == []


# ---- the built site ----------------------------------------------------------------

# «Ændringer i reglerne» is the engine's own text (its notes name §§ of other laws), like the rule tables.
PAGES = [p for p in html_files(SITE) if "jura/aendringer/" not in p.as_posix()] if SITE.exists() else []


def test_site_mentions_sections():
    total = sum(len(page_mentions(f)) for f in PAGES)
    assert total >= 30, total


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(SITE).as_posix())
def test_every_section_mentioned_exists_in_the_engine(page):
    assert unknown(page_mentions(page), KNOWN) == []
