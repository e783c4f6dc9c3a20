"""«Er det strafbart?»: the graph is sound, and EVERY path gives the outcomes the spec below says.

The spec (`expected`) is written independently of chikane.flow's condition objects, as plain
if-statements from the legal reading, so a wrong condition in the flow makes these tests fail.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chikane import api, flow, flow_check, rules
from chikane.errors import InputError
from chikane.flow_model import END

PATHS = list(flow_check.all_paths())
ALWAYS = {"registrer", "leder", "stoette"}


def expected(a: dict[str, str]) -> set[str]:
    job = a["arbejde"] == "ja"
    out: set[str] = set()
    if a["trussel"] == "ja":
        out.add("trusler")
        if job:
            out.add("trusler_ansat")
    if a["private"] == "ja":
        out |= {"private_oplysninger", "datatilsynet"}
        if a.get("privat_sted") == "ja":
            out.add("fotografering")
    if job and (a["private"] == "ja" or a["kontakt"] == "ja"):
        out.add("chikane_ansat")
    if a["kontakt"] == "ja" and a.get("systematisk") == "ja":
        out.add("stalking")
    if a["anklage"] in ("usand", "uvis") or (not job and a["haan"] == "ja"):
        out.add("aerekraenkelse")
    if a["anklage"] == "usand":
        out.add("bagvaskelse")
    if job and a["haan"] == "ja":
        out.add("haan_ansat")
    if a["gruppe"] == "ja":
        out.add("gruppe")
    if a["falsk_profil"] == "ja":
        out.add("falsk_profil")
    if a["optagelse"] == "ja":
        out |= {"optagelse", "datatilsynet"}
    if a["platform"] == "ja":
        out.add("platform")
    if job:
        out.add("politihjaelp")  # the employer's duty (BEK 1406/2020 § 34) concerns work-related incidents
    criminal = out & {o.id for o in flow.OUTCOMES if o.kind == "strafbart"}
    if criminal:
        out.add("politi72")
        if job:
            out.add("arbejdsskade")
    else:
        out.add("lovligt")
    return out | ALWAYS


def test_graph_is_sound():
    assert flow_check.problems() == []


def test_path_count_is_complete():
    # 2 (arbejde) x 2 x 3 (private: nej / ja+sted ja / ja+sted nej) x 3 x 2 x 2 x 3 (kontakt) x 2 x 2 x 2
    assert len(PATHS) == 2 * 2 * 3 * 3 * 2 * 2 * 3 * 2 * 2 * 2 == 3456


@pytest.mark.parametrize("chunk", range(8))
def test_every_path_gives_the_specified_outcomes(chunk):
    for path in PATHS[chunk::8]:
        answers = dict(path)
        got = {f.outcome.id for f in flow.evaluate(answers)}
        assert got == expected(answers), path


def test_every_outcome_is_reachable():
    seen = set()
    for path in PATHS:
        seen |= {f.outcome.id for f in flow.evaluate(dict(path))}
    assert seen == {o.id for o in flow.OUTCOMES}


def test_pure_criticism_is_lawful_and_explained():
    path = [(q.id, "nej") for q in flow.QUESTIONS if q.id not in ("privat_sted", "systematisk")]
    r = api.handle({"tool": "flow", "state": flow.encode_state(path)})
    assert r["ok"] and r["complete"]
    kinds = {o["id"]: o["kind"] for o in r["outcomes"]}
    assert kinds["lovligt"] == "lovligt"
    assert "strafbart" not in kinds.values()
    assert "tåle mere" in r["html"] and "ikke strafbart" in r["html"]
    assert set(kinds) == ALWAYS | {"lovligt"}  # arbejde=nej: no employer duty under BEK 1406/2020


def test_why_names_only_answers_given():
    for path in PATHS[::97]:
        answers = dict(path)
        for f in flow.evaluate(answers):
            for qid, oid in f.reasons:
                assert answers[qid] == oid


def test_result_cites_every_rule_with_source_and_dates():
    state = flow.encode_state(PATHS[0])  # all "ja": the richest result
    r = api.handle({"tool": "flow", "state": state})
    for o in r["outcomes"]:
        for key in o["rules"]:
            rule = rules.versions(key)[-1]
            assert rule.source.url in r["html"], key
            assert rule.section in r["html"], key
    assert "senest gennemgået" in r["html"]


def test_offences_prefill_only_criminal_rules_with_penalties():
    r = api.handle({"tool": "flow", "state": flow.encode_state(PATHS[0])})
    assert r["offences"] and all(rules.versions(k)[-1].max_penalty_years for k in r["offences"])
    assert "strfl-275" not in r["offences"]
    assert "#offences=" + ",".join(r["offences"]) in r["html"]


@pytest.mark.parametrize("question", flow.QUESTIONS, ids=lambda q: q.id)
def test_each_node_leads_to_a_question_or_the_end(question):
    for o in question.options:
        assert o.next == END or o.next in flow.QUESTION_BY_ID


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
    ["x", "arbejde.maaske", "trussel.ja", "arbejde.ja-arbejde.ja", "arbejde.ja-trussel.ja-trussel.ja",
     "<script>", "arbejde.ja--trussel.ja", "a" * 5000, 42, ["arbejde.ja"], {"a": 1}],
)
def test_tampered_state_gives_a_danish_error(state):
    r = api.handle({"tool": "flow", "state": state})
    assert r["ok"] is False
    msg = r["errors"][0]["message"]
    assert msg and "Traceback" not in msg and ("Start forfra" in msg or "tekst" in msg)


def test_state_after_the_end_is_rejected():
    state = flow.encode_state(PATHS[0]) + "-platform.ja"
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
    full = api.handle({"tool": "flow", "state": flow.encode_state(PATHS[-1]),
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

LOOKAHEAD_STATES = ["", "arbejde.ja", flow.encode_state(PATHS[0][:-1]), flow.encode_state(PATHS[-1][:-1])]


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


def test_lookahead_after_the_last_answer_is_empty():
    r = api.handle({"tool": "flow", "state": flow.encode_state(PATHS[0]), "lookahead": True})
    assert r["ok"] and r["complete"] and r["next"] == {}


@pytest.mark.parametrize("bad", ["ja", 1, None, []])
def test_lookahead_must_be_true_or_false(bad):
    r = api.handle({"tool": "flow", "state": "", "lookahead": bad})
    assert r["ok"] is False and r["errors"][0]["field"] == "lookahead"
    assert "true eller false" in r["errors"][0]["message"]
