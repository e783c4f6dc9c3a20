"""Pages and files for "Strategi og skabeloner", rendered from ``chikane.strategi``.

``{{ strategiskabelon }}``   the strategy template with the values from arbejdsplads.yml
``{{ kortlaegning }}``       the survey template
``{{ strategiformular }}``   the form that fills in the strategy in the browser
``{{ strategi_hent NAME }}`` a link to a default .docx (NAME: skabelon or kortlaegning)

:func:`write_docx_files` writes the default .docx files into the built site (a
vendor STEP), from the same source and the same values as the pages.
"""
from __future__ import annotations

import html
import posixpath
import re
from datetime import datetime, time, timezone
from pathlib import Path
from typing import Any, Sequence

from chikane.blocks import Block, Bullets, Heading, Paragraph, Table
from chikane.strategi import build, felter
from chikane.tekst import run_html, runs_html

from ..script_json import script_json
from . import Context, MacroError, macro

DOCX_FILES = {
    "skabelon": "strategi/strategi-skabelon.docx",
    "kortlaegning": "strategi/kortlaegning-skabelon.docx",
}
SCRIPT = "assets/js/strategi.js"
ANALYSE_SCRIPT = "assets/js/analyse.js"
# The questionnaire for other tools, written at build time with the workplace's values.
EXPORT_FILES = {
    "forms": "strategi/kortlaegning-til-forms.docx",
    "svarark": "strategi/kortlaegning-svarark.docx",
    "spoergsmaal": "strategi/kortlaegning-spoergsmaal.xlsx",
}
_LABELS = {
    "skabelon": "Hent strategiskabelonen som Word-dokument (.docx)",
    "kortlaegning": "Hent spørgeskemaet som Word-dokument (.docx)",
    "forms": "Spørgeskemaet til Microsoft Forms (.docx)",
    "svarark": "Svarark til papir (.docx)",
    "spoergsmaal": "Spørgsmål og svarmuligheder som regneark (.xlsx)",
}


def build_moment() -> datetime:
    """The fixed timestamp of the default documents: midnight UTC on the newest rule review."""
    return datetime.combine(build.reviewed_day(), time(0, 0), tzinfo=timezone.utc)


def _values(workplace: dict[str, Any]) -> dict[str, str]:
    return felter.parse_values(felter.defaults_from_workplace(workplace))


def _site_rel(ctx: Context, target: str) -> str:
    """A link from this page's URL (directory URLs) to a file in the built site."""
    page = ctx.page_path
    name = posixpath.basename(page)
    url_dir = posixpath.dirname(page) if name in ("index.md", "README.md") else page[: -len(".md")]
    return posixpath.relpath(target, url_dir or ".")


# --- blocks → HTML -------------------------------------------------------------------------------

# Characters Python-Markdown would read as markup in a heading (< and > are HTML-escaped first).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|])")


def _heading_md(b: Heading, shift: int) -> str:
    # Markdown headings, not <h2>, so the table of contents and anchors include them.
    parts = []
    for r in b.runs:
        if r.placeholder:
            parts.append(run_html(r))
        else:
            parts.append(_MD_SPECIAL.sub(r"\\\1", html.escape(r.text, quote=False)))
    return "#" * min(b.level + shift, 6) + " " + "".join(parts)


def blocks_markdown(blocks: Sequence[Block], shift: int = 1) -> str:
    """Blocks as Markdown: headings as Markdown, the rest as one-line raw HTML blocks."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append(_heading_md(b, shift))
        elif isinstance(b, Paragraph):
            out.append(f"<p>{runs_html(b.runs)}</p>")
        elif isinstance(b, Bullets):
            out.append("<ul>" + "".join(f"<li>{runs_html(i)}</li>" for i in b.items) + "</ul>")
        elif isinstance(b, Table):
            head = "".join(f'<th scope="col">{runs_html(c)}</th>' for c in b.header)
            rows = "".join("<tr>" + "".join(f"<td>{runs_html(c)}</td>" for c in row) + "</tr>" for row in b.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        else:
            raise MacroError(f"unknown block {type(b).__name__}")
    return "\n\n".join(out) + "\n"


# --- macros --------------------------------------------------------------------------------------


@macro("strategiskabelon")
def strategy_page(ctx: Context) -> str:
    built = build.strategy(_values(ctx.workplace), build.reviewed_day())
    return blocks_markdown(built.blocks)


@macro("kortlaegning")
def survey_page(ctx: Context) -> str:
    built = build.survey(_values(ctx.workplace), build.reviewed_day())
    return blocks_markdown(built.blocks)


@macro("strategi_hent")
def download_link(ctx: Context, name: str) -> str:
    files = {**DOCX_FILES, **EXPORT_FILES}
    if name not in files:
        raise MacroError(f"unknown document {name!r}; use one of {sorted(files)}")
    # Raw HTML: the file is written after the build, so MkDocs must not validate the link.
    href = html.escape(_site_rel(ctx, files[name]))
    return f'<a class="md-button" href="{href}" download>{_LABELS[name]}</a>'


def _field_html(f: felter.Field, value: str) -> str:
    fid = f"sf-{f.key}"
    described = f"{fid}-fejl" + (f" {fid}-hint" if f.hint else "")
    attrs = {
        "id": fid,
        "name": f.key,
        "type": "text",
        "value": value,
        "aria-describedby": described,
        "maxlength": str(felter.MAX_VALUE_CHARS),
        "autocomplete": "off",
        "spellcheck": "false",
    }
    if f.kind == "days":
        attrs.update({"inputmode": "numeric", "maxlength": "3", "size": "4"})
    if f.kind == "email":
        attrs["inputmode"] = "email"
    attr_html = " ".join(f'{k}="{html.escape(v)}"' for k, v in attrs.items())
    hint = f'<span class="strategi-hint" id="{fid}-hint">{html.escape(f.hint)}</span>' if f.hint else ""
    return (
        f'<div class="strategi-felt"><label for="{fid}">{html.escape(f.label)}</label>{hint}'
        f'<input {attr_html}><span class="strategi-felt-fejl" id="{fid}-fejl"></span></div>'
    )


@macro("strategiformular")
def strategy_form(ctx: Context) -> str:
    values = _values(ctx.workplace)
    fields = "".join(_field_html(f, values[f.key]) for f in felter.FIELDS)
    script = html.escape(_site_rel(ctx, SCRIPT))
    # One raw HTML block (no blank lines), so Markdown leaves it alone.
    return (
        '<form id="strategi-form" class="strategi-form" novalidate aria-describedby="strategi-form-intro">'
        '<p id="strategi-form-intro">Felterne er udfyldt med arbejdspladsens standardoplysninger. Ret dem, og '
        "hent dokumenterne. Strategien og spørgeskemaet bruger de samme oplysninger. Tomme felter står som "
        "<mark class=\"udfyld\">[udfyld: …]</mark> i dokumentet. "
        "Det, du skriver, bliver på din computer. Intet sendes nogen steder hen.</p>"
        '<div id="strategi-fejlliste" class="strategi-fejlliste" role="alert" tabindex="-1"></div>'
        f"<fieldset><legend>Arbejdspladsens oplysninger</legend>{fields}</fieldset>"
        '<p class="strategi-knapper">'
        '<button type="submit" class="md-button md-button--primary" id="strategi-hent" data-tool="strategi_docx">'
        "Hent strategien (Word)</button> "
        '<button type="submit" class="md-button" id="strategi-hent-kortlaegning" data-tool="kortlaegning_docx">'
        "Hent spørgeskemaet med vejledning (Word)</button></p>"
        '<fieldset class="strategi-eksport"><legend>Spørgeskemaet til jeres eget værktøj</legend>'
        '<p class="strategi-knapper">'
        '<button type="submit" class="md-button" data-tool="kortlaegning_eksport" data-format="forms">'
        "Til Microsofts Forms-import (Word)</button> "
        '<button type="submit" class="md-button" data-tool="kortlaegning_eksport" data-format="xlsx">'
        "Spørgsmål og svarmuligheder (Excel)</button> "
        '<button type="submit" class="md-button" data-tool="kortlaegning_eksport" data-format="svarark">'
        "Svarark til papir (Word)</button></p></fieldset>"
        '<p class="strategi-knapper">'
        '<button type="button" class="md-button" id="strategi-nulstil">Nulstil felterne</button></p>'
        '<p id="strategi-status" class="strategi-status" role="status" aria-live="polite"></p>'
        "<noscript><p>Formularen kræver JavaScript. Brug i stedet standardskabelonen ovenfor, og ret den i "
        "Word.</p></noscript>"
        "</form>"
        f'<script type="application/json" id="strategi-standard">{script_json(values)}</script>'
        f'<script type="module" src="{script}"></script>'
        "\n"
    )


@macro("analyseformular")
def analyse_form(ctx: Context) -> str:
    """The Analyse page's form: a file chooser; Python in the browser reads the file and writes the report."""
    values = _values(ctx.workplace)
    script = html.escape(_site_rel(ctx, ANALYSE_SCRIPT))
    navn = html.escape(values.get("navn", ""))
    return (
        '<form id="analyse-form" class="analyse-form" novalidate>'
        '<div class="strategi-felt"><label for="analyse-fil">Fil med besvarelserne (.xlsx eller .csv)</label>'
        '<span class="strategi-hint" id="analyse-fil-hint">Fx eksporten fra Microsoft Forms, SurveyXact eller et '
        "regneark, I selv har tastet svarene ind i.</span>"
        '<input type="file" id="analyse-fil" name="fil" accept=".xlsx,.csv,.txt,'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" '
        'aria-describedby="analyse-fil-hint"></div>'
        '<div class="strategi-felt"><label for="analyse-navn">Arbejdspladsens navn (til rapporten)</label>'
        f'<input type="text" id="analyse-navn" name="navn" value="{navn}" maxlength="{felter.MAX_VALUE_CHARS}" '
        'autocomplete="off"></div>'
        '<p class="strategi-knapper"><button type="submit" class="md-button md-button--primary" id="analyse-start">'
        "Læs svarene</button> "
        '<button type="button" class="md-button" id="analyse-hent" hidden>Hent rapporten (Word)</button></p>'
        '<p id="analyse-status" class="strategi-status" role="status" aria-live="polite"></p>'
        '<div id="analyse-fejl" class="strategi-fejlliste" role="alert" tabindex="-1" hidden></div>'
        "<noscript><p>Analysen kræver JavaScript. Uden den kan I tælle svarene i jeres eget værktøj.</p></noscript>"
        "</form>"
        '<div id="analyse-resultat" class="analyse-resultat"></div>'
        f'<script type="module" src="{script}"></script>'
        "\n"
    )


# --- build step ----------------------------------------------------------------------------------


def write_docx_files(site: Path, workplace: dict[str, Any]) -> None:
    """Write the default strategy and survey .docx into the built site (deterministic bytes)."""
    values = _values(workplace)
    moment = build_moment()
    day = moment.date()
    for name, builder in (("skabelon", build.strategy), ("kortlaegning", build.survey)):
        out = site / DOCX_FILES[name]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(build.to_docx(builder(values, day), moment))
    from chikane.analyse import export_file

    for name, rel in EXPORT_FILES.items():
        fmt = "xlsx" if name == "spoergsmaal" else name
        out = site / rel
        out.write_bytes(export_file(fmt, values, moment)[2])
