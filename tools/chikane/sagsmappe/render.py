"""HTML (the form and the documents), plain text and .docx for the case folder.

Everything a user typed is escaped here with html.escape; the page's JS only
inserts this HTML. No scripts, no inline handlers, no inline styles.
"""
from __future__ import annotations

import html
from datetime import datetime
from typing import Any, Mapping, Sequence

from .. import localtime as lt
from ..blocks import Bullets, Document, Heading, Paragraph, Run, Table
from ..docx_writer import Picture, build_docx_with_pictures, picture_marker
from ..views_deadlines import render as render_deadlines
from ..workplace import Workplace
from .case import CHANNELS, Case
from .documents import Doc, IncidentDeadlines, evidence_numbers, file_time, source_line
from .evidence import Evidence, size_text, verified_bytes


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _lines(text: str) -> str:
    return "<br>".join(_e(line) for line in text.split("\n"))


# ---------------------------------------------------------------- the form

def _field(fid: str, felt: str, label: str, value: str, hint: str = "", kind: str = "text",
           options: Sequence[tuple[str, str]] = (), extra: str = "") -> str:
    described = f"{fid}-fejl" + (f" {fid}-hint" if hint else "")
    hint_html = f'<span class="sm-hint" id="{fid}-hint">{_e(hint)}</span>' if hint else ""
    common = f'id="{fid}" data-felt="{_e(felt)}" aria-describedby="{described}"'
    if kind == "textarea":
        control = f'<textarea {common} rows="4" spellcheck="true"{extra}>{_e(value)}</textarea>'
    elif kind == "select":
        opts = "".join(f'<option value="{_e(v)}"{" selected" if v == value else ""}>{_e(t)}</option>'
                       for v, t in options)
        control = f"<select {common}{extra}>{opts}</select>"
    else:
        control = f'<input type="{kind}" {common} value="{_e(value)}" autocomplete="off"{extra}>'
    return (f'<div class="sm-felt-input"><label for="{fid}">{_e(label)}</label>{hint_html}{control}'
            f'<span class="sm-felt-fejl" id="{fid}-fejl"></span></div>')


def _s(raw: Mapping[str, Any] | None, key: str) -> str:
    v = (raw or {}).get(key)
    return v if isinstance(v, str) else ("" if v is None or isinstance(v, bool) else str(v))


def incident_html(hid: str, number: int, raw: Mapping[str, Any] | None, wp: Workplace,
                  evidence: Sequence[Evidence] = ()) -> str:
    s = wp.paavirkning
    scale = [("", "Vælg")] + [(str(n), str(n)) for n in range(s.skala_fra, s.skala_til + 1)]
    channels = [("", "Vælg")] + [(k, label) for k, label, _ in CHANNELS]
    f = lambda key: f"{hid}-{key}"  # noqa: E731
    items = "".join(evidence_item(ev) for ev in evidence)
    return (
        f'<fieldset class="sm-haendelse" data-haendelse="{_e(hid)}">'
        f'<legend class="sm-haendelse-titel">Hændelse {number}</legend>'
        + _field(f("dato"), "dato", "Dato", _s(raw, "dato"), "Skriv dag.måned.år, fx 24.11.2026.",
                 extra=' inputmode="numeric"')
        + _field(f("tid"), "tid", "Klokkeslæt (kan udelades)", _s(raw, "tid"), "Fx 14.30.", extra=' inputmode="numeric"')
        + _field(f("kanal"), "kanal", "Hvor skete det?", _s(raw, "kanal"), kind="select", options=channels)
        + _field(f("platform"), "platform", "Navnet på hjemmesiden eller appen (kan udelades)", _s(raw, "platform"),
                 "Kun hvis du valgte «En anden hjemmeside eller app».")
        + _field(f("urls"), "urls", "Links til opslag, kommentarer eller video (kan udelades)", _s(raw, "urls"),
                 "Kopiér hele adressen fra browseren. Et link på hver linje.", kind="textarea",
                 extra=' inputmode="url"')
        + _field(f("hvem"), "hvem", "Hvem gjorde det? (kan udelades)", _s(raw, "hvem"),
                 "Navn eller profilnavn, hvis du ved det.")
        + _field(f("profil"), "profil", "Link til profilen (kan udelades)", _s(raw, "profil"), extra=' inputmode="url"')
        + _field(f("hvad"), "hvad", "Hvad skete der?", _s(raw, "hvad"),
                 "Skriv de præcise ord, der blev skrevet eller sagt. Skriv også, hvad du gjorde.", kind="textarea")
        + _field(f("vidner"), "vidner", "Vidner (kan udelades)", _s(raw, "vidner"),
                 "Hvem så eller hørte det? Skriv navn og kontakt.", kind="textarea")
        + _field(f("paavirkning"), "paavirkning",
                 f"Hvor hårdt rammer det dig? ({s.skala_fra} er lidt, {s.skala_til} er meget)",
                 _s(raw, "paavirkning"), f"{wp.navn} bruger skalaen, når hændelsen registreres.",
                 kind="select", options=scale)
        + '<div class="sm-felt-input sm-bevisfelt">'
          f'<label for="{f("filer")}">Skærmbilleder og fotos (kan udelades)</label>'
          f'<span class="sm-hint" id="{f("filer")}-hint">Billederne bliver på din enhed. Vi gemmer navn, størrelse, '
          "tidspunkt og fingeraftryk (SHA-256) og sætter billederne ind i loggen.</span>"
          f'<input type="file" id="{f("filer")}" data-filer="{_e(hid)}" accept="image/png,image/jpeg,image/gif,image/*" '
          f'multiple aria-describedby="{f("filer")}-fejl {f("filer")}-hint">'
          f'<span class="sm-felt-fejl" id="{f("filer")}-fejl"></span>'
          f'<ul class="sm-beviser" data-beviser="{_e(hid)}">{items}</ul></div>'
        + f'<p class="sm-fjern"><button type="button" class="md-button sm-knap-lille" data-handling="fjern-haendelse" '
          f'data-haendelse-id="{_e(hid)}">Fjern hændelse {number}</button></p>'
        "</fieldset>"
    )


def evidence_item(ev: Evidence) -> str:
    return (
        f'<li class="sm-bevis" data-bevis="{_e(ev.id)}">'
        f'<img class="sm-miniature" data-bevis-billede="{_e(ev.id)}" alt="" width="{min(ev.bredde, 96)}" '
        f'height="{max(1, round(min(ev.bredde, 96) * ev.hoejde / max(ev.bredde, 1)))}">'
        f'<span class="sm-bevis-tekst"><strong>{_e(ev.navn)}</strong> · {_e(size_text(ev.stoerrelse))} · '
        f'{_e(file_time(ev))}<br><span class="sm-hash">SHA-256: {_e(ev.sha256)}</span></span>'
        f'<button type="button" class="md-button sm-knap-lille" data-handling="fjern-bevis" data-bevis-id="{_e(ev.id)}">'
        f'Fjern<span class="visually-hidden"> {_e(ev.navn)}</span></button></li>'
    )


def offence_options() -> list[Any]:
    from .. import rules

    day = max(r.reviewed for r in rules.ALL)
    keys = sorted({r.key for r in rules.ALL if r.max_penalty_years is not None and r.key.startswith("strfl-")},
                  key=lambda k: [int(p) if p.isdigit() else p for p in __import__("re").findall(r"\d+|\D+", k)])
    return [rules.current(k, day) for k in keys]


def form_html(sag: Mapping[str, Any] | None, wp: Workplace, evidence: Sequence[Evidence] = ()) -> str:
    """The inside of the case form, filled in with ``sag`` (the raw values, as typed)."""
    sag = sag or {}
    person = sag.get("person") if isinstance(sag.get("person"), Mapping) else {}
    incidents = sag.get("haendelser") if isinstance(sag.get("haendelser"), list) else []
    valg = sag.get("valg") if isinstance(sag.get("valg"), Mapping) else {}
    if not incidents:
        incidents = [{"id": "h1"}]
    chosen = set(valg.get("offences") or []) if isinstance(valg.get("offences"), list) else set()
    boxes = "".join(
        f'<li><input type="checkbox" id="sm-forbrydelse-{_e(r.key)}" data-felt="valg.offences" data-liste '
        f'value="{_e(r.key)}"{" checked" if r.key in chosen else ""}> '
        f'<label for="sm-forbrydelse-{_e(r.key)}">{_e(r.section)} — {_e(r.title)}</label></li>'
        for r in offence_options()
    )

    def check(key: str, label: str, default: bool = False) -> str:
        on = valg.get(key, default) is True
        return (f'<p class="sm-check"><input type="checkbox" id="sm-valg-{key}" data-felt="valg.{key}"'
                f'{" checked" if on else ""}> <label for="sm-valg-{key}">{_e(label)}</label></p>')

    parts = [
        '<div id="sm-fejlliste" class="sm-fejlliste" role="alert" tabindex="-1" hidden></div>',
        '<fieldset class="sm-person"><legend>Dig</legend>',
        '<p class="sm-hint">Bruges i anmeldelserne. Platformen skal have dit navn og din mail.</p>',
        _field("sm-person-navn", "person.navn", "Dit navn", _s(person, "navn"), extra=' autocomplete="name"'),
        _field("sm-person-stilling", "person.stilling", "Din stilling (kan udelades)", _s(person, "stilling")),
        _field("sm-person-mail", "person.mail", "Din mail", _s(person, "mail"), kind="email",
               extra=' inputmode="email"'),
        _field("sm-person-telefon", "person.telefon", "Dit telefonnummer (kan udelades)", _s(person, "telefon"),
               kind="tel"),
        "</fieldset>",
        '<div class="sm-haendelser" id="sm-haendelser">',
    ]
    ids = []
    for i, raw in enumerate(incidents):
        raw = raw if isinstance(raw, Mapping) else {}
        hid = raw.get("id") if isinstance(raw.get("id"), str) and __import__("re").fullmatch(r"h[0-9]{1,4}", raw.get("id")) else f"h{i + 1}"
        ids.append(hid)
        parts.append(incident_html(hid, i + 1, raw, wp, [e for e in evidence if e.haendelse == hid]))
    parts += [
        "</div>",
        '<p class="sm-knapper"><button type="button" class="md-button" data-handling="ny-haendelse">'
        "Tilføj en hændelse mere</button></p>",
        '<fieldset class="sm-valg"><legend>Hvad kan det være? (kan udelades)</legend>',
        '<p class="sm-hint">Sæt kryds ved det, der passer. Svarene fra «Er det strafbart?» er sat på forhånd. '
        "Det bruges i anmeldelserne og til fristerne.</p>",
        f'<ul class="sm-forbrydelser">{boxes}</ul>',
        check("private", "Der er delt private oplysninger, billeder eller optagelser af mig"),
        check("gentaget", "Jeg bliver kontaktet, fulgt eller opsøgt igen og igen"),
        check("erstatning", "Jeg vil kræve erstatning", default=True),
        _field("sm-valg-kendt_dato", "valg.kendt_dato", "Den dag, du fik at vide, hvem det var (kan udelades)",
               _s(valg, "kendt_dato"), "Bruges til fristen for privat straffesag. Fx 26.11.2026.", extra=' inputmode="numeric"'),
        _field("sm-valg-aktindsigt_modtaget", "valg.aktindsigt_modtaget",
               "Den dag, nogen bad om aktindsigt i sager om dig (kan udelades)", _s(valg, "aktindsigt_modtaget"),
               "Så laver vi en anmodning om at holde dit navn tilbage.", extra=' inputmode="numeric"'),
        "</fieldset>",
        '<p class="sm-knapper"><button type="submit" class="md-button md-button--primary" id="sm-lav">'
        "Lav dokumenterne</button></p>",
    ]
    return "".join(parts)


# ---------------------------------------------------------------- the documents

def doc_text(doc: Doc) -> str:
    out = [doc.title, ""]
    for s in doc.sections:
        if s.fields or s.table:
            out += [s.heading.upper(), ""]
        for f in s.fields:
            out += [f.label if f.label.endswith(("?", ":")) else f"{f.label}:", f.text, ""]
        if s.table:
            header, rows = s.table
            for row in rows:
                out.append(" | ".join(f"{h}: {v}" for h, v in zip(header, row)))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _doc_html(doc: Doc, case: Case) -> str:
    did = f"sm-doc-{doc.id}"
    buttons = [f'<button type="button" class="md-button md-button--primary" data-hent="{_e(doc.id)}">'
               f"Hent {_e(doc.title.lower() if doc.id != 'log' else 'loggen')} (.docx)</button>",
               f'<button type="button" class="md-button" data-kopier="{did}-tekst">Kopiér hele teksten</button>']
    if doc.id == "log":
        buttons.insert(1, '<button type="button" class="md-button" data-hent="log" data-billeder="nej">'
                          "Hent loggen uden billeder (til mail)</button>")
        buttons.append('<button type="button" class="md-button" data-udskriv="log">Udskriv loggen</button>')
    parts = [f'<section class="sm-dokument" id="{did}" aria-labelledby="{did}-titel">',
             f'<h3 id="{did}-titel">{_e(doc.title)}</h3>', f'<p class="sm-formaal">{_e(doc.purpose)}</p>',
             f'<p class="sm-dok-knapper">{" ".join(buttons)}</p>']
    missing = doc.missing()
    if missing:
        parts.append(f'<p class="sm-mangler"><strong>Udfyld, før du sender:</strong> {_e(", ".join(missing))}. '
                     "Det står som [udfyld: …] i teksten.</p>")
    k = 0
    nums = evidence_numbers(case)
    for s in doc.sections:
        parts.append(f"<h4>{_e(s.heading)}</h4>")
        if s.fields:
            parts.append('<dl class="sm-felter">')
            for f in s.fields:
                k += 1
                fid = f"{did}-f{k}"
                cls = "sm-tekst sm-udfyld" if f.missing else "sm-tekst"
                element = f' data-element="{_e(f.element)}"' if f.element else ""
                parts.append(
                    f'<div class="sm-felt"{element}><dt id="{fid}-navn">{_e(f.label)}</dt><dd>'
                    f'<p class="{cls}" id="{fid}">{_lines(f.text)}</p>'
                    f'<button type="button" class="md-button sm-knap-lille sm-kopier" data-kopier="{fid}" '
                    f'aria-describedby="{fid}-navn">Kopiér</button></dd></div>'
                )
            parts.append("</dl>")
        if s.table:
            header, rows = s.table
            # Focusable: on a phone the table scrolls sideways, and that must work by keyboard too.
            parts.append(f'<div class="sm-tabel" tabindex="0" role="region" aria-label="{_e(s.heading)}"><table class="sm-bevistabel"><thead><tr>'
                         + "".join(f'<th scope="col">{_e(h)}</th>' for h in header) + "</tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f'<td class="{"sm-hash" if len(v) == 64 else ""}">{_e(v)}</td>'
                                                   for v in row) + "</tr>" for row in rows)
                         + "</tbody></table></div>")
        for ev in s.pictures:
            parts.append(
                f'<figure class="sm-figur"><img data-bevis-billede="{_e(ev.id)}" alt="Bevis {nums.get(ev.id, "")}: '
                f'{_e(ev.navn)}" width="{ev.bredde}" height="{ev.hoejde}">'
                f"<figcaption>Bevis {nums.get(ev.id, '')}: {_e(ev.navn)} · SHA-256 "
                f'<span class="sm-hash">{_e(ev.sha256)}</span></figcaption></figure>'
            )
    if doc.sources:
        parts.append('<details class="sm-kilder"><summary>Kilder</summary><ul>'
                     + "".join(f"<li>{_e(source_line(r))}</li>" for r in doc.sources) + "</ul></details>")
    parts.append(f'<pre class="sm-heltekst" id="{did}-tekst" hidden>{_e(doc_text(doc))}</pre>')
    parts.append("</section>")
    return "".join(parts)


def documents_html(case: Case, docs: Sequence[Doc], dls: Sequence[IncidentDeadlines], warnings: Sequence[str]) -> str:
    toc = "".join(f'<li><a href="#sm-doc-{_e(d.id)}">{_e(d.title)}</a></li>' for d in docs)
    toc += '<li><a href="#sm-doc-frister">Sagens frister</a></li>'
    warn = "".join(f'<p class="sm-advarsel">{_e(w)}</p>' for w in warnings)
    deadline_parts = []
    for dl in dls:
        deadline_parts.append(f"<h4>Hændelse {dl.incident.number}: {_e(dl.incident.when_text)}</h4>")
        deadline_parts.append(render_deadlines(dl.result).replace('<h2 class="frist-overskrift">Dine frister</h2>', ""))
    return (
        '<section class="sm-dokumenter" aria-labelledby="sm-dok-titel">'
        '<h2 id="sm-dok-titel" tabindex="-1">Dine dokumenter</h2>'
        f"{warn}"
        '<p>Dokumenterne er lavet på din enhed. Hent dem, eller kopiér felterne ind, hvor de skal bruges.</p>'
        f'<nav aria-label="Dokumenterne"><ul class="sm-indhold">{toc}</ul></nav>'
        + "".join(_doc_html(d, case) for d in docs)
        + '<section class="sm-dokument" id="sm-doc-frister" aria-labelledby="sm-doc-frister-titel">'
        '<h3 id="sm-doc-frister-titel">Sagens frister</h3>'
        '<p class="sm-formaal">Fristerne fra fristberegneren, for hver hændelse.</p>'
        '<p class="sm-dok-knapper"><button type="button" class="md-button" data-hent-ics>'
        "Hent fristerne til kalenderen (.ics)</button></p>"
        + "".join(deadline_parts) + "</section></section>"
    )


# ---------------------------------------------------------------- .docx

def doc_docx(doc: Doc, case: Case) -> bytes:
    blocks: list[Any] = [Paragraph([Run(doc.purpose, italic=True)])]
    pictures: list[Picture] = []
    nums = evidence_numbers(case)
    for s in doc.sections:
        blocks.append(Heading(1, [Run(s.heading)]))
        for f in s.fields:
            # One paragraph (label, line break, text), so a label never ends a page without its text.
            blocks.append(Paragraph([Run(f.label, bold=True), Run("\n"), Run(f.text, placeholder=f.missing)]))
        if s.table:
            header, rows = s.table
            blocks.append(Table([[Run(h)] for h in header], [[[Run(v)] for v in row] for row in rows]))
        for ev in s.pictures:
            data = verified_bytes(ev)
            caption = f"Bevis {nums.get(ev.id, '')}: {ev.navn} · {size_text(ev.stoerrelse)} · SHA-256 {ev.sha256}"
            if data is None:
                blocks.append(Paragraph([Run(caption, bold=True)]))
                blocks.append(Paragraph([Run("Billedet er ikke åbnet i denne session, så det er ikke sat ind. Vælg "
                                             "billedet igen, og hent loggen igen.", placeholder=True)]))
                continue
            key = f"b{len(pictures) + 1}"
            blocks.append(picture_marker(key))
            blocks.append(Paragraph([Run(caption, italic=True)]))
            pictures.append(Picture(key, data, ev.ext, ev.bredde, ev.hoejde, f"Bevis {nums.get(ev.id, '')}: {ev.navn}"))
    if doc.sources:
        blocks.append(Heading(1, [Run("Kilder")]))
        blocks.append(Bullets([[Run(source_line(r))] for r in doc.sources]))
    created = case.now if isinstance(case.now, datetime) else lt.to_local(case.now)
    return build_docx_with_pictures(Document(title=doc.title, blocks=blocks, created=created,
                                             subject="Digital chikane: sagsmappe"), pictures)
