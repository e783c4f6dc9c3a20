"""The engine in Pyodide (the vendored files of the built site, run under Node)
answers exactly as in CPython: same JSON text, byte for byte."""
from __future__ import annotations

import json
import random
import re
import subprocess
from pathlib import Path

import pytest

from cases import deadline_requests, flow_requests, hostile_requests
from chikane import api
from sitebuild import pyodide_bundle as pb

HERE = Path(__file__).resolve().parent


def _requests() -> list[str]:
    rng = random.Random(20261125)
    reqs: list = []
    reqs += flow_requests(rng, 150)
    reqs += deadline_requests(rng, 120)
    reqs += deadline_requests(rng, 30, tool="frister_ics")
    reqs += hostile_requests(rng, 100)
    return [json.dumps(r, ensure_ascii=False) for r in reqs]


def _snapshot_file(site_dir: Path, tmp_path: Path) -> Path:
    """The site's memory snapshot, expanded from its sparse form."""
    worker = (site_dir / "assets/js/engine-worker.js").read_text(encoding="utf-8")
    bundle = json.loads(re.search(r"^const BUNDLE = (\{.*\});$", worker, re.M).group(1))
    assert bundle["snapshot"], "the site ships no memory snapshot"
    raw = tmp_path / "snapshot.bin"
    raw.write_bytes(pb.unsparse((site_dir / "assets/vendor" / bundle["snapshot"]).read_bytes()))
    return raw


@pytest.mark.node
@pytest.mark.parametrize("start", ["snapshot", "boot"])
def test_pyodide_answers_equal_cpython(site_dir, node_bin, tmp_path, start):
    # "snapshot" is what the browser does; "boot" is its fallback when the snapshot fails.
    texts = _requests()
    expected = [api.handle_json(t) for t in texts]
    # The generated cases must reach the interesting answers, or the comparison proves little.
    parsed = [json.loads(e) for e in expected]
    assert sum(1 for p in parsed if p.get("ok") and p.get("complete")) >= 40
    assert sum(1 for p in parsed if p.get("ok") and "deadlines" in p) >= 80
    assert sum(1 for p in parsed if p.get("ok") and "ics" in p) >= 20
    assert sum(1 for p in parsed if p.get("ok") is False) >= 80

    req_file, ans_file = tmp_path / "requests.json", tmp_path / "answers.json"
    req_file.write_text(json.dumps(texts), encoding="utf-8")
    extra = [str(_snapshot_file(site_dir, tmp_path))] if start == "snapshot" else []
    proc = subprocess.run(
        [node_bin, str(HERE / "run_engine.mjs"), str(site_dir), str(req_file), str(ans_file), *extra],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(ans_file.read_text(encoding="utf-8"))
    assert len(got) == len(expected)
    mismatches = [(t, e, g) for t, e, g in zip(texts, expected, got) if e != g]
    assert not mismatches, f"{len(mismatches)} differ; first: {mismatches[0][0]}\nCPython: {mismatches[0][1][:500]}\nPyodide: {mismatches[0][2][:500]}"


@pytest.mark.node
def test_node_runner_fails_without_bundle(node_bin, tmp_path):
    # The parity test must not pass vacuously on a site whose worker was never filled in.
    (tmp_path / "assets/js").mkdir(parents=True)
    (tmp_path / "assets/js/engine-worker.js").write_text("const BUNDLE = null;\n")
    (tmp_path / "r.json").write_text("[]")
    proc = subprocess.run([node_bin, str(HERE / "run_engine.mjs"), str(tmp_path), str(tmp_path / "r.json"),
                           str(tmp_path / "a.json")], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "no BUNDLE" in proc.stderr
