// Make a memory snapshot of Pyodide with the engine already imported, under Node.
//
// Why: booting CPython inside WebAssembly and importing the engine took about
// 2 s of the browser's 2.5 s start-up on a 2-core machine. Restoring a snapshot
// of the wasm memory skips both (see bench/run.py, variant "no-snapshot").
//
//   node scripts/snapshot.mjs <pyodide dir> <stdlib zip> <engine zip> <engine path> <zone name> <zone file> <boot.py> <out>
//
// The file system set-up here must be the one the browser worker does (zone
// file, engine zip at <engine path>), and <boot.py> is the same Python the
// worker runs after loading: both come from sitebuild/pyodide_bundle.py. The
// snapshot is tied to this exact pyodide.asm.wasm build (Pyodide checks the
// build id and refuses another), and the worker falls back to a normal boot if
// restoring fails.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideDir, stdlib, engineZip, enginePath, zoneName, zoneFile, bootPy, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: snapshot.mjs <pyodide dir> <stdlib zip> <engine zip> <engine path> <zone name> <zone file> <boot.py> <out>");
  process.exit(2);
}
const t0 = performance.now();
const { loadPyodide } = await import(resolve(pyodideDir, "pyodide.mjs"));
const lock = JSON.parse(readFileSync(resolve(pyodideDir, "pyodide-lock.json"), "utf8"));
const py = await loadPyodide({
  indexURL: resolve(pyodideDir) + "/",
  stdLibURL: resolve(stdlib),
  lockFileContents: { info: lock.info, packages: {} },
  stdout: () => {},
  _makeSnapshot: true,
  fsInit(FS) {
    const zone = "/usr/share/zoneinfo/" + zoneName;
    FS.mkdirTree(zone.slice(0, zone.lastIndexOf("/")));
    FS.writeFile(zone, readFileSync(zoneFile));
    FS.writeFile(enginePath, readFileSync(engineZip));
  },
});
py.runPython(readFileSync(bootPy, "utf8"));
const snapshot = py.makeMemorySnapshot();
writeFileSync(out, snapshot);
console.log(`snapshot: ${snapshot.length} bytes in ${Math.round(performance.now() - t0)} ms -> ${out}`);
