"""The cards as files: one Markdown file per card in chikane/kursus/sager/, named by the card's page address,
read by chikane.kursus.sager. A file of the wrong shape stops the import (and so the build) with its name;
a trainer rewords one card in one file and nothing else changes."""
from __future__ import annotations

from importlib import resources

import lxml.html
import pytest

from chikane import markdown, tekst
from chikane.kursus import sager, views
from chikane.request_fields import default_day
from chikane.workplace import parse_workplace

FOLDER = resources.files("chikane.kursus").joinpath("sager")
FILES = sorted(p.name for p in FOLDER.iterdir() if p.name.endswith(".md"))
CARD = "falsk-profil"


def source(case_id: str = CARD) -> str:
    return FOLDER.joinpath(f"{case_id}.md").read_text(encoding="utf-8")


def test_one_file_per_card_named_by_its_id():
    assert FILES == sorted(f"{c.id}.md" for c in sager.CASES)
    assert [c.number for c in sager.CASES] == list(range(1, len(sager.CASES) + 1))


@pytest.mark.parametrize("name", FILES)
def test_each_file_has_the_cards_shape(name):
    doc = markdown.parse(FOLDER.joinpath(name).read_text(encoding="utf-8"), name)
    assert set(doc.meta) <= set(sager.META) and {"nr", "titel", "svar", "forventet"} <= set(doc.meta)
    assert doc.headings(2)[:3] == ["Situationen", "Drøft", "Til underviseren"]
    assert "§" not in FOLDER.joinpath(name).read_text(encoding="utf-8").replace("{§", "")


def test_a_multiple_choice_answer_is_a_list_in_the_file():
    card = sager.get("sms-til-arbejdsmobilen")
    assert dict(card.answers)["hvad"] == "trussel,kontakt,skrevet"
    assert 'hvad = ["trussel", "kontakt", "skrevet"]' in source(card.id)


def test_rewording_one_file_changes_only_that_card():
    docs = markdown.load_folder("chikane.kursus", "sager")
    text = source().replace("Flere tror, at det er Sofie selv.", "Mange tror, at det er Sofie selv.")
    assert text != source()
    docs[CARD] = markdown.parse(text, f"{CARD}.md")
    changed = {c.id: c for c in sager.read_cards(docs)}
    assert [i for i, c in changed.items() if c != sager.CASE_BY_ID[i]] == [CARD]
    assert "Mange tror, at det er Sofie selv." in changed[CARD].situation[1]


def test_the_optional_gap_section_is_read():
    text = source() + "\n## Det dækker værktøjet ikke\n\nProfiler på en platform uden for EU.\n"
    card = sager.read_card(CARD, markdown.parse(text, "x.md"))
    assert card.gap == "Profiler på en platform uden for EU."


@pytest.mark.parametrize(
    "old,new,expect",
    [
        ("nr = ", "nummer = 5\nnr = ", "unknown front matter"),
        ('titel = "', 'titel = 5\nx = "', "unknown front matter"),
        ("## Drøft\n\n1. ", "## Drøft\n\n- ", "one numbered list"),
        ("## Til underviseren", "## Til lederen", "the sections are"),
        ("## Situationen", "### Situationen", "the sections are"),
        ("+++\n\n## Situationen", "+++\n\nIndledning.\n\n## Situationen", "text before the first section"),
        ('svar = { hvad = "falsk"', 'svar = { hvad = "Falsk profil"', "svar.hvad"),
        ("forventet = [", "forventet = 3\nikke = [", "unknown front matter"),
        ("nr = ", "nr = true\nx = ", "unknown front matter"),
        ("nr = ", "nr = true #", "nr (a number)"),
    ],
)
def test_a_file_of_the_wrong_shape_is_refused_with_its_name(old, new, expect):
    assert old in source()
    with pytest.raises(sager.CardError) as err:
        sager.read_card(CARD, markdown.parse(source().replace(old, new, 1), f"{CARD}.md"))
    assert expect in str(err.value) and f"{CARD}.md" in str(err.value)


def test_a_missing_section_is_refused():
    text = source().split("## Til underviseren")[0]
    with pytest.raises(KeyError, match="Til underviseren"):
        sager.read_card(CARD, markdown.parse(text, f"{CARD}.md"))


def test_markup_in_the_situation_is_a_problem(monkeypatch):
    import dataclasses

    bad = dataclasses.replace(sager.CASES[0], situation=("Se {§strfl-119} her, og læs resten af sagen.",))
    monkeypatch.setattr(sager, "CASES", (bad, *sager.CASES[1:]))
    assert any("only the trainer's note is compiled" in p for p in sager.problems())


@pytest.mark.parametrize("days,expected", [
    (0, "Registrer hændelsen i X samme dag (arbejdspladsens egen frist)."),
    (1, "Registrer hændelsen i X senest 1 dag efter hændelsesdagen (arbejdspladsens egen frist)."),
    (10, "Registrer hændelsen i X senest 10 dage efter hændelsesdagen (arbejdspladsens egen frist)."),
])
def test_the_internal_deadline_reads_right_for_0_and_1_day(days, expected):
    card = sager.get(CARD)
    workplace = parse_workplace({"haendelsessystem": "X", "intern_frist_dage": days})
    items = views.deadline_items(card, views.findings_for(card), workplace, default_day())
    assert items[0] == expected


def test_a_rule_from_a_secondary_source_is_marked_as_before():
    ctx = views.context(default_day())
    html = tekst.to_html("Se {§strfl-119a}.", ctx)
    r = ctx.cited["strfl-119a"]
    assert html == (f'Se <a href="{r.source.url}">{r.citation}</a> '
                    '<span class="flow-usikker">(kun bekræftet i en sekundær kilde)</span>.')
    # Without the flag the text layer cites as inside a sentence, with no mark (its default, unchanged).
    plain = tekst.to_html("{§strfl-119a}", tekst.Context(default_day()))
    assert plain == f'<a href="{r.source.url}">{tekst.cite_text(r)}</a>'


def test_the_note_is_compiled_by_the_text_layer():
    card = sager.get("aktindsigt-i-personalesagen")
    html = views.render_card(card, views.CourseLinks("../"), parse_workplace({}), default_day())
    note = lxml.html.fromstring(html).xpath("//div[@class='kort-note']")[0].text_content()
    assert "{" not in note and "Fra 1.7.2024 kan Peters navn" in note
