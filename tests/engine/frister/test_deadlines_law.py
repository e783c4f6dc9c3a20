"""Deadlines computed by hand from the primary texts (retsinformation seed), one row per case.

Each row names the provision and the arithmetic, so a reader can check the expected date against the law text:
- strfl. § 96, stk. 1: »inden 6 måneder efter, at han har fået sådan kundskab« (same day number, 6 months later);
- strfl. § 93, stk. 1: 2 years (max 1 year), 5 years (max 4 years), 10 years (max 10 years); stk. 4: the longest
  period applies to all offences committed by the same act;
- offerst. § 13, stk. 1: 2 years from the offence; stk. 3 only for the voldsskadeforsikring (ASL § 49 b, stk. 1).
"""
from __future__ import annotations

from typing import Any

import pytest

from chikane import api

from deadline_request import BASE, ids, item, run



# E1: the review's case. Now 1.12.2026, incident 1.10.2025, identity known 1.6.2026, § 267.
# § 96: 1.6.2026 + 6 months = 1.12.2026 (today). § 93 nr. 1 (max 1 year): 1.10.2025 + 2 years = 1.10.2027.
@pytest.mark.parametrize(
    ("incident", "known", "offence", "private_due", "limitation_due"),
    [
        ("01.10.2025", "01.06.2026", "strfl-267", "2026-12-01", "2027-10-01"),   # the review's case
        ("15.03.2020", "20.03.2020", "strfl-264d", "2020-09-20", "2022-03-15"),  # § 264 d stk. 1: 6 months max → 2 years
        ("31.08.2021", "31.08.2021", "strfl-268", "2022-02-28", "2026-08-31"),   # § 268: 2 years max → 5 years; Feb has no 31st
        ("01.02.2008", "01.02.2008", "strfl-264a", "2008-08-01", "2010-02-01"),  # before LBK 2019: still computed
        ("10.10.2025", "10.10.2025", "strfl-264d-2", "2026-04-10", "2030-10-10"),  # § 264 d stk. 2: 3 years max → 5 years
    ],
)
def test_private_case_and_limitation_by_hand(incident: str, known: str, offence: str, private_due: str,
                                             limitation_due: str) -> None:
    out = run(now="2026-12-01T09:00", haendelse_dato=incident, haendelse_tid=None, kendt_dato=known,
              offences=[offence])
    assert item(out, "privat-paatale")["due_date"] == private_due
    assert item(out, f"foraeldelse:{offence}")["due_date"] == limitation_due
    assert not any("gjaldt ikke" in n or "kender kun" in n for n in out["notes"])


def test_a_private_case_is_brought_by_her_and_the_charge_step_is_told_only_for_a_police_case() -> None:
    # § 267 is hers to bring (§ 275): she cannot «give the suspect word of the charge»; § 266 is the police's.
    out = run(now="2026-12-01T09:00", haendelse_dato="01.10.2025", haendelse_tid=None, kendt_dato="01.06.2026",
              offences=["strfl-267", "strfl-266"])
    private, public = item(out, "foraeldelse:strfl-267"), item(out, "foraeldelse:strfl-266")
    assert private["who_label"] == "Du selv (privat straffesag)" and "sigtelsen" not in private["todo"]
    assert private["todo"].startswith("Anlæg sagen ved retten")
    assert public["who_label"] == "Politiet og anklagemyndigheden" and "politiet kan nå at sigte" in public["todo"]


def test_review_case_deadline_is_today_and_not_expired() -> None:
    out = run(now="2026-12-01T09:00", haendelse_dato="01.10.2025", haendelse_tid=None, kendt_dato="01.06.2026",
              offences=["strfl-267"])
    private = item(out, "privat-paatale")
    assert private["expired"] is False
    assert private["due"] == "2026-12-01T23:59:59+01:00" or private["due_date"] == "2026-12-01"


@pytest.mark.parametrize(
    ("incident", "key", "expected_note"),
    [
        ("01.06.2005", "strfl-96", "Vi har sammenlignet ordlyden tilbage til 23. oktober 2007"),
        ("01.06.2005", "strfl-93", "Vi har sammenlignet ordlyden tilbage til 23. oktober 2007"),
    ],
)
def test_before_the_oldest_compared_text_says_so_and_still_computes(incident: str, key: str, expected_note: str) -> None:
    out = run(now="2026-12-01T09:00", haendelse_dato=incident, haendelse_tid=None, kendt_dato=incident,
              offences=["strfl-267"])
    assert item(out, "privat-paatale")["due_date"] == "2005-12-01"
    assert item(out, "foraeldelse:strfl-267")["due_date"] == "2007-06-01"
    assert any(expected_note in n for n in out["notes"])


# E2: the 2-year deadline (offerst. § 13) moves only for a voldsskadeforsikring refusal.
def test_board_text_limits_the_insurer_rule_to_the_voldsskadeforsikring() -> None:
    board = item(run(), "erstatningsnaevnet")
    assert board["due_date"] == "2028-11-20"   # 20.11.2026 + 2 years
    text = board["explanation"]
    assert "voldsskadeforsikringen" in text and "§ 49 b, stk. 1" in text
    assert "almindelig arbejdsskade flytter ikke fristen" in text


# E24: offerst. § 10 as it read in LBK 1209/2014 (stk. 1-3) and in LBK 1400/2025 (stk. 1-5); 72 hours in both.
@pytest.mark.parametrize(
    ("incident", "version", "due"),
    [("10.03.2020", "2014-11-18", "2020-03-13T00:00:00+01:00"), ("27.11.2025", "2025-11-26", "2025-11-30T00:00:00+01:00")],
)
def test_police_report_version_by_incident_day(incident: str, version: str, due: str) -> None:
    police = item(run(now="2026-12-01T09:00", haendelse_dato=incident, haendelse_tid=None), "politianmeldelse")
    assert police["rule_version"] == version
    assert police["due"] == due
