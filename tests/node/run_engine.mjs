// Run chikane.api.handle_json in Pyodide under Node, with exactly the files the
// browser loads from the built site (the BUNDLE written into engine-worker.js),
// set up as the browser worker does it.
//
//   node tests/node/run_engine.mjs <site dir> <requests.json> <answers.json> [<memory snapshot>]
//
// requests.json is a list of JSON texts; answers.json gets the list of answers.
// With a memory snapshot (the site's sparse file expanded, see test_pyodide_node_parity.py)
// Python is restored from it, as in the browser, instead of booting.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const [site, requestsPath, answersPath, snapshotPath] = process.argv.slice(2);
const worker = readFileSync(join(site, "assets/js/engine-worker.js"), "utf8");
const m = worker.match(/^const BUNDLE = (\{.*\});$/m);
if (!m) throw new Error("engine-worker.js has no BUNDLE: build the site first");
const BUNDLE = JSON.parse(m[1]);
const vendor = resolve(site, "assets/vendor");
const indexURL = join(vendor, BUNDLE.pyodide) + "/";

const t0 = performance.now();
const { loadPyodide } = await import(join(indexURL, "pyodide.mjs"));
const py = await loadPyodide({
  indexURL,
  stdLibURL: join(vendor, BUNDLE.stdlib),
  lockFileContents: { info: BUNDLE.lockInfo, packages: {} },
  stdout: () => {},
  ...(snapshotPath ? { _loadSnapshot: readFileSync(snapshotPath) } : {}),
  fsInit(FS) {
    const zone = "/usr/share/zoneinfo/" + BUNDLE.zone;
    FS.mkdirTree(zone.slice(0, zone.lastIndexOf("/")));
    FS.writeFile(zone, Buffer.from(BUNDLE.zoneData, "base64"));
    FS.writeFile(BUNDLE.enginePath, readFileSync(join(vendor, BUNDLE.engine)));
  },
});
// A restored snapshot has the engine imported already; anything else means it was not used.
const imported = py.runPython("import sys; 'chikane.api' in sys.modules");
if (Boolean(snapshotPath) !== imported) throw new Error(`engine imported before boot: ${imported}, snapshot: ${snapshotPath}`);
py.runPython(BUNDLE.boot);
const handle = py.pyimport("chikane.api").handle_json;
const t1 = performance.now();
const requests = JSON.parse(readFileSync(requestsPath, "utf8"));
const answers = requests.map((text) => handle(text));
const t2 = performance.now();
writeFileSync(answersPath, JSON.stringify(answers));
console.log(`${snapshotPath ? "restored" : "booted"} in ${Math.round(t1 - t0)} ms, ${requests.length} requests ${Math.round(t2 - t1)} ms`);
