"""«Er det strafbart?»: the graph is sound, and EVERY path gives the outcomes the spec below says.

The spec (`expected`) is written independently of chikane.flow's condition objects, as plain
if-statements from the legal reading, so a wrong condition in the flow makes these tests fail.
"""
from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chikane import api, flow, rules
from chikane.flow import check as flow_check
from chikane.errors import InputError
from chikane.flow.model import END

COVERING = list(flow_check.covering_paths())
RANDOM = [tuple(flow_check.random_path(random.Random(seed))) for seed in range(4000)]
COMBOS = list(flow_check.first_answer_paths(random.Random(7)))
PATHS = COVERING  # the covering set: every option of every question, each multi question once with all options
ALWAYS = {"registrer", "leder", "stoette"}


def expected(a: dict[str, str]) -> set[str]:
    """The outcomes for a complete set of answers, written as plain if-statements from the legal reading."""
    what = set(a["hvad"].split(","))
    threat = a.get("trussel_hvad")
    shared = set(a.get("delt_hvad", "").split(",")) - {""}
    said = set(a.get("skrevet_hvad", "").split(",")) - {""}
    group = set(a.get("gruppe_hvad", "").split(",")) - {""}
    online = a.get("platform") == "ja"
    job = a["hvem"] in ("borger", "arbejde", "ukendt")  # «ved ikke» keeps the rules for public employees in
    repeated = bool(what & {"opsoegt", "kontakt"}) and a.get("gentaget") == "ja"
    out: set[str] = set()
    # Danger: a threat, someone at your home or following you, your address out, a call to violence.
    home = bool(shared & {"adresse", "hus"})  # where you live is out: an address or a photo of the house
    if "trussel" in what or "opsoegt" in what or home or "vold" in group:
        out.add("fare")
    violence = threat in ("vold", "uklar") or "vold" in group
    if job and violence:
        out.add("trusler_ansat")          # § 119: threats of VIOLENCE only (review E3/F1)
    if job and threat == "pres":
        out.add("trusler_pres")           # § 119 stk. 2 (review F7)
    if threat in ("vold", "uklar", "andet_ondt"):
        out.add("trusler")                # § 266: any criminal act that causes serious fear
    if job and what & {"opsoegt", "kontakt", "delt", "falsk"}:
        out.add("chikane_ansat")          # § 119 a, also a fake profile (F4) and a public photo (E10)
    if repeated:
        out.add("stalking")
    if "hjemme" in shared:
        out.add("fotografering")          # § 264 a: taking the photo is enough (usability #4)
    if shared & {"privat", "hjemme"}:
        out.add("private_oplysninger")    # § 264 d: not for an address alone (E10/F9)
    if "falsk" in what:
        out.add("falsk_profil")
    insult = said & {"skaeldsord", "oprindelse", "ved_ikke"}
    if job and insult:
        out.add("haan_ansat")
    if insult or "beskyld" in said:
        out.add("aerekraenkelse")         # § 267 also for a job insult written about her (F2)
    if "beskyld" in said and a.get("sandt") == "nej":
        out.add("bagvaskelse")
    if "vold" in group:
        out.add("opfordring")             # § 266 a (F8)
    if "nedvaerdig" in group or ("oprindelse" in said and online):
        out.add("gruppe")
    if job and (threat in ("vold", "uklar", "andet_ondt") or shared & {"privat", "hjemme"} or said - {"kritik"}
                or repeated or "falsk" in what):
        out.add("skaerpende")             # § 81 nr. 14 (F12)
    criminal = out - {"fare"}
    if shared & {"adresse", "hus", "hjemme", "privat"}:
        out.add("datatilsynet")           # never for a meeting recording alone (item 6)
    if "optagelse" in what:
        out.add("optagelse")
    if "aktindsigt" in what:
        out.add("aktindsigt")
    if online and criminal:
        out.add("platform")               # a notice of ILLEGAL content only when something may be illegal (F5)
    if criminal:
        out.add("politi72")
    elif "kritik" in said or "kritik" in group:
        out.add("lovligt")
    else:
        out.add("ikke_strafbart")         # not «kritik» when nobody criticised (E12/F3)
    if job:
        out |= {"politihjaelp", "arbejdsskade"}  # ASL § 6 needs no crime (E6/F6)
    return out | ALWAYS | remedies(a, out)


def remedies(a: dict[str, str], out: set[str]) -> set[str]:
    """Remedies (issue 10 item 5), each where it applies."""
    what = set(a["hvad"].split(","))
    threat = a.get("trussel_hvad")
    shared = set(a.get("delt_hvad", "").split(",")) - {""}
    said = set(a.get("skrevet_hvad", "").split(",")) - {""}
    job = a["hvem"] in ("borger", "arbejde", "ukendt")
    citizen = a["hvem"] == "borger"
    criminal = bool(out & {"trusler_ansat", "trusler_pres", "trusler", "chikane_ansat", "stalking", "fotografering",
                           "private_oplysninger", "falsk_profil", "haan_ansat", "aerekraenkelse", "bagvaskelse",
                           "opfordring", "skaerpende", "gruppe"})
    got: set[str] = set()
    if what & {"trussel", "opsoegt", "kontakt"}:
        got.add("tilhold")
    home = bool(shared & {"adresse", "hus"})
    if home or "opsoegt" in what or threat in ("vold", "uklar", "andet_ondt"):
        got.add("adressebeskyttelse")
    if job and (what & {"trussel", "opsoegt", "kontakt"} or home):
        got.add("sikkerhed")
    if citizen and (what & {"trussel", "opsoegt", "kontakt", "delt", "falsk"} or said - {"kritik"}):
        got.add("habilitet")
    if citizen and what & {"trussel", "opsoegt", "kontakt"}:
        got.add("kontaktbegraensning")
    violence = threat in ("vold", "uklar") or "vold" in a.get("gruppe_hvad", "")
    if (job and (violence or threat == "pres")) or "stalking" in out:
        got.add("bistandsadvokat")   # rpl § 741 a: § 119 and §§ 242-246
    if criminal:
        got.add("offerraadgivning")
        if a["hvem"] == "ukendt":
            got.add("ukendt_gerningsmand")
    return got


def test_graph_is_sound():
    assert flow_check.problems() == []


def test_the_path_sets_are_what_they_say():
    assert len(COVERING) == len(set(COVERING)) > 5000
    assert len(COMBOS) == 2 ** len(flow.QUESTION_BY_ID["hvad"].options) - 1
    for path in RANDOM[:200] + COMBOS[:50]:
        assert flow.walk(path).next_question is None


@pytest.mark.parametrize("chunk", range(8))
def test_every_covering_path_gives_the_specified_outcomes(chunk):
    for path in COVERING[chunk::8]:
        answers = dict(path)
        got = {f.outcome.id for f in flow.evaluate(answers)}
        assert got == expected(answers), path


def test_every_combination_of_what_happened_and_random_paths_give_the_specified_outcomes():
    for path in COMBOS + RANDOM:
        answers = dict(path)
        assert {f.outcome.id for f in flow.evaluate(answers)} == expected(answers), path


def test_every_outcome_is_reachable():
    seen = set()
    for path in COVERING:
        seen |= {f.outcome.id for f in flow.evaluate(dict(path))}
    assert seen == {o.id for o in flow.OUTCOMES}


def test_danger_shows_112_before_any_question_and_first_in_the_result():
    first = api.handle({"tool": "flow", "state": ""})["html"]
    assert first.index('href="tel:112"') < first.index("<h2")
    assert 'href="tel:114"' in first
    # Someone waiting outside your home is danger, whatever was said: no threat question is needed.
    r = api.handle({"tool": "flow", "state": "hvad.opsoegt-gentaget.ja-hvem.borger"})
    assert r["outcomes"][0]["id"] == "fare"
    now = r["html"].split('id="flow-nu"')[1]
    assert now.index('href="tel:112"') < now.index("Gem beviser")
    # Every step, question or result, has the tappable 112.
    for path in COVERING[::503]:
        for i in range(len(path) + 1):
            html = api.handle({"tool": "flow", "state": flow.encode_state(path[:i])})["html"]
            assert 'href="tel:112"' in html


def test_a_threat_of_harm_that_is_not_violence_is_not_section_119():
    r = api.handle({"tool": "flow", "state": "hvad.trussel-trussel_hvad.andet_ondt-hvem.borger-platform.nej"})
    ids = {o["id"] for o in r["outcomes"]}
    assert "trusler" in ids and "trusler_ansat" not in ids and "strfl-119" not in r["offences"]


def test_a_photo_taken_through_the_window_is_not_lawful_even_if_not_shared():
    r = api.handle({"tool": "flow", "state": "hvad.delt-delt_hvad.hjemme-hvem.privat-platform.nej"})
    ids = {o["id"] for o in r["outcomes"]}
    assert "fotografering" in ids and "lovligt" not in ids and "kritik" not in r["html"].split("Gør dette nu")[0]


def test_lawful_text_says_kritik_only_when_the_answers_describe_criticism():
    for path in COVERING:
        a = dict(path)
        ids = {f.outcome.id for f in flow.evaluate(a)}
        if "lovligt" in ids:
            assert "kritik" in a.get("skrevet_hvad", "") or "kritik" in a.get("gruppe_hvad", "")


def test_never_advise_contacting_the_person_and_no_datatilsynet_beside_a_recording_alone():
    for path in COVERING[::41]:
        html = api.handle({"tool": "flow", "state": flow.encode_state(path)})["html"]
        assert "har lagt det ud, om" not in html and "Bed først den" not in html
    r = api.handle({"tool": "flow", "state": "hvad.optagelse-hvem.borger-platform.ja"})
    assert "datatilsynet" not in {o["id"] for o in r["outcomes"]}
    assert "ulovligt indhold" not in r["html"]


def test_one_wording_of_the_work_accident_threshold():
    r = api.handle({"tool": "flow", "state": "hvad.skrevet-skrevet_hvad.kritik-hvem.borger-platform.nej",
                    "today": "2026-11-25"})
    import re as _re
    found = set(_re.findall(r"sygemeldt i mindst \d+ dag(?:e)? ud over dagen for hændelsen", r["html"]))
    assert len(found) == 1, found


def test_none_chosen_in_a_multiple_choice_question_is_a_danish_error_by_the_question():
    for state in ("hvad.", "hvad.trussel-trussel_hvad.vold-hvem.borger-platform.nej-x.", "hvad.delt-delt_hvad."):
        r = api.handle({"tool": "flow", "state": state})
        assert r["ok"] is False
        assert "Start forfra" in r["errors"][0]["message"] or "Vælg mindst én" in r["errors"][0]["message"]
    r = api.handle({"tool": "flow", "state": "hvad.delt-delt_hvad."})
    assert r["errors"][0]["field"] == "delt_hvad" and "Vælg mindst én" in r["errors"][0]["message"]


@pytest.mark.parametrize("state", ["hvad.delt,trussel", "hvad.trussel,trussel", "hvad.trussel-trussel_hvad.vold,pres"])
def test_multiple_choice_answers_must_be_in_order_once_and_only_where_allowed(state):
    r = api.handle({"tool": "flow", "state": state})
    assert r["ok"] is False and "Start forfra" in r["errors"][0]["message"]


RICHEST = max(COVERING, key=lambda p: len(flow.evaluate(dict(p))))


def test_pure_criticism_is_lawful_and_explained():
    path = [("hvad", "skrevet"), ("skrevet_hvad", "kritik"), ("hvem", "privat"), ("platform", "nej")]
    r = api.handle({"tool": "flow", "state": flow.encode_state(path)})
    assert r["ok"] and r["complete"]
    kinds = {o["id"]: o["kind"] for o in r["outcomes"]}
    assert kinds["lovligt"] == "lovligt"
    assert "strafbart" not in kinds.values()
    assert "tåle mere" in r["html"] and "ikke strafbart" in r["html"]
    assert set(kinds) == ALWAYS | {"lovligt"} | remedies(dict(path), set(kinds))  # not work: no employer duty


def test_why_names_only_answers_given():
    for path in PATHS[::97]:
        answers = dict(path)
        for f in flow.evaluate(answers):
            for qid, oid in f.reasons:
                assert oid in answers[qid].split(",")


def test_result_cites_every_rule_with_source_and_dates():
    state = flow.encode_state(RICHEST)
    r = api.handle({"tool": "flow", "state": state})
    for o in r["outcomes"]:
        for key in o["rules"]:
            rule = rules.versions(key)[-1]
            assert rule.source.url in r["html"], key
            assert rule.section in r["html"], key
    assert "senest gennemgået" in r["html"]


def test_offences_prefill_only_criminal_rules_with_penalties():
    r = api.handle({"tool": "flow", "state": flow.encode_state(RICHEST)})
    assert r["offences"] and all(rules.versions(k)[-1].max_penalty_years for k in r["offences"])
    assert "strfl-275" not in r["offences"]
    assert "#offences=" + ",".join(r["offences"]) in r["html"]


@pytest.mark.parametrize("question", flow.QUESTIONS, ids=lambda q: q.id)
def test_each_question_asks_only_after_the_questions_it_depends_on(question):
    from chikane.flow.model import answered_leaves

    earlier = [q.id for q in flow.QUESTIONS[: flow.QUESTIONS.index(question)]]
    for leaf in answered_leaves(question.ask_if) if question.ask_if else ():
        assert leaf.question in earlier  # so the flow only moves forward: no cycle, always an end


def test_follow_ups_are_asked_only_for_what_was_chosen():
    # A threat against your children: three questions, not ten.
    w = flow.walk([("hvad", "trussel"), ("trussel_hvad", "vold"), ("hvem", "borger"), ("platform", "nej")])
    assert w.next_question is None
    w = flow.walk([("hvad", "aktindsigt"), ("hvem", "borger")])
    assert w.next_question is None


def test_walk_step_by_step_matches_state_parsing():
    for path in PATHS[::211]:
        for i in range(len(path) + 1):
            w = flow.parse_state(flow.encode_state(path[:i]))
            assert w.answers == path[:i]
            if i < len(path):
                assert w.next_question.id == path[i][0]
            else:
                assert w.next_question is None


@pytest.mark.parametrize(
    "state",
    ["x", "hvad.maaske", "hvem.borger", "hvad.trussel-hvad.trussel", "hvad.trussel-trussel_hvad.vold-trussel_hvad.vold",
     "<script>", "hvad.trussel--trussel_hvad.vold", "a" * 5000, 42, ["hvad.trussel"], {"a": 1}, "hvad.,trussel",
     "hvad.trussel,", "arbejde.ja"],
)
def test_tampered_state_gives_a_danish_error(state):
    r = api.handle({"tool": "flow", "state": state})
    assert r["ok"] is False
    msg = r["errors"][0]["message"]
    assert msg and "Traceback" not in msg and ("Start forfra" in msg or "tekst" in msg)


def test_state_after_the_end_is_rejected():
    state = flow.encode_state(RICHEST) + "-platform.ja"
    r = api.handle({"tool": "flow", "state": state})
    assert r["ok"] is False


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_state_gives_ok_or_danish_error(text):
    r = json.loads(api.handle_json(json.dumps({"tool": "flow", "state": text})))
    assert r["ok"] in (True, False)
    if not r["ok"]:
        assert "uventet" not in r["errors"][0]["message"]


def test_markup_never_reaches_html_unescaped():
    r = api.handle({"tool": "flow", "state": "", "workplace": {"navn": "<img src=x onerror=alert(1)>",
                                                                 "haendelsessystem": "<b>x</b>"}})
    assert r["ok"]
    full = api.handle({"tool": "flow", "state": flow.encode_state(RICHEST),
                       "workplace": {"haendelsessystem": "<b>x</b>"}})
    assert "<b>x</b>" not in full["html"] and "&lt;b&gt;x&lt;/b&gt;" in full["html"]


def test_deterministic():
    req = {"tool": "flow", "state": flow.encode_state(PATHS[123]), "today": "2026-11-25"}
    assert api.handle_json(json.dumps(req)) == api.handle_json(json.dumps(req))


def test_bad_today_is_a_danish_error():
    r = api.handle({"tool": "flow", "state": "", "today": "i går"})
    assert r["ok"] is False and "ÅÅÅÅ-MM-DD" in r["errors"][0]["message"]


def test_input_error_is_the_only_error_type():
    with pytest.raises(InputError):
        flow.parse_state("arbejde.ja-haan.ja")


# --- lookahead: what the browser shows the moment an option is chosen -----------

LOOKAHEAD_STATES = ["hvad.trussel", "hvad.trussel,opsoegt-trussel_hvad.vold", flow.encode_state(PATHS[0][:-1]),
                    flow.encode_state(PATHS[-1][:-1])]


@pytest.mark.parametrize("state", LOOKAHEAD_STATES)
def test_lookahead_holds_the_same_answer_as_asking_for_each_option(state):
    base = {"tool": "flow", "workplace": {"navn": "Jobcenter Syd"}, "today": "2026-11-25"}
    r = api.handle({**base, "state": state, "lookahead": True})
    w = flow.parse_state(state)
    options = [flow.encode_state(w.answers + ((w.next_question.id, o.id),)) for o in w.next_question.options]
    assert list(r["next"]) == options
    for s, answer in r["next"].items():
        assert answer == api.handle({**base, "state": s}), s
        assert "next" not in answer  # one step only: the shell asks again after showing it
    # Without lookahead the answer is unchanged.
    assert {k: v for k, v in r.items() if k != "next"} == api.handle({**base, "state": state})


def test_lookahead_reaches_results():
    # The last question's options lead to results; those must be there too.
    r = api.handle({"tool": "flow", "state": LOOKAHEAD_STATES[2], "lookahead": True})
    assert r["next"] and all(a["complete"] for a in r["next"].values())


def test_lookahead_is_empty_for_a_multiple_choice_question_and_after_the_last_answer():
    r = api.handle({"tool": "flow", "state": "", "lookahead": True})
    assert r["ok"] and not r["complete"] and r["next"] == {}
    r = api.handle({"tool": "flow", "state": flow.encode_state(PATHS[0]), "lookahead": True})
    assert r["ok"] and r["complete"] and r["next"] == {}


@pytest.mark.parametrize("bad", ["ja", 1, None, []])
def test_lookahead_must_be_true_or_false(bad):
    r = api.handle({"tool": "flow", "state": "", "lookahead": bad})
    assert r["ok"] is False and r["errors"][0]["field"] == "lookahead"
    assert "true eller false" in r["errors"][0]["message"]


def test_the_question_measurement_names_every_question():
    from pathlib import Path

    doc = (Path(flow.__file__).parent / "spoergsmaal.md").read_text(encoding="utf-8")
    for q in flow.QUESTIONS:
        assert f"| `{q.id}` |" in doc, q.id  # a row of the table for each question
