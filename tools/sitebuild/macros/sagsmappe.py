"""``{{ sagsmappe }}``: the case folder's form, rendered by the engine (chikane.sagsmappe).

The form is in the page from the start, so the first field can be used before Python
has started; the engine scripts come with [data-tool] (sitebuild.pyodide_bundle) and
the tool's own shell, assets/js/sagsmappe.js, is added here.
"""
from __future__ import annotations

import html

from chikane.sagsmappe.render import form_html
from chikane.workplace import parse_workplace

from . import Context, macro

SCRIPT = "assets/js/sagsmappe.js"


@macro("sagsmappe")
def case_folder(ctx: Context) -> str:
    import posixpath

    wp = parse_workplace(ctx.workplace)
    page = ctx.page_path
    url_dir = posixpath.dirname(page) if posixpath.basename(page) == "index.md" else page[: -len(".md")]
    script = html.escape(posixpath.relpath(SCRIPT, url_dir or "."))
    return (
        '<div class="sagsmappe" data-tool="sagsmappe" markdown="0">'
        '<div class="sm-fil-knapper">'
        '<div class="sm-felt-input"><label for="sm-aabn">Åbn en gemt sagsmappe (kan udelades)</label>'
        '<span class="sm-hint" id="sm-aabn-hint">Vælg den fil, du gemte før (sagsmappe-….json). Den læses her på din '
        "enhed.</span>"
        '<input type="file" id="sm-aabn" accept=".json,application/json" aria-describedby="sm-aabn-fejl sm-aabn-hint">'
        '<span class="sm-felt-fejl" id="sm-aabn-fejl"></span></div>'
        '<p><button type="button" class="md-button" data-handling="gem">Gem sagsmappen</button></p>'
        "</div>"
        f'<form class="sm-form" id="sm-form" novalidate>{form_html(None, wp)}</form>'
        '<div class="sm-resultat" id="sm-resultat"></div>'
        # Last, and sticky at the bottom of the screen: the answer to a tap is seen where the tap was.
        '<div class="sm-status" id="sm-status" role="status" aria-live="polite"></div>'
        "</div>"
        "<noscript><p><strong>Sagsmappen kræver JavaScript.</strong> Brug i stedet vejledningen "
        "«Sådan dokumenterer du».</p></noscript>"
        f'<script type="module" src="{script}"></script>\n'
    )
