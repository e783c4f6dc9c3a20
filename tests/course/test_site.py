"""The built course pages: one page per card with the engine's reading, the quiz page
pre-rendered, the print sheet and the poster. Static checks on site/ (no browser)."""
from __future__ import annotations

import lxml.html
import pytest

from chikane import flow, rules
from chikane.flow.model import answered_leaves
from chikane.kursus import sager
from chikane.request_fields import default_day

TODAY = default_day()


def doc(site_dir, path: str):
    f = site_dir / path / "index.html"
    assert f.is_file(), f
    return lxml.html.fromstring(f.read_bytes())


def article_text(d) -> str:
    return " ".join(d.xpath("//article")[0].text_content().split())


@pytest.mark.parametrize("case", sager.CASES, ids=lambda c: c.id)
def test_card_page_shows_the_card_and_the_engines_reading(site_dir, case):
    d = doc(site_dir, f"kursus/cases/{case.id}")
    text = article_text(d)
    assert d.xpath("//h1")[0].text_content().strip().startswith(case.title)
    for part in (*case.situation, *case.questions):
        assert " ".join(part.split()) in text
    for oid in case.expected:
        assert flow.OUTCOME_BY_ID[oid].title in text, oid
    hrefs = d.xpath("//article//a/@href")
    for oid in case.expected:
        for key in flow.OUTCOME_BY_ID[oid].rule_keys:
            r = rules.current(key, TODAY)
            assert r.citation in text and r.source.url in hrefs, key
    # which deadlines run
    assert "Frister, der løber" in text
    if "politi72" in case.expected:
        assert rules.current("offerst-10", TODAY).title in text
    if "arbejdsskade" in case.expected:
        assert rules.current("arbskade-31", TODAY).title in text
    # the trainer's note, rendered (no markup left)
    assert "Til underviseren" in text and "{" not in text.split("Til underviseren", 1)[1]


@pytest.mark.parametrize("case", sager.CASES, ids=lambda c: c.id)
def test_card_page_links_to_the_tool_with_its_answers(site_dir, case):
    d = doc(site_dir, f"kursus/cases/{case.id}")
    link = d.xpath("//a[contains(., 'Åbn sagen i')]/@href")
    assert link == [f"../../../vaerktoejer/er-det-strafbart/#svar={flow.encode_state(case.answers)}"]
    assert (site_dir / "vaerktoejer/er-det-strafbart/index.html").is_file()
    assert d.xpath("//a[contains(., 'quizzen')]/@href") == [f"../../../kursus/quiz/?sag={case.id}"]


def test_card_list_and_print_sheet_hold_every_card(site_dir):
    listing = doc(site_dir, "kursus/cases")
    assert listing.xpath("//ol[@class='kursus-sagsliste']//a/@href") == [
        f"../../kursus/cases/{c.id}/" for c in sager.CASES
    ]
    sheet = doc(site_dir, "kursus/kort")
    assert sheet.xpath("//section[contains(@class,'kursus-kort')]/@data-case") == [c.id for c in sager.CASES]


def test_quiz_page_is_pre_rendered(site_dir):
    d = doc(site_dir, "kursus/quiz")
    tool = d.xpath("//div[@data-tool='quiz']")[0]
    assert tool.xpath(".//select[@id='quiz-sag']/option/@value") == [c.id for c in sager.CASES]
    assert tool.xpath(".//label[@for='quiz-sag']")
    form = tool.xpath(".//form[@class='quiz-form']")[0]
    assert form.get("data-case") == sager.CASES[0].id
    assert len(form.xpath(".//input[@type='checkbox']")) >= 15
    status = tool.xpath(".//*[@role='status']")[0]
    assert status.get("aria-live") == "polite"
    assert d.xpath("//script[@type='module']/@src").count("../../assets/js/quiz.js") == 1


def test_poster_shows_every_question_with_labelled_answers_on_an_a3_page(site_dir):
    # (Changed with issue 14: an HTML poster in large type instead of the Mermaid diagram, whose 8 pt
    # text and unlabelled dotted lines could not be read across a room.)
    d = doc(site_dir, "kursus/plakat")
    steps = d.xpath("//ol[@class='plakat-flow']/li")
    assert len(steps) == len(flow.QUESTIONS)
    for li, q in zip(steps, flow.QUESTIONS):
        assert q.text in li.text_content()
        arrow = li.xpath(".//p[contains(@class,'plakat-pil')]")[0].text_content()
        # (Changed with issue 10: answers no longer branch by option; a follow-up is asked only when an
        # earlier answer calls for it, and the arrow says which.)
        i = flow.QUESTIONS.index(q)
        if i + 1 == len(flow.QUESTIONS):
            assert arrow == "Videre til resultatet"
        else:
            nxt = flow.QUESTIONS[i + 1]
            assert f"spørgsmål {i + 2}" in arrow.lower()
            if nxt.ask_if is not None:
                for leaf in answered_leaves(nxt.ask_if):
                    src = flow.QUESTION_BY_ID[leaf.question]
                    assert all(src.option(x).label in arrow for x in leaf.options), arrow
    for o in flow.OUTCOMES:
        if o.kind == "strafbart":
            assert o.title in d.xpath("//ol[@class='plakat-flow']")[0].text_content(), o.id
    # The web instruction is on screen only.
    for p in d.xpath("//div[@class='plakat']//p[contains(., 'Udskriv')]"):
        assert "no-print" in p.get("class", "")
    css = (site_dir / "assets/css/kursus.css").read_text()
    assert "@page plakat { size: A3" in css


def test_the_two_hour_plan_has_its_four_examples_and_slides(site_dir):
    d = doc(site_dir, "kursus/to-timer")
    examples = d.xpath("//ol[@class='kursus-eksempler']/li")
    assert len(examples) == 4
    assert all("Svar:" in li.text_content() for li in examples)
    hrefs = d.xpath("//article//a/@href")
    assert "../slides/" in hrefs and "#fire-korte-eksempler" in hrefs
    assert rules.current("offerst-10", TODAY).source.url in hrefs
    slides = doc(site_dir, "kursus/slides").xpath("//section[contains(@class,'slide')]")
    assert len(slides) >= 12
    assert all(len(s.xpath("./h2")) == 1 for s in slides)  # one idea a page


def test_med_workshop_links_to_the_strategy_section_once_it_exists(site_dir):
    d = doc(site_dir, "kursus/med-workshop")
    hrefs = d.xpath("//article//a/@href")
    if (site_dir / "strategi/index.html").is_file():
        assert "../../strategi/" in hrefs
    else:
        assert not [h for h in hrefs if "strategi" in h]
