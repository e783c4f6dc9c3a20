// Compile the Python sources in zip files to .pyc INSIDE Pyodide under Node.
//
// Why inside Pyodide: the host Python (3.11) writes bytecode with another magic
// number than Pyodide's 3.14, and Pyodide then refuses it ("bad magic number").
//
//   node scripts/precompile.mjs <pyodide dir> <boot stdlib zip> <in.zip> <out.zip> <prefix> [...]
//
// Each out.zip holds the files of in.zip with every `x.py` replaced by a
// legacy-layout `x.pyc` (unchecked hash: no source needed, reproducible), which
// zipimport loads directly. <prefix> is prepended to co_filename so tracebacks
// still name the file. Entries are sorted and dated 1980-01-01: the same input
// gives the same bytes. <boot stdlib zip> is the stdlib Pyodide starts with
// (an already precompiled one boots about 2 s faster).
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideDir, bootStdlib, ...jobs] = process.argv.slice(2);
if (!pyodideDir || !bootStdlib || jobs.length === 0 || jobs.length % 3) {
  console.error("usage: precompile.mjs <pyodide dir> <boot stdlib zip> <in.zip> <out.zip> <prefix> [...]");
  process.exit(2);
}
const { loadPyodide } = await import(resolve(pyodideDir, "pyodide.mjs"));
const lock = JSON.parse(readFileSync(resolve(pyodideDir, "pyodide-lock.json"), "utf8"));
const py = await loadPyodide({
  indexURL: resolve(pyodideDir) + "/",
  stdLibURL: resolve(bootStdlib),
  lockFileContents: { info: lock.info, packages: {} },
});

py.runPython(`
import importlib.util, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

def recompile(src: str, dst: str, prefix: str) -> int:
    count = 0
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for name in sorted(zin.namelist()):
            if name.endswith("/"):
                continue
            data = zin.read(name)
            if name.endswith(".py"):
                # optimize=0: asserts and docstrings stay, so behaviour equals CPython's.
                code = compile(data, prefix + name, "exec", dont_inherit=True, optimize=0)
                data = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
                name += "c"
                count += 1
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    return count
`);
const recompile = py.globals.get("recompile");
for (let i = 0; i < jobs.length; i += 3) {
  const [src, dst, prefix] = jobs.slice(i, i + 3);
  const t0 = performance.now();
  py.FS.writeFile("/tmp/in.zip", readFileSync(src));
  const count = recompile("/tmp/in.zip", "/tmp/out.zip", prefix);
  const bytes = py.FS.readFile("/tmp/out.zip");
  writeFileSync(dst, bytes);
  console.log(`precompiled ${count} modules: ${src} -> ${dst} (${bytes.length} bytes, ${Math.round(performance.now() - t0)} ms)`);
}
