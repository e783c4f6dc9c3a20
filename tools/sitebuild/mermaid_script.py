"""Load the vendored Mermaid only on pages that have a diagram.

Mermaid is 5.5 MB of JavaScript; on every page it delayed the tools' start by
about a second (bench/run.py). Material uses ``window.mermaid`` when it is
defined and would otherwise fetch it from a CDN, so the script must come
before Material's own bundle.
"""
from __future__ import annotations

import re

MERMAID_PATH = "assets/vendor/mermaid/mermaid.min.js"
_BUNDLE_RE = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[^"]*"')


def rel_root(page_url: str) -> str:
    """'../' steps from a page's URL (directory URLs, e.g. 'jura/straffeloven/') to the site root."""
    return "../" * page_url.count("/")


def add_if_needed(html: str, page_url: str) -> str:
    if 'class="mermaid"' not in html:
        return html
    match = _BUNDLE_RE.search(html)
    if match is None:
        raise ValueError(f"{page_url}: Material's bundle script not found; Mermaid would load from a CDN")
    tag = f'<script src="{rel_root(page_url)}{MERMAID_PATH}"></script>\n'
    return html[: match.start()] + tag + html[match.start():]
