"""Every generated Word document, as a committee sees it: converted by LibreOffice, read back from the PDF.

- every «[udfyld: …]» run carries Word's own highlight (direct formatting, not only a style);
- every page has «Side N af M» and the template's version in the footer;
- no word in a table is split across lines (pdftotext would show it in two pieces).

LibreOffice (``libreoffice-writer-nogui``), poppler (``pdftotext``) and Carlito (Calibri's metrics) are
installed by scripts/setup.sh; without them these tests fail rather than skip.
"""
from __future__ import annotations

import base64
import functools
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from chikane import api, tekst
from chikane.strategi import build

NOW = "2026-12-01T10:00:00Z"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FULL = {
    "navn": "Jobcenter og Borgerservice Testby",
    "haendelsessystem": "EASY-A",
    "intern_frist_dage": "7",
    "arkivpostkasse": "chikane-dokumentation@testby.invalid",
    "leder": "Mette Leder, 11 22 33 44, mette.leder@testby.invalid",
    "amr": "Anders AMR, 22 33 44 55",
    "personalejura": "Hanne HR, hr@testby.invalid",
    "tr": "Tina TR, 33 44 55 66",
}


def _docx(tool: str, values: dict, **extra) -> bytes:
    res = api.handle({"tool": tool, "values": values, "now": NOW, **extra})
    assert res["ok"] is True, res
    return base64.b64decode(res["docx_base64"])


@functools.lru_cache(maxsize=1)
def documents() -> dict[str, bytes]:
    """Every .docx the handbook generates, with empty and with filled-in values."""
    docs = {
        "strategi-tom": _docx("strategi_docx", {}),
        "strategi-udfyldt": _docx("strategi_docx", FULL),
        "kortlaegning-tom": _docx("kortlaegning_docx", {}),
        "kortlaegning-udfyldt": _docx("kortlaegning_docx", FULL),
    }
    docs.update(_extra_documents())
    return docs


def _extra_documents() -> dict[str, bytes]:
    """The survey exports and the analysis report, once they exist."""
    out: dict[str, bytes] = {}
    if _load("kortlaegning_eksport"):
        for fmt in ("forms", "svarark"):
            res = api.handle({"tool": "kortlaegning_eksport", "format": fmt, "values": FULL, "now": NOW})
            assert res["ok"] is True, res
            out[f"eksport-{fmt}"] = base64.b64decode(res["data_base64"])
    if _load("analyse_rapport"):
        from analyse_samples import forms_csv

        res = api.handle({"tool": "analyse_rapport", "filename": "svar.csv", "now": NOW,
                          "data_base64": base64.b64encode(forms_csv()).decode("ascii"), "values": FULL})
        assert res["ok"] is True, res
        out["analyse-rapport"] = base64.b64decode(res["docx_base64"])
    return out


def _load(name: str) -> bool:
    api.handle({"tool": ""})  # registers every tool
    return name in api.TOOLS


def _runs_with_text(xml: bytes):
    root = ElementTree.fromstring(xml)
    for r in root.iter(f"{W}r"):
        text = "".join(t.text or "" for t in r.iter(f"{W}t"))
        if text:
            yield r, text


@pytest.mark.parametrize("name", sorted(documents()))
def test_every_placeholder_run_is_highlighted_in_word(name):
    data = documents()[name]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml")
    found = 0
    for r, text in _runs_with_text(body):
        if "[udfyld:" in text:
            found += 1
            rpr = r.find(f"{W}rPr")
            hl = rpr.find(f"{W}highlight") if rpr is not None else None
            assert hl is not None and hl.get(f"{W}val") == "yellow", (name, text)
    if name in ("strategi-tom", "kortlaegning-tom"):
        assert found > 5


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe or not shutil.which("pdftotext"):
        pytest.fail("LibreOffice or pdftotext is missing: run scripts/setup.sh (it installs them)")
    return exe


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """All documents converted in one LibreOffice run (with its own profile, so parallel runs don't clash)."""
    exe = _soffice()
    work = tmp_path_factory.mktemp("lo")
    names = []
    for name, data in documents().items():
        (work / f"{name}.docx").write_bytes(data)
        names.append(str(work / f"{name}.docx"))
    profile = (work / "profile").as_uri()
    proc = subprocess.run(
        [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(work), *names],
        capture_output=True, text=True, timeout=300,
    )
    out = {n: work / f"{n}.pdf" for n in documents()}
    missing = [n for n, p in out.items() if not p.exists()]
    assert not missing, (missing, proc.stdout[-1000:], proc.stderr[-1000:])
    return out


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def _pages(text: str) -> list[str]:
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.parametrize("name", sorted(documents()))
def test_every_page_has_a_page_number_and_the_template_version(pdfs, name):
    pages = _pages(_pdf_text(pdfs[name]))
    assert len(pages) >= 1
    for n, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"Side {n} af {len(pages)}" in flat, (name, n)
        assert f"version {build.TEMPLATE_VERSION} af {tekst.short_date(build.reviewed_day())}" in flat


_TOKEN = re.compile(r"[\wæøåÆØÅéü§-]+")


def _words(text: str) -> set[str]:
    return {w.strip("-") for w in _TOKEN.findall(text) if len(w.strip("-")) >= 2}


def _table_words(data: bytes) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    words: set[str] = set()
    for tc in root.iter(f"{W}tc"):
        for p in tc.iter(f"{W}p"):
            words |= _words("".join(t.text or "" for t in p.iter(f"{W}t")))
    return words


@pytest.mark.parametrize("name", sorted(n for n, d in documents().items() if _table_words(d)))
def test_no_word_in_a_table_is_broken_across_lines(pdfs, name):
    table_words = _table_words(documents()[name])
    printed = _words(_pdf_text(pdfs[name]))
    broken = sorted(w for w in table_words if w not in printed)
    assert not broken, f"{name}: words split in a table column: {broken[:20]}"


def test_the_signature_rows_leave_room_to_sign():
    with zipfile.ZipFile(io.BytesIO(documents()["strategi-udfyldt"])) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    for tbl in root.iter(f"{W}tbl"):
        first = "".join(t.text or "" for t in next(tbl.iter(f"{W}tr")).iter(f"{W}t"))
        if "Underskrift" in first:
            heights = [int(h.get(f"{W}val")) for h in tbl.iter(f"{W}trHeight")]
            assert len(heights) == 2 and min(heights) >= 900  # about 1.6 cm per signature
            return
    pytest.fail("no signature table")
