"""Pages that are generated from the engine rather than written by hand."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable


@dataclass(frozen=True)
class GeneratedPage:
    path: str      # docs-relative, e.g. "vaerktoejer/er-det-strafbart/trin/trussel.md"
    markdown: str


# Each generator yields pages; register new ones in GENERATORS.
Generator = Callable[[dict[str, Any]], Iterable[GeneratedPage]]
GENERATORS: list[Generator] = []


def pages(workplace: dict[str, Any]) -> list[GeneratedPage]:
    out: list[GeneratedPage] = []
    for gen in GENERATORS:
        out.extend(gen(workplace))
    return out
