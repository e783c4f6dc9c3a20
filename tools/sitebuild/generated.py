"""Pages that are generated from the engine rather than written by hand."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable


@dataclass(frozen=True)
class GeneratedPage:
    path: str      # docs-relative, e.g. "vaerktoejer/er-det-strafbart/trin/trussel.md"
    markdown: str


Generator = Callable[[dict[str, Any]], Iterable[GeneratedPage]]

# Every generator, listed once: "module:function", in the order their pages are written. The modules import
# nothing from here but GeneratedPage, so the graph has one direction (generated -> generators -> engine).
GENERATORS: tuple[str, ...] = (
    "sitebuild.flow_pages:flow_pages",
    "sitebuild.course_pages:course_pages",
    "sitebuild.print_all:printable_guideline",
    "sitebuild.changes_page:changes_page",
)


def generator(target: str) -> Generator:
    import importlib

    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def pages(workplace: dict[str, Any]) -> list[GeneratedPage]:
    out: list[GeneratedPage] = []
    for target in GENERATORS:
        out.extend(generator(target)(workplace))
    return out
