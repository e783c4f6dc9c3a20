// Run chikane.api.handle_json in Pyodide under Node, with exactly the files the
// browser loads from the built site (the BUNDLE written into engine-worker.js).
//
//   node tests/node/run_engine.mjs <site dir> <requests.json> <answers.json>
//
// requests.json is a list of JSON texts; answers.json gets the list of answers.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const [site, requestsPath, answersPath] = process.argv.slice(2);
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
});
const zone = "/usr/share/zoneinfo/" + BUNDLE.zone;
py.FS.mkdirTree(zone.slice(0, zone.lastIndexOf("/")));
py.FS.writeFile(zone, Buffer.from(BUNDLE.zoneData, "base64"));
py.FS.writeFile("/lib/chikane.zip", readFileSync(join(vendor, BUNDLE.engine)));
py.runPython("import sys; sys.path.insert(0, '/lib/chikane.zip')");
const handle = py.pyimport("chikane.api").handle_json;
const t1 = performance.now();
const requests = JSON.parse(readFileSync(requestsPath, "utf8"));
const answers = requests.map((text) => handle(text));
const t2 = performance.now();
writeFileSync(answersPath, JSON.stringify(answers));
console.log(`start ${Math.round(t1 - t0)} ms, ${requests.length} requests ${Math.round(t2 - t1)} ms`);
