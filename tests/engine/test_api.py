"""The entry point itself: every answer has "ok", and nothing but Danish errors come out."""
import json

import pytest

from chikane import api


def test_unknown_tool_and_non_objects_give_danish_errors():
    for req in ({"tool": "findes-ikke"}, [], "flow", None, {"tool": 7}):
        r = api.handle(req)
        assert r["ok"] is False and r["errors"][0]["message"]


def test_invalid_json_and_oversized_requests():
    assert json.loads(api.handle_json("{"))["ok"] is False
    assert json.loads(api.handle_json("[" * 100_001))["ok"] is False
    assert "gyldig JSON" in json.loads(api.handle_json("{"))["errors"][0]["message"]


def test_a_broken_engine_module_answers_in_danish(monkeypatch):
    def broken(name: str):
        raise ImportError("simulated missing module")

    monkeypatch.setattr(api, "_handler", broken)
    r = json.loads(api.handle_json('{"tool": "flow"}'))
    assert r["ok"] is False and "uventet fejl" in r["errors"][0]["message"]
    assert "Traceback" not in json.dumps(r)


def test_every_registered_tool_is_reachable():
    assert {"flow", "frister", "frister_ics", "quiz", "strategi_docx"} <= set(api.TOOLS)
    for name in api.TOOLS:
        assert callable(api._handler(name)), name


def test_warm_up_answers_every_example_and_changes_nothing():
    before = api.handle_json('{"tool": "flow", "state": "hvad.trussel", "today": "2026-11-25"}')
    api.warm_up()
    api.warm_up()  # the browser's boot code runs it again after a restored snapshot
    assert api.handle_json('{"tool": "flow", "state": "hvad.trussel", "today": "2026-11-25"}') == before


def test_warm_up_fails_loudly_when_a_tool_breaks(monkeypatch):
    # A warm-up that swallowed errors would put a broken engine into the snapshot unnoticed.
    monkeypatch.setitem(api.TOOLS, "frister", lambda request: {"ok": False, "errors": [{"message": "x"}]})
    with pytest.raises(RuntimeError, match="frister"):
        api.warm_up()
