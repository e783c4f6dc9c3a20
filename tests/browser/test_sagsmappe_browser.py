"""The case folder («Sagsmappe») in Debian's Chromium: pictures picked, documents made by
Python in the worker, downloaded and read back with python-docx; the case file saved and
reopened; nothing sent, nothing stored; axe on every state; keyboard only.
"""
from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
import zlib
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import docx
import pytest
from playwright.sync_api import expect

from chikane import flow
from chikane.kursus.sager import CASES
from conftest import ExternalGuard, run_axe

pytestmark = pytest.mark.browser

PAGE = "/vaerktoejer/sagsmappe/"
FIXED = datetime(2026, 12, 1, 10, 0, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
expect.set_options(timeout=60_000)


def png(w: int, h: int, color: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(color) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture()
def pictures(tmp_path) -> list[Path]:
    out = []
    for i in range(3):
        p = tmp_path / f"skaermbillede-{i + 1}.png"
        p.write_bytes(png(120 + 10 * i, 200, (40 * i, 90, 160)))
        out.append(p)
    pdf = tmp_path / "notat.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% not a picture\n")
    out.append(pdf)
    return out


@pytest.fixture()
def tab(browser):
    guard = ExternalGuard(search=False)
    ctx = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen", accept_downloads=True)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    ctx.route("**/*", guard)
    pg = ctx.new_page()
    pg.js_errors = []
    pg.requests = []
    pg.on("pageerror", lambda exc: pg.js_errors.append(str(exc)))
    pg.on("request", lambda r: pg.requests.append((r.method, r.url)))
    pg.clock.set_fixed_time(FIXED)
    pg.guard = guard
    yield pg
    assert guard.blocked == [], guard.blocked
    assert pg.js_errors == [], pg.js_errors
    ctx.close()


def axe_clean(page) -> None:
    violations = run_axe(page)
    assert violations == [], violations


def fill_incident(page, hid: str = "h1") -> None:
    page.fill("#sm-person-navn", "Mette Hansen")
    page.fill("#sm-person-mail", "mette@example.dk")
    page.fill(f"#{hid}-dato", "28.11.2026")
    page.fill(f"#{hid}-tid", "14.30")
    page.select_option(f"#{hid}-kanal", "facebook")
    page.fill(f"#{hid}-urls", "https://www.facebook.com/groups/1/posts/2")
    page.fill(f"#{hid}-hvem", "Jens J.")
    page.fill(f"#{hid}-hvad", "«Vi ved, hvor du bor, Mette»")
    page.select_option(f"#{hid}-paavirkning", "7")
    page.check("#sm-forbrydelse-strfl-119a")


def download(page, locator, target: Path) -> Path:
    with page.expect_download() as info:
        locator.click()
    path = target / info.value.suggested_filename
    info.value.save_as(path)
    return path


def read_docx(path: Path):
    d = docx.Document(str(path))
    text = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    media = zipfile.ZipFile(path)
    blobs = [media.read(n) for n in media.namelist() if n.startswith("word/media/")]
    return d, text, sorted(hashlib.sha256(b).hexdigest() for b in blobs)


def test_pictures_log_case_file_and_reopen(tab, base_url, pictures, tmp_path):
    page = tab
    page.goto(base_url + PAGE)
    expect(page.locator("#sm-person-navn")).to_be_editable()
    axe_clean(page)
    fill_incident(page)
    page.set_input_files("#h1-filer", [str(p) for p in pictures])
    expect(page.locator("[data-beviser=h1] li")).to_have_count(3)
    expect(page.locator("#sm-status")).to_contain_text("3 af 4 billeder er lagt i sagsmappen")
    expect(page.locator("#h1-filer-fejl")).to_contain_text("«notat.pdf» er ikke et billede")
    assert page.get_attribute("#h1-filer", "aria-invalid") == "true"
    assert page.input_value("#h1-hvad") == "«Vi ved, hvor du bor, Mette»"  # nothing typed was lost
    # The thumbnails are the chosen files, read locally as data: URLs.
    assert page.eval_on_selector_all("[data-beviser=h1] img", "els => els.every(e => e.src.startsWith('data:image/png'))")
    axe_clean(page)

    page.click("#sm-lav")
    expect(page.locator("#sm-doc-log")).to_be_visible()
    expect(page.locator("#sm-doc-dsa-1")).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "sm-dok-titel"
    # The status counts what is shown (walkthrough: «5 dokumenter» beside 6 sections).
    shown = page.locator(".sm-dokumenter > section.sm-dokument").count()
    expect(page.locator("#sm-status")).to_have_text(f"{shown - 1} dokumenter og sagens frister er klar.")
    axe_clean(page)
    # The status sticks to the bottom of the screen; her next tap takes it away so it covers nothing.
    page.mouse.click(5, 300)
    expect(page.locator("#sm-status")).to_have_text("")

    expected = sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in pictures[:3])
    log = download(page, page.locator("#sm-doc-log [data-hent=log]").first, tmp_path)
    assert log.name.startswith("dokumentationslog-") and log.suffix == ".docx"
    d, text, media = read_docx(log)
    assert len(d.inline_shapes) == 3 and media == expected
    for h in expected:
        assert h in text
    assert "«Vi ved, hvor du bor, Mette»" in text

    saved = download(page, page.get_by_role("button", name="Gem sagsmappen"), tmp_path)
    payload = json.loads(saved.read_bytes())
    assert payload["format"] == "haandbog-sagsmappe" and sorted(payload["billeder"]) == expected

    # A new tab: nothing is left in the browser; the case file brings everything back.
    page.goto("about:blank")
    page.goto(base_url + PAGE)
    assert page.input_value("#sm-person-navn") == ""
    page.set_input_files("#sm-aabn", str(saved))
    expect(page.locator(".sagsmappe")).to_have_attribute("data-state", "aabnet")
    assert page.input_value("#sm-person-navn") == "Mette Hansen"
    assert page.input_value("#h1-hvad") == "«Vi ved, hvor du bor, Mette»"
    assert page.input_value("#h1-paavirkning") == "7"
    assert page.is_checked("#sm-forbrydelse-strfl-119a")
    expect(page.locator("[data-beviser=h1] li")).to_have_count(3)
    axe_clean(page)
    page.click("#sm-lav")
    expect(page.locator("#sm-doc-log")).to_be_visible()
    again = download(page, page.locator("#sm-doc-log [data-hent=log]").first, tmp_path / "igen")
    d, text, media = read_docx(again)
    assert len(d.inline_shapes) == 3 and media == expected

    # Nothing stored: no cookies, no storage API.
    assert page.context.cookies() == []
    assert page.evaluate("[document.cookie, localStorage.length, sessionStorage.length]") == ["", 0, 0]


def test_no_request_leaves_the_browser_while_the_tool_is_used(tab, base_url, pictures, tmp_path):
    page = tab
    page.goto(base_url + PAGE)
    fill_incident(page)
    page.set_input_files("#h1-filer", [str(pictures[0])])
    expect(page.locator("[data-beviser=h1] li")).to_have_count(1)
    page.click("#sm-lav")
    expect(page.locator("#sm-doc-politi")).to_be_visible()
    for doc in ("log", "politi", "dsa-1", "registrering"):
        download(page, page.locator(f"#sm-doc-{doc} [data-hent='{doc}']").first, tmp_path)
    with page.expect_download():
        page.click("[data-hent-ics]")
    download(page, page.get_by_role("button", name="Gem sagsmappen"), tmp_path)
    origin = urlparse(base_url).netloc
    outside = [(m, u) for m, u in page.requests if not u.startswith(("data:", "blob:")) and urlparse(u).netloc != origin]
    assert outside == []
    # Only files of the site itself were fetched; nothing was posted anywhere, not even to this server.
    assert {m for m, _ in page.requests} == {"GET"}
    typed = "Vi ved, hvor du bor"
    assert not any(typed in u or "Mette" in u for _, u in page.requests)


def test_bad_input_is_named_in_danish_and_nothing_is_lost(tab, base_url):
    page = tab
    page.goto(base_url + PAGE)
    fill_incident(page)
    page.fill("#h1-dato", "24.12.2026")
    page.fill("#h1-urls", "facebook.com/uden-https")
    page.click("#sm-lav")
    box = page.locator("#sm-fejlliste")
    expect(box).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "sm-fejlliste"
    expect(box).to_contain_text("Hændelse 1 ligger efter det aktuelle tidspunkt")
    expect(box).to_contain_text("skal begynde med https://")
    assert page.get_attribute("#h1-dato", "aria-invalid") == "true"
    assert "efter det aktuelle tidspunkt" in page.inner_text("#h1-dato-fejl")
    assert page.input_value("#h1-hvad") == "«Vi ved, hvor du bor, Mette»"
    axe_clean(page)
    box.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "h1-dato"
    page.fill("#h1-dato", "28.11.2026")
    page.fill("#h1-urls", "https://www.facebook.com/groups/1/posts/2")
    page.click("#sm-lav")
    expect(page.locator("#sm-doc-log")).to_be_visible()
    expect(box).to_be_hidden()


def test_keyboard_only_from_the_form_to_a_copied_police_text_and_a_download(tab, base_url, tmp_path):
    page = tab
    page.goto(base_url + PAGE)
    page.focus("#sm-person-navn")
    page.keyboard.type("Mette Hansen")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "sm-person-mail"
    page.keyboard.type("mette@example.dk")
    page.focus("#h1-dato")
    page.keyboard.type("28.11.2026")
    page.keyboard.press("Tab")
    page.keyboard.type("14.30")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "h1-kanal"
    page.keyboard.press("ArrowDown")  # "Facebook", the first channel
    assert page.input_value("#h1-kanal") == "facebook"
    page.focus("#h1-hvad")
    page.keyboard.type("Opslag: «Vi ved, hvor du bor»")
    page.focus("#sm-lav")
    page.keyboard.press("Enter")
    expect(page.locator("#sm-doc-politi")).to_be_visible()
    copy_all = page.locator("#sm-doc-politi [data-kopier='sm-doc-politi-tekst']")
    copy_all.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#sm-status")).to_contain_text("Kopieret")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Udkast til politianmeldelse") and "Opslag: «Vi ved, hvor du bor»" in copied
    one = page.locator("#sm-doc-politi .sm-kopier").first
    one.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#sm-status")).to_contain_text("Kopieret: Hvad er der sket?")
    page.locator("#sm-doc-log [data-hent=log]").first.focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.startswith("dokumentationslog-")


def test_a_link_from_the_flow_prefills_the_offences(tab, base_url):
    page = tab
    state = flow.encode_state(CASES[0].answers)
    expected = flow.offence_rule_keys(flow.evaluate(flow.parse_state(state).answer_map))
    assert expected
    page.goto(base_url + PAGE + "#svar=" + state)
    expect(page.locator(".sagsmappe")).to_have_attribute("data-udfyldt", "ja")
    checked = page.eval_on_selector_all("[data-felt='valg.offences']:checked", "els => els.map(e => e.value)")
    assert checked == [k for k in page.eval_on_selector_all("[data-felt='valg.offences']", "els => els.map(e => e.value)")
                       if k in expected]
    page.goto("about:blank")  # a link from the calculator's page: a new page load
    page.goto(base_url + PAGE + "#offences=strfl-266&haendelse_dato=27.11.2026&haendelse_tid=9.15")
    expect(page.locator(".sagsmappe")).to_have_attribute("data-udfyldt", "ja")
    assert page.is_checked("#sm-forbrydelse-strfl-266") and page.input_value("#h1-dato") == "27.11.2026"


def test_on_a_phone_nothing_is_wider_than_the_screen_and_axe_finds_nothing(browser, base_url, pictures):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                              locale="da-DK", timezone_id="Europe/Copenhagen")
    guard = ExternalGuard()
    ctx.route("**/*", guard)
    page = ctx.new_page()
    try:
        page.goto(base_url + PAGE)
        fill_incident(page)
        page.set_input_files("#h1-filer", [str(p) for p in pictures[:2]])
        expect(page.locator("[data-beviser=h1] li")).to_have_count(2)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.tap("#sm-lav")
        expect(page.locator("#sm-doc-log")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        axe_clean(page)
        assert guard.blocked == []
    finally:
        ctx.close()
