"""Where things live in the repository; one place so modules agree."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools"
DOCS = ROOT / "docs"
NODE_MODULES = ROOT / "node_modules"
CACHE = ROOT / ".cache"
WORKPLACE_FILE = ROOT / "arbejdsplads.yml"
