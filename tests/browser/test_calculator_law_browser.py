"""The deadline calculator's December 2026 changes, in Debian's Chromium against CPython.

- A link presets only what another tool hands over (offences), and says so visibly (security review F3).
- New fields: the police decision and the AES decision give their deadlines; the limitation dates stay out of the
  .ics unless ticked.
- Touch targets: boxes at least 24 px and rows at least 44 px on a phone (usability review).
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from lxml import html as lxml_html
from playwright.sync_api import expect

from chikane import api
from conftest import ExternalGuard
from sitebuild.workplace import load_workplace

pytestmark = pytest.mark.browser

CALC = "/vaerktoejer/fristberegner/"
FIXED = datetime(2026, 12, 1, 9, 0, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
NOW = "2026-12-01T09:00:00+01:00"
WORKPLACE = load_workplace().as_dict()
expect.set_options(timeout=60_000)


@pytest.fixture(scope="module")
def ctx(browser):
    guard = ExternalGuard(search=False)
    c = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen")
    c.route("**/*", guard)
    yield c
    assert guard.blocked == []
    c.close()


@pytest.fixture()
def tab(ctx):
    pg = ctx.new_page()
    pg.clock.set_fixed_time(FIXED)
    yield pg
    pg.close()


def _text(fragment_html: str) -> str:
    return " ".join(lxml_html.fragment_fromstring(fragment_html, create_parent="div").text_content().split())


def test_a_link_presets_only_offences_and_shows_them(tab, base_url):
    page = tab
    page.goto(base_url + CALC + "?mulig_erstatning=on&sommertid=true&foraeldelse_i_kalender=on"
              "#offences=strfl-266,strfl-119a&politi_afgoerelse=afvist")
    checked = page.eval_on_selector_all("input[name=offences]:checked", "els => els.map(e => e.value)")
    assert sorted(checked) == ["strfl-119a", "strfl-266"]
    # Nothing else is preset from a link.
    assert not page.is_checked("#mulig_erstatning")
    assert not page.is_checked("#foraeldelse_i_kalender")
    assert page.is_checked("#sommertid-ved-ikke")
    assert page.is_checked("#politi-ingen")
    # What is preset is visible before she calculates.
    note = page.locator(".frister-forudfyldt")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Forudfyldt fra «Er det strafbart?»")
    expect(note).to_contain_text("§ 266")
    expect(note).to_contain_text("§ 119 a")
    assert page.eval_on_selector(".frister-more", "d => d.open") is True


def test_no_note_without_a_preset(tab, base_url):
    page = tab
    page.goto(base_url + CALC)
    expect(page.locator(".frister-form")).to_be_attached()
    assert page.locator(".frister-forudfyldt").is_hidden()


def test_police_and_aes_decisions_and_calendar_match_cpython(tab, base_url):
    page = tab
    page.goto(base_url + CALC + "#offences=strfl-267")
    page.fill("#haendelse_dato", "01.10.2025")
    page.fill("#kendt_dato", "01.06.2026")
    page.check("#politi-indstillet")
    page.fill("#politi_afgoerelse_dato", "20.11.2026")
    page.fill("#aes_afgoerelse_modtaget", "24.11.2026")
    page.locator("button[type=submit]").click()
    expect(page.locator("[data-tool=frister]")).to_have_attribute("data-state", "result")
    request = {"tool": "frister", "now": NOW, "haendelse_dato": "01.10.2025", "kendt_dato": "01.06.2026",
               "offences": ["strfl-267"], "mulig_erstatning": False, "foraeldelse_i_kalender": False,
               "politi_afgoerelse": "indstillet", "politi_afgoerelse_dato": "20.11.2026",
               "aes_afgoerelse_modtaget": "24.11.2026", "workplace": WORKPLACE}
    expected = api.handle(request)
    assert expected["ok"], expected
    got = " ".join(page.locator(".frister-result").text_content().split())
    assert got == _text(expected["html"])
    ids = [d["id"] for d in expected["deadlines"]]
    assert {"klage-politi", "klage-aes", "erstatningsnaevnet-indstillet", "privat-paatale"} <= set(ids)
    assert "1. december 2026" in got   # the review's § 96 case: today
    with page.expect_download() as dl:
        page.locator("[data-action=ics]").click()
    ics = open(dl.value.path(), encoding="utf-8", newline="").read()
    assert ics == api.handle({**request, "tool": "frister_ics"})["ics"]
    assert "Forældelse" not in ics
    page.check("#foraeldelse_i_kalender")
    page.locator("button[type=submit]").click()
    expect(page.locator(".frister-result")).not_to_contain_text("kommer ikke med i kalenderfilen")
    with page.expect_download() as dl2:
        page.locator("[data-action=ics]").click()
    assert "Forældelse" in open(dl2.value.path(), encoding="utf-8", newline="").read()


def test_touch_targets_on_a_phone(browser, base_url):
    c = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True,
                            locale="da-DK", timezone_id="Europe/Copenhagen")
    c.route("**/*", ExternalGuard())
    page = c.new_page()
    try:
        page.goto(base_url + CALC)
        page.locator(".frister-more summary").click()
        sizes = page.eval_on_selector_all(
            ".frister-form input[type=checkbox], .frister-form input[type=radio]",
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [e.id, r.width, r.height]; })",
        )
        assert sizes and all(w >= 24 and h >= 24 for _, w, h in sizes), [s for s in sizes if s[1] < 24 or s[2] < 24]
        rows = page.eval_on_selector_all(
            ".frister-offences li, .frister-check",
            "els => els.map(e => e.getBoundingClientRect().height)",
        )
        assert rows and min(rows) >= 44, min(rows)
    finally:
        c.close()
