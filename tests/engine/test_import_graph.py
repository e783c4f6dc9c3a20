"""The engine's import graph has one direction: no module imports one that (in)directly imports it.

Every ``import`` and ``from … import`` in ``tools/chikane`` counts, also those inside functions
(a late import that dodges a cycle is still a cycle), so the check reads the source, not sys.modules.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "tools"
PKG = ROOT / "chikane"


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (base + "." + node.module if node.module else base) if node.level else node.module or ""
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)  # "from . import flow" names a module
    return {m for m in found if m in modules and m != name}


def graph(*packages: Path) -> dict[str, set[str]]:
    paths = sorted(p for pkg in (packages or (PKG,)) for p in pkg.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imports_of(p, modules) for p in paths}


def find_cycle(g: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(g.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if not state.get(m) and (c := visit(m)):
                return c
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(g):
        if not state.get(n) and (c := visit(n)):
            return c
    return None


def test_the_checker_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_engine_has_no_import_cycle():
    g = graph()
    assert "chikane.api" in g and g["chikane.api"], "the graph was not read"
    assert find_cycle(g) is None, " -> ".join(find_cycle(g) or [])


def test_no_tool_module_imports_the_registry():
    g = graph()
    assert [m for m, deps in g.items() if "chikane.api" in deps] == []


def test_the_build_adapters_and_the_engine_have_no_import_cycle():
    g = graph(PKG, ROOT / "sitebuild")
    assert "sitebuild.generated" in g, "the graph was not read"
    assert find_cycle(g) is None, " -> ".join(find_cycle(g) or [])
    # The engine knows nothing of the build.
    assert [m for m, deps in g.items() if m.startswith("chikane") and any(d.startswith("sitebuild") for d in deps)] == []


def test_the_generator_table_imports_no_generator_at_top_level():
    # A generator imports GeneratedPage from sitebuild.generated; the table names generators as text and
    # imports one only when the build runs it, so the two never import each other at load time.
    top = ast.parse((ROOT / "sitebuild" / "generated.py").read_text(encoding="utf-8"))
    assert not [n for n in top.body if isinstance(n, (ast.Import, ast.ImportFrom)) and "sitebuild" in ast.dump(n)]
