"""Every page of the built site: no request leaves the machine, and axe finds nothing.

One browser page per test worker is reused for all pages (a fresh page per URL
costs more than the checks themselves); the guard is reset before each URL.
"""
from __future__ import annotations

import pytest

from conftest import ExternalGuard, run_axe, site_pages

PAGES = site_pages()


def test_site_has_pages():
    # Guards the parametrised test below against silently testing nothing.
    assert len(PAGES) >= 25, PAGES


@pytest.fixture(scope="module")
def shared_page(browser):
    guard = ExternalGuard(search=False)
    ctx = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen")
    ctx.route("**/*", guard)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg, guard, errors
    pg.wait_for_timeout(1000)  # whatever the last page still asks for
    ctx.close()
    assert guard.blocked == [], f"requests to other origins after the last page: {guard.blocked}"


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_page_is_closed_network_and_accessible(shared_page, base_url, path):
    page, guard, errors = shared_page
    late = list(guard.blocked)
    guard.blocked.clear()
    errors.clear()
    assert late == [], f"late requests to other origins from the page before {path}: {late}"
    response = page.goto(base_url + path, wait_until="load")
    assert response is not None and response.ok, path
    assert page.locator("html").get_attribute("lang") == "da"
    violations = run_axe(page)
    assert violations == [], violations
    # Read after axe, which takes most of a second: a request the page makes late (the search
    # index, a font, the tool's Python) is in by then. The guard is also read once more after the
    # last page (below), and the tool pages' own tests guard every request while they are used.
    assert guard.blocked == [], f"requests to other origins: {guard.blocked}"
    assert errors == []
