"""JSON data inside a page's ``<script type="application/json">``, written one way everywhere."""
from __future__ import annotations

import json
from typing import Any


def script_json(data: Any, *, sort_keys: bool = False) -> str:
    """Compact JSON that can stand inside ``<script type="application/json">``. In JSON, ``<`` occurs
    only inside strings, where ``\\u003c`` is the same character; with every ``<`` escaped, no value
    can close the element (``</script>``) or open a comment (``<!--``)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=sort_keys, separators=(",", ":"))
    return text.replace("<", "\\u003c")
