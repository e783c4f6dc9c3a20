"""The two tools in Debian's Chromium: Python (Pyodide) in a worker, driven by the thin JS shells.

One browser for the session (conftest); one warm context for most tests here, so
Pyodide starts cold only where a test needs a fresh context (CSP, no JS, 404).
Every comparison is against chikane.api.handle run in CPython in this process.
"""
from __future__ import annotations

import random
import re
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from lxml import html as lxml_html
from playwright.sync_api import expect

from chikane import api
from chikane.flow import QUESTION_BY_ID, START
from conftest import ExternalGuard
from conftest import run_axe as run_axe_now
from node.cases import MARKUP, encode, hostile_requests, random_path
from sitebuild.server import STRICT_CSP, serve_in_thread
from sitebuild.workplace import load_workplace

pytestmark = pytest.mark.browser

FLOW = "/vaerktoejer/er-det-strafbart/"
CALC = "/vaerktoejer/fristberegner/"
# The browser's clock is fixed, so "today"/"now" are known to the CPython side too.
FIXED = datetime(2026, 11, 25, 10, 0, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
TODAY = "2026-11-25"
NOW = "2026-11-25T10:00:00+01:00"
START_LIMIT_S = 10
INJECTED = "img[src='x'], .flow-view script, .frister-result script, svg[onload], iframe, #injected, [onerror], [onload]"

WORKPLACE = load_workplace().as_dict()
# Generous: the machine has 2 cores shared with other jobs, and a cold Pyodide start
# competes with the page's own scripts. Waits end as soon as the DOM state is there.
expect.set_options(timeout=60_000)


def cpython(request: dict) -> dict:
    return api.handle(request)


def flow_expected(state: str) -> dict:
    return cpython({"tool": "flow", "state": state, "workplace": WORKPLACE, "today": TODAY})


def _new_context(browser, search: bool = False, **kw):
    guard = ExternalGuard(search=search)
    ctx = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen", **kw)
    ctx.route("**/*", guard)
    ctx.guard = guard
    return ctx


def _new_page(ctx):
    pg = ctx.new_page()
    pg.js_errors = []
    pg.on("pageerror", lambda exc: pg.js_errors.append(str(exc)))
    pg.clock.set_fixed_time(FIXED)
    return pg


@pytest.fixture(scope="module")
def warm(browser):
    """A context shared by the tests below (one Pyodide cold start for all of them)."""
    ctx = _new_context(browser)
    yield ctx
    assert ctx.guard.blocked == [], f"requests to other origins: {ctx.guard.blocked}"
    ctx.close()


@pytest.fixture()
def tab(warm):
    pg = _new_page(warm)
    yield pg
    assert pg.js_errors == [], pg.js_errors
    pg.close()


def wait_ready(page, timeout_s: float = 60):
    page.wait_for_selector("html[data-engine=ready]", state="attached", timeout=timeout_s * 1000)


def run_axe(page) -> list[dict]:
    """Whole-page axe once the page's own diagram is drawn.

    Material swaps a Mermaid <pre><code> for the drawn diagram some time after load;
    the raw code block in between is a scrollable region axe (rightly) complains about.
    """
    expect(page.locator("pre.mermaid")).to_have_count(0)
    return run_axe_now(page)


def wait_held(page, held: list, timeout_s: float = 10) -> None:
    """Until the route handler has caught the held download (each evaluate lets Playwright dispatch it)."""
    deadline = time.monotonic() + timeout_s
    while not held:
        assert time.monotonic() < deadline, "the held download was never requested"
        page.evaluate("0")


def flow_outcomes_in_dom(page) -> list[str]:
    ids = page.locator(".flow-view .flow-result").get_attribute("data-outcomes") or ""
    shown = page.eval_on_selector_all(".flow-view [id^='udfald-']", "els => els.map(e => e.id.replace('udfald-', ''))")
    assert set(shown) <= set(ids.split()), shown  # every card or step shown is one of Python's outcomes
    return ids.split()


def answer_control(page, state: str):
    """The control that gives the last answer of ``state``: an answer link, or the «Videre» of a
    multiple-choice form (its boxes ticked first)."""
    last_q, _, value = state.rpartition("-")[2].partition(".")
    if QUESTION_BY_ID[last_q].multi:
        form = page.locator(f".flow-view form.flow-multi[data-question='{last_q}']")
        for box in form.locator("input[type=checkbox]").all():
            box.set_checked(box.get_attribute("value") in value.split(","))
        return form.locator("button[type=submit]")
    return page.locator(f".flow-view a.flow-option[data-svar='{state}']")


def first_answer(page) -> str:
    """Tick the first choice of the first question; the state that «Videre» gives."""
    first = QUESTION_BY_ID[START].options[0].id
    page.locator(f".flow-view input[value='{first}']").check()
    return f"{START}.{first}"


def assert_flow_shows(page, expected: dict):
    if expected["complete"]:
        expect(page.locator(".flow-view h2")).to_have_text("Resultat")
        assert flow_outcomes_in_dom(page) == [o["id"] for o in expected["outcomes"]]
    else:
        expect(page.locator(".flow-view h2")).to_have_text(expected["title"])


# ---------------------------------------------------------------- the flow


def test_flow_clicked_through_matches_cpython_and_history_keeps_place(tab, base_url):
    page = tab
    page.goto(base_url + FLOW)
    # The first question is in the HTML itself, before Python is ready.
    first = flow_expected("")
    expect(page.locator(".flow-view h2")).to_have_text(first["title"])
    wait_ready(page)
    rng = random.Random(7)
    for round_ in range(3):
        if round_:
            page.locator(".flow-restart-link").click()  # back to the first question, same page
            expect(page.locator(".flow-view h2")).to_have_text(first["title"])
        path = random_path(rng)
        for i in range(len(path)):
            state = encode(path[: i + 1])
            answer_control(page, state).click()
            exp = flow_expected(state)
            assert_flow_shows(page, exp)
            assert page.url.endswith("#svar=" + state) and "?" not in page.url
            assert page.title().startswith(exp["title"] + " – ")
        # The focus moved to the new heading (the screen reader starts reading there).
        assert page.evaluate("document.activeElement && document.activeElement.id") == "flow-titel"
    # Back, forward and reload keep the place.
    last = encode(path)
    prev = encode(path[:-1])
    page.go_back()
    assert_flow_shows(page, flow_expected(prev))
    page.go_forward()
    assert_flow_shows(page, flow_expected(last))
    page.reload()
    wait_ready(page)
    assert_flow_shows(page, flow_expected(last))
    # "Start forfra" brings back the pre-rendered first question.
    page.locator(".flow-restart-link").click()
    expect(page.locator(".flow-view h2")).to_have_text(first["title"])
    assert "svar=" not in page.url


def test_ret_svaret_keeps_the_later_answers_and_the_ticked_boxes(tab, base_url):
    # Walkthrough (issue 10): changing one answer must not throw away the rest.
    page = tab
    full = "hvad.trussel-trussel_hvad.vold-hvem.borger-platform.nej"
    page.goto(base_url + FLOW + "#svar=" + full)
    wait_ready(page)
    assert_flow_shows(page, flow_expected(full))
    page.locator(".flow-view a.flow-edit[href='trin/hvem/']").click()
    expect(page.locator(".flow-view h2")).to_have_text(QUESTION_BY_ID["hvem"].text)
    expect(page.locator(".flow-view .flow-previous")).to_contain_text("En borger")
    page.locator(".flow-view a.flow-option", has_text="En, jeg kender privat").click()
    changed = "hvad.trussel-trussel_hvad.vold-hvem.privat-platform.nej"
    assert_flow_shows(page, flow_expected(changed))  # straight to the result: «platform» was kept
    assert page.url.endswith("#svar=" + changed)
    # The first question again: its box is still ticked; one more choice asks only the one new question.
    page.locator(".flow-view a.flow-edit[href='trin/hvad/']").click()
    expect(page.locator(".flow-view h2")).to_have_text(QUESTION_BY_ID["hvad"].text)
    expect(page.locator(".flow-view input[value='trussel']")).to_be_checked()
    page.locator(".flow-view input[value='kontakt']").check()
    page.locator(".flow-view form.flow-multi button[type=submit]").click()
    expect(page.locator(".flow-view h2")).to_have_text(QUESTION_BY_ID["gentaget"].text)
    page.locator(".flow-view a.flow-option", has_text="Ja, flere gange").click()
    assert_flow_shows(page, flow_expected("hvad.trussel,kontakt-trussel_hvad.vold-gentaget.ja-hvem.privat-platform.nej"))


def test_pyodide_loads_on_tool_pages_only(tab, base_url):
    page = tab
    seen: list[str] = []

    def log(req):
        seen.append(req.url)

    page.context.on("request", log)  # the context also sees the worker's requests
    try:
        page.goto(base_url + "/naar-det-sker/", wait_until="networkidle")
        assert seen, "the request log is empty: the test cannot see anything"
        assert not [u for u in seen if "/vendor/pyodide/" in u or "engine" in u], seen
        assert page.evaluate("document.documentElement.dataset.engine") is None
        page.goto(base_url + CALC)
        wait_ready(page)
        # Each big file once (the worker's early downloads are handed to Pyodide), no lock file.
        assert len([u for u in seen if u.endswith("pyodide.asm.wasm")]) == 1, seen
        assert len([u for u in seen if "/python_stdlib-" in u]) == 1, seen
        assert len([u for u in seen if "/chikane/snapshot-" in u]) == 1, seen
        assert not [u for u in seen if "pyodide-lock" in u]
    finally:
        page.context.remove_listener("request", log)


def engine_timings(page) -> dict:
    return page.evaluate("import(new URL('/assets/js/engine.js', location.href).href).then(e => e.timings)")


def test_python_is_restored_from_the_memory_snapshot(tab, base_url):
    # The snapshot is optional by design (the worker falls back to a normal boot), so
    # only this test notices when it stops working.
    page = tab
    page.goto(base_url + CALC)
    wait_ready(page)
    t = engine_timings(page)
    assert t["snapshot"] == "restored", t
    assert t["snapshotFetched"] <= t["pyodideLoaded"]


@pytest.mark.parametrize("damage", ["missing", "truncated"])
def test_a_broken_snapshot_falls_back_to_a_normal_boot(browser, base_url, damage):
    ctx = _new_context(browser)

    def broken(route):
        if damage == "missing":
            route.fulfill(status=404, body="nope")
        else:
            resp = route.fetch()
            route.fulfill(response=resp, body=resp.body()[:100_000])

    ctx.route(re.compile(r".*/chikane/snapshot-[^/]*\.bin$"), broken)
    page = _new_page(ctx)
    try:
        page.goto(base_url + FLOW)
        wait_ready(page)
        assert engine_timings(page)["snapshot"].startswith("failed"), engine_timings(page)
        assert page.locator(".tool-failure").count() == 0
        state = first_answer(page)
        page.locator(".flow-view .flow-next").click()
        assert_flow_shows(page, flow_expected(state))
        assert page.js_errors == []
    finally:
        ctx.close()


def test_an_answer_from_the_lookahead_is_shown_within_the_click(tab, base_url):
    page = tab
    # The first question has several choices (no lookahead); the one after it has one.
    page.goto(base_url + FLOW + "#svar=hvad.trussel")
    wait_ready(page)
    n = len(QUESTION_BY_ID["trussel_hvad"].options)
    page.wait_for_selector(f"[data-tool=flow][data-ahead='{n}']", state="attached")
    state = page.locator(".flow-view a.flow-option").first.get_attribute("data-svar")
    changed = page.evaluate("""() => {
        const view = document.querySelector('.flow-view');
        const before = view.innerHTML;
        view.querySelector('a.flow-option').click();
        return view.innerHTML !== before;  // no await: no round trip to the worker happened
    }""")
    assert changed
    assert_flow_shows(page, flow_expected(state))
    assert page.url.endswith("#svar=" + state)
    # The next answers are asked for meanwhile.
    n2 = 0 if QUESTION_BY_ID[flow_expected(state)["question"]].multi else len(QUESTION_BY_ID[flow_expected(state)["question"]].options)
    page.wait_for_selector(f"[data-tool=flow][data-ahead='{n2}']", state="attached")


def test_search_works_on_a_tool_page_while_python_starts(browser, base_url):
    # The tool pages build Material's search index only after Python has started
    # (assets/javascripts/workers/search-deferred.js), or at once when the search is
    # opened. Python is held back here, so only the second can make the results come
    # in time (the worker's own fallback waits 8 s).
    # The search worker is held back too, until after the search was opened: the
    # page's word must still reach it (it asks again when it starts).
    ctx = _new_context(browser, search=True)
    held, search_worker = [], []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    ctx.route(re.compile(r".*/workers/search-deferred\.js.*"), lambda route: search_worker.append(route))
    page = _new_page(ctx)
    try:
        page.goto(base_url + FLOW, wait_until="domcontentloaded")
        page.locator(".md-search__input").click()
        page.keyboard.type("bagvaskelse")
        wait_held(page, search_worker)
        search_worker[0].continue_()
        expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"^\d+ resultater?$"), timeout=6_000)
        assert "bagvaskelse" in page.locator(".md-search-result__list").inner_text().lower()
        assert page.evaluate("document.documentElement.dataset.engine") == "loading"
        assert page.js_errors == []
    finally:
        ctx.close()


def test_early_taps_are_answered_from_the_build_before_python_is_ready(browser, base_url):
    # Python is held back for the whole test: the first answer and the one after it come from
    # the answers Python computed at build time (tidlige-svar.json), within the click.
    ctx = _new_context(browser)
    held = []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    page = _new_page(ctx)
    try:
        page.goto(base_url + FLOW)
        page.wait_for_load_state("load")
        state = first_answer(page)
        page.locator(".flow-view .flow-next").click()
        assert_flow_shows(page, flow_expected(state))
        assert page.evaluate("document.documentElement.dataset.engine") == "loading"
        assert page.locator("[data-tool=flow]").get_attribute("aria-busy") != "true"
        nxt = flow_expected(state)["question"]
        second = f"{state}-{nxt}.{QUESTION_BY_ID[nxt].options[0].id}"
        changed = page.evaluate("""s => {
            const view = document.querySelector('.flow-view');
            const before = view.innerHTML;
            view.querySelector(`a.flow-option[data-svar="${s}"]`).click();
            return view.innerHTML !== before;  // within the click: no worker, no network
        }""", second)
        assert changed
        assert_flow_shows(page, flow_expected(second))
        assert page.evaluate("document.documentElement.dataset.engine") == "loading"
        assert page.js_errors == []
    finally:
        ctx.close()


def test_first_tap_is_answered_from_the_page_itself_before_any_request(browser, base_url):
    # Python and the build's answer file are both held back: each first answer with one choice is
    # answered within the click from the answers inlined in the page (script.flow-early).
    ctx = _new_context(browser)
    held = []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    ctx.route(re.compile(r".*/tidlige-svar\.json$"), lambda route: held.append(route))
    page = _new_page(ctx)
    try:
        page.goto(base_url + FLOW, wait_until="domcontentloaded")
        # The shell lays out one step of each kind out of sight while it starts (warmStyles) and
        # takes it away at once: one view, one form, one title, nothing hidden left behind.
        # tools.js is a module script, so it has run by DOMContentLoaded (page.clock fakes
        # `performance`, so its mark cannot tell).
        assert page.locator(".flow-view").count() == 1
        assert page.locator("form.flow-multi").count() == 1
        assert page.locator("[inert], .flow-view[aria-hidden]").count() == 0
        for option in QUESTION_BY_ID[START].options:
            state = f"{START}.{option.id}"
            changed = page.evaluate("""id => {
                const view = document.querySelector('.flow-view');
                for (const box of view.querySelectorAll('form.flow-multi input[type=checkbox]')) box.checked = box.value === id;
                const before = view.innerHTML;
                view.querySelector('form.flow-multi .flow-next').click();
                return view.innerHTML !== before;  // within the click
            }""", option.id)
            assert changed, state
            assert_flow_shows(page, flow_expected(state))
            assert page.evaluate("document.documentElement.dataset.engine") == "loading"
            page.go_back()
            expect(page.locator(".flow-view form.flow-multi")).to_have_count(1)
        assert page.js_errors == []
    finally:
        ctx.close()


def test_click_before_python_is_ready_shows_working_state_and_replays(browser, base_url):
    ctx = _new_context(browser)
    page = _new_page(ctx)
    # Hold back the engine until the click has happened.
    held = []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    try:
        page.goto(base_url + FLOW)
        # Four choices: more than the build's early answers hold, so only Python can answer.
        opts = [o.id for o in QUESTION_BY_ID[START].options[:4]]
        for oid in opts:
            page.locator(f".flow-view input[value='{oid}']").check()
        state = f"{START}." + ",".join(opts)
        page.locator(".flow-view .flow-next").click()
        expect(page.locator(".flow-status")).to_have_text("Et øjeblik …")
        assert page.locator("[data-tool=flow]").get_attribute("aria-busy") == "true"
        assert "svar=" not in page.url  # nothing happened yet: the plain link was not followed
        wait_held(page, held)
        held[0].continue_()
        assert_flow_shows(page, flow_expected(state))
        assert page.js_errors == []
        assert ctx.guard.blocked == []
    finally:
        ctx.close()


def test_flow_without_javascript_reaches_an_outcome_by_plain_links(browser, base_url):
    ctx = _new_context(browser, java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(base_url + FLOW)
        # The first question's form opens its own page, where each choice is a plain link.
        page.locator("main .flow-next").click()
        page.wait_for_url(re.compile(rf".*/trin/{START}/\??$"))
        assert "valg" not in page.url  # no answer in the address (or the server's log)
        for _ in range(40):
            if "/udfald/" in page.url:
                break
            if "/trin/resultat/" in page.url:
                page.locator("main a[href*='udfald/']").first.click()
                continue
            # Follow the last answer link ("Nej" or similar) to walk the whole flow.
            page.locator("main a.flow-option").last.click()
        assert "/udfald/" in page.url
        assert page.locator("main h1").count() == 1
        assert ctx.guard.blocked == []
    finally:
        ctx.close()


# ---------------------------------------------------------------- the calculator


def _fill_calculator(page, date_text: str, time_text: str):
    page.fill("#haendelse_dato", date_text)
    page.fill("#haendelse_tid", time_text)


def _text(fragment_html: str) -> str:
    return " ".join(lxml_html.fragment_fromstring(fragment_html, create_parent="div").text_content().split())


def test_calculator_result_and_ics_match_cpython(tab, base_url):
    import icalendar

    page = tab
    page.goto(base_url + CALC + "?offences=strfl-266,strfl-ukendt,<b>x</b>")
    assert page.eval_on_selector_all("input[name=offences]:checked", "els => els.map(e => e.value)") == ["strfl-266"]
    _fill_calculator(page, "20.11.2026", "14.30")
    page.locator("button[type=submit]").click()
    request = {"tool": "frister", "now": NOW, "haendelse_dato": "20.11.2026", "haendelse_tid": "14.30",
               "offences": ["strfl-266"], "mulig_erstatning": False, "workplace": WORKPLACE}
    # ^ exactly the fields the form sends (empty optional text fields are left out)
    expected = cpython(request)
    assert expected["ok"], expected
    expect(page.locator("[data-tool=frister]")).to_have_attribute("data-state", "result")
    got = " ".join(page.locator(".frister-result").text_content().split())
    assert got == _text(expected["html"])
    # Focus moved to the result heading.
    assert page.evaluate("document.activeElement.closest('.frister-result') !== null")

    with page.expect_download() as dl:
        page.locator("[data-action=ics]").click()
    download = dl.value
    assert download.suggested_filename == "frister.ics"
    ics_text = open(download.path(), encoding="utf-8", newline="").read()  # keep CRLF (RFC 5545)
    expected_ics = cpython({**request, "tool": "frister_ics"})["ics"]
    assert ics_text == expected_ics
    cal = icalendar.Calendar.from_ical(ics_text)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) >= 3


def test_calculator_countdown_is_asked_again_every_minute(browser, base_url):
    # Its own context: Playwright's clock belongs to the whole context, and a paused
    # clock would stall every later page in the shared one.
    ctx = _new_context(browser)
    page = ctx.new_page()
    page.clock.install(time=FIXED)
    page.clock.pause_at(FIXED + timedelta(seconds=1))
    try:
        page.goto(base_url + CALC)
        _fill_calculator(page, "20.11.2026", "14.30")
        page.locator("button[type=submit]").click()
        result = page.locator(".frister-result")
        expect(result).to_contain_text("kl. 10.00")
        page.clock.run_for(60_000)
        expect(result).to_contain_text("kl. 10.01")  # Python got the new "now"
    finally:
        ctx.close()


def test_calculator_shows_python_errors_as_text(tab, base_url):
    page = tab
    page.goto(base_url + CALC)
    _fill_calculator(page, "31.02.2026", MARKUP[0])
    page.locator("button[type=submit]").click()
    expect(page.locator("[data-tool=frister]")).to_have_attribute("data-state", "error")
    errors = page.locator(".tool-error li").all_text_contents()
    expected = cpython({"tool": "frister", "now": NOW, "haendelse_dato": "31.02.2026", "haendelse_tid": MARKUP[0],
                        "offences": [], "mulig_erstatning": False, "workplace": WORKPLACE})
    assert errors == [e["message"] for e in expected["errors"]]
    assert page.locator(INJECTED).count() == 0
    assert page.evaluate("window.__pwned") is None
    assert run_axe(page) == [], "calculator error state"
    # Markup in every field: still only text.
    page.locator(".frister-more summary").click()
    fields = ["haendelse_dato", "haendelse_tid", "fravaer_foerste_dag", "fravaer_dage",
              "kendt_dato", "anmodning_modtaget", "aktindsigt_modtaget"]
    for i, name in enumerate(fields):
        page.fill("#" + name, MARKUP[i % len(MARKUP)])
    page.locator("button[type=submit]").click()
    expected = cpython({"tool": "frister", "now": NOW, "offences": [], "mulig_erstatning": False,
                        "workplace": WORKPLACE, **{n: MARKUP[i % len(MARKUP)] for i, n in enumerate(fields)}})
    assert len(expected["errors"]) >= 3
    # Waits for the new answer (the first error box is still there until it arrives).
    expect(page.locator(".tool-error li")).to_have_text([e["message"] for e in expected["errors"]])
    assert page.locator(INJECTED).count() == 0
    assert page.evaluate("window.__pwned") is None


def test_calculator_error_is_shown_at_its_field_and_said_once(tab, base_url):
    # Walkthrough, December 2026: on a phone the message sat below «Beregn», far from the field,
    # and was printed twice (the box and the status line).
    page = tab
    page.goto(base_url + CALC)
    _fill_calculator(page, "32.13.2026", "25.61")
    page.locator(".frister-more summary").click()
    page.fill("#kendt_dato", "i går")
    page.locator(".frister-more summary").click()  # closed again: the error must open it
    page.locator("button[type=submit]").click()
    tool = page.locator("[data-tool=frister]")
    expect(tool).to_have_attribute("data-state", "error")
    expected = cpython({"tool": "frister", "now": NOW, "haendelse_dato": "32.13.2026", "haendelse_tid": "25.61",
                        "kendt_dato": "i går", "offences": [], "mulig_erstatning": False, "workplace": WORKPLACE})
    by_field = {e["field"]: e["message"] for e in expected["errors"]}
    assert set(by_field) == {"haendelse_dato", "haendelse_tid", "kendt_dato"}
    # One message per field, with every fault in it.
    assert "dagen" in by_field["haendelse_dato"] and "måneden" in by_field["haendelse_dato"]
    assert "timetallet" in by_field["haendelse_tid"] and "minuttallet" in by_field["haendelse_tid"]
    # The list sits at the top of the form and has focus; each item leads to its field.
    box = page.locator("form .tool-error")
    expect(box).to_be_focused()
    assert box.evaluate("b => b.nextElementSibling.matches('.frister-forudfyldt, fieldset')")
    for name, message in by_field.items():
        field = page.locator(f"#{name}")
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(page.locator(f"#{name}-fejl")).to_have_text(message)
        assert f"{name}-fejl" in field.get_attribute("aria-describedby").split()
        assert field.is_visible(), f"{name} is hidden (its details closed)"
    page.locator("form .tool-error a", has_text="Datoen for hændelsen").click()
    expect(page.locator("#haendelse_dato")).to_be_focused()
    # Said once: the alert box says it; the status line stays empty.
    expect(page.locator(".frister-status")).to_have_text("")
    assert run_axe(page) == [], "calculator error state with marked fields"
    # Nothing she typed is lost; put right, every mark goes.
    assert page.input_value("#kendt_dato") == "i går"
    _fill_calculator(page, "20.11.2026", "14.30")
    page.fill("#kendt_dato", "")
    page.locator("button[type=submit]").click()
    expect(tool).to_have_attribute("data-state", "result")
    assert page.locator("[aria-invalid], .frister-fejl, form .tool-error").count() == 0
    assert page.get_attribute("#haendelse_dato", "aria-describedby") == "haendelse_dato-hint"


def test_calculator_before_python_is_ready_shows_working_state(browser, base_url):
    ctx = _new_context(browser)
    page = _new_page(ctx)
    held = []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    try:
        page.goto(base_url + CALC)
        _fill_calculator(page, "20.11.2026", "9.05")
        page.locator("button[type=submit]").click()
        expect(page.locator(".frister-status")).to_have_text("Et øjeblik …")
        wait_held(page, held)
        held[0].continue_()
        expect(page.locator("[data-tool=frister]")).to_have_attribute("data-state", "result", timeout=20000)
        assert page.locator(".frister-result h2").count() >= 1
        assert page.js_errors == []
    finally:
        ctx.close()


# ---------------------------------------------------------------- hostile input

BULK_JS = """async (requests) => {
    const engine = await import(new URL('/assets/js/engine.js', location.href).href);
    await engine.ready;
    const box = document.createElement('div');
    document.querySelector('main').append(box);
    const bad = [];
    for (const [i, req] of requests.entries()) {
        const r = await engine.call(req);
        if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') { bad.push([i, 'shape']); continue; }
        if (!r.ok && !(Array.isArray(r.errors) && r.errors.length && r.errors.every(e => typeof e.message === 'string')))
            bad.push([i, 'errors']);
        if (r.html !== undefined) {
            box.innerHTML = r.html;   // exactly what the shells do with Python's HTML
            if (box.querySelector("script, iframe, svg, img[src='x'], #injected, [onerror], [onload]"))
                bad.push([i, 'injected']);
        }
    }
    box.remove();
    return {bad, pwned: window.__pwned === undefined ? null : window.__pwned};
}"""


def test_thousand_hostile_requests_inject_nothing(tab, base_url):
    page = tab
    page.goto(base_url + FLOW)
    wait_ready(page)
    requests = hostile_requests(random.Random(1125), 1000)
    result = page.evaluate(BULK_JS, requests)
    assert result == {"bad": [], "pwned": None}


def test_tampered_svar_in_url_shows_danish_error(tab, base_url):
    page = tab
    for svar in ('arbejde.ja-<img src=x onerror="window.__pwned=1">',
                 "%00%3Csvg%20onload%3Dwindow.__pwned%3D1%3E"):
        page.goto(base_url + FLOW + "?svar=" + svar)
        expect(page.locator("[data-tool=flow]")).to_have_attribute("data-state", "error")
        assert page.locator(".tool-error li").count() >= 1
        assert page.locator(INJECTED).count() == 0
        assert page.evaluate("window.__pwned") is None
    # More tampered states through the shell's own history handling, without reloads.
    for svar in ("</script><b id=injected>x</b>", "arbejde.ja-trussel.ja-" * 40, "arbejde.nej-resultat.ja"):
        page.evaluate("s => { history.pushState(null, '', '?svar=' + encodeURIComponent(s));"
                      " dispatchEvent(new PopStateEvent('popstate')); }", svar)
        # The popstate handler marks the tool busy at once; wait for this answer, not the last one.
        expect(page.locator("[data-tool=flow]")).to_have_attribute("aria-busy", "false")
        expected = flow_expected(svar)
        assert expected["ok"] is False
        expect(page.locator(".tool-error li")).to_have_text([e["message"] for e in expected["errors"]])
        assert page.locator(INJECTED).count() == 0
    assert page.evaluate("window.__pwned") is None


# ---------------------------------------------------------------- CSP


def test_tools_work_under_the_strict_csp(browser, strict_csp_url):
    ctx = _new_context(browser)
    page = _new_page(ctx)
    try:
        page.goto(strict_csp_url + FLOW)
        wait_ready(page)
        state = first_answer(page)
        page.locator(".flow-view .flow-next").click()
        assert_flow_shows(page, flow_expected(state))
        page.goto(strict_csp_url + CALC)
        _fill_calculator(page, "1.11.2026", "")
        page.locator("button[type=submit]").click()
        expect(page.locator("[data-tool=frister]")).to_have_attribute("data-state", "result", timeout=20000)
        assert page.js_errors == []
        assert ctx.guard.blocked == []
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def no_wasm_url(site_dir):
    server, url = serve_in_thread(site_dir, csp=STRICT_CSP.replace(" 'wasm-unsafe-eval'", ""))
    yield url
    server.shutdown()


@pytest.mark.parametrize("path", [FLOW, CALC])
def test_blocked_wasm_shows_danish_message_within_10_s(browser, no_wasm_url, path):
    ctx = _new_context(browser)
    page = _new_page(ctx)
    try:
        t0 = time.monotonic()
        page.goto(no_wasm_url + path)
        failure = page.locator(".tool-failure")
        expect(failure).to_be_visible(timeout=START_LIMIT_S * 1000)
        assert time.monotonic() - t0 < START_LIMIT_S
        expect(failure.locator(".admonition-title")).to_have_text("Værktøjet kan ikke starte i din browser")
        link = failure.locator("a")
        assert link.get_attribute("href")
        assert run_axe(page) == []
        if path == FLOW:
            # The form and the answers are plain again: they lead to the static pages.
            first_answer(page)
            page.locator(".flow-view .flow-next").click()
            page.wait_for_url(re.compile(r".*/trin/[a-z_]+/\??$"))
        assert page.js_errors == []
    finally:
        ctx.close()


def test_slow_start_shows_message_at_10_s_and_recovers(browser, base_url):
    ctx = _new_context(browser)
    held = []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    page = ctx.new_page()
    page.js_errors = []
    page.on("pageerror", lambda exc: page.js_errors.append(str(exc)))
    # The page's timers run on a paused fake clock: no real 10 s wait, and a slow
    # machine cannot reach the limit before the test says so.
    page.clock.install(time=FIXED)
    page.clock.pause_at(FIXED + timedelta(seconds=1))
    try:
        page.goto(base_url + FLOW)
        wait_held(page, held)
        page.clock.run_for(9_000)
        assert page.locator(".tool-failure").count() == 0
        page.clock.run_for(1_100)
        failure = page.locator(".tool-failure")
        expect(failure.locator(".admonition-title")).to_have_text("Værktøjet er længe om at starte")
        assert failure.locator("a").get_attribute("href") == f"trin/{START}/"
        held[0].continue_()
        expect(failure).to_have_count(0)  # Python arrived after all: the message goes away
        wait_ready(page)
        state = first_answer(page)
        page.locator(".flow-view .flow-next").click()
        assert_flow_shows(page, flow_expected(state))
        assert page.js_errors == []
    finally:
        ctx.close()


def _wrong_wasm_mime_type(route):
    # Intranet servers often lack the .wasm mapping; Pyodide alone would wait forever.
    resp = route.fetch()
    route.fulfill(response=resp, headers={**resp.headers, "content-type": "application/octet-stream"})


def _no_streaming_compilation(route):
    # As in a browser without WebAssembly.compileStreaming.
    resp = route.fetch()
    route.fulfill(response=resp, body="delete WebAssembly.compileStreaming;\n" + resp.text())


@pytest.mark.parametrize("pattern, change", [
    (r".*\.wasm$", _wrong_wasm_mime_type),
    (r".*/assets/js/engine-worker\.js$", _no_streaming_compilation),
], ids=["wasm-served-as-octet-stream", "no-compileStreaming"])
def test_starts_on_a_less_friendly_server_or_browser(browser, base_url, pattern, change):
    ctx = _new_context(browser)
    ctx.route(re.compile(pattern), change)
    page = _new_page(ctx)
    try:
        page.goto(base_url + CALC)
        wait_ready(page)
        assert page.locator(".tool-failure").count() == 0
        assert engine_timings(page)["snapshot"] == "restored"
    finally:
        ctx.close()


def test_missing_file_shows_message_at_once(browser, base_url):
    ctx = _new_context(browser)
    ctx.route(re.compile(r".*/python_stdlib-[^/]*\.zip$"), lambda route: route.fulfill(status=404, body="nope"))
    page = _new_page(ctx)
    try:
        t0 = time.monotonic()
        page.goto(base_url + FLOW)
        expect(page.locator(".tool-failure")).to_be_visible(timeout=START_LIMIT_S * 1000)
        assert time.monotonic() - t0 < START_LIMIT_S
        assert page.locator(".tool-failure").get_attribute("data-engine-failure") == "missing"
    finally:
        ctx.close()


# ---------------------------------------------------------------- accessibility and keyboard


def test_axe_in_every_flow_and_calculator_state(tab, base_url):
    page = tab
    page.goto(base_url + FLOW)
    assert run_axe(page) == [], "first question"
    wait_ready(page)
    path = random_path(random.Random(3))
    answer_control(page, encode(path[:1])).click()
    assert_flow_shows(page, flow_expected(encode(path[:1])))
    assert run_axe(page) == [], "mid-flow"
    for state in (encode(path), "x.y"):
        page.evaluate("s => { history.pushState(null, '', '?svar=' + s); dispatchEvent(new PopStateEvent('popstate')); }",
                      state)
        if state == "x.y":
            expect(page.locator("[data-tool=flow]")).to_have_attribute("data-state", "error")
            assert run_axe(page) == [], "flow error"
        else:
            assert_flow_shows(page, flow_expected(state))
            page.locator(".flow-answers summary").click()
            assert run_axe(page) == [], "result"
    page.goto(base_url + CALC)
    page.locator(".frister-more summary").click()
    assert run_axe(page) == [], "calculator form"
    _fill_calculator(page, "20.11.2026", "14.30")
    page.locator("button[type=submit]").click()
    expect(page.locator("[data-tool=frister]")).to_have_attribute("data-state", "result")
    assert run_axe(page) == [], "calculator result"


def _tab_to(page, predicate_js: str, limit: int = 130, key: str = "Tab") -> None:
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!el && ({predicate_js}); }})()"):
            return
    raise AssertionError(f"Tab never reached {predicate_js}")


def test_keyboard_only_through_flow_and_calculator(tab, base_url):
    page = tab
    page.goto(base_url + FLOW)
    wait_ready(page)
    path = random_path(random.Random(11))
    for i, (qid, oid) in enumerate(path):
        state = encode(path[: i + 1])
        if QUESTION_BY_ID[qid].multi:
            # Tab to each box to tick and tick it with Space; then «Videre» with Enter.
            for value in oid.split(","):
                _tab_to(page, f"el.type === 'checkbox' && el.value === {value!r}")
                page.keyboard.press("Space")
            _tab_to(page, "el.classList.contains('flow-next')")
        else:
            _tab_to(page, f"el.dataset.svar === {state!r}")
        page.keyboard.press("Enter")
        assert_flow_shows(page, flow_expected(state))
        # Focus is on the new heading, so the next Tab starts inside the new step.
        assert page.evaluate("document.activeElement.id") == "flow-titel"
    assert QUESTION_BY_ID  # the flow has questions at all

    page.goto(base_url + CALC)
    _tab_to(page, "el.id === 'haendelse_dato'")
    page.keyboard.type("20.11.2026")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "haendelse_tid"
    page.keyboard.type("14.30")
    _tab_to(page, "el.type === 'submit'")
    page.keyboard.press("Space")
    expect(page.locator("[data-tool=frister]")).to_have_attribute("data-state", "result")
    with page.expect_download():
        # Focus is on the result heading; the calendar button sits just before the result.
        _tab_to(page, "el.dataset.action === 'ics'", limit=4, key="Shift+Tab")
        page.keyboard.press("Enter")


def test_a_new_step_shows_its_danger_line_clear_of_the_sticky_header(browser, base_url):
    # At 1366×768 «Videre» sits below the fold of the first question. The browser's own scroll to
    # the focused heading put «Er du i fare nu? Ring 112» above it under Material's sticky header.
    ctx = _new_context(browser, viewport={"width": 1366, "height": 768})
    page = _new_page(ctx)
    try:
        page.goto(base_url + FLOW)
        page.wait_for_load_state("load")
        for _ in range(2):
            if page.locator(".flow-view form.flow-multi").count():
                page.locator(".flow-view input[value='opsoegt']").check()  # waits outside her home
                page.locator(".flow-view .flow-next").click()
            else:
                page.locator(".flow-view a.flow-option").first.click()
            expect(page.locator(".flow-view h2")).to_be_focused()
            danger = page.locator(".flow-view .flow-danger")
            expect(danger).to_have_count(1)
            header = page.locator(".md-header").bounding_box()
            box, heading = danger.bounding_box(), page.locator(".flow-view h2").bounding_box()
            assert box["y"] >= header["y"] + header["height"], (box, header)
            assert heading["y"] + heading["height"] <= 768
        assert page.evaluate("scrollY") > 0  # the page did scroll: the check above is not of an unscrolled page
        assert page.js_errors == []
    finally:
        ctx.close()
