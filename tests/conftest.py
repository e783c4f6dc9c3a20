"""Shared fixtures: the built site, a loopback server and Debian's Chromium via Playwright.

Chromium is Debian's package, driven with ``executable_path``; ``playwright
install`` is never used (it downloads a browser, which cannot work here).
"""
from __future__ import annotations

import functools
import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("HANDBOOK_SITE", ROOT / "site"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def site_pages() -> list[str]:
    """Every HTML page of the built site, as URL paths."""
    if not SITE.exists():
        return []
    paths = []
    for f in sorted(SITE.rglob("*.html")):
        rel = f.relative_to(SITE).as_posix()
        if rel.startswith("assets/"):
            continue
        paths.append("/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel))
    return paths


@pytest.fixture(scope="session")
def site_dir() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is not built: run `make test` (it builds first)")
    return SITE


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    from sitebuild.server import serve_in_thread

    server, url = serve_in_thread(site_dir)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def strict_csp_url(site_dir: Path):
    from sitebuild.server import STRICT_CSP, serve_in_thread

    server, url = serve_in_thread(site_dir, csp=STRICT_CSP)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: install Debian's chromium (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class ExternalGuard:
    """Blocks and records every request that leaves the loopback origin.

    With ``search=False`` the site's search index is answered with an empty index of the same
    config: Material's search worker then has nothing to build, which otherwise costs about half a
    CPU-second on every page load (measured 2 December 2026). Tests that are not about the search
    use that; the search itself is tested with its real index (tests/browser/test_search_browser.py)
    and every page's request for it is still made, and still guarded.
    """

    def __init__(self, search: bool = True) -> None:
        self.blocked: list[str] = []
        self.search = search

    def __call__(self, route) -> None:
        url = route.request.url
        host = urlparse(url).hostname or ""
        if url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost", "::1"):
            if not self.search and urlparse(url).path.endswith("/search/search_index.json"):
                route.fulfill(status=200, content_type="application/json", body=_empty_search_index())
            else:
                route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@functools.cache
def _empty_search_index() -> str:
    """The built index's own config with no documents (read once)."""
    config = json.loads((SITE / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    return json.dumps({"config": config, "docs": []})


@pytest.fixture()
def guarded_context(browser):
    """A fresh browser context whose requests to other origins are blocked and counted."""
    guard = ExternalGuard()
    ctx = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen")
    ctx.route("**/*", guard)
    ctx.guard = guard  # type: ignore[attr-defined]
    yield ctx
    ctx.close()


@pytest.fixture()
def page(guarded_context):
    pg = guarded_context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors  # type: ignore[attr-defined]
    yield pg
    pg.close()


AXE_JS = ROOT / "node_modules/axe-core/axe.min.js"


def run_axe(page) -> list[dict]:
    """axe-core (WCAG 2.0/2.1 A and AA rules plus best practice) on the current page state."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    return result


@pytest.fixture(scope="session")
def node_bin() -> str:
    node = shutil.which("node")
    if not node:
        pytest.fail("node is missing")
    return node
