"""The flow's shell by keyboard and while Python starts (issue 10): a link that says it is a button acts like one,
and a direct result link waits humanely and honestly."""
from __future__ import annotations

import random
import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from node.cases import encode, random_path
from test_tools_browser import (
    FIXED, FLOW, START, _new_context, _new_page, assert_flow_shows, flow_expected, wait_held, wait_ready,
)

pytestmark = pytest.mark.browser

expect.set_options(timeout=60_000)


def test_space_activates_an_answer_link_that_says_it_is_a_button(browser, base_url):
    ctx = _new_context(browser, viewport={"width": 1366, "height": 768})
    page = _new_page(ctx)
    try:
        page.goto(base_url + FLOW + "#svar=hvad.trussel")
        wait_ready(page)
        link = page.locator(".flow-view a.flow-option").first
        state = link.get_attribute("data-svar")
        link.evaluate("a => a.setAttribute('role', 'button')")
        link.focus()
        page.keyboard.press("Space")
        assert_flow_shows(page, flow_expected(state))
        assert page.url.endswith("#svar=" + state)
        assert page.evaluate("document.activeElement.id") == "flow-titel"
        assert page.js_errors == []
    finally:
        ctx.close()


def test_a_direct_result_link_says_what_happens_and_keeps_112_usable(browser, base_url):
    state = encode(random_path(random.Random(5)))
    expected = flow_expected(state)
    assert expected["complete"], state
    ctx = _new_context(browser, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    held = []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    page = _new_page(ctx)
    page.clock.install(time=FIXED)
    page.clock.pause_at(FIXED + timedelta(seconds=1))
    try:
        page.goto(base_url + FLOW + "#svar=" + state)
        wait_held(page, held)
        wait = page.locator(".flow-link-wait")
        expect(wait).to_be_visible()
        expect(wait).to_contain_text("beregnet")
        # The page is not blocked meanwhile: 112 can be tapped.
        tel = page.locator(".flow-view a[href='tel:112']")
        expect(tel).to_be_visible()
        assert tel.evaluate("a => getComputedStyle(a).pointerEvents") != "none"
        assert page.locator("[data-tool=flow]").get_attribute("class") is None or \
            "tool-working" not in page.locator("[data-tool=flow]").get_attribute("class")
        # No answer is shown as hers before Python has answered.
        assert page.locator(".flow-view .flow-result").count() == 0
        assert wait.locator("a").count() == 0
        page.clock.run_for(4_100)
        link = wait.locator("a")
        expect(link).to_have_text("Brug spørgsmålene uden beregning")
        assert link.get_attribute("href") == f"trin/{START}/"
        held[0].continue_()
        assert_flow_shows(page, expected)
        expect(wait).to_have_count(0)
        assert page.locator("[data-tool=flow]").get_attribute("aria-busy") == "false"
        assert page.js_errors == []
    finally:
        ctx.close()


def test_a_direct_result_link_hands_over_to_the_start_up_message_at_the_limit(browser, base_url):
    state = encode(random_path(random.Random(5)))
    ctx = _new_context(browser)
    held = []
    ctx.route(re.compile(r".*/chikane-[^/]*\.zip$"), lambda route: held.append(route))
    page = _new_page(ctx)
    page.clock.install(time=FIXED)
    page.clock.pause_at(FIXED + timedelta(seconds=1))
    try:
        page.goto(base_url + FLOW + "#svar=" + state)
        wait_held(page, held)
        expect(page.locator(".flow-link-wait")).to_be_visible()
        page.clock.run_for(10_100)
        expect(page.locator(".tool-failure .admonition-title")).to_have_text("Værktøjet er længe om at starte")
        expect(page.locator(".flow-link-wait")).to_have_count(0)  # one message, not two
        held[0].continue_()
        assert_flow_shows(page, flow_expected(state))
        expect(page.locator(".tool-failure")).to_have_count(0)
        assert page.js_errors == []
    finally:
        ctx.close()
