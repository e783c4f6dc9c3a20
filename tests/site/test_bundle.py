"""The engine bundle in the built site: the memory snapshot's file format and the tool pages' search worker."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitebuild import pyodide_bundle as pb

PAGE = pb.SPARSE_PAGE


def _bundle(site_dir: Path) -> dict:
    worker = (site_dir / pb.WORKER).read_text(encoding="utf-8")
    return json.loads(re.search(r"^const BUNDLE = (\{.*\});$", worker, re.M).group(1))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.just(b"\0" * PAGE), st.binary(min_size=1, max_size=PAGE)), max_size=12))
def test_sparse_round_trip(pages):
    memory = b"".join(pages)
    packed = pb.sparse(memory)
    assert pb.unsparse(packed) == memory
    assert pb.sparse_size(packed) == len(memory)


def test_sparse_drops_zero_pages_and_merges_runs():
    memory = b"a" * PAGE + b"\0" * (3 * PAGE) + b"b" * PAGE + b"c" * PAGE + b"\0" * 10
    packed = pb.sparse(memory)
    # Header (16) + two runs (2 x 8) + the three non-zero pages.
    assert len(packed) == 16 + 2 * 8 + 3 * PAGE
    assert pb.unsparse(packed) == memory


def test_unsparse_refuses_other_files():
    with pytest.raises(pb.BundleError):
        pb.unsparse(b"PK\3\4 not a snapshot")


def test_built_site_ships_a_snapshot_made_from_its_own_files(site_dir):
    bundle = _bundle(site_dir)
    assert bundle["boot"] == pb.BOOT_PY and bundle["enginePath"] == pb.ENGINE_FS_PATH
    packed = (site_dir / "assets/vendor" / bundle["snapshot"]).read_bytes()
    memory = pb.unsparse(packed)
    # Pyodide's own header, then the wasm memory: most of it zeros, which the file leaves out.
    assert len(packed) < 0.7 * len(memory)
    assert len(memory) > 16 * 1024 * 1024
    # The engine's modules were imported when the snapshot was taken.
    assert b"chikane.api" in memory and pb.ENGINE_FS_PATH.encode() in memory


def test_only_tool_pages_defer_the_search_index(site_dir):
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if "__config" not in html:
            continue
        deferred = f"/workers/{pb.DEFERRED_SEARCH}?worker=search." in html
        assert deferred == ('data-tool="' in html), page.relative_to(site_dir)
    assert (site_dir / "assets/javascripts/workers" / pb.DEFERRED_SEARCH).exists()


def test_defer_search_index_fails_loudly_when_material_changes():
    with pytest.raises(pb.BundleError, match="search worker"):
        pb.defer_search_index('<script id="__config">{"search": "x/y.js"}</script>', Path("p.html"))
    html = '{"search": "../assets/javascripts/workers/search.a7633da7.min.js"}'
    once = pb.defer_search_index(html, Path("p.html"))
    assert once == '{"search": "../assets/javascripts/workers/search-deferred.js?worker=search.a7633da7.min.js"}'
    assert pb.defer_search_index(once, Path("p.html")) == once  # built again: unchanged
