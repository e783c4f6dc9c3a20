"""The outcome texts live in ``chikane/flow/udfald/<id>.md``: one file per outcome, filled by the one text layer."""
from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from chikane import api, flow, tekst
from chikane.flow import check, outcomes, static, texts
from chikane.flow.views import Links
from chikane.markdown import MarkdownError, parse
from chikane.workplace import Workplace


def test_each_outcome_has_exactly_one_text_file_and_each_file_one_outcome():
    files = sorted(p.name for p in resources.files("chikane.flow").joinpath("udfald").iterdir())
    ids = [o.id for o in outcomes.LOGIC]
    assert len(ids) == len(set(ids))
    assert files == sorted(f"{oid}.md" for oid in ids)
    assert [o.id for o in flow.OUTCOMES] == ids
    assert check.text_problems() == []


def test_the_check_finds_a_missing_or_stray_file(monkeypatch):
    monkeypatch.setattr(check, "TEXTS", {**{k: v for k, v in texts.TEXTS.items() if k != "fare"},
                                         "ukendt": texts.TEXTS["fare"]})
    found = check.text_problems()
    assert "fare: no udfald/fare.md" in found and "udfald/ukendt.md: no outcome has the id 'ukendt'" in found


def test_the_check_finds_an_unknown_reference(monkeypatch):
    bad = texts.read(parse('+++\ntitel = "x"\n+++\n\nI {systemm} efter {§strfl-999}.\n', "x.md"))
    monkeypatch.setattr(check, "TEXTS", {**texts.TEXTS, "fare": bad})
    found = check.text_problems()
    assert "udfald/fare.md: unknown value {systemm}" in found and "udfald/fare.md: unknown rule 'strfl-999'" in found


@pytest.mark.parametrize("text", [
    '+++\n+++\n\nTekst.\n',                                        # no title
    '+++\ntitel = "x"\n+++\n\n## leder\n\n- Gør noget.\n',          # no summary
    '+++\ntitel = "x"\n+++\n\nEt.\n\nTo.\n',                       # two summary paragraphs
    '+++\ntitel = "x"\n+++\n\nTekst.\n\n## chef\n\n- Gør noget.\n',  # not a role
    '+++\ntitel = "x"\n+++\n\nTekst.\n\n## leder\n\nEt afsnit.\n',    # a role without a list
])
def test_a_text_file_out_of_shape_stops_the_build(text):
    with pytest.raises(MarkdownError):
        texts.read(parse(text, "x.md"))


def test_the_texts_read_as_before():
    o = flow.OUTCOME_BY_ID["politi72"]
    assert o.title == "Anmeld til politiet inden 72 timer, hvis du vil kunne få erstatning"
    assert o.deadline_hint == "Fristberegneren viser det præcise tidspunkt."
    assert flow.OUTCOME_BY_ID["tilhold"].steps == {
        "ansat": ("Bed politiet om et tilhold, når du anmelder. Sig, om du har brug for det med det samme.",)}


TODAY = date(2026, 11, 25)
REGISTER = "hvad.skrevet-skrevet_hvad.kritik-hvem.borger-platform.nej"


@pytest.mark.parametrize("days, words", [(10, "senest 10 dage efter hændelsesdagen"),
                                         (1, "senest 1 dag efter hændelsesdagen"), (0, "samme dag")])
def test_the_internal_deadline_reads_right_for_one_day_and_the_same_day(days, words):
    r = api.handle({"tool": "flow", "state": REGISTER, "workplace": {"intern_frist_dage": days},
                    "today": "2026-11-25"})
    assert r["ok"] and r["complete"]
    wp = Workplace(intern_frist_dage=days)
    pages = [r["html"],  # «Gør dette nu»
             static.render_static_outcome(flow.OUTCOME_BY_ID["registrer"], wp, TODAY, Links("../../")),
             static.render_static_result(wp, TODAY, Links("../../"))]
    for html in pages:
        assert words in html
        assert "1 dage" not in html and "senest 0" not in html


def test_fill_uses_the_text_layer():
    wp = Workplace(haendelsessystem="SafetyNet", intern_frist_dage=1)
    assert flow.fill("I {system} {intern_frist}.", wp) == "I SafetyNet senest 1 dag efter hændelsesdagen."
    assert flow.fill("{dage}", wp) == "1"  # the bare number, for older texts
    with pytest.raises(KeyError):
        flow.fill("{ukendt}", wp)
    assert tekst.within_days(0) in flow.fill("{intern_frist}", Workplace(intern_frist_dage=0))
