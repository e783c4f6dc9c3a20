"""The one cleaning step at the API edge (security review F2, F4, F5, F6, F8).

Each test sends what a hostile or broken caller could send and checks what comes back out:
it must encode as UTF-8, hold no control character, and stay small.
"""
from __future__ import annotations

import base64
import io
import json
import re
import zipfile

import pytest

from chikane import api
from chikane.flow import QUESTION_BY_ID
from chikane.clean import MAX_ECHO, MAX_ERRORS, clean_text
from sitebuild.workplace import load_workplace

WORKPLACE = load_workplace().as_dict()
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
NOW = "2026-11-25T10:00:00+01:00"


def as_utf8(response: dict) -> str:
    text = json.dumps(response, ensure_ascii=False)
    text.encode("utf-8")  # raises on a lone surrogate
    return text


def a_result_state() -> str:
    """A complete answer, found by walking the engine's own next steps (first option each time)."""
    state = ""
    while True:
        r = api.handle({"tool": "flow", "state": state, "today": "2026-11-25", "lookahead": True})
        if r["complete"]:
            return state
        if r.get("next"):
            state = sorted(r["next"])[0]
        else:  # a question with several choices: its first option, as the form would send it
            q = QUESTION_BY_ID[r["question"]]
            state = (state + "-" if state else "") + f"{q.id}.{q.options[0].id}"


def test_bad_characters_go_and_good_ones_stay():
    assert clean_text("a\ud800b\x00c\x85d\ufdd0e\U0010ffff") == "abcde"
    assert clean_text("Æble, øl og å\n\tfin «tekst» – 𝟚 😀") == "Æble, øl og å\n\tfin «tekst» – 𝟚 😀"


@pytest.mark.parametrize("bad", ["\ud800", "\udfff", "x\ud83dy"])
def test_a_lone_surrogate_in_the_workplace_never_reaches_the_flow_html(bad):
    wp = dict(WORKPLACE, navn="Kommune" + bad, haendelsessystem="System" + bad)
    response = api.handle({"tool": "flow", "state": a_result_state(), "workplace": wp, "today": "2026-11-25"})
    text = as_utf8(response)
    assert "System" + clean_text(bad) in text  # the workplace's system is named in every result
    assert not BAD.search(text)


@pytest.mark.parametrize("bad", ["\ud800", "\x07", "\x85"])
def test_a_bad_character_in_a_field_is_read_past_and_never_echoed(bad):
    clean = api.handle({"tool": "frister", "now": NOW, "haendelse_dato": "20.11.2026"})
    response = api.handle({"tool": "frister", "now": NOW, "haendelse_dato": "20.11.2026" + bad})
    assert response == clean
    wrong = api.handle({"tool": "frister", "now": NOW, "haendelse_dato": "20.13.2026" + bad})
    assert wrong["ok"] is False and [e["field"] for e in wrong["errors"]] == ["haendelse_dato"]
    assert not BAD.search(as_utf8(wrong))


def test_a_bad_character_in_an_unknown_key_is_not_echoed():
    response = api.handle({"tool": "frister", "now": NOW, "haendelse_dato": "20.11.2026", "x\ud800\x1b[31m": 1})
    assert not BAD.search(as_utf8(response))


def _strategy_with_unknown_keys(n: int) -> dict:
    return {"tool": "strategi_docx", "now": "2026-03-27T10:00:00Z", "values": {f"k{i}": "x" for i in range(n)}}


def test_thousands_of_unknown_fields_give_a_bounded_answer():
    request = _strategy_with_unknown_keys(6_000)
    text = json.dumps(request)
    assert len(text) < api.MAX_REQUEST_CHARS
    response = json.loads(api.handle_json(text))
    assert response["ok"] is False
    assert len(response["errors"]) == MAX_ERRORS + 1
    assert re.search(r"og 5\.?980 fejl mere", response["errors"][-1]["message"])
    assert len(json.dumps(response)) < len(text)


def test_an_unknown_contact_role_is_not_echoed_at_any_length():
    wp = json.loads(json.dumps(WORKPLACE))
    wp["kontakter"] = {"x" * 50_000: {"titel": "a", "navn": "b", "telefon": "c", "mail": "d"}}
    response = api.handle({"tool": "flow", "state": "", "workplace": wp, "today": "2026-11-25"})
    assert response["ok"] is False
    assert all(len(e["message"]) <= MAX_ECHO and len(e["field"]) <= 80 for e in response["errors"])


def test_a_request_nested_deeper_than_any_tool_reads_is_refused_in_danish():
    deep: object = "x"
    for _ in range(200):
        deep = [deep]
    response = api.handle({"tool": "frister", "now": NOW, "haendelse_dato": deep})
    assert response["ok"] is False
    assert "indlejret" in response["errors"][0]["message"]


def test_c1_controls_and_noncharacters_never_reach_a_docx():
    values = {"navn": "Kommune\x85\x9f\ufdd0\ufffe", "leder": "Mette\x7f Leder"}
    response = api.handle({"tool": "strategi_docx", "values": values, "now": "2026-03-27T10:00:00Z"})
    assert response["ok"] is True, response
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(response["docx_base64"]))) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert not BAD.search(xml)
    assert "Kommune" in xml


# --- security review F1 and F7: inputs that reached «uventet fejl» or slipped through -----------------


@pytest.mark.parametrize("days", ["²", "①", "٢x"])
def test_a_digit_like_character_as_days_is_a_field_error(days):
    response = api.handle({"tool": "strategi_docx", "values": {"intern_frist_dage": days}, "now": "2026-03-27T10:00:00Z"})
    assert response["ok"] is False
    assert [e["field"] for e in response["errors"]] == ["intern_frist_dage"]


@pytest.mark.parametrize("now", ["2108-01-01T10:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_now_outside_what_a_docx_can_carry_is_a_field_error(now):
    for tool in ("strategi_docx", "kortlaegning_docx"):
        response = api.handle({"tool": tool, "values": {}, "now": now})
        assert response["ok"] is False, tool
        assert [e["field"] for e in response["errors"]] == ["now"], response


def test_a_flow_state_with_a_trailing_newline_is_refused():
    good = a_result_state()
    assert api.handle({"tool": "flow", "state": good})["ok"] is True
    bad = api.handle({"tool": "flow", "state": "x"})
    response = api.handle({"tool": "flow", "state": good + "\n"})
    assert response["ok"] is False and response["errors"][0]["field"] == bad["errors"][0]["field"]
