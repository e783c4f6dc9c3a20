// The Python engine in a Web Worker (module worker), so start-up never freezes the page.
//
// Protocol: the page sends {id, request}; the worker answers {id, response} with
// response = JSON.parse(chikane.api.handle_json(JSON.stringify(request))), or
// {id, error} if Python itself broke. Start-up sends {type: "ready", timings} or
// {type: "failed", code, detail}; the page decides what to show.
//
// Everything comes from this origin: the files below are vendored at build time
// (tools/sitebuild/pyodide_bundle.py), and the lock file is passed inline, so
// Pyodide never fetches pyodide-lock.json or anything from a CDN.

const BUNDLE = null; // filled in at build time by sitebuild/pyodide_bundle.py

const VENDOR = new URL("../vendor/", import.meta.url);
// The worker's own downloads; Pyodide's go through the replacement in start().
const nativeFetch = self.fetch.bind(self);
const t0 = performance.now();
// performance.timeOrigin lets the benchmark place the worker's clock on the page's.
const timings = { origin: performance.timeOrigin };
const mark = (name) => { timings[name] = Math.round(performance.now() - t0); };

class StartFailure extends Error {
  constructor(code, detail) {
    super(`${code}: ${detail}`);
    this.code = code;
    this.detail = String(detail);
  }
}

// Requests that arrive before Python is ready wait for it here.
let engine = null;
const pending = [];
self.onmessage = (ev) => {
  if (engine) answer(ev.data);
  else pending.push(ev.data);
};

// The case folder's files (sagsmappe.js): pictures and case files the user chose, and the
// documents Python wrote. Only here, in Pyodide's in-memory file system; gone with the tab.
const FILE_ROOT = "/tmp/sagsmappe/";
const FILE_PATH = /^(filer|ind|ud)\/[a-z][a-z0-9]{1,40}$/;
let pyFS = null;

function fileOp({ op, path, bytes }) {
  if (typeof path !== "string" || !FILE_PATH.test(path)) throw new Error("bad file path");
  const full = FILE_ROOT + path;
  if (op === "write") {
    pyFS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    pyFS.writeFile(full, new Uint8Array(bytes));
    return { ok: true };
  }
  if (op === "read" || op === "take") {
    const data = pyFS.readFile(full); // a copy: its buffer can be handed over
    if (op === "take") pyFS.unlink(full);
    return { ok: true, bytes: data.buffer };
  }
  if (op === "delete") {
    try { pyFS.unlink(full); } catch { /* already gone */ }
    return { ok: true };
  }
  throw new Error("unknown file operation");
}

function answer({ id, request, file }) {
  if (file) {
    try {
      const response = fileOp(file);
      self.postMessage({ id, response }, response.bytes ? [response.bytes] : []);
    } catch (err) {
      self.postMessage({ id, error: String(err && err.message ? err.message : err) });
    }
    return;
  }
  try {
    const response = JSON.parse(engine(JSON.stringify(request)));
    self.postMessage({ id, response });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
}

function wasmAllowed() {
  // A CSP without 'wasm-unsafe-eval' makes loadPyodide() wait forever, so test
  // first with the smallest valid module (8 bytes).
  try {
    new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    return true;
  } catch {
    return false;
  }
}

/** The memory snapshot, rebuilt from its sparse form (see sitebuild/pyodide_bundle.py: sparse). */
async function fetchSnapshot(url) {
  const r = await nativeFetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  const data = new Uint8Array(await r.arrayBuffer());
  const magic = "CHSNAP1\0";
  for (let i = 0; i < magic.length; i++) {
    if (data[i] !== magic.charCodeAt(i)) throw new Error("not a sparse snapshot");
  }
  const head = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const memory = new Uint8Array(head.getUint32(8, true)); // zero-filled: only the runs are copied
  const count = head.getUint32(12, true);
  let pos = 16 + 8 * count;
  for (let i = 0; i < count; i++) {
    const offset = head.getUint32(16 + 8 * i, true);
    const length = head.getUint32(20 + 8 * i, true);
    memory.set(data.subarray(pos, pos + length), offset);
    pos += length;
  }
  if (pos !== data.length) throw new Error("snapshot file has the wrong length");
  return memory;
}

function fromBase64(text) {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function start() {
  if (!BUNDLE) throw new StartFailure("bundle", "engine-worker.js was not filled in by the build");
  if (typeof WebAssembly !== "object") throw new StartFailure("wasm-missing", "no WebAssembly");
  if (!wasmAllowed()) throw new StartFailure("wasm-blocked", "WebAssembly is blocked (Content-Security-Policy)");

  const indexURL = new URL(BUNDLE.pyodide, VENDOR).href;
  const stdlibURL = new URL(BUNDLE.stdlib, VENDOR).href;
  const engineURL = new URL(BUNDLE.engine, VENDOR).href;

  // Start every download at once, before the 18 KB loader has even arrived.
  // Pyodide's own fetches of the same URLs get these responses (see below),
  // and a 404 fails start-up at once instead of after the timeout.
  const early = new Map();
  const checked = (url, after = Promise.resolve()) => {
    const p = after.then(() => nativeFetch(url)).then(async (r) => {
      if (!r.ok) throw new StartFailure("missing", `${url}: HTTP ${r.status}`);
      // Streaming compilation needs Content-Type application/wasm; a server without
      // that mapping would otherwise make Pyodide wait forever. Slower, but it works.
      if (url.endsWith(".wasm") && !(r.headers.get("content-type") || "").startsWith("application/wasm")) {
        return new Response(await r.arrayBuffer(), { headers: { "content-type": "application/wasm" } });
      }
      return r;
    });
    early.set(url, p);
    return p;
  };
  // The memory snapshot is optional: if it is missing or broken, Python boots the slow way.
  let snapshotBytes = BUNDLE.snapshot
    ? fetchSnapshot(new URL(BUNDLE.snapshot, VENDOR).href).then((b) => { mark("snapshotFetched"); return b; })
    : null;
  snapshotBytes?.catch(() => {}); // a failed snapshot is handled where it is awaited

  const wasmURL = indexURL + "pyodide.asm.wasm";
  // Compile the wasm while the rest downloads: Pyodide would start compiling only
  // once it has the snapshot. Its one instantiateStreaming() call is handed the
  // module compiled here, and its own fetch of the wasm gets an empty stand-in
  // that is never read.
  const compile = (r) => typeof WebAssembly.compileStreaming === "function"
    ? WebAssembly.compileStreaming(r)
    : r.arrayBuffer().then((b) => WebAssembly.compile(b)); // browsers without streaming compilation
  const wasmModule = checked(wasmURL)
    .then(compile)
    .then((m) => { mark("wasmCompiled"); return m; }, (err) => {
      throw err instanceof StartFailure ? err : new StartFailure("wasm-compile", err && err.message ? err.message : err);
    });
  early.delete(wasmURL);
  WebAssembly.instantiateStreaming = async (_source, imports) => {
    const module = await wasmModule;
    mark("instantiating");
    const instance = await WebAssembly.instantiate(module, imports);
    mark("instantiated");
    return { module, instance };
  };
  const engineBytes = checked(engineURL).then((r) => r.arrayBuffer()).then((b) => { mark("engineFetched"); return b; });
  early.delete(engineURL);
  // The stdlib is needed only after the wasm is instantiated: let the snapshot have the line first.
  const downloads = [wasmModule, checked(stdlibURL, snapshotBytes ? snapshotBytes.catch(() => {}) : undefined), engineBytes];

  self.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
    if (url === wasmURL) return Promise.resolve(new Response(new Uint8Array(0), { headers: { "content-type": "application/wasm" } }));
    const p = early.get(url);
    if (p) {
      early.delete(url); // a body can be read once
      return p;
    }
    return nativeFetch(input, init);
  };
  // Rejects on the first failed download; never resolves otherwise.
  const anyFailure = Promise.all(downloads).then(() => new Promise(() => {}));
  anyFailure.catch(() => {}); // handled by the races below; no "unhandled rejection" noise

  const moduleFailure = (e) => { throw new StartFailure("missing", e); };
  // Same URL as Pyodide's own import would be: the module map loads it once.
  const asm = import(indexURL + "pyodide.asm.mjs").catch(moduleFailure);
  const { loadPyodide } = await Promise.race([import(indexURL + "pyodide.mjs").catch(moduleFailure), anyFailure]);
  mark("loaderImported");

  const boot = (snapshot) => loadPyodide({
    indexURL,
    stdLibURL: stdlibURL,
    lockFileContents: { info: BUNDLE.lockInfo, packages: {} },
    packageBaseUrl: indexURL,
    stdout: () => {},
    ...(snapshot ? { _loadSnapshot: snapshot } : {}),
    async fsInit(FS) {
      // Pyodide has no zone data; the engine needs Europe/Copenhagen (summer time).
      // The file system lives outside the wasm memory, so a restored snapshot needs this too.
      const zone = "/usr/share/zoneinfo/" + BUNDLE.zone;
      FS.mkdirTree(zone.slice(0, zone.lastIndexOf("/")));
      FS.writeFile(zone, fromBase64(BUNDLE.zoneData));
      FS.writeFile(BUNDLE.enginePath, new Uint8Array(await engineBytes));
      mark("fsReady");
    },
  });
  const bootAny = async () => {
    await asm;
    if (snapshotBytes) {
      try {
        const restored = await boot(await snapshotBytes);
        timings.snapshot = "restored";
        return restored;
      } catch (err) {
        // A missing or damaged snapshot file, or one Pyodide refuses: boot normally instead.
        timings.snapshot = "failed: " + String(err && err.message ? err.message : err).slice(0, 200);
      }
    }
    return boot(null);
  };
  const py = await Promise.race([bootAny(), anyFailure]);
  // 31 MB, copied into the wasm memory by now: let it go (Pyodide keeps its options).
  snapshotBytes = null;
  if (py._api && py._api.config) delete py._api.config._loadSnapshot;
  mark("pyodideLoaded");
  // BOOT_PY from the build: puts the engine on sys.path, imports it and runs one
  // request per tool (after a restored snapshot all of that is already done).
  py.runPython(BUNDLE.boot);
  const handleJson = py.pyimport("chikane.api").handle_json;
  pyFS = py.FS;
  mark("engineReady");
  return (text) => handleJson(text);
}

start().then(
  (fn) => {
    engine = fn;
    // What was asked during start-up first (the shells ask ahead), so it is there
    // when the page hears "ready".
    for (const msg of pending.splice(0)) answer(msg);
    self.postMessage({ type: "ready", timings });
  },
  (err) => {
    const code = err instanceof StartFailure ? err.code : "start";
    const detail = err instanceof StartFailure ? err.detail : String(err && err.message ? err.message : err);
    self.postMessage({ type: "failed", code, detail, timings });
  },
);
