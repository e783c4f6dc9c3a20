"""Deadline calculation: table-driven cases for DST, month ends, rule changes by date and working days."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from chikane import api, frister, rules
from chikane.frister import add_months, add_years

from deadline_request import BASE, ids, item, run  # the shared baseline request and readers



# ------------------------------------------------------------ arithmetic


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),   # leap year
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 5, 31), -3, date(2026, 2, 28)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [(date(2024, 2, 29), 2, date(2026, 2, 28)), (date(2024, 2, 29), 4, date(2028, 2, 29)),
     (date(2026, 11, 20), 1, date(2027, 11, 20)), (date(2026, 11, 20), -30, date(1996, 11, 20))],
)
def test_add_years(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected


# ------------------------------------------------------------ the 72-hour police report


@pytest.mark.parametrize(
    ("day", "clock", "sommertid", "due"),
    [
        ("27.03.2026", "10:00", None, "2026-03-30T11:00:00+02:00"),   # across spring forward
        ("23.10.2026", "10:00", None, "2026-10-26T09:00:00+01:00"),   # across fall back
        ("25.10.2026", "02:30", True, "2026-10-28T01:30:00+01:00"),   # first 02:30 (summer time)
        ("25.10.2026", "02:30", False, "2026-10-28T02:30:00+01:00"),  # second 02:30 (winter time)
        ("20.11.2026", "14:30", None, "2026-11-23T14:30:00+01:00"),
    ],
)
def test_police_72_hours_elapsed(day: str, clock: str, sommertid: bool | None, due: str) -> None:
    out = run(now="2026-11-25T10:00", haendelse_dato=day, haendelse_tid=clock, sommertid=sommertid)
    police = item(out, "politianmeldelse")
    assert police["due"] == due
    assert police["unit"] == "timer"
    assert police["end_of_day"] is False
    assert police["rule_key"] == "offerst-10"
    assert police["citation"] == "Offererstatningsloven § 10, stk. 1"
    assert police["source_url"] == "https://www.retsinformation.dk/eli/lta/2025/1400"
    assert "stk. 3" in police["explanation"] and "stk. 4" in police["explanation"]


def test_nonexistent_incident_time_is_a_question() -> None:
    out = api.handle({**BASE, "haendelse_dato": "29.03.2026", "haendelse_tid": "02:30"})
    assert out["ok"] is False
    assert out["errors"] == [{
        "field": "haendelse_tid",
        "message": "Klokken 02:30 fandtes ikke den 29. marts 2026, fordi uret blev stillet frem. Mente du 01:30 eller 03:30?",
    }]


def test_ambiguous_incident_time_needs_sommertid() -> None:
    out = api.handle({**BASE, "haendelse_dato": "25.10.2026", "haendelse_tid": "02:30"})
    assert out["ok"] is False
    assert out["errors"][0]["field"] == "sommertid"
    assert "to gange" in out["errors"][0]["message"]


def test_missing_time_counts_from_midnight_and_says_so() -> None:
    out = run(haendelse_tid=None)
    police = item(out, "politianmeldelse")
    assert police["due"] == "2026-11-23T00:00:00+01:00"
    assert any("kl. 00.00" in a for a in police["assumptions"])
    assert out["incident"]["time_given"] is False
    assert "kl. 00.00" in out["html"]


# ------------------------------------------------------------ fixed items


def test_erstatningsnaevnet_two_years_with_alternatives() -> None:
    board = item(run(), "erstatningsnaevnet")
    assert board["due_date"] == "2028-11-20"
    assert board["end_of_day"] is True
    assert board["due"] == "2028-11-20T23:59:59+01:00"
    assert board["unit"] == "år"
    for fragment in ("dom", "indstillede efterforskningen", "forsikringsselskab", "stk. 3"):
        assert fragment in board["explanation"]


def test_leap_day_incident_two_years_later() -> None:
    out = run(now="2024-03-05T12:00", haendelse_dato="29.02.2024", haendelse_tid="12:00")
    assert item(out, "erstatningsnaevnet")["due_date"] == "2026-02-28"


@pytest.mark.parametrize("days", [0, 1, 3, 10, 30])
def test_internal_registration_uses_the_workplace_setting(days: int) -> None:
    out = run(workplace={"haendelsessystem": "Insite", "intern_frist_dage": days, "navn": "Borgerservice"})
    internal = item(out, "intern-registrering")
    assert internal["due_date"] == date.fromordinal(date(2026, 11, 20).toordinal() + days).isoformat()
    assert "Insite" in internal["title"]
    assert internal["rule_key"] is None
    assert internal["source_url"] is None
    assert "ikke en lov" in internal["citation"]
    assert "Borgerservice" in internal["explanation"]


def test_internal_registration_defaults_to_ten_days() -> None:
    out = run(workplace=None)
    assert item(out, "intern-registrering")["due_date"] == "2026-11-30"


def test_dsa_has_no_fixed_deadline_and_comes_last() -> None:
    out = run()
    dsa = out["deadlines"][-1]
    assert dsa["id"] == "dsa-anmeldelse"
    assert dsa["unit"] == "ingen fast frist"
    assert dsa["due"] is None and dsa["countdown"] is None
    assert dsa["source_url"].startswith("https://eur-lex.europa.eu/")


def test_sorted_by_due_moment_with_undated_last() -> None:
    out = run(kendt_dato=None, mulig_erstatning=True, anmodning_modtaget="01.10.2026",
              aktindsigt_modtaget="18.11.2026", offences=["strfl-121", "strfl-267"])
    dated = [d for d in out["deadlines"] if d["due"]]
    undated = [d for d in out["deadlines"] if not d["due"]]
    assert out["deadlines"] == dated + undated
    assert [d["due_utc"] for d in dated] == sorted(d["due_utc"] for d in dated)
    assert {d["id"] for d in undated} == {"privat-paatale", "dsa-anmeldelse", "arbejdstilsynet-anmeldelse"}


# ------------------------------------------------------------ work accident notice: three rule versions


@pytest.mark.parametrize(
    ("incident", "facts", "due", "version", "confidence"),
    [
        # before 1.7.2022: 9 days from the accident, absence irrelevant
        ("30.06.2022", {"mulig_erstatning": True}, "2022-07-09", "2013-03-21", "primær"),
        ("15.03.2020", {"fravaer_foerste_dag": "16.03.2020"}, "2020-03-24", "2013-03-21", "primær"),
        # from 1.7.2022: 14 days after the first day of absence (stk. 1) ...
        ("01.07.2022", {"fravaer_foerste_dag": "02.07.2022"}, "2022-07-16", "2022-07-01", "primær"),
        ("01.07.2022", {"fravaer_dage": 1}, "2022-07-16", "2022-07-01", "primær"),
        # ... or 14 days after the injury day without absence but with a possible claim (stk. 2)
        ("01.07.2022", {"fravaer_dage": 0, "mulig_erstatning": True}, "2022-07-15", "2022-07-01", "primær"),
        ("30.06.2026", {"fravaer_dage": 1}, "2026-07-15", "2022-07-01", "primær"),
        # from 1.7.2026: at least 3 days of absence beyond the injury day
        ("01.07.2026", {"fravaer_dage": 3, "fravaer_foerste_dag": "02.07.2026"}, "2026-07-16", "2026-07-01", "sekundær"),
        ("01.07.2026", {"fravaer_dage": 2, "mulig_erstatning": True}, "2026-07-15", "2026-07-01", "sekundær"),
    ],
)
def test_work_accident_notice_by_incident_date(incident: str, facts: dict[str, Any], due: str, version: str,
                                               confidence: str) -> None:
    out = run(now="2026-11-25T10:00", haendelse_dato=incident, haendelse_tid="12:00", **facts)
    notice = item(out, "arbejdsskade-anmeldelse")
    assert notice["due_date"] == due
    assert notice["rule_key"] == "arbskade-31"
    assert notice["rule_version"] == version
    assert notice["confidence"] == confidence
    assert notice["who"] == "arbejdsgiver"


def test_old_rule_mentions_the_five_week_day() -> None:
    notice = item(run(haendelse_dato="10.01.2021", mulig_erstatning=True), "arbejdsskade-anmeldelse")
    assert "5-ugers-dagen" in notice["explanation"]
    assert notice["params"] == {"days": 9}


def test_three_day_threshold_below_it_no_notice_duty() -> None:
    out = run(haendelse_dato="01.07.2026", haendelse_tid="12:00", fravaer_dage=2)
    notice = item(out, "arbejdsskade-anmeldelse")
    assert notice["due"] is None
    assert "mindst 3 dages fravær" in notice["waiting"]
    assert notice["confidence_label"] and "sekundær" in notice["confidence_label"]
    assert "L 31" in notice["confidence_note"]


def test_unknown_absence_length_after_2026_is_conditional() -> None:
    out = run(haendelse_dato="10.11.2026", fravaer_foerste_dag="11.11.2026")
    notice = item(out, "arbejdsskade-anmeldelse")
    assert notice["due_date"] == "2026-11-25"
    assert "mindst 3 dage" in notice["condition"]


def test_unknown_absence_length_with_possible_claim_shows_the_earliest_date() -> None:
    out = run(haendelse_dato="10.11.2026", fravaer_foerste_dag="12.11.2026", mulig_erstatning=True)
    assert item(out, "arbejdsskade-anmeldelse")["due_date"] == "2026-11-24"


def test_no_absence_and_no_claim_waits_for_facts() -> None:
    notice = item(run(), "arbejdsskade-anmeldelse")
    assert notice["due"] is None and notice["waiting"]


def test_first_absence_day_assumed_when_only_days_given() -> None:
    notice = item(run(fravaer_dage=5), "arbejdsskade-anmeldelse")
    assert notice["due_date"] == "2026-12-05"  # 21.11 + 14
    assert any("dagen efter hændelsen" in a for a in notice["assumptions"])


def test_own_claim_one_year() -> None:
    own = item(run(), "arbejdsskade-eget-krav")
    assert own["due_date"] == "2027-11-20"
    assert own["who"] == "medarbejder"
    assert own["condition"]


# ------------------------------------------------------------ straffeloven §§ 93 and 96


@pytest.mark.parametrize(
    ("offence", "years"),
    [("strfl-121", 2), ("strfl-264a", 2), ("strfl-267", 2), ("strfl-119a", 5), ("strfl-242", 5),
     ("strfl-266", 5), ("strfl-268", 5), ("strfl-119", 10)],
)
def test_limitation_by_penalty_maximum(offence: str, years: int) -> None:
    out = run(offences=[offence])
    lim = item(out, f"foraeldelse:{offence}")
    assert lim["due_date"] == date(2026 + years, 11, 20).isoformat()
    assert lim["rule_key"] == "strfl-93"
    assert lim["offence"] == offence
    assert f"{years} år" in lim["explanation"]


def test_unknown_offence_is_an_input_error() -> None:
    out = api.handle({**BASE, "offences": ["strfl-999"]})
    assert out["ok"] is False
    assert out["errors"][0]["field"] == "offences"
    assert "Ukendt forbrydelse" in out["errors"][0]["message"]


def test_rule_without_penalty_is_not_an_offence() -> None:
    out = api.handle({**BASE, "offences": ["strfl-275"]})
    assert out["ok"] is False
    assert "strafferamme" in out["errors"][0]["message"]


def test_offences_are_deduplicated() -> None:
    out = run(offences=["strfl-121", "strfl-121"])
    assert ids(out).count("foraeldelse:strfl-121") == 1


def test_private_prosecution_six_months_from_knowledge() -> None:
    out = run(kendt_dato="31.08.2026", haendelse_dato="20.08.2026", offences=["strfl-267"])
    private = item(out, "privat-paatale")
    assert private["due_date"] == "2027-02-28"   # 31.8 + 6 months: February has no 31st
    assert private["rule_key"] == "strfl-96"
    assert "§ 267" in private["explanation"]


def test_private_prosecution_without_knowledge_date_explains_start() -> None:
    private = item(run(), "privat-paatale")
    assert private["due"] is None
    assert "når du ved, hvem der gjorde det" in private["waiting"]


def test_private_prosecution_absent_when_only_public_offences() -> None:
    out = run(offences=["strfl-119", "strfl-266"], kendt_dato="21.11.2026")
    assert "privat-paatale" not in ids(out)


def test_offence_before_the_provision_began_is_still_computed_and_noted() -> None:
    # Changed behaviour (E1): the deadline is computed with the oldest version and the note says why.
    out = run(now="2026-11-25T10:00", haendelse_dato="01.06.2021", offences=["strfl-242"])
    assert item(out, "foraeldelse:strfl-242")["due_date"] == "2026-06-01"
    note = next(n for n in out["notes"] if "§ 242" in n)
    assert "gælder fra 1. januar 2022" in note and "regnet fristen" in note
    assert not any("gjaldt ikke i den form" in n for n in out["notes"])


# ------------------------------------------------------------ GDPR and access to documents


@pytest.mark.parametrize(
    ("received", "first", "extended"),
    [
        ("31.01.2026", "2026-02-28", "2026-04-30"),
        ("31.01.2024", "2024-02-29", "2024-04-30"),
        ("15.11.2026", "2026-12-15", "2027-02-15"),
        ("30.11.2025", "2025-12-30", "2026-02-28"),
        ("31.08.2026", "2026-09-30", "2026-11-30"),
    ],
)
def test_gdpr_month_arithmetic(received: str, first: str, extended: str) -> None:
    out = run(anmodning_modtaget=received)
    assert item(out, "gdpr-svar")["due_date"] == first
    ext = item(out, "gdpr-forlaenget")
    assert ext["due_date"] == extended
    assert ext["condition"]


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("01.04.2026", "2026-04-15"),   # Easter 2026
        ("16.04.2025", "2025-04-30"),   # Easter 2025
        ("21.12.2026", "2026-12-31"),   # Christmas 2026: the 24th and 31st count
        ("19.12.2025", "2026-01-02"),   # Christmas and New Year
        ("01.05.2023", "2023-05-11"),   # store bededag 2023
        ("22.04.2024", "2024-05-01"),   # no store bededag in 2024
    ],
)
def test_access_to_documents_seven_working_days(received: str, due: str) -> None:
    out = run(now="2027-01-10T10:00", aktindsigt_modtaget=received)
    access = item(out, "aktindsigt")
    assert access["due_date"] == due
    assert access["unit"] == "arbejdsdage"
    assert access["assumptions"] and "Grundlovsdag" in access["assumptions"][0]


def test_access_names_the_skipped_holidays() -> None:
    access = item(run(aktindsigt_modtaget="01.04.2026"), "aktindsigt")
    assert "langfredag" in access["explanation"] and "2. påskedag" in access["explanation"]


# ------------------------------------------------------------ numbers come from the rules


def _patch_params(monkeypatch: pytest.MonkeyPatch, key: str, **params: int) -> None:
    real_at = rules.at

    def at(k: str, day: date):  # type: ignore[no-untyped-def]
        r = real_at(k, day)
        if k == key and r is not None:
            return dataclasses.replace(r, params={**r.params, **params})
        return r

    monkeypatch.setattr(rules, "at", at)


@pytest.mark.parametrize(
    ("key", "params", "changes", "ident", "due"),
    [
        ("offerst-10", {"hours": 48}, {}, "politianmeldelse", "2026-11-22T14:30:00+01:00"),
        ("offerst-13", {"years": 3}, {}, "erstatningsnaevnet", "2029-11-20T23:59:59+01:00"),
        ("arbskade-31", {"days": 7}, {"mulig_erstatning": True}, "arbejdsskade-anmeldelse", "2026-11-27T23:59:59+01:00"),
        ("arbskade-36", {"years": 2}, {}, "arbejdsskade-eget-krav", "2028-11-20T23:59:59+01:00"),
        ("strfl-96", {"months": 3}, {"kendt_dato": "21.11.2026"}, "privat-paatale", "2027-02-21T23:59:59+01:00"),
        ("strfl-93", {"up_to_1": 3}, {"offences": ["strfl-121"]}, "foraeldelse:strfl-121", "2029-11-20T23:59:59+01:00"),
        ("gdpr-12", {"months": 2}, {"anmodning_modtaget": "01.10.2026"}, "gdpr-svar", "2026-12-01T23:59:59+01:00"),
        ("offl-36", {"working_days": 2}, {"aktindsigt_modtaget": "20.11.2026"}, "aktindsigt", "2026-11-24T23:59:59+01:00"),
    ],
)
def test_numbers_are_read_from_the_rules(monkeypatch: pytest.MonkeyPatch, key: str, params: dict[str, int],
                                         changes: dict[str, Any], ident: str, due: str) -> None:
    _patch_params(monkeypatch, key, **params)
    d = item(run(**changes), ident)
    assert d["due"] == due
    assert d["params"][next(iter(params))] == params[next(iter(params))]


def test_item_params_equal_the_rule_version_params() -> None:
    out = run(mulig_erstatning=True, kendt_dato="21.11.2026", anmodning_modtaget="01.10.2026",
              aktindsigt_modtaget="20.11.2026", offences=["strfl-119a"])
    for d in out["deadlines"]:
        if d["rule_key"] and d["rule_version"]:
            day = date.fromisoformat(d["rule_date"])
            rule = rules.at(d["rule_key"], day)
            assert rule is not None
            assert d["params"] == dict(rule.params)
            assert d["rule_version"] == rule.valid_from.isoformat()
            assert d["reviewed"] == rule.reviewed.isoformat()
            assert d["source_url"] == rule.source.url


def test_every_item_carries_the_required_fields() -> None:
    out = run(mulig_erstatning=True, offences=["strfl-267"], anmodning_modtaget="01.10.2026",
              aktindsigt_modtaget="20.11.2026")
    required = {"id", "title", "todo", "due", "due_date", "end_of_day", "unit", "rule_key", "rule_version",
                "citation", "source_url", "reviewed", "confidence", "confidence_label", "explanation", "who",
                "who_label", "countdown", "assumptions", "condition", "waiting"}
    units = {"timer", "dage", "arbejdsdage", "måneder", "år", "ingen fast frist"}
    for d in out["deadlines"]:
        assert required <= d.keys(), d["id"]
        assert d["unit"] in units
        assert d["title"] and d["todo"] and d["explanation"]
        assert d["who"] in frister.WHO


def test_countdown_texts() -> None:
    out = run(now="2026-11-21T09:20")
    assert item(out, "politianmeldelse")["countdown"] == "om 2 dage og 5 timer"
    out = run(now="2026-11-23T11:20")
    assert item(out, "politianmeldelse")["countdown"] == "om 3 timer og 10 minutter"
    out = run(now="2026-11-27T14:30")
    assert item(out, "politianmeldelse")["countdown"] == "udløbet for 4 dage siden"
    assert item(out, "politianmeldelse")["expired"] is True


def test_old_incident_still_gets_every_deadline_and_says_older_wording_was_not_checked() -> None:
    # Changed behaviour (E1): an incident before the oldest compared text keeps its deadlines.
    out = run(now="2026-11-25T10:00", haendelse_dato="01.06.2010", haendelse_tid="12:00")
    assert item(out, "politianmeldelse")["due"] == "2010-06-04T12:00:00+02:00"
    assert item(out, "erstatningsnaevnet")["due_date"] == "2012-06-01"
    note = next(n for n in out["notes"] if "Politianmeldelse" in n)
    assert "18. november 2014" in note and "Ældre ordlyd er ikke tjekket" in note
    assert "Bemærk" in out["html"]
