"""Post-build clean-up of Material's search index (``site/search/search_index.json``).

Mermaid diagrams are code in the page source, so Material indexes them as text and a search snippet could show
``flowchart TD … -->``. They are dropped from the index; the diagrams' own captions and the pages' text stay.
Search keywords for words the Danish stemmer keeps apart (trussel/trusler) are page front matter ``tags``,
which Material's search plugin indexes (with a high boost) without showing them on the page.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

INDEX = Path("search") / "search_index.json"
_MERMAID = re.compile(
    r"<pre[^>]*>\s*<code[^>]*>\s*(?:%%\{.*?\}%%\s*)?"
    r"(?:flowchart|graph|sequenceDiagram|classDiagram|stateDiagram|erDiagram|gantt)\b"
    r".*?</code>\s*</pre>",
    re.S,
)
_MERMAID_DIV = re.compile(r'<(pre|div) class="mermaid"[^>]*>.*?</\1>', re.S)


def strip_mermaid(text: str) -> str:
    return _MERMAID_DIV.sub("", _MERMAID.sub("", text)).strip()


def clean(site_dir: Path) -> int:
    """Rewrite the index without Mermaid code; returns how many entries changed."""
    path = site_dir / INDEX
    if not path.exists():
        return 0
    data = json.loads(path.read_text(encoding="utf-8"))
    changed = 0
    for doc in data.get("docs", []):
        text = doc.get("text", "")
        new = strip_mermaid(text)
        if new != text:
            doc["text"] = new
            changed += 1
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return changed
