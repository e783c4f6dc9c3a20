"""Copy pinned browser packages from node_modules into the built site.

Nothing is ever loaded from a CDN: the site must work on a closed intranet.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from . import pyodide_bundle
from .macros.strategy import write_docx_files as strategy_docx_step
from .paths import NODE_MODULES


class VendorError(Exception):
    pass


def _copy(src: Path, dst: Path) -> None:
    if not src.exists():
        raise VendorError(f"{src} is missing: run `npm ci` (make setup) first")
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dst)


def vendor_mermaid(site: Path) -> None:
    _copy(NODE_MODULES / "mermaid/dist/mermaid.min.js", site / "assets/vendor/mermaid/mermaid.min.js")


# Each step takes (site_dir, workplace); the browser-tool build adds its own.
STEPS = [lambda site, workplace: vendor_mermaid(site)]
STEPS.append(pyodide_bundle.vendor_step)
STEPS.append(lambda site, workplace: strategy_docx_step(site, workplace))  # Strategi: default .docx files


def vendor_all(site: Path, workplace: dict[str, Any]) -> None:
    for step in STEPS:
        step(site, workplace)
