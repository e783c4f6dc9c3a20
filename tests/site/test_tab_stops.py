"""Every tab stop is something a keyboard user can see: no element with no size takes focus.

Material's search results area is a scroll region, and Chromium makes a scroll region a tab stop. While the
search is closed it is 688 × 0 px at 1366 wide: a keyboard user tabbed to nothing. The handbook's CSS hides it
while closed; this test fails without that rule (checked by forcing it visible).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = ("/", "/naar-det-sker/leder/", "/vaerktoejer/er-det-strafbart/")
FOCUSED_JS = """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
  return {what: e.tagName + '.' + e.className, w: r.width, h: r.height}; }"""


@pytest.mark.parametrize("width,height", [(1366, 768), (390, 844)])
@pytest.mark.parametrize("path", PAGES)
def test_every_tab_stop_has_a_size(browser, base_url, path, width, height):
    page = browser.new_page(viewport={"width": width, "height": height}, locale="da-DK")
    try:
        page.goto(base_url + path)
        seen, unseen = 0, []
        for _ in range(30):
            page.keyboard.press("Tab")
            f = page.evaluate(FOCUSED_JS)
            if f["what"].startswith("BODY"):
                continue
            seen += 1
            if f["w"] < 2 or f["h"] < 2:
                unseen.append(f)
        assert seen >= 5, "the keyboard walk reached nothing"
        assert unseen == [], unseen
    finally:
        page.close()
