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
const t0 = performance.now();
const timings = {};
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

function answer({ id, request }) {
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
  const checked = (url) => {
    const p = fetch(url).then(async (r) => {
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
  const downloads = [checked(indexURL + "pyodide.asm.wasm"), checked(stdlibURL)];
  const engineBytes = checked(engineURL).then((r) => r.arrayBuffer()).then((b) => { mark("engineFetched"); return b; });
  early.delete(engineURL);
  downloads.push(engineBytes);
  const realFetch = self.fetch.bind(self);
  self.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
    const p = early.get(url);
    if (p) {
      early.delete(url); // a body can be read once
      return p;
    }
    return realFetch(input, init);
  };
  // Rejects on the first failed download; never resolves otherwise.
  const anyFailure = Promise.all(downloads).then(() => new Promise(() => {}));
  anyFailure.catch(() => {}); // handled by the races below; no "unhandled rejection" noise

  const moduleFailure = (e) => { throw new StartFailure("missing", e); };
  // Same URL as Pyodide's own import later: the module map loads it once.
  const asm = import(indexURL + "pyodide.asm.mjs").catch(moduleFailure);
  const { loadPyodide } = await Promise.race([import(indexURL + "pyodide.mjs").catch(moduleFailure), anyFailure]);
  mark("loaderImported");

  const py = await Promise.race([
    asm.then(() => loadPyodide({
      indexURL,
      stdLibURL: stdlibURL,
      lockFileContents: { info: BUNDLE.lockInfo, packages: {} },
      packageBaseUrl: indexURL,
      stdout: () => {},
      async fsInit(FS) {
        // Pyodide has no zone data; the engine needs Europe/Copenhagen (summer time).
        const zone = "/usr/share/zoneinfo/" + BUNDLE.zone;
        FS.mkdirTree(zone.slice(0, zone.lastIndexOf("/")));
        FS.writeFile(zone, fromBase64(BUNDLE.zoneData));
        FS.writeFile("/lib/chikane.zip", new Uint8Array(await engineBytes));
      },
    })),
    anyFailure,
  ]);
  mark("pyodideLoaded");
  py.runPython("import sys; sys.path.insert(0, '/lib/chikane.zip')");
  const api = py.pyimport("chikane.api");
  const handleJson = api.handle_json;
  // The first call imports the tool modules; do it now, not on the user's first click.
  handleJson('{"tool": ""}');
  mark("engineReady");
  return (text) => handleJson(text);
}

start().then(
  (fn) => {
    engine = fn;
    self.postMessage({ type: "ready", timings });
    for (const msg of pending.splice(0)) answer(msg);
  },
  (err) => {
    const code = err instanceof StartFailure ? err.code : "start";
    const detail = err instanceof StartFailure ? err.detail : String(err && err.message ? err.message : err);
    self.postMessage({ type: "failed", code, detail, timings });
  },
);
