"""Start-up benchmark of the browser tools (a script, not a test): `make bench`.

Headless Chromium (Debian's) via Playwright against the built site on a loopback
server. Each cold run is a fresh browser profile; the warm run is the second load
of the same page in that profile. For every variant it measures, in ms from
navigation start (page clock):

  first_question   first question visible and clickable: max(first contentful
                   paint, the shell's click handlers attached); on the plain
                   page: max(FCP, DOMContentLoaded end)
  python_ready     Pyodide and the engine ready in the worker
  answer_to_step   one click on an answer, right after python_ready, until the
                   next step is in the DOM and the next frame has started
  answer_to_step_settled
                   the same for the next answer, SETTLE_MS later
  beregn_to_result Beregn until the deadline result is in the DOM (calculator)
  early_tap        at the first moment a person can tap (first question painted, shell
                   attached; Python not ready): tick the first choice of the first question and
                   take «Videre», until the next step is in the DOM and the next frame has
                   started (answered from Python's build-time answers, inlined in the page)

and on the case folder (Sagsmappe, default variant only):

  first_field_usable  the first field («Dit navn») can be typed in: max(FCP,
                   DOMContentLoaded end); the form is in the HTML, Python is not needed
  shell_ready      the tool's own shell (sagsmappe.js) handles the form
  ten_pictures_to_log  10 screenshot-sized PNGs (390×844, about 0.55 MB each) chosen, until the
                   documentation log with all 10 pictures is downloaded (wall clock:
                   hashing, the documents, the .docx and the download), with its parts
                   pictures_in, documents_shown and log_downloaded

plus the ratio first_question / plain page (target <= 1.1) and Lighthouse
(performance score, total blocking time) on the two tool pages.

Variants, built from site/ into temporary copies with sitebuild.pyodide_bundle:
  default      stdlib and engine compiled to .pyc, memory snapshot (what the site ships)
  no-snapshot  default without the memory snapshot: Python boots and imports the engine
  py-stdlib    no-snapshot, with Pyodide's stock stdlib (.py only)
  py-engine    no-snapshot, with the engine as the plain wheel (.py)
  preload      default + <link rel=preload> of wasm and stdlib on the tool pages

Tried and removed, as it did not pay (figures in the closing notes of the work):
starting the worker while the page is still parsing, from <script type=module
async> and from an inline script; the worker was created 0.2 s earlier, and
Python was ready no sooner.

Writes bench/results/latest.json and prints a table.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from sitebuild import pyodide_bundle as pb  # noqa: E402
from sitebuild.server import serve_in_thread  # noqa: E402
from sitebuild.workplace import load_workplace  # noqa: E402

SITE = ROOT / "site"
RESULTS = ROOT / "bench" / "results"
FLOW = "/vaerktoejer/er-det-strafbart/"
CALC = "/vaerktoejer/fristberegner/"
PLAIN = "/naar-det-sker/"
CASE = "/vaerktoejer/sagsmappe/"
SETTLE_MS = 3000

FIRST_VISIBLE_JS = """() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const shell = performance.getEntriesByName('chikane:shell')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = fcp ? fcp.startTime : null;
    const ready = shell ? shell.startTime : nav.domContentLoadedEventEnd;
    return paint === null ? null : Math.max(paint, ready);
}"""
READY_JS = """() => new Promise((resolve) => {
    const done = () => resolve(performance.getEntriesByName('chikane:ready')[0].startTime);
    if (performance.getEntriesByName('chikane:ready').length) return done();
    new PerformanceObserver((list, obs) => {
        if (list.getEntriesByName('chikane:ready').length) { obs.disconnect(); done(); }
    }).observe({type: 'mark', buffered: true});
})"""
STEP_JS = """async () => {
    const view = document.querySelector('.flow-view');
    // A multiple-choice question: tick its first box and take «Videre»; else the first answer link.
    const box = view.querySelector('form.flow-multi input[type=checkbox]');
    if (box) box.checked = true;
    const opt = box ? view.querySelector('form.flow-multi .flow-next') : view.querySelector('a.flow-option');
    const before = view.innerHTML;
    // Observed before the click: the shell may update the view within the click itself.
    const changed = new Promise((resolve) => new MutationObserver((m, obs) => {
        if (view.innerHTML !== before) { obs.disconnect(); resolve(); }
    }).observe(view, {childList: true, subtree: true}));
    const t0 = performance.now();
    opt.click();
    await changed;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
}"""
# The «early tap» (issue 10 item 8): at the first moment a person can tap, long before Python is
# ready, tick the first choice and take «Videre»; until the next step is on screen (next frame).
# Answered from the answers Python computed at build time (inlined in the page, script.flow-early).
EARLY_JS = """async () => {
    const view = document.querySelector('.flow-view');
    const box = view.querySelector('form.flow-multi input[type=checkbox]');
    box.checked = true;
    const next = view.querySelector('form.flow-multi .flow-next');
    const before = view.innerHTML;
    const changed = new Promise((resolve) => new MutationObserver((m, obs) => {
        if (view.innerHTML !== before) { obs.disconnect(); resolve(); }
    }).observe(view, {childList: true, subtree: true}));
    const engine = document.documentElement.dataset.engine;
    const t0 = performance.now();
    next.click();
    await changed;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return {ms: performance.now() - t0, engine_at_tap: engine, at: t0};
}"""
BEREGN_JS = """async () => {
    const tool = document.querySelector('[data-tool=frister]');
    document.querySelector('#haendelse_dato').value = '20.11.2026';
    document.querySelector('#haendelse_tid').value = '14.30';
    const t0 = performance.now();
    tool.querySelector('button[type=submit]').click();
    await new Promise((resolve) => {
        const check = () => tool.dataset.state === 'result' || tool.dataset.state === 'error';
        if (check()) return resolve();
        new MutationObserver((m, obs) => { if (check()) { obs.disconnect(); resolve(); } })
            .observe(tool, {attributes: true, attributeFilter: ['data-state']});
    });
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
}"""


def make_variant(name: str, dest: Path) -> Path:
    """A copy of site/ with the engine bundle built another way."""
    shutil.copytree(SITE, dest)
    shutil.copy2(ROOT / "docs" / pb.WORKER, dest / pb.WORKER)  # the unfilled worker
    for old in list((dest / "assets/vendor/pyodide").glob("*/python_stdlib-*.zip")) + list(
        (dest / "assets/vendor/chikane").glob("*.zip")
    ):
        old.unlink()
    options = {
        "default": pb.Options(),
        "preload": pb.Options(),
        "no-snapshot": pb.Options(snapshot=False),
        "py-stdlib": pb.Options(precompile_stdlib=False, snapshot=False),
        "py-engine": pb.Options(precompile_engine=False, snapshot=False),
    }[name]
    bundle = pb.build(dest, options)
    pb.add_to_tool_pages(dest, load_workplace().as_dict(), bundle, preload=(name == "preload"))
    return dest


def one_profile(pw, url: str, path: str, tool: str | None) -> list[dict]:
    """Cold load then warm load of ``path`` in one fresh profile."""
    out = []
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            locale="da-DK", timezone_id="Europe/Copenhagen", viewport={"width": 1280, "height": 800},
        )
        try:
            for phase in ("cold", "warm"):
                page = ctx.new_page()
                early = None
                if tool == "flow":
                    # Tap at the first moment a person can: the first question is painted and the shell's
                    # click handlers are attached («first question» below), before the load event.
                    page.goto(url + path, wait_until="commit")
                    page.wait_for_function(
                        "performance.getEntriesByName('chikane:shell').length > 0"
                        " && performance.getEntriesByName('first-contentful-paint').length > 0", polling="raf")
                    early = page.evaluate(EARLY_JS)
                    page.wait_for_load_state("load")
                else:
                    page.goto(url + path, wait_until="load")
                page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0")
                m = {"phase": phase, "first_question": page.evaluate(FIRST_VISIBLE_JS)}
                if early is not None:
                    m["early_tap"] = early["ms"]
                    m["early_tap_at"] = early["at"]  # when the tap was made, ms from navigation start
                    if early["engine_at_tap"] == "ready":
                        raise RuntimeError("the early tap came after Python was ready: it measures nothing")
                if tool:
                    m["python_ready"] = page.evaluate(READY_JS)
                    m["worker_created"] = page.evaluate(
                        "performance.getEntriesByName('chikane:worker')[0].startTime")
                    # Inside the worker, ms after its own start (see engine-worker.js).
                    m["worker"] = page.evaluate(
                        "import(new URL('/assets/js/engine.js', location.href).href).then(e => e.timings)")
                    # Where the worker's clock starts, on the page's clock.
                    m["worker_started"] = m["worker"].pop("origin", 0) - page.evaluate("performance.timeOrigin")
                    failed = page.evaluate("document.documentElement.dataset.engine")
                    if failed != "ready":
                        raise RuntimeError(f"engine state {failed} on {path}")
                    if tool == "flow":
                        m["answer_to_step"] = page.evaluate(STEP_JS)
                        # The same a few seconds later, as a reader would click: the page has
                        # settled (Material's search index is built meanwhile).
                        page.wait_for_timeout(SETTLE_MS)
                        m["answer_to_step_settled"] = page.evaluate(STEP_JS)
                    else:
                        m["beregn_to_result"] = page.evaluate(BEREGN_JS)
                out.append(m)
                page.close()
        finally:
            ctx.close()
    return out


def screenshot_pngs(folder: Path, n: int = 10) -> list[Path]:
    """PNG files the size of phone screenshots (390×844, noisy enough to be about 0.55 MB each)."""
    import random
    import struct
    import zlib

    out = []
    rnd = random.Random(7)
    for i in range(n):
        w, h = 390, 844
        rows = []
        for y in range(h):
            # Flat bands with some noise, like text on a screenshot.
            base = bytes(((x + y + 40 * i) % 256) if (y // 24) % 3 else 245 for x in range(w * 3))
            noise = bytes(rnd.getrandbits(8) if rnd.random() < 0.25 else b for b in base)
            rows.append(b"\x00" + noise)

        def chunk(t: bytes, d: bytes) -> bytes:
            return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))

        data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))
        path = folder / f"skaermbillede-{i + 1}.png"
        path.write_bytes(data)
        out.append(path)
    return out


def case_profile(pw, url: str, pictures: list[Path]) -> list[dict]:
    """Cold then warm: open the case folder, type one incident, choose 10 pictures, download the log."""
    out = []
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, accept_downloads=True,
            locale="da-DK", timezone_id="Europe/Copenhagen", viewport={"width": 1280, "height": 800},
        )
        try:
            for phase in ("cold", "warm"):
                page = ctx.new_page()
                page.goto(url + CASE, wait_until="load")
                page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0")
                m = {"phase": phase, "first_field_usable": page.evaluate("""() => {
                    const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
                    const nav = performance.getEntriesByType('navigation')[0];
                    return Math.max(fcp, nav.domContentLoadedEventEnd);
                }""")}
                page.wait_for_function("performance.getEntriesByName('sagsmappe:shell').length > 0")
                m["shell_ready"] = page.evaluate("performance.getEntriesByName('sagsmappe:shell')[0].startTime")
                m["python_ready"] = page.evaluate(READY_JS)
                page.fill("#h1-dato", "28.11.2026")
                page.select_option("#h1-kanal", "facebook")
                page.fill("#h1-hvad", "Opslag om mig")
                t0 = time.perf_counter()
                page.set_input_files("#h1-filer", [str(p) for p in pictures])
                page.wait_for_function(f"document.querySelectorAll('[data-beviser=h1] li').length === {len(pictures)}",
                                       timeout=300_000)
                t1 = time.perf_counter()
                page.click("#sm-lav")
                page.wait_for_selector("#sm-doc-log", timeout=300_000)
                t2 = time.perf_counter()
                with page.expect_download(timeout=300_000) as info:
                    page.click("#sm-doc-log [data-hent=log]")
                info.value.path()  # the whole file has arrived
                t3 = time.perf_counter()
                m.update(pictures_in=(t1 - t0) * 1000, documents_shown=(t2 - t1) * 1000,
                         log_downloaded=(t3 - t2) * 1000, ten_pictures_to_log=(t3 - t0) * 1000)
                out.append(m)
                page.close()
        finally:
            ctx.close()
    return out


def summarise(samples: list[dict]) -> dict:
    keys = sorted({k for s in samples for k in s if k not in ("phase", "worker")})
    res: dict = {}
    for phase in ("cold", "warm"):
        rows = [s for s in samples if s["phase"] == phase]
        res[phase] = {}
        for k in keys:
            vals = [s[k] for s in rows if s.get(k) is not None]
            if vals:
                res[phase][k] = {"min": round(min(vals)), "median": round(statistics.median(vals)), "n": len(vals)}
    return res


def lighthouse(url: str) -> dict:
    lh = ROOT / "node_modules/.bin/lighthouse"
    flags = "--headless=new --no-sandbox " + " ".join(a for a in CHROMIUM_ARGS if a != "--no-sandbox")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lh.json"
        proc = subprocess.run(
            [str(lh), url, "--quiet", "--output=json", f"--output-path={out}", "--only-categories=performance",
             f"--chrome-flags={flags}", "--preset=desktop"],
            capture_output=True, text=True, env=env, timeout=300,
        )
        if proc.returncode != 0 or not out.exists():
            return {"error": proc.stderr[-500:]}
        data = json.loads(out.read_text())
    audits = data["audits"]
    # Which scripts keep the main thread busy (Pyodide runs in a worker and should not appear).
    bootup = sorted(audits["bootup-time"]["details"]["items"], key=lambda it: -it.get("scripting", 0))[:3]
    return {
        "main_thread_scripting_ms": {it["url"].rsplit("/", 1)[-1] or it["url"]: round(it.get("scripting", 0))
                                     for it in bootup},
        "performance": round(data["categories"]["performance"]["score"] * 100),
        "total_blocking_time_ms": round(audits["total-blocking-time"]["numericValue"]),
        "first_contentful_paint_ms": round(audits["first-contentful-paint"]["numericValue"]),
        "largest_contentful_paint_ms": round(audits["largest-contentful-paint"]["numericValue"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--variants", default="default,no-snapshot,py-stdlib,py-engine,preload")
    ap.add_argument("--no-lighthouse", action="store_true")
    ap.add_argument("--only-case-folder", action="store_true", help="measure the Sagsmappe page only")
    args = ap.parse_args()
    if not (SITE / "index.html").exists():
        sys.exit("site/ is not built: run `make bench` (it builds first)")
    from playwright.sync_api import sync_playwright

    started = time.time()
    load_before = os.getloadavg()
    results: dict = {"runs": args.runs, "variants": {}, "machine": {
        "cpus": os.cpu_count(), "loadavg_before": [round(x, 2) for x in load_before],
        "python": platform.python_version(), "chromium": CHROMIUM,
    }}
    names = args.variants.split(",")
    with tempfile.TemporaryDirectory(prefix="bench-sites-") as tmp, sync_playwright() as pw:
        servers, urls = [], {}
        for name in names:
            server, urls[name] = serve_in_thread(make_variant(name, Path(tmp) / name))
            servers.append(server)
        samples: dict[str, dict[str, list]] = {n: {"flow": [], "calculator": [], "plain_page": [], "sagsmappe": []}
                                               for n in names}
        case_pictures = screenshot_pngs(Path(tmp))
        # Round robin over variants and pages, so a change in machine load hits all alike.
        for i in range(args.runs):
            for name in names:
                if name == "default":
                    samples[name]["sagsmappe"] += case_profile(pw, urls[name], case_pictures)
                if args.only_case_folder:
                    continue
                samples[name]["flow"] += one_profile(pw, urls[name], FLOW, "flow")
                if name == "default":
                    samples[name]["calculator"] += one_profile(pw, urls[name], CALC, "frister")
                    samples[name]["plain_page"] += one_profile(pw, urls[name], PLAIN, None)
            print(f"== run {i + 1}/{args.runs} done", file=sys.stderr)
        for name in names:
            entry: dict = {page: summarise(v) for page, v in samples[name].items() if v}
            entry["raw"] = samples[name]
            if name == "default" and not args.only_case_folder:
                entry["ratio_first_question_to_plain"] = {
                    phase: round(entry["flow"][phase]["first_question"]["median"]
                                 / entry["plain_page"][phase]["first_question"]["median"], 2)
                    for phase in ("cold", "warm")
                }
                if not args.no_lighthouse:
                    entry["lighthouse"] = {"flow": lighthouse(urls[name] + FLOW),
                                           "calculator": lighthouse(urls[name] + CALC),
                                           "plain_page": lighthouse(urls[name] + PLAIN)}
            results["variants"][name] = entry
        for s in servers:
            s.shutdown()
    results["machine"]["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    results["seconds"] = round(time.time() - started)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print_table(results)


def print_table(results: dict) -> None:
    print(f"\nms from navigation; min / median of {results['runs']} fresh profiles "
          f"(load average before: {results['machine']['loadavg_before'][0]})\n")
    head = (f"{'variant':<11} {'page':<11} {'phase':<5} {'first question':>15} {'early tap':>10} {'python ready':>14} "
            f"{'answer→step':>12} {'settled':>9} {'Beregn→result':>14}")
    print(head)
    print("-" * len(head))

    def cell(d: dict, k: str) -> str:
        return f"{d[k]['min']}/{d[k]['median']}" if k in d else "—"

    for name, v in results["variants"].items():
        for page in ("flow", "calculator", "plain_page"):
            if page not in v:
                continue
            for phase in ("cold", "warm"):
                d = v[page][phase]
                print(f"{name:<11} {page:<11} {phase:<5} {cell(d, 'first_question'):>15} {cell(d, 'early_tap'):>10} "
                      f"{cell(d, 'python_ready'):>14} "
                      f"{cell(d, 'answer_to_step'):>12} {cell(d, 'answer_to_step_settled'):>9} "
                      f"{cell(d, 'beregn_to_result'):>14}")
        if "sagsmappe" in v:
            for phase in ("cold", "warm"):
                d = v["sagsmappe"][phase]
                print(f"{name:<11} sagsmappe   {phase:<5} first field {cell(d, 'first_field_usable')}, shell "
                      f"{cell(d, 'shell_ready')}, python {cell(d, 'python_ready')}; 10 pictures → log "
                      f"{cell(d, 'ten_pictures_to_log')} (pictures in {cell(d, 'pictures_in')}, documents "
                      f"{cell(d, 'documents_shown')}, download {cell(d, 'log_downloaded')})")
        if "ratio_first_question_to_plain" in v:
            r = v["ratio_first_question_to_plain"]
            print(f"{name:<10} first question / plain page (median): cold {r['cold']}×, warm {r['warm']}×  (target ≤ 1.1×)")
        if "lighthouse" in v:
            for page, lh in v["lighthouse"].items():
                print(f"{name:<10} Lighthouse {page}: {lh}")
    print(f"\nwritten to {RESULTS / 'latest.json'} ({results['seconds']} s)")


if __name__ == "__main__":
    main()
