"""``{{ name arg ... }}`` macros in Markdown pages, expanded at build time.

Why macros rather than a templating plugin: the set is small, every macro is a
plain Python function that is easy to test, and an unknown macro or a wrong
argument stops the build instead of printing nothing.

Each module in this package registers its macros with :func:`macro`; they are
imported by :func:`expand` on first use.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from typing import Any, Callable

MACRO_RE = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)((?:\s+[^\s{}]+)*)\s*\}\}")
# Code is shown as written: macros inside fenced blocks or `inline code` are not expanded.
CODE_RE = re.compile(r"(^```.*?^```[ \t]*$|`[^`\n]+`)", re.S | re.M)


class MacroError(Exception):
    """A macro was unknown or called wrongly; the build must stop."""


@dataclass
class Context:
    """What a macro may know about the page being built."""

    page_path: str  # source path relative to docs/, e.g. "jura/straffeloven.md"
    workplace: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)

    def rel(self, target: str) -> str:
        """A relative link from this page to ``target`` (a docs-relative .md path)."""
        import posixpath

        here = posixpath.dirname(self.page_path)
        return posixpath.relpath(target, here or ".")


Macro = Callable[..., str]
_REGISTRY: dict[str, Macro] = {}
_loaded = False


def macro(name: str) -> Callable[[Macro], Macro]:
    def register(fn: Macro) -> Macro:
        if name in _REGISTRY:
            raise MacroError(f"macro {name!r} registered twice")
        _REGISTRY[name] = fn
        return fn

    return register


def _load_all() -> None:
    global _loaded
    if _loaded:
        return
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    _loaded = True


def registry() -> dict[str, Macro]:
    _load_all()
    return dict(_REGISTRY)


def expand(markdown: str, ctx: Context) -> str:
    _load_all()

    def one(match: re.Match[str]) -> str:
        name, raw_args = match.group(1), match.group(2).split()
        fn = _REGISTRY.get(name)
        if fn is None:
            raise MacroError(f"{ctx.page_path}: unknown macro {{{{ {name} }}}}")
        try:
            return fn(ctx, *raw_args)
        except TypeError as exc:
            raise MacroError(f"{ctx.page_path}: {{{{ {name} }}}}: {exc}") from exc

    parts = CODE_RE.split(markdown)
    # split() with one group alternates: text, code, text, code, ...
    return "".join(MACRO_RE.sub(one, part) if i % 2 == 0 else part for i, part in enumerate(parts))
