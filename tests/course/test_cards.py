"""The scenario cards are tests: each card's answers, run through the flow, must give
EXACTLY the outcome set the card states. A change to the flow or the rules that alters
a card's reading fails here until the card is updated."""
from __future__ import annotations

import dataclasses
import re

import pytest

from chikane import api, flow, rules
from chikane.flow.model import Always
from chikane.kursus import sager

CASES = sager.CASES


def test_there_are_at_least_twelve_cards():
    assert len(CASES) >= 12


def test_card_data_is_sound():
    assert sager.problems() == []


def test_ids_are_unique_slugs():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_answers_are_a_complete_path(case):
    w = flow.walk(case.answers)
    assert w.next_question is None
    # The same path survives the URL state used by the card's link.
    assert flow.parse_state(flow.encode_state(case.answers)).answers == case.answers


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_engine_gives_exactly_the_stated_outcomes(case):
    got = {f.outcome.id for f in flow.evaluate(dict(case.answers))}
    assert got == case.expected, f"engine {sorted(got)} != card {sorted(case.expected)}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_api_gives_exactly_the_stated_outcomes(case):
    r = api.handle({"tool": "flow", "state": flow.encode_state(case.answers)})
    assert r["ok"] and r["complete"], r
    assert {o["id"] for o in r["outcomes"]} == case.expected


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_card_states_the_tracks_that_always_apply(case):
    always = {o.id for o in flow.OUTCOMES if isinstance(o.condition, Always)}
    assert always <= case.expected
    criminal = {o.id for o in flow.OUTCOMES if o.kind == "strafbart"} & case.expected
    # Nothing criminal: lawful criticism or «ikke strafbart» (not «kritik» where nobody criticised).
    assert bool(criminal) != bool({"lovligt", "ikke_strafbart"} & case.expected)


DANISH = re.compile(r"\b(og|er|at|det|en|på|har|til|hun|han|ikke)\b")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_card_text_is_danish_and_complete(case):
    assert case.title.strip()
    situation = " ".join(case.situation)
    assert len(situation.split()) >= 25
    assert len(set(DANISH.findall(situation.lower()))) >= 4
    assert 2 <= len(case.questions) <= 4 and all(q.endswith("?") for q in case.questions)
    assert case.note and len(" ".join(case.note).split()) >= 25


def test_cards_together_exercise_every_outcome_of_the_flow():
    seen = set().union(*(c.expected for c in CASES))
    assert seen == {o.id for o in flow.OUTCOMES}


def test_cards_cover_the_situations_of_the_brief():
    text = " ".join(c.title + " " + " ".join(c.situation) for c in CASES).lower()
    for needle in ("linkedin", "youtube", "læserbrev", "arbejdsmobil", "falsk", "uden for hendes hus",
                   "børn", "krop", "aktindsigt", "racist", "lovlig"):
        assert needle in text, needle


def test_access_request_card_cites_the_rules_the_flow_now_shows():
    card = sager.get("aktindsigt-i-personalesagen")
    assert not card.gap and "aktindsigt" in card.expected  # the flow covers aktindsigt now (issue 10 item 5)
    keys = sager.note_rule_keys(card)
    assert {"offl-7", "offl-21", "offl-9", "offl-36"} <= set(keys)
    assert all(k in rules.keys() for k in keys)


def test_no_section_is_typed_by_hand():
    for c in CASES:
        for text in (c.title, *c.situation, *c.questions, *c.note, c.gap):
            assert "§" not in text.replace("{§", ""), c.id


def _broken(**changes) -> list[str]:
    bad = dataclasses.replace(CASES[0], **changes)
    saved = sager.CASES
    sager.CASES = (bad, *saved[1:])
    try:
        return sager.problems()
    finally:
        sager.CASES = saved


@pytest.mark.parametrize(
    "changes,expect",
    [
        ({"answers": CASES[0].answers[:-1]}, "stop before the end"),
        ({"answers": (("hvad", "maaske"),)}, "do not fit"),
        ({"expected": CASES[0].expected | {"findes_ikke"}}, "unknown outcomes"),
        ({"note": ("Se straffeloven § 999 for detaljer, det er vigtigt og sådan.",)}, "typed by hand"),
        ({"note": ("Se {§strfl-999} og lidt mere tekst her for at fylde noten.",)}, "unknown rule"),
        ({"note": ("Se {param:offerst-10:dage} og lidt mere tekst her.",)}, "no parameter"),
        ({"note": ("Svar ja til {spm:findes_ikke} og lidt mere tekst.",)}, "unknown question"),
        ({"questions": ("Kun ét spørgsmål?",)}, "2-4 questions"),
        ({"id": "Ikke En Slug"}, "not a slug"),
        ({"gap": "noget", "note": ("Ingen regler nævnt i denne note, kun almindelig tekst.",)}, "must cite rules"),
    ],
)
def test_problems_catch_a_broken_card(changes, expect):
    found = _broken(**changes)
    assert any(expect in p for p in found), found


def test_a_changed_flow_makes_a_card_fail(monkeypatch):
    # If the flow stopped giving "bagvaskelse" for an untrue accusation, the first card must disagree.
    original = flow.OUTCOME_BY_ID["bagvaskelse"]
    changed = dataclasses.replace(original, condition=flow.when("sandt", "delvist"))
    monkeypatch.setattr(flow, "OUTCOMES", tuple(changed if o.id == "bagvaskelse" else o for o in flow.OUTCOMES))
    card = sager.get("navn-og-foto-i-facebookgruppe")
    got = {f.outcome.id for f in flow.evaluate(dict(card.answers))}
    assert got != card.expected
