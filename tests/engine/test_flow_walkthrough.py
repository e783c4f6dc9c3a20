"""What a frightened caseworker met in a walkthrough (issue 10, part 2)."""
from __future__ import annotations

import re

from chikane import api, flow
from chikane.flow import check as flow_check

COVERING = list(flow_check.covering_paths())


def progress(state: str) -> str:
    html = api.handle({"tool": "flow", "state": state, "today": "2026-11-25"})["html"]
    return re.search(r'<p class="flow-progress">([^<]*)</p>', html).group(1)


def test_the_progress_line_never_jumps():
    # The first question has no total: how many follow it depends on its answer.
    assert progress("") == "Spørgsmål 1"
    for path in COVERING[::37]:
        totals = []
        for i in range(1, len(path)):
            m = re.fullmatch(r"Spørgsmål (\d+) af højst (\d+)", progress(flow.encode_state(path[:i])))
            assert m and int(m.group(1)) == i + 1, path[:i]
            totals.append(int(m.group(2)))
        # Once known, «højst N» stays the same to the end, and is honest: never fewer than asked.
        assert len(set(totals)) <= 1, (path, totals)
        assert all(t >= len(path) for t in totals), (path, totals)


def test_a_photo_of_your_house_taken_from_the_street_leads_to_the_address_path():
    options = {o.id: o for o in flow.QUESTION_BY_ID["delt_hvad"].options}
    assert "hus" in options and "gaden" in (options["hus"].label + options["hus"].hint)
    for state, work in (("hvad.delt-delt_hvad.hus-hvem.borger-platform.ja", True),
                        ("hvad.delt-delt_hvad.hus-hvem.privat-platform.nej", False)):
        ids = {o["id"] for o in api.handle({"tool": "flow", "state": state})["outcomes"]}
        address = {o["id"] for o in api.handle(
            {"tool": "flow", "state": state.replace("delt_hvad.hus", "delt_hvad.adresse")})["outcomes"]}
        assert ids == address, ids ^ address  # where you live is out: the same as your address
        assert {"fare", "adressebeskyttelse", "datatilsynet"} <= ids
        assert ("sikkerhed" in ids) == work and ("chikane_ansat" in ids) == work
        # Taken from the street, not in your home: not § 264 a, and not your private life.
        assert not ids & {"fotografering", "private_oplysninger"}


def _now(state: str) -> str:
    html = api.handle({"tool": "flow", "state": state, "today": "2026-11-25"})["html"]
    return html.split('id="flow-nu"')[1].split("</section>")[0]


def test_being_taken_off_the_case_is_for_today_when_threatened_or_your_address_is_out():
    for state in ("hvad.trussel-trussel_hvad.vold-hvem.borger-platform.nej",
                  "hvad.delt-delt_hvad.adresse-hvem.borger-platform.ja",
                  "hvad.delt-delt_hvad.hus-hvem.borger-platform.ja",
                  "hvad.opsoegt-gentaget.en_gang-hvem.borger"):
        now = _now(state)
        assert "en kollega overtager borgerens sag" in now, state
    # Someone angry about the work, not a citizen with a case: other tasks, today.
    assert "andre opgaver" in _now("hvad.trussel-trussel_hvad.vold-hvem.arbejde-platform.nej")
    # Criticism, or a threat from someone private: not a step for today.
    for state in ("hvad.skrevet-skrevet_hvad.kritik-hvem.borger-platform.nej",
                  "hvad.trussel-trussel_hvad.vold-hvem.privat-platform.nej"):
        now = _now(state)
        assert "overtager borgerens sag" not in now and "andre opgaver" not in now, state


def _edit_link(html: str, qid: str) -> str:
    m = re.search(rf'<a href="trin/{qid}/" class="flow-edit" data-svar="([^"]*)">Ret svaret</a>', html)
    return m.group(1)


def _option_state(html: str, label: str) -> str:
    m = re.search(rf'<a href="[^"]*" class="md-button flow-option" data-svar="([^"]*)">{re.escape(label)}</a>', html)
    return m.group(1)


def test_changing_an_answer_keeps_every_later_answer_still_asked():
    full = "hvad.trussel-trussel_hvad.vold-hvem.borger-platform.nej"
    result = api.handle({"tool": "flow", "state": full})["html"]
    # «Ret svaret» on «Hvem står bag?» asks it again, the old answer shown, the later answer kept.
    again = api.handle({"tool": "flow", "state": _edit_link(result, "hvem"), "lookahead": True})
    assert again["ok"] and again["question"] == "hvem"
    assert "En borger, jeg har eller har haft en sag med" in again["html"].split("flow-options")[0]
    new = _option_state(again["html"], "En, jeg kender privat. Det har intet med mit arbejde at gøre")
    r = api.handle({"tool": "flow", "state": new})
    assert r["complete"] and r["state"] == "hvad.trussel-trussel_hvad.vold-hvem.privat-platform.nej"
    assert new in again["next"] and again["next"][new] == r  # shown at once on a tap, as any answer
    # A change of the first question keeps what is still asked and asks only what is new.
    first = api.handle({"tool": "flow", "state": _edit_link(result, "hvad")})
    assert 'value="trussel" id="valg-trussel" checked' in first["html"]  # the ticked boxes stay ticked
    base = re.search(r'data-base="([^"]*)"', first["html"]).group(1)
    r = api.handle({"tool": "flow", "state": base + "-hvad.trussel,kontakt"})
    assert r["ok"] and r["question"] == "gentaget"  # the one new question
    # The answers after it are still carried, for when it is answered.
    assert r["state"] == "hvad.trussel,kontakt-trussel_hvad.vold-hvem.borger-platform.nej-ret.gentaget"
    r = api.handle({"tool": "flow", "state": r["state"] + "-gentaget.ja"})
    assert r["complete"] and r["state"] == "hvad.trussel,kontakt-trussel_hvad.vold-gentaget.ja-hvem.borger-platform.nej"
    # An answer no longer asked is dropped: no threat, no threat question.
    r = api.handle({"tool": "flow", "state": base + "-hvad.skrevet"})
    assert r["question"] == "skrevet_hvad" and "trussel_hvad" not in r["state"] and "hvem.borger" in r["state"]


def test_an_edit_state_that_does_not_fit_is_a_danish_error():
    for state in ("hvad.trussel-ret.hvem", "ret.hvad", "hvad.trussel-trussel_hvad.vold-ret.hvad-trussel_hvad.vold",
                  "hvad.trussel-ret.hvad-hvad.trussel-hvem.borger", "hvad.trussel-ret.hvad-ret.hvad",
                  "hvad.trussel-hvem.nonsense-ret.hvad", "hvad.trussel-hvem.borger-hvem.borger-ret.hvad",
                  "hvem.borger-hvad.trussel-ret.hvad", "hvad.trussel-ret.ukendt"):
        r = api.handle({"tool": "flow", "state": state})
        assert r["ok"] is False and "Start forfra" in r["errors"][0]["message"], state
    r = api.handle({"tool": "flow", "state": "hvad.trussel-trussel_hvad.vold-ret.hvad-hvad."})
    assert r["ok"] is False and r["errors"][0]["field"] == "hvad"
