"""The engine imports and answers with the standard library alone (it also runs in Pyodide)."""
import json
import subprocess
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"

PROBE = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import chikane.api as api
answer = json.loads(api.handle_json('{"tool": "flow", "state": "hvad.trussel"}'))
assert answer["ok"], answer
api.handle({"tool": "quiz"})  # loads every tool module
names = {m.split(".")[0] for m in sys.modules}
foreign = sorted(n for n in names - set(sys.stdlib_module_names) - {"chikane", "__main__"} if not n.startswith("_"))
print(json.dumps(foreign))
"""


def test_engine_needs_nothing_outside_the_standard_library():
    # -S: no site-packages at all, -I: isolated from the environment.
    out = subprocess.run([sys.executable, "-S", "-I", "-c", PROBE, str(TOOLS)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []
