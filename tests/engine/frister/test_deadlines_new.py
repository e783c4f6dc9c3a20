"""The deadlines added in December 2026, computed by hand from the primary texts.

- BEK 799/2022 § 1 (Arbejdstilsynet): »senest 14 dage efter første fraværsdag«, when absence is 1 day or more beyond
  the injury day; BEK 1990/2020 § 1 before 1.7.2022: »inden 9 dage efter første fraværsdag«.
- Retsplejeloven § 102 stk. 1: »4 uger efter, at klageren har fået meddelelse om afgørelsen«.
- Arbejdsskadesikringsloven § 44 stk. 2: »inden 4 uger efter, at klageren har modtaget afgørelsen«.
- Offererstatningsloven § 13 stk. 2: 2 years »fra tidspunktet for politiets afgørelse om indstilling af efterforskningen«.
- Straffeloven § 93 stk. 4: the longest period applies to all offences committed by the same act.
"""
from __future__ import annotations

from typing import Any

import pytest

from chikane import api

from deadline_request import BASE, ids, item, run



@pytest.mark.parametrize(
    ("incident", "first_absence", "days", "due", "rule_version"),
    [
        ("20.11.2026", "23.11.2026", None, "2026-12-07", "2022-07-01"),  # 23.11 + 14 days
        ("20.11.2026", "21.11.2026", 1, "2026-12-05", "2022-07-01"),     # 1 day is enough (not 3 as for ASL from 2026)
        ("10.03.2022", "11.03.2022", 2, "2022-03-20", "2021-01-01"),     # BEK 1990/2020: 11.3 + 9 days
        ("30.06.2022", "01.07.2022", 2, "2022-07-10", "2021-01-01"),     # keyed to the incident day: old rule
    ],
)
def test_arbejdstilsynet_report_by_hand(incident: str, first_absence: str, days: int | None, due: str,
                                        rule_version: str) -> None:
    out = run(now="2026-12-01T10:00", haendelse_dato=incident, fravaer_foerste_dag=first_absence, fravaer_dage=days)
    at = item(out, "arbejdstilsynet-anmeldelse")
    assert at["due_date"] == due
    assert at["rule_key"] == "at-anmeldelse" and at["rule_version"] == rule_version
    assert at["who"] == "arbejdsgiver"


def test_arbejdstilsynet_report_is_separate_from_the_ases_three_days() -> None:
    # After 1.7.2026 ASL § 31 asks for 3 days' absence; BEK 799/2022 still asks for 1 day.
    out = run(now="2026-12-01T10:00", haendelse_dato="20.11.2026", fravaer_foerste_dag="21.11.2026", fravaer_dage=2)
    assert item(out, "arbejdstilsynet-anmeldelse")["due_date"] == "2026-12-05"
    assert item(out, "arbejdsskade-anmeldelse")["due"] is None


def test_arbejdstilsynet_waits_without_absence() -> None:
    at = item(run(), "arbejdstilsynet-anmeldelse")
    assert at["due"] is None and "fravær" in at["waiting"]
    at0 = item(run(fravaer_dage=0), "arbejdstilsynet-anmeldelse")
    assert at0["due"] is None and "ingen pligt" in at0["waiting"]


@pytest.mark.parametrize(
    ("kind", "decision", "notice", "complaint_due", "board_due"),
    [
        ("indstillet", "01.12.2026", None, "2026-12-29", "2028-12-01"),         # 1.12 + 28 days; 1.12 + 2 years
        ("indstillet", "25.11.2026", "30.11.2026", "2026-12-28", "2028-11-25"),  # complaint from the notice, board from the decision
        ("afvist", "25.11.2026", "27.11.2026", "2026-12-25", None),              # rejected without investigation: no move
        ("opgivet", "29.01.2027", None, "2027-02-26", None),                     # påtaleopgivelse (§ 724)
    ],
)
def test_police_decision_by_hand(kind: str, decision: str, notice: str | None, complaint_due: str,
                                 board_due: str | None) -> None:
    out = run(now="2027-01-30T10:00", politi_afgoerelse=kind, politi_afgoerelse_dato=decision,
              politi_meddelelse_dato=notice)
    complaint = item(out, "klage-politi")
    assert complaint["due_date"] == complaint_due
    assert complaint["rule_key"] == "rpl-102"
    assert item(out, "erstatningsnaevnet")["due_date"] == "2028-11-20"   # always: 2 years from the offence
    if board_due:
        assert item(out, "erstatningsnaevnet-indstillet")["due_date"] == board_due
    else:
        assert "erstatningsnaevnet-indstillet" not in ids(out)


def test_police_complaint_without_notice_day_counts_from_the_decision_and_says_so() -> None:
    complaint = item(run(politi_afgoerelse="indstillet", politi_afgoerelse_dato="21.11.2026"), "klage-politi")
    assert complaint["due_date"] == "2026-12-19"
    assert any("datoen på afgørelsen" in a for a in complaint["assumptions"])


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"politi_afgoerelse_dato": "21.11.2026"}, "politi_afgoerelse", "Vælg, hvad politiet har besluttet"),
        ({"politi_afgoerelse": "indstillet"}, "politi_afgoerelse_dato", "Skriv datoen"),
        ({"politi_afgoerelse": "lukket", "politi_afgoerelse_dato": "21.11.2026"}, "politi_afgoerelse", "Vælg"),
        ({"politi_afgoerelse": "afvist", "politi_afgoerelse_dato": "19.11.2026"}, "politi_afgoerelse_dato", "før hændelsen"),
        ({"politi_afgoerelse": "afvist", "politi_afgoerelse_dato": "24.11.2026", "politi_meddelelse_dato": "22.11.2026"},
         "politi_meddelelse_dato", "før den blev truffet"),
        ({"aes_afgoerelse_modtaget": "30.11.2026"}, "aes_afgoerelse_modtaget", "efter i dag"),
    ],
)
def test_police_and_aes_input_errors_name_the_field(changes: dict[str, Any], field: str, words: str) -> None:
    out = api.handle({**BASE, **changes})
    assert out["ok"] is False
    assert any(e["field"] == field and words in e["message"] for e in out["errors"]), out["errors"]


@pytest.mark.parametrize(("received", "due"), [("02.12.2026", "2026-12-30"), ("31.01.2027", "2027-02-28")])
def test_aes_complaint_four_weeks(received: str, due: str) -> None:
    out = run(now="2027-02-01T10:00", aes_afgoerelse_modtaget=received)
    aes = item(out, "klage-aes")
    assert aes["due_date"] == due
    assert aes["rule_key"] == "arbskade-44"


def test_longest_limitation_is_named_for_the_same_act() -> None:
    # § 121 (max 1 year → 2 years) and § 119 a (max 2 years → 5 years): § 93 stk. 4 gives 5 years for both.
    out = run(offences=["strfl-121", "strfl-119a"])
    lim_121 = item(out, "foraeldelse:strfl-121")
    assert lim_121["due_date"] == "2028-11-20"
    assert "§ 93, stk. 4" in lim_121["explanation"] and "20. november 2031" in lim_121["explanation"]
    assert "§ 93, stk. 4" not in item(out, "foraeldelse:strfl-119a")["explanation"]


def test_limitation_items_are_marked_and_explained_as_not_in_the_calendar() -> None:
    out = run(offences=["strfl-267"])
    assert item(out, "foraeldelse:strfl-267")["limitation"] is True
    assert "kommer ikke med i kalenderfilen" in out["html"]
    assert "kommer ikke med i kalenderfilen" not in run(offences=["strfl-267"], foraeldelse_i_kalender=True)["html"]
