"""The templates in Pyodide (the built site's vendored engine, under Node) give the same .docx bytes as CPython."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from chikane import api

RUNNER = Path(__file__).resolve().parents[1] / "node" / "run_engine.mjs"
NOW = "2026-03-27T10:00:00Z"
REQUESTS = [
    {"tool": "strategi_docx", "values": {}, "now": NOW},
    {"tool": "strategi_docx", "now": "2026-11-25T10:00:00+01:00", "values": {
        "navn": "Ærø Kommune", "haendelsessystem": "EASY-A", "intern_frist_dage": 7,
        "arkivpostkasse": "arkiv@example.invalid", "leder": "Mette", "amr": "Anders", "personalejura": "HR",
        "tr": "Tina"}},
    {"tool": "strategi_docx", "values": {"navn": "<w:p>&\u0000\ud800\ufffe \n\t x", "leder": "]]>\"'"}, "now": NOW},
    {"tool": "strategi_docx", "values": {"ukendt": 1, "intern_frist_dage": "ti"}, "now": "i går"},
    {"tool": "kortlaegning_docx", "values": {"navn": "Testkommune"}, "now": NOW},
]


@pytest.mark.node
def test_pyodide_builds_the_same_docx_as_cpython(site_dir, node_bin, tmp_path):
    texts = [json.dumps(r, ensure_ascii=False) for r in REQUESTS]
    expected = [api.handle_json(t) for t in texts]
    assert [json.loads(e)["ok"] for e in expected] == [True, True, True, False, True]
    (tmp_path / "r.json").write_text(json.dumps(texts), encoding="utf-8")
    proc = subprocess.run([node_bin, str(RUNNER), str(site_dir), str(tmp_path / "r.json"), str(tmp_path / "a.json")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    for text, e, g in zip(texts, expected, got):
        assert e == g, f"differs for {text[:80]}"
