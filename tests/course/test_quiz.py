"""The quiz tool: feedback is computed by the flow, escaped by Python, and bad input
gives a Danish error."""
from __future__ import annotations

import dataclasses
import json

import lxml.html
import pytest

from chikane import api, flow
from chikane.kursus import quiz, sager

CASE = sager.get("sms-til-arbejdsmobilen")
# Remedies (issue 10 item 5) the card also gets, beside the findings named in the tests.
MISSED_REMEDIES = {o.id for o in flow.OUTCOMES if o.kind == "anden_vej"} & set(CASE.expected)


def truth(case) -> set[str]:
    return {f.outcome.id for f in flow.evaluate(dict(case.answers))} & quiz.CHOICE_IDS


def ask(**req):
    return api.handle({"tool": "quiz", **req})


@pytest.mark.parametrize("case", sager.CASES, ids=lambda c: c.id)
def test_the_right_answer_scores_full_marks(case):
    r = ask(case=case.id, chosen=sorted(truth(case)))
    assert r["ok"], r
    assert set(r["correct"]) == truth(case) and r["missed"] == [] and r["wrong"] == []
    assert r["announce"].startswith("Du fandt")
    assert "passer ikke" not in r["announce"]


def test_partial_answer_lists_correct_missed_and_wrong_with_the_why():
    r = ask(case=CASE.id, chosen=["haan_ansat", "trusler", "lovligt"])
    assert r["correct"] == ["haan_ansat"]
    assert set(r["missed"]) == {"fare", "trusler_pres", "chikane_ansat", "stalking", "aerekraenkelse", "skaerpende", "politi72",
                                "arbejdsskade", "politihjaelp"} | MISSED_REMEDIES
    assert r["wrong"] == ["trusler", "lovligt"]
    n = 1 + len(r["missed"])
    assert r["announce"] == f"Du fandt 1 af {n}. 2 af dine valg passer ikke."
    doc = lxml.html.fromstring(r["html"])
    heading = doc.xpath("//h2")[0]
    assert heading.get("tabindex") == "-1" and heading.get("id") == "quiz-resultat-titel"
    text = doc.text_content()
    # the why names the question and the card's answer; the why-not names what is missing
    assert ("Hvorfor: «Hvem står bag?» — «En borger, jeg har eller har haft en sag med»; «Hvad står der? Vælg alt, "
            "der passer.» — «Skældsord eller grove fornærmelser»") in text
    assert ("Hvorfor ikke: «Hvad truer personen med? Vælg det alvorligste.» skal besvares med «Vold: at slå, skade "
            "eller dræbe dig eller din familie» eller «Det er ikke sagt direkte, men du bliver bange» eller «At gøre "
            "noget andet strafbart mod dig» — i sagen er svaret «At anmelde dig eller hænge dig ud, hvis du ikke gør, som "
            "personen vil»") in text
    assert "ingen bestemmelse i straffeloven kan være overtrådt" in text
    assert "Straffeloven § 121" in text


def test_nothing_chosen_is_valid():
    r = ask(case=CASE.id, chosen=[])
    assert r["ok"] and r["correct"] == [] and r["wrong"] == []
    assert r["announce"] == f"Du fandt 0 af {len(r['missed'])}." and len(r["missed"]) >= 7


def test_the_answer_key_is_the_engine_not_the_card(monkeypatch):
    # A card whose stated set is wrong does not change the quiz: the flow decides.
    wrong_card = dataclasses.replace(CASE, expected=frozenset({"lovligt"}))
    monkeypatch.setitem(sager.CASE_BY_ID, CASE.id, wrong_card)
    r = ask(case=CASE.id, chosen=["lovligt"])
    assert r["wrong"] == ["lovligt"]


def test_links_point_to_the_card_and_to_the_prefilled_tool():
    r = ask(case=CASE.id, chosen=[])
    hrefs = lxml.html.fromstring(r["html"]).xpath("//a/@href")
    assert f"../../kursus/cases/{CASE.id}/" in hrefs
    assert "../../vaerktoejer/er-det-strafbart/#svar=" + flow.encode_state(CASE.answers) in hrefs


def test_form_has_a_checkbox_per_choice_and_none_for_the_always_tracks():
    r = api.handle({"tool": "quiz_form", "case": CASE.id})
    assert r["ok"] and r["case"] == CASE.id
    doc = lxml.html.fromstring(r["html"])
    values = doc.xpath("//input[@type='checkbox']/@value")
    assert sorted(values) == sorted(o.id for o in quiz.CHOICES) and len(values) == len(set(values))
    assert not {"registrer", "leder", "stoette"} & set(values)  # tracks that always apply are not choices
    for box in doc.xpath("//input[@type='checkbox']"):
        assert doc.xpath(f"//label[@for='{box.get('id')}']"), box.get("id")
    assert doc.xpath("//fieldset/legend")
    assert CASE.title in doc.text_content()
    assert doc.xpath("//form/@action") == [f"../../kursus/cases/{CASE.id}/"]  # the no-JS way to the answer


@pytest.mark.parametrize(
    "req,field",
    [
        ({"case": "findes-ikke", "chosen": []}, "case"),
        ({"chosen": []}, "case"),
        ({"case": 7, "chosen": []}, "case"),
        ({"case": CASE.id, "chosen": "trusler"}, "chosen"),
        ({"case": CASE.id, "chosen": ["trusler", 3]}, "chosen"),
        ({"case": CASE.id, "chosen": ["<script>alert(1)</script>"]}, "chosen"),
        ({"case": CASE.id, "chosen": ["registrer"]}, "chosen"),  # an always-track is not a choice
        ({"case": CASE.id, "chosen": ["trusler"] * 51}, "chosen"),
        ({"case": CASE.id, "chosen": [], "today": "i går"}, "today"),
    ],
)
def test_bad_input_gives_a_danish_error(req, field):
    r = ask(**req)
    assert r["ok"] is False
    err = r["errors"][0]
    assert err["field"] == field
    assert err["message"] and "Traceback" not in err["message"] and "<script" not in err["message"]


def test_quiz_form_bad_case():
    r = api.handle({"tool": "quiz_form", "case": "nope"})
    assert r == {"ok": False, "errors": [{"field": "case", "message": "Sagen findes ikke. Vælg en sag på listen."}]}


def test_json_round_trip_as_the_browser_calls_it():
    text = api.handle_json(json.dumps({"tool": "quiz", "case": CASE.id, "chosen": ["stalking"]}))
    r = json.loads(text)
    assert r["ok"] and r["correct"] == ["stalking"]


def test_duplicates_count_once():
    r = ask(case=CASE.id, chosen=["stalking", "stalking"])
    assert r["correct"] == ["stalking"]
