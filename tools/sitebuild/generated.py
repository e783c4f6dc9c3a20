"""Pages that are generated from the engine rather than written by hand."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable


@dataclass(frozen=True)
class GeneratedPage:
    path: str      # docs-relative, e.g. "vaerktoejer/er-det-strafbart/trin/trussel.md"
    markdown: str


# Each generator yields pages; modules named here append theirs to GENERATORS on import.
Generator = Callable[[dict[str, Any]], Iterable[GeneratedPage]]
GENERATORS: list[Generator] = []
GENERATOR_MODULES = ("sitebuild.flow_pages", "sitebuild.course_pages", "sitebuild.print_all", "sitebuild.changes_page")


def pages(workplace: dict[str, Any]) -> list[GeneratedPage]:
    import importlib

    for name in GENERATOR_MODULES:
        importlib.import_module(name)
    out: list[GeneratedPage] = []
    for gen in GENERATORS:
        out.extend(gen(workplace))
    return out
