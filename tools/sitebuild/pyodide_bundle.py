"""Put the Python engine and a self-hosted Pyodide into the built site.

What lands in ``site/assets/vendor/``::

    pyodide/<version>/pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm
    pyodide/<version>/python_stdlib-<hash>.zip     stdlib compiled to .pyc (cached in .cache/)
    chikane/chikane-<version>-py3-none-any.whl     the engine wheel, as pip builds it
    chikane/chikane-<version>-<hash>.zip           the same wheel compiled to .pyc (what the browser loads)
    chikane/snapshot-<hash>.bin                    Pyodide's memory with the engine imported (see below)

and the worker ``site/assets/js/engine-worker.js`` gets the exact file names,
the Pyodide lock ``info`` and the Europe/Copenhagen zone file written into it,
so the browser needs no manifest round trip and never fetches ``pyodide-lock.json``.

Why .pyc, and why compiled inside Pyodide under Node: Pyodide is Python 3.14 and
the host is 3.11, so the bytecode magic must come from Pyodide itself. Start-up
in the browser drops from about 3 s to about 1 s (see bench/run.py). The stdlib
only changes with the Pyodide version, so it is compiled once and cached; the
engine is compiled on every change (about 1 s).

Why a memory snapshot: even with .pyc files, booting CPython in WebAssembly and
importing the engine took about 2 s of the worker's start-up on a 2-core
machine. ``scripts/snapshot.mjs`` boots Pyodide once under Node, runs
:data:`BOOT_PY` (the same Python the worker runs) and saves the wasm memory;
the worker restores it instead of booting (``_loadSnapshot``, a private Pyodide
option, so the worker falls back to a normal boot if restoring fails). The
snapshot is tied to the exact ``pyodide.asm.wasm`` build, which is why it is made
here, from the vendored files, on every build whose inputs changed. It is 31 MB
of memory; without its zero pages (:func:`sparse`) 13 MB, and 5 MB with gzip.

Web server settings for an intranet deployment (``make serve`` does all of it):

- MIME types: ``.mjs`` → ``text/javascript`` (required: module scripts are
  refused otherwise; IIS has no mapping by default), ``.wasm`` →
  ``application/wasm`` (without it the worker still starts, a little slower),
  ``.zip``/``.whl`` → ``application/zip``.
- Content-Security-Policy: ``script-src 'self' 'wasm-unsafe-eval'``, and
  ``worker-src``/``connect-src`` allowing ``'self'`` (see sitebuild.server.STRICT_CSP).
  Without ``'wasm-unsafe-eval'`` the tools show their Danish "kan ikke starte"
  message at once and link to the static pages.
- Caching: ``assets/vendor/pyodide/<version>/`` and the hashed
  ``assets/vendor/chikane/*.zip`` never change under the same name, so
  ``Cache-Control: public, max-age=31536000, immutable`` is safe for them (the
  browser never loads the .whl, which keeps its version-only name), and the
  hashed ``chikane/snapshot-*.bin``.
  ``assets/js/`` (engine.js, engine-worker.js, tools.js) and the HTML are NOT
  versioned: serve them with ``no-cache`` (revalidation), or an old worker may
  ask for bundle files that a new build removed.
- Compression: gzip or brotli for ``.wasm``, ``.bin`` and ``.mjs`` (9.6 MB → 3.5 MB,
  13 MB → 5 MB and 1.25 MB → 0.26 MB); the .zip files are compressed already.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .paths import CACHE, NODE_MODULES, ROOT, TOOLS
from .script_json import script_json

PYODIDE_DIR = NODE_MODULES / "pyodide"
PRECOMPILE_JS = ROOT / "scripts" / "precompile.mjs"
SNAPSHOT_JS = ROOT / "scripts" / "snapshot.mjs"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
WORKER = Path("assets/js/engine-worker.js")
WORKER_MARKER = "const BUNDLE = null; // filled in at build time by sitebuild/pyodide_bundle.py"
ZONE = "Europe/Copenhagen"
# co_filename prefixes, as the modules are seen inside Pyodide.
STDLIB_PREFIX = "/lib/python314.zip/"
ENGINE_PREFIX = "/lib/chikane.zip/"
# Where the worker (and scripts/snapshot.mjs) put the engine zip in Pyodide's file system.
ENGINE_FS_PATH = ENGINE_PREFIX.rstrip("/")
# Run by the worker after Pyodide is loaded, and by scripts/snapshot.mjs before the
# snapshot is taken: after a restore everything is done already.
BOOT_PY = f"""\
import sys
if "chikane.api" not in sys.modules:
    sys.path.insert(0, {ENGINE_FS_PATH!r})
    import chikane.api
    chikane.api.warm_up()
"""


class BundleError(Exception):
    pass


@dataclass(frozen=True)
class Options:
    """Switches for the benchmark's comparisons; the site always uses the defaults."""

    precompile_stdlib: bool = True
    precompile_engine: bool = True
    snapshot: bool = True


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pyodide_version() -> str:
    pkg = PYODIDE_DIR / "package.json"
    if not pkg.exists():
        raise BundleError(f"{PYODIDE_DIR} is missing: run `npm ci` (make setup) first")
    return json.loads(pkg.read_text())["version"]


def _node() -> str:
    node = shutil.which("node")
    if not node:
        raise BundleError("node is missing: it compiles the Python files for Pyodide")
    return node


def _precompile(boot_stdlib: Path, jobs: list[tuple[Path, Path, str]]) -> None:
    args = [_node(), str(PRECOMPILE_JS), str(PYODIDE_DIR), str(boot_stdlib)]
    for src, dst, prefix in jobs:
        args += [str(src), str(dst), prefix]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        # Pyodide prints its whole minified source with some errors; keep the tail.
        raise BundleError(f"precompile failed:\n{proc.stderr[-3000:]}")


def _atomic_write(path: Path, data: bytes) -> None:
    # Several builds may run at once (helpers, CI): never leave half a file in the cache.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def stdlib_zip(options: Options = Options()) -> Path:
    """The stdlib zip to ship: Pyodide's own, or its .pyc build from .cache/."""
    stock = PYODIDE_DIR / "python_stdlib.zip"
    if not options.precompile_stdlib:
        return stock
    key = _sha(stock.read_bytes() + PRECOMPILE_JS.read_bytes())[:16]
    cached = CACHE / "pyodide" / f"python_stdlib-{pyodide_version()}-{key}.zip"
    if not cached.exists():
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "stdlib.zip"
            _precompile(stock, [(stock, out, STDLIB_PREFIX)])
            _atomic_write(cached, out.read_bytes())
    return cached


def build_wheel() -> Path:
    """``pip wheel`` of the engine, from a copy of the sources.

    A copy, because setuptools writes build/ and *.egg-info next to the sources
    and other builds may run in the same tree at the same time.
    """
    work = Path(tempfile.mkdtemp(prefix="chikane-wheel-"))
    src = work / "src"
    (src / "tools").mkdir(parents=True)
    shutil.copy2(ROOT / "pyproject.toml", src)
    if (ROOT / "README.md").exists():
        shutil.copy2(ROOT / "README.md", src)
    shutil.copytree(TOOLS / "chikane", src / "tools/chikane", ignore=shutil.ignore_patterns("__pycache__"))
    pip = ROOT / ".venv/bin/pip"
    proc = subprocess.run(
        [str(pip), "wheel", "--no-deps", "--no-build-isolation", "--disable-pip-version-check", "-q",
         "-w", str(work / "dist"), str(src)],
        capture_output=True, text=True, timeout=300,
    )
    wheels = sorted((work / "dist").glob("chikane-*.whl"))
    if proc.returncode != 0 or len(wheels) != 1:
        raise BundleError(f"pip wheel failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    _check_wheel(wheels[0])
    return wheels[0]


def _check_wheel(wheel: Path) -> None:
    """Every engine module and document must be in the wheel, or the browser fails with ImportError."""
    with zipfile.ZipFile(wheel) as z:
        inside = {n for n in z.namelist() if n.endswith((".py", ".md"))}
    sources = {
        p.relative_to(TOOLS).as_posix()
        for p in (TOOLS / "chikane").rglob("*")
        if p.suffix in (".py", ".md") and "__pycache__" not in p.parts
    }
    missing = sorted(sources - inside)
    if missing:
        raise BundleError(
            f"the engine wheel lacks {missing}: a package needs an __init__.py, and a document "
            "must match pyproject.toml [tool.setuptools.package-data]"
        )


def engine_zip(wheel: Path, options: Options = Options()) -> bytes:
    """The engine as the browser loads it: the wheel, compiled to .pyc (cached by content)."""
    data = wheel.read_bytes()
    if not options.precompile_engine:
        return data
    key = _sha(data + PRECOMPILE_JS.read_bytes() + pyodide_version().encode())[:16]
    cache_dir = CACHE / "pyodide"
    cached = cache_dir / f"engine-{key}.zip"
    if not cached.exists():
        boot = stdlib_zip(Options(precompile_stdlib=True))
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "engine.zip"
            _precompile(boot, [(wheel, out, ENGINE_PREFIX)])
            _atomic_write(cached, out.read_bytes())
        # The engine changes often during work: keep only a few old builds.
        old = sorted(cache_dir.glob("engine-*.zip"), key=lambda p: p.stat().st_mtime)[:-5]
        for p in old:
            p.unlink(missing_ok=True)
    return cached.read_bytes()


SPARSE_MAGIC = b"CHSNAP1\0"
SPARSE_PAGE = 4096


def sparse(memory: bytes) -> bytes:
    """The snapshot without its zero pages: 31 MB becomes about 13 MB.

    Layout (little-endian u32): magic, total length, run count, then per run
    (offset, length), then the runs' bytes in order. The worker rebuilds the
    memory by copying each run into a zero-filled buffer, which costs a few ms
    (inflating 31 MB of gzip took 0.17 s on this machine), and leaves transfer
    compression to the web server.
    """
    runs: list[tuple[int, int]] = []
    zero = bytes(SPARSE_PAGE)
    for off in range(0, len(memory), SPARSE_PAGE):
        page = memory[off:off + SPARSE_PAGE]
        if page == zero[:len(page)]:
            continue
        if runs and runs[-1][0] + runs[-1][1] == off:
            runs[-1] = (runs[-1][0], runs[-1][1] + len(page))
        else:
            runs.append((off, len(page)))
    head = SPARSE_MAGIC + struct.pack("<II", len(memory), len(runs))
    table = b"".join(struct.pack("<II", o, n) for o, n in runs)
    return head + table + b"".join(memory[o:o + n] for o, n in runs)


def sparse_size(data: bytes) -> int:
    """The length of the memory a :func:`sparse` file holds."""
    if data[:8] != SPARSE_MAGIC:
        raise BundleError("not a sparse snapshot")
    return struct.unpack_from("<I", data, 8)[0]


def unsparse(data: bytes) -> bytes:
    """The inverse of :func:`sparse` (the worker does the same in JavaScript); for the tests."""
    total = sparse_size(data)
    count = struct.unpack_from("<I", data, 12)[0]
    out = bytearray(total)
    pos = 16 + 8 * count
    for i in range(count):
        off, n = struct.unpack_from("<II", data, 16 + 8 * i)
        out[off:off + n] = data[pos:pos + n]
        pos += n
    return bytes(out)


def memory_snapshot(stdlib: Path, engine: Path) -> bytes:
    """Pyodide's memory after :data:`BOOT_PY`, made under Node, in :func:`sparse` form (cached by every input)."""
    zone = zone_file()
    runtime = (PYODIDE_DIR / "pyodide.asm.wasm").read_bytes()
    key = _sha(b"".join(_sha(x).encode() for x in (
        runtime, stdlib.read_bytes(), engine.read_bytes(), zone, BOOT_PY.encode(), SNAPSHOT_JS.read_bytes(),
        SPARSE_MAGIC,
    )))[:16]
    cache_dir = CACHE / "pyodide"
    cached = cache_dir / f"snapshot-{key}.bin"
    if not cached.exists():
        with tempfile.TemporaryDirectory() as tmp:
            zone_path, boot_path, out = Path(tmp) / "zone", Path(tmp) / "boot.py", Path(tmp) / "snapshot.bin"
            zone_path.write_bytes(zone)
            boot_path.write_text(BOOT_PY, encoding="utf-8")
            args = [_node(), str(SNAPSHOT_JS), str(PYODIDE_DIR), str(stdlib), str(engine), ENGINE_FS_PATH,
                    ZONE, str(zone_path), str(boot_path), str(out)]
            proc = subprocess.run(args, capture_output=True, text=True, timeout=300)
            if proc.returncode != 0 or not out.exists():
                raise BundleError(f"memory snapshot failed:\n{proc.stderr[-3000:]}")
            _atomic_write(cached, sparse(out.read_bytes()))
        # 13 MB each: keep only the newest two.
        old = sorted(cache_dir.glob("snapshot-*.bin"), key=lambda p: p.stat().st_mtime)[:-2]
        for p in old:
            p.unlink(missing_ok=True)
    return cached.read_bytes()


def zone_file(zone: str = ZONE) -> bytes:
    """The TZif file from the pinned ``tzdata`` package (Pyodide ships no zone data)."""
    import importlib.resources

    try:
        ref = importlib.resources.files("tzdata.zoneinfo").joinpath(*zone.split("/"))
        return ref.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise BundleError(f"tzdata has no {zone}: install requirements.txt (.venv)") from exc


def build(site: Path, options: Options = Options()) -> dict[str, Any]:
    """Write the runtime, stdlib and engine into ``site`` and fill in the worker. Returns the bundle."""
    version = pyodide_version()
    vendor = site / "assets/vendor"
    rt_dir = vendor / "pyodide" / version
    rt_dir.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        src = PYODIDE_DIR / name
        if not src.exists():
            raise BundleError(f"{src} is missing: run `npm ci` (make setup) first")
        shutil.copy2(src, rt_dir / name)

    stdlib = stdlib_zip(options).read_bytes()
    stdlib_name = f"python_stdlib-{_sha(stdlib)[:12]}.zip"
    (rt_dir / stdlib_name).write_bytes(stdlib)

    wheel = build_wheel()
    try:
        eng_dir = vendor / "chikane"
        eng_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(wheel, eng_dir / wheel.name)
        engine = engine_zip(wheel, options)
        engine_version = wheel.name.split("-")[1]
        engine_name = f"chikane-{engine_version}-{_sha(engine)[:12]}.zip"
        (eng_dir / engine_name).write_bytes(engine)
        snapshot_name = None
        if options.snapshot:
            snapshot = memory_snapshot(rt_dir / stdlib_name, eng_dir / engine_name)
            snapshot_name = f"chikane/snapshot-{_sha(snapshot)[:12]}.bin"
            (vendor / snapshot_name).write_bytes(snapshot)
    finally:
        shutil.rmtree(wheel.parent.parent, ignore_errors=True)

    lock = json.loads((PYODIDE_DIR / "pyodide-lock.json").read_text())
    bundle = {
        "pyodide": f"pyodide/{version}/",          # relative to assets/vendor/
        "stdlib": f"pyodide/{version}/{stdlib_name}",
        "engine": f"chikane/{engine_name}",
        "enginePath": ENGINE_FS_PATH,
        "boot": BOOT_PY,
        "snapshot": snapshot_name,
        "lockInfo": lock["info"],
        "zone": ZONE,
        "zoneData": base64.b64encode(zone_file()).decode("ascii"),
    }
    _fill_worker(site / WORKER, bundle)
    return bundle


def _fill_worker(worker: Path, bundle: dict[str, Any]) -> None:
    if not worker.exists():
        raise BundleError(f"{worker} is missing: it comes from docs/{WORKER}")
    text = worker.read_text(encoding="utf-8")
    if text.count(WORKER_MARKER) != 1:
        raise BundleError(f"{worker}: the line {WORKER_MARKER!r} must appear exactly once")
    filled = "const BUNDLE = " + json.dumps(bundle, sort_keys=True) + ";"
    worker.write_text(text.replace(WORKER_MARKER, filled), encoding="utf-8")


TOOL_MARK = "<!-- chikane-engine -->"


def _static_url(tool: str) -> str | None:
    """Where a tool's no-JavaScript version is, relative to the tool page."""
    if tool == "flow":
        from chikane.flow import START

        return f"trin/{START}/"
    return None


def tool_head(rel_root: str, workplace: dict[str, Any], bundle: dict[str, Any], preload: bool) -> str:
    """What a tool page gets in <head>: the workplace as JSON data and the shell module."""
    data = script_json(workplace, sort_keys=True)
    vendor = f"{rel_root}assets/vendor/"
    parts = [TOOL_MARK, f'<script type="application/json" id="arbejdsplads">{data}</script>']
    if preload:
        parts += [
            f'<link rel="preload" href="{vendor}{bundle["pyodide"]}pyodide.asm.wasm" as="fetch" crossorigin>',
            f'<link rel="preload" href="{vendor}{bundle["stdlib"]}" as="fetch" crossorigin>',
        ]
    parts.append(f'<script type="module" src="{rel_root}assets/js/tools.js"></script>')
    return "\n".join(parts) + "\n"


_TOOL_RE = re.compile(r'data-tool="([a-z_]+)"')
# Material's search worker in the page's __config JSON.
_SEARCH_WORKER_RE = re.compile(r'("search":\s*"[^"]*/workers/)(search\.[0-9a-f]+\.min\.js)"')
DEFERRED_SEARCH = "search-deferred.js"


def defer_search_index(html: str, rel: Path) -> str:
    """Point Material at the worker that builds the search index after Python has started.

    See docs/assets/javascripts/workers/search-deferred.js for why.
    """
    if f"/workers/{DEFERRED_SEARCH}?worker=" in html:
        return html  # built again (the benchmark's variants)
    html, n = _SEARCH_WORKER_RE.subn(rf'\1{DEFERRED_SEARCH}?worker=\2"', html)
    if n != 1:
        raise BundleError(f"{rel}: Material's search worker not found in __config (has Material changed?)")
    return html


_BLOCK_RE = re.compile(re.escape(TOOL_MARK) + r".*?tools\.js\"></script>\n", re.DOTALL)


def add_to_tool_pages(site: Path, workplace: dict[str, Any], bundle: dict[str, Any],
                      preload: bool = False) -> list[Path]:
    """Give every built page with a [data-tool] element the engine scripts.

    Done here rather than per page in Markdown so that a tool can never be
    published without its script, and Pyodide is loaded on tool pages only.
    """
    pages = []
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site)
        if rel.parts[0] == "assets":
            continue
        html = page.read_text(encoding="utf-8")
        tools = _TOOL_RE.findall(html)
        if not tools:
            continue
        # Built again (the benchmark's variants): replace the earlier block.
        html = _BLOCK_RE.sub("", html)
        rel_root = "../" * (len(rel.parts) - 1)
        for tool in set(tools):
            url = _static_url(tool)
            marker = f'data-tool="{tool}"'
            if url and "data-static-url=" not in html:
                html = html.replace(marker, f'{marker} data-static-url="{url}"', 1)
        if "</head>" not in html:
            raise BundleError(f"{rel}: no </head>")
        html = html.replace("</head>", tool_head(rel_root, workplace, bundle, preload) + "</head>", 1)
        html = defer_search_index(html, rel)
        page.write_text(html, encoding="utf-8")
        pages.append(rel)
    return pages


def vendor_step(site: Path, workplace: dict[str, Any]) -> None:
    """The sitebuild.vendor STEPS entry."""
    bundle = build(site)
    add_to_tool_pages(site, workplace, bundle)
