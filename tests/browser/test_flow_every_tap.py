"""Every tap inside «Er det strafbart?» does what its element promises, by mouse, touch and keyboard.

In the first question, three middle questions and two results, each link, button, <summary>
and text block inside the tool is activated in turn:

- an answer link (``data-svar``) shows the step Python gives for that state;
- any other link is followed by the browser (the shell does not swallow it); same-origin
  links are really followed by mouse and must arrive at their address;
- a <summary> opens or closes its <details>; the print button prints;
- a text block does nothing: the step, the address and the view stay as they were.

After every activation no error box may be shown. Until the fix in 625a370, a tap on anything but
an answer button read the tool container's own ``data-state`` as an answer and showed «Linket
indeholder svar, som værktøjet ikke kan læse»: this test fails on that code.

The states are found by walking the engine (its lookahead), so the test follows the flow's
questions as they change, without knowing how a state is spelled.
"""
from __future__ import annotations

import random
import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from chikane import api
from chikane.flow import QUESTION_BY_ID
from conftest import ExternalGuard
from sitebuild.workplace import load_workplace

pytestmark = pytest.mark.browser

FLOW = "/vaerktoejer/er-det-strafbart/"
TODAY = "2026-11-25"
WORKPLACE = load_workplace().as_dict()
TOOL = "[data-tool=flow]"

expect.set_options(timeout=60_000)

# Installed before the page's scripts. A click listener on window runs after the tool's own
# handler (the tool container is inside the page), so it sees whether the shell prevented the
# browser's default. While __holdLinks is on, it then stops the browser from leaving, so one
# page load serves many links; the test turns it off to follow a link for real.
INIT_JS = """
window.__printed = 0;
window.print = () => { window.__printed += 1; };
window.__holdLinks = true;
window.__clicks = [];
window.addEventListener('click', (ev) => {
  const a = ev.target.closest && ev.target.closest('a[href]');
  if (!a) return;
  window.__clicks.push({href: a.getAttribute('href'), prevented: ev.defaultPrevented});
  if (window.__holdLinks) ev.preventDefault();
});
"""

# Every element a person can activate or tap inside the tool, with a stable path from the
# tool container (the same HTML is rendered again after Back, so the path finds it again).
# A text block is an element with text of its own that is not inside a link or button; it is
# tapped on its own text, at a point where nothing interactive lies on top.
ENUMERATE_JS = """
(tool) => {
  tool.querySelectorAll('details').forEach((d) => { d.open = true; });
  const INTERACTIVE = 'a[href], button, summary, input, select, textarea, label';
  const TEXT = 'p, li, h1, h2, h3, h4, h5, h6, span, strong, em, b, dt, dd, td, th, caption, figcaption';
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e !== tool; e = e.parentElement) {
      let i = 1;
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === e.tagName) i++;
      parts.unshift(`${e.tagName.toLowerCase()}:nth-of-type(${i})`);
    }
    return ':scope > ' + parts.join(' > ');
  };
  const out = [];
  for (const el of tool.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (r.width < 4 || r.height < 4 || cs.visibility === 'hidden' || cs.display === 'none') continue;
    let kind;
    if (el.matches('a[data-svar]')) kind = 'answer';
    else if (el.matches('a[href]')) kind = 'link';
    else if (el.matches('summary')) kind = 'summary';
    else if (el.matches('button[type=submit], input[type=submit]')) kind = 'submit';
    else if (el.matches('button')) kind = 'button';
    else if (el.matches('input[type=checkbox], input[type=radio]')) kind = 'check';
    else if (el.matches('label[for]')) kind = 'label';
    else if (el.matches(INTERACTIVE)) kind = 'control';
    else if (el.closest(INTERACTIVE)) continue;
    else if (el.matches(TEXT) && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) kind = 'text';
    else continue;
    out.push({
      path: path(el), kind, href: el.getAttribute('href'), svar: el.dataset.svar ?? null,
      action: el.dataset.action ?? null, label: (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50),
    });
  }
  return out;
}
"""

# Points where a tap hits each element of a run, in one round trip: the first is scrolled to the
# middle of the screen, and the run goes on while the next element can be hit without scrolling.
# Returns [{x, y} | {miss: true} | {count}] for the elements it got to (at least the first). A text
# block is hit on its own text (the element itself must be on top there); any other element
# anywhere inside its own boxes.
POINTS_JS = """
(tool, run) => {
  const pointOf = (el, ownText) => {
    const hits = (x, y) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      const top = document.elementFromPoint(x, y);
      return ownText ? top === el : Boolean(top) && el.contains(top);
    };
    const rects = [];
    if (ownText) {
      for (const n of el.childNodes) {
        if (n.nodeType !== 3 || !n.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        rects.push(...range.getClientRects());
      }
      // The middle of the widest line: a touch lands on the nearest link within its reach
      // (Chromium's touch adjustment), so the tap keeps as far from any link as the text allows.
      rects.sort((a, b) => b.width - a.width);
    } else rects.push(...el.getClientRects());
    for (const r of rects) {
      if (r.width < 2 || r.height < 2) continue;
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (hits(x, y)) return {x, y};
    }
    return null;
  };
  const out = [];
  for (const [i, [path, ownText]] of run.entries()) {
    const found = tool.querySelectorAll(path);
    if (found.length !== 1) { out.push({count: found.length}); break; }
    if (i === 0) found[0].scrollIntoView({block: 'center'});
    const point = pointOf(found[0], ownText);
    if (point) out.push(point);
    else if (i === 0) out.push({miss: true});
    else break;  // off screen or covered here: the next run starts with it
  }
  return out;
}
"""

# Focus the element at the path (one round trip); true if it is there and then has focus.
FOCUS_JS = """
(tool, path) => { const el = tool.querySelector(path); if (!el) return false; el.focus(); return document.activeElement === el; }
"""

# Text blocks and links are activated in groups; what the tool shows is read after each group. A
# tap that changed anything leaves the change (an error box, another step, another address) in
# place, and every click on a link is recorded in order with its address, so the group it happened
# in is named; the group is small enough to find the element by its label.
GROUP = 8


def engine(state: str) -> dict:
    return api.handle({"tool": "flow", "state": state, "workplace": WORKPLACE, "today": TODAY, "lookahead": True})


def multi_state(base: str, question: str, picked: list[str]) -> str:
    """The state a multiple-choice form sends: the shell joins the checked values the same way."""
    return (base + "-" if base else "") + question + "." + ",".join(picked)


def _walk(rng: random.Random) -> list[str]:
    """States of one walk from the first question to a result, by the engine's own next steps."""
    states = [""]
    while not (r := engine(states[-1]))["complete"]:
        nxt = sorted(r.get("next") or {})
        if nxt:
            states.append(rng.choice(nxt))
        else:  # a question with several choices: pick one to three of its options
            q = QUESTION_BY_ID[r["question"]]
            ids = [o.id for o in q.options]
            picked = sorted(rng.sample(ids, rng.randint(1, min(3, len(ids)))), key=ids.index)
            states.append(multi_state(states[-1], q.id, picked))
    return states


def _pick_states() -> list[tuple[str, str]]:
    walks = [_walk(random.Random(seed)) for seed in range(40)]
    longest = max(walks, key=len)
    middle = [s for s in longest[1:-1]]
    assert len(middle) >= 3, "the flow needs at least three questions after the first on some path"
    picks = [("first", "")] + [(f"middle{i}", s) for i, s in enumerate((middle[0], middle[len(middle) // 2], middle[-1]))]
    # Two results with different outcomes; the one with most outcomes has most to tap.
    results = sorted({w[-1] for w in walks}, key=lambda s: (-len(engine(s)["outcomes"]), s))
    seen: set[tuple[str, ...]] = set()
    for s in results:
        ids = tuple(o["id"] for o in engine(s)["outcomes"])
        if ids not in seen:
            seen.add(ids)
            picks.append((f"result{len(seen)}", s))
        if len(seen) == 2:
            break
    assert len(seen) == 2
    return picks


STATES = _pick_states()
_STATUS: dict[str, int] = {}  # same-origin address -> HTTP status, fetched once per test run
MODES = ("mouse", "touch", "keyboard")


@pytest.fixture(scope="module")
def contexts(browser):
    made = {}
    for name, kw in {
        "desktop": dict(viewport={"width": 1366, "height": 768}),
        "touch": dict(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True, device_scale_factor=2),
    }.items():
        guard = ExternalGuard(search=False)
        ctx = browser.new_context(locale="da-DK", timezone_id="Europe/Copenhagen", **kw)
        ctx.route("**/*", guard)
        ctx.add_init_script(INIT_JS)
        ctx.guard = guard
        made[name] = ctx
    yield made
    for ctx in made.values():
        assert ctx.guard.blocked == [], f"requests to other origins: {ctx.guard.blocked}"
        ctx.close()


def _url_for(base_url: str, state: str) -> str:
    return base_url + FLOW + (f"#svar={state}" if state else "")


def _shows(page, state: str) -> None:
    """The tool shows what Python gives for ``state``, and the address says so."""
    exp = api.handle({"tool": "flow", "state": state, "workplace": WORKPLACE, "today": TODAY})
    heading = "Resultat" if exp["complete"] else exp["title"]
    expect(page.locator(f"{TOOL} .flow-view h2")).to_have_text(heading)
    if state:
        expect(page).to_have_url(f"{page.url.split('#')[0]}#svar={state}")
    else:
        expect(page).not_to_have_url(re.compile(r"#svar="))


# What the tool shows, read in one round trip, after the next two frames (so a click's effects are in).
SNAPSHOT_JS = """
() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
  const tool = document.querySelector('[data-tool=flow]');
  const error = tool.querySelector('.tool-error, .tool-failure');
  done({url: location.href, view: tool.dataset.state, h2: tool.querySelector('.flow-view h2')?.textContent ?? null,
        error: error ? error.innerText : null, status: tool.querySelector('.flow-status')?.textContent ?? '',
        clicks: window.__clicks.splice(0)});
})))
"""


def _snapshot(page) -> dict:
    return page.evaluate(SNAPSHOT_JS)


def _no_error(page, what: str) -> dict:
    snap = _snapshot(page)
    assert snap["error"] is None, f"error box after {what}: {snap['error']}"
    assert not snap["status"].startswith("Fejl"), f"after {what}: {snap['status']}"
    return snap


def _open(page, base_url: str, state: str) -> None:
    page.goto(_url_for(base_url, state))
    page.wait_for_selector("html[data-engine=ready]", state="attached", timeout=60_000)
    _shows(page, state)
    expect(page.locator(TOOL)).to_have_attribute("data-state", "result" if engine(state)["complete"] else "question")


def _activate(page, el, mode: str) -> None:
    if mode == "mouse":
        el.click()
    elif mode == "touch":
        el.tap()
    else:
        el.focus()
        expect(el).to_be_focused()
        page.keyboard.press("Enter")


def _reopen_details(page) -> None:
    page.locator(TOOL).evaluate("t => t.querySelectorAll('details').forEach(d => { d.open = true; })")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name,state", STATES, ids=[n for n, _ in STATES])
def test_every_element_in_the_tool_does_what_it_promises(contexts, base_url, name, state, mode):
    ctx = contexts["touch" if mode == "touch" else "desktop"]
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        _open(page, base_url, state)
        tool = page.locator(TOOL)
        elements = tool.evaluate(ENUMERATE_JS)
        kinds = {e["kind"] for e in elements}
        assert kinds & {"answer", "submit"}, f"no way to answer found in {name}: {elements}"
        assert "text" in kinds
        done = {"answer": 0, "link": 0, "followed": 0, "summary": 0, "button": 0, "text": 0, "check": 0}
        before = _snapshot(page)
        group: list[tuple[str, str | None]] = []  # (label, href or None for a text block) since the last look

        def look_after_group() -> None:
            if group:
                what = f"{mode} on one of «" + "», «".join(label for label, _ in group) + f"» in {name}"
                after = _no_error(page, what)
                assert (after["url"], after["h2"], after["view"]) == (before["url"], before["h2"], before["view"]), what
                expected = [{"href": href, "prevented": False} for _, href in group if href is not None]
                assert after["clicks"] == expected, f"{what}: the browser was kept from following a link, or a tap hit one ({after['clicks']})"
                group.clear()

        def batchable(e: dict) -> bool:
            # Text blocks and links, except the one link followed for real (the first same-origin
            # one, by mouse). A text block takes no keyboard focus: the keyboard skips it.
            if e["kind"] == "link":
                return not (mode == "mouse" and urljoin(before["url"], e["href"]).startswith(base_url) and not followed)
            return e["kind"] == "text" and mode != "keyboard"

        for e in elements:
            target = urljoin(before["url"], e["href"] or "")
            if e["kind"] == "link" and target.startswith(base_url):
                # A link inside the site must lead to a page that is there (each address fetched once).
                address = target.split("#")[0]
                if address not in _STATUS:
                    _STATUS[address] = page.request.get(address).status
                assert _STATUS[address] == 200, f"link «{e['label']}» in {name}: {target}"

        followed = False
        i = 0
        while i < len(elements):
            e = elements[i]
            what = f"{mode} on {e['kind']} «{e['label']}» in {name}"
            if e["kind"] == "text" and mode == "keyboard":
                i += 1
                continue
            if batchable(e):
                run = []
                for f in elements[i:]:
                    if len(run) >= GROUP or not batchable(f):
                        break
                    run.append(f)
                if mode == "keyboard":  # links only here: focus each, then Enter
                    assert tool.evaluate(FOCUS_JS, e["path"]), f"{what}: gone (the view changed), or it takes no focus"
                    page.keyboard.press("Enter")
                    group.append((e["label"], e["href"]))
                    done["link"] += 1
                    i += 1
                else:
                    points = tool.evaluate(POINTS_JS, [[f["path"], f["kind"] == "text"] for f in run])
                    for f, point in zip(run, points):
                        assert "count" not in point, f"{f['path']}: found {point['count']} elements, not 1"
                        i += 1
                        if "miss" in point:
                            # Nowhere on top: a text block may lie under another's box; a link must not.
                            assert f["kind"] == "text", f"{mode} on link «{f['label']}» in {name}: covered or off screen"
                            continue
                        if mode == "touch":
                            page.touchscreen.tap(point["x"], point["y"])
                        else:
                            page.mouse.click(point["x"], point["y"])
                        group.append((f["label"], f["href"] if f["kind"] == "link" else None))
                        done["link" if f["kind"] == "link" else "text"] += 1
                if len(group) >= GROUP:
                    look_after_group()
                continue
            i += 1
            look_after_group()
            el = tool.locator(e["path"])
            expect(el).to_have_count(1)
            if e["kind"] == "answer":
                _activate(page, el, mode)
                _shows(page, e["svar"])
                _no_error(page, what)
                page.evaluate("history.back()")
                _shows(page, state)
                _reopen_details(page)
                done["answer"] += 1
            elif e["kind"] == "link":
                followed = True
                # Follow one for real in each state (by mouse): it must arrive where it says.
                page.evaluate("window.__clicks.length = 0; window.__holdLinks = false")
                with page.expect_navigation():
                    el.click()
                assert page.url == urljoin(before["url"], e["href"]), what
                done["link"] += 1
                done["followed"] += 1
                _open(page, base_url, state)
                _reopen_details(page)
            elif e["kind"] == "summary":
                details = el.locator("xpath=..")
                was_open = details.evaluate("d => d.open")
                _activate(page, el, mode)
                expect(details).to_have_js_property("open", not was_open)
                _no_error(page, what)
                if was_open:
                    details.evaluate("d => { d.open = true; }")
                done["summary"] += 1
            elif e["kind"] == "button":
                if e["action"] == "print":
                    printed = page.evaluate("window.__printed")
                    _activate(page, el, mode)
                    page.wait_for_function(f"window.__printed === {printed + 1}")
                else:
                    _activate(page, el, mode)
                _no_error(page, what)
                done["button"] += 1
            elif e["kind"] in ("check", "label"):
                if e["kind"] == "label" and mode == "keyboard":
                    continue  # a label takes no keyboard focus; its box is reached by Tab
                box = el if e["kind"] == "check" else page.locator(f"[id='{el.get_attribute('for')}']")
                was = box.is_checked()
                for expected in (not was, was):  # on, then back as it was
                    if mode == "keyboard":
                        box.focus()
                        page.keyboard.press("Space")
                    else:
                        _activate(page, el, mode)
                    expect(box).to_be_checked(checked=expected)
                    _no_error(page, what)
                done["check"] += 1
            elif e["kind"] == "submit":
                form = el.locator("xpath=ancestor::form[1]")
                boxes = form.locator("input[type=checkbox]")
                if boxes.count() and not form.locator("input:checked").count():
                    boxes.first.check()
                picked = form.evaluate("f => [...f.querySelectorAll('input[type=checkbox]:checked')].map(i => i.value)")
                target = multi_state(form.get_attribute("data-base") or "", form.get_attribute("data-question"), picked)
                _activate(page, el, mode)
                _shows(page, target)
                _no_error(page, what)
                page.evaluate("history.back()")
                _shows(page, state)
                _reopen_details(page)
                done["answer"] += 1
            else:
                pytest.fail(f"{what}: no check for this kind of element yet; add one")
        look_after_group()
        assert done["answer"] >= 1 and (mode == "keyboard" or done["text"] >= 3), done
        if name.startswith("result"):
            assert done["link"] >= 2 and done["button"] >= 1, done
            if mode == "mouse":
                assert done["followed"] >= 1, done
        assert errors == [], errors
    finally:
        page.close()
