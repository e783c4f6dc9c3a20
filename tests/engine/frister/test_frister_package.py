"""The calculator's package shape: one module per deadline id, listed once in ITEMS; «N dage» from the text layer."""
from __future__ import annotations

import dataclasses
import pkgutil
from pathlib import Path

import pytest

from chikane import frister, rules
from chikane.frister import facts, klage_politi

from deadline_request import BASE, item, run

MACHINERY = {"deadline", "facts", "kalender", "tool", "views"}
# Requests that together give every kind of deadline at least once.
EVERY_KIND = {
    **BASE, "fravaer_foerste_dag": "21.11.2026", "fravaer_dage": 3, "kendt_dato": "22.11.2026",
    "anmodning_modtaget": "21.11.2026", "aktindsigt_modtaget": "21.11.2026", "offences": ["strfl-267", "strfl-266"],
    "politi_afgoerelse": "indstillet", "politi_afgoerelse_dato": "24.11.2026", "aes_afgoerelse_modtaget": "24.11.2026",
}


def test_each_deadline_id_has_one_module_named_like_it():
    ids = [m.ID for m in frister.ITEMS]
    assert len(ids) == len(set(ids))
    for module in frister.ITEMS:
        assert module.__name__ == f"chikane.frister.{module.ID.replace('-', '_')}"
        assert module.WHO in frister.WHO
        assert module.RULE is None or rules.versions(module.RULE)
        assert callable(module.compute)
    found = {m.name for m in pkgutil.iter_modules([str(Path(frister.__file__).parent)])}
    assert found - MACHINERY == {m.__name__.rpartition(".")[2] for m in frister.ITEMS}, "a module missing in ITEMS"


def test_every_item_gives_deadlines_of_its_own_id_who_and_rule():
    f = facts.parse_request(EVERY_KIND)
    notes: list[str] = []
    for module in frister.ITEMS:
        made = module.compute(f, notes)
        assert made, module.ID
        for d in made:
            assert d.item_id == module.ID and d.who == module.WHO
            assert (d.rule.key if d.rule else None) == module.RULE


def test_the_police_decisions_have_their_wording():
    assert set(klage_politi.DECISIONS) == set(facts.POLICE_DECISIONS)


def test_the_static_overview_lists_only_rules_the_calculator_counts_from():
    from sitebuild.macros.tools import DEADLINE_KEYS

    assert set(DEADLINE_KEYS) <= {m.RULE for m in frister.ITEMS}


def test_a_note_is_said_once():
    # Before the oldest version of gdpr-12: both GDPR deadlines read it, the note comes once.
    out = run(now="2026-11-25T10:00", haendelse_dato="20.11.2026", anmodning_modtaget="1.1.2017")
    assert len(out["notes"]) == len(set(out["notes"])) >= 1


@pytest.mark.parametrize("days, expected", [(0, "samme dag"), (1, "senest 1 dag efter"), (2, "senest 2 dage efter")])
def test_days_are_said_in_danish_whatever_the_rule_says(monkeypatch, days, expected):
    """A rule of 0 or 1 day reads «samme dag» / «senest 1 dag», never «senest 1 dage»."""
    real_at = rules.at

    def at(key, day):
        r = real_at(key, day)
        if r is not None and key in ("arbskade-31", "at-anmeldelse"):
            return dataclasses.replace(r, params={**r.params, "days": days})
        return r

    monkeypatch.setattr(rules, "at", at)
    out = run(fravaer_foerste_dag="21.11.2026", fravaer_dage=3)
    for ident in ("arbejdsskade-anmeldelse", "arbejdstilsynet-anmeldelse"):
        text = item(out, ident)["explanation"]
        assert expected in text and "1 dage" not in text, text


@pytest.mark.parametrize("days, expected", [(0, "samme dag"), (1, "senest 1 dag efter hændelsen"),
                                            (10, "senest 10 dage efter hændelsen")])
def test_the_static_overview_says_the_internal_days_in_danish(days, expected):
    from sitebuild.macros import Context
    from sitebuild.macros.tools import deadline_overview

    ctx = Context("vaerktoejer/fristberegner.md", {"intern_frist_dage": days, "haendelsessystem": "EASY-A"})
    assert f"registrer hændelsen i EASY-A {expected} (arbejdspladsens egen frist)" in deadline_overview(ctx)
