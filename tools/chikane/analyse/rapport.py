"""The survey report: the figures the feedback plan asks for, as HTML (with SVG charts) and as .docx.

The under-5 rule (:data:`chikane.strategi.kortlaegning.MIN_GROUP`): no figure is shown for a group of fewer than
5 respondents — not the whole report, not a follow-up question answered by fewer, not a unit. Units
are shown only when the units left out hold none or at least 5 answers (otherwise the total minus
the shown units would give the small group away).
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Sequence

from ..blocks import BarChart, Block, Bullets, Heading, Paragraph, Run, Table
from ..strategi import kortlaegning
from .svar import Answers, Reading

MIN = kortlaegning.MIN_GROUP


@dataclass(frozen=True)
class National:
    """A national figure to compare with, with its source."""

    text: str
    percent: int
    base: str
    source: str
    url: str


# Only figures with a source. Seed 002: Avisen.dk with HK/Kommunal, 21.9.–11.10.2017.
NATIONAL = (
    National(
        text="har selv eller har en kollega, der er blevet hængt ud af borgere én eller flere gange",
        percent=37, base="1.071 sagsbehandlere i jobcentre, 2017",
        source="Avisen.dk og HK/Kommunal: undersøgelse blandt 1.071 sagsbehandlere, 21.9.–11.10.2017 "
               "(se håndbogens side «Baggrund»)",
        url="",
    ),
)


@dataclass(frozen=True)
class Row:
    label: str
    count: int
    percent: int


@dataclass(frozen=True)
class Figure:
    key: str
    title: str
    base_text: str          # who answered: «Alle 42 besvarelser», «De 12, der har oplevet chikane»
    base: int
    rows: tuple[Row, ...]   # empty when hidden
    hidden: str = ""        # why nothing is shown
    multiple: bool = False


@dataclass(frozen=True)
class Report:
    n: int
    figures: tuple[Figure, ...]
    experienced: Figure | None
    self_or_colleague: tuple[int, int] | None   # (count, percent)
    units: tuple[Row, ...]
    units_hidden: str
    hidden: str   # the whole report is hidden (fewer than 5 answers)


def _pct(count: int, base: int) -> int:
    return int(count * 100 / base + 0.5) if base else 0


def _question(key: str) -> tuple[int, kortlaegning.Question]:
    return next((i, q) for i, q in enumerate(kortlaegning.QUESTIONS, start=1) if q.key == key)


def _base(answers: Sequence[Answers], q: kortlaegning.Question) -> list[Answers]:
    """Those the question was meant for (its routing) and who answered it."""
    r = kortlaegning.routing(q)
    meant = answers
    if r is not None:
        src = kortlaegning.QUESTIONS[r[0] - 1].key
        meant = [a for a in answers if set(a.chosen.get(src, [])) & set(r[1])]
    return [a for a in meant if a.chosen.get(q.key)]


def _who(q: kortlaegning.Question, n: int) -> str:
    r = kortlaegning.routing(q)
    if r is None:
        return f"{n} har svaret"
    answers = " eller ".join(f"«{a}»" for a in r[1])
    return f"{n} har svaret (kun dem, der svarede {answers} i spørgsmål {r[0]})"


def question_text(q: kortlaegning.Question, values: dict[str, str]) -> str:
    """The question as the respondents read it (Q8 names the workplace's incident system)."""
    return q.text.replace("{haendelsessystem}", values.get("haendelsessystem") or "jeres hændelsessystem")


def figure(answers: Sequence[Answers], key: str, values: dict[str, str]) -> Figure:
    number, q = _question(key)
    base = _base(answers, q)
    title = f"{number}. {question_text(q, values)}"
    if len(base) < MIN:
        return Figure(key, title, _who(q, len(base)), len(base), (),
                      hidden=f"Ikke vist: færre end {MIN} har svaret på spørgsmålet.", multiple=q.multiple)
    counts = {o: 0 for o in q.options}
    for a in base:
        for o in a.chosen[q.key]:
            counts[o] = counts.get(o, 0) + 1
    rows = tuple(Row(o, c, _pct(c, len(base))) for o, c in counts.items())
    return Figure(key, title, _who(q, len(base)), len(base), rows, multiple=q.multiple)


REPORTED = ("oplevet", "hvad", "kanal", "tidspunkt", "paavirkning", "fortalt", "registreret", "hvorfor_ikke",
            "hjaelp", "kollega", "bekymring", "ved_hvad", "adfaerd", "hjaelpe_mest")


def report(reading: Reading, values: dict[str, str] | None = None) -> Report:
    answers = reading.answers
    n = len(answers)
    if n < MIN:
        return Report(n, (), None, None, (), "", hidden=(
            f"Filen har {n} besvarelse{'' if n == 1 else 'r'}, der kan læses. Resultater vises først, når der er "
            f"mindst {MIN}, så ingen kan genkendes."))
    figures = tuple(figure(answers, k, values or {}) for k in REPORTED)
    experienced = next(f for f in figures if f.key == "oplevet")
    yes = set(kortlaegning.SCREENING_YES)
    both = [a for a in answers if "oplevet" in a.chosen or "kollega" in a.chosen]
    self_or_colleague = None
    if len(both) >= MIN:
        hit = sum(1 for a in both if set(a.chosen.get("oplevet", [])) & yes or "Ja" in a.chosen.get("kollega", []))
        self_or_colleague = (hit, _pct(hit, len(both)))
    # Units: experienced share per unit, only units with at least MIN answers.
    units: dict[str, list[Answers]] = {}
    for a in answers:
        for u in a.chosen.get("enhed", []):
            units.setdefault(u, []).append(a)
    shown = {u: al for u, al in units.items() if len(al) >= MIN}
    left = sum(len(al) for u, al in units.items() if len(al) < MIN)
    unit_rows: tuple[Row, ...] = ()
    units_hidden = ""
    if not units:
        units_hidden = "Filen har ingen svar om enhed."
    elif 0 < left < MIN:
        units_hidden = (f"Ikke vist pr. enhed: enheder med færre end {MIN} svar kunne regnes ud fra de andre. "
                        "Slå små enheder sammen næste gang.")
    elif len(shown) < 2:
        units_hidden = f"Ikke vist pr. enhed: færre end to enheder har mindst {MIN} svar."
    else:
        for u in sorted(shown):
            al = [a for a in shown[u] if a.chosen.get("oplevet")]
            if len(al) < MIN:
                continue
            hit = sum(1 for a in al if set(a.chosen["oplevet"]) & yes)
            unit_rows += (Row(u, hit, _pct(hit, len(al))),)
        if left:
            units_hidden = f"{left} svar fra enheder med færre end {MIN} svar er ikke vist hver for sig."
    return Report(n, figures, experienced, self_or_colleague, unit_rows, units_hidden, "")


# --- HTML ------------------------------------------------------------------------------------------

_BAR = "#1d4f7a"


def svg_bar(percent: int) -> str:
    """One bar of a chart: the table row it stands in carries the same figure in words."""
    w = max(0, min(100, percent))
    return (f'<svg class="analyse-bjaelke" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" '
            f'focusable="false"><rect x="0" y="0" width="100" height="14" fill="#e3e9ef"></rect>'
            f'<rect x="0" y="0" width="{w}" height="14" fill="{_BAR}"></rect></svg>')


def chart_table(caption: str, rows: Sequence[Row], first_col: str = "Svar") -> str:
    """The chart and its table in one: each row has its bar (SVG), count and share."""
    head = (f'<thead><tr><th scope="col">{html.escape(first_col)}</th><th scope="col" class="tal">Antal</th>'
            '<th scope="col" class="tal">Andel</th><th scope="col" class="graf"><span class="analyse-sr">Graf'
            "</span></th></tr></thead>")
    body = "".join(f'<tr><th scope="row">{html.escape(r.label)}</th><td class="tal">{r.count}</td>'
                   f'<td class="tal">{r.percent} %</td><td class="graf">{svg_bar(r.percent)}</td></tr>'
                   for r in rows)
    return (f'<table class="analyse-tabel analyse-graf"><caption>{html.escape(caption)}</caption>'
            f"{head}<tbody>{body}</tbody></table>")


def _table_html(fig: Figure) -> str:
    note = " Man kunne vælge flere svar, så andelene giver mere end 100 % tilsammen." if fig.multiple else ""
    return chart_table(f"{fig.base_text}.{note}", fig.rows)


def _figure_html(fig: Figure, i: int) -> str:
    out = [f'<section class="analyse-figur" aria-labelledby="af-{i}"><h3 id="af-{i}">{html.escape(fig.title)}</h3>']
    if fig.hidden:
        out.append(f'<p class="analyse-skjult">{html.escape(fig.hidden)} ({html.escape(fig.base_text)}.)</p>')
    else:
        out.append(_table_html(fig))
    out.append("</section>")
    return "".join(out)


def national_rows(rep: Report) -> list[tuple[str, str, str]]:
    out = []
    if rep.self_or_colleague:
        for nat in NATIONAL:
            out.append(("Selv eller en kollega udsat (spørgsmål 2 eller 11)",
                        f"{rep.self_or_colleague[1]} %", f"{nat.percent} %"))
    return out


def to_html(rep: Report, reading: Reading, filename: str) -> str:
    out = ['<div class="analyse-rapport">', '<h2 id="analyse-resultat-titel" tabindex="-1">Resultat</h2>']
    out.append(f"<p>Filen «{html.escape(filename[:100])}» har <strong>{rep.n}</strong> besvarelse"
               f"{'' if rep.n == 1 else 'r'}, der kan læses.</p>")
    if rep.hidden:
        out.append(f'<p class="analyse-skjult">{html.escape(rep.hidden)}</p></div>')
        return "".join(out)
    nat = national_rows(rep)
    out.append("<h3>Sammenlignet med landstal</h3>")
    if nat:
        bases = " ".join(f"Landstallet: {html.escape(n.base)}." for n in NATIONAL)
        out.append(f'<table class="analyse-tabel"><caption>Jeres tal og et landstal. {bases} Spørgsmålene var '
                   "ikke helt de samme, så sammenlign med forsigtighed.</caption><thead><tr>"
                   '<th scope="col">Hvad</th><th scope="col" class="tal">Hos jer</th>'
                   '<th scope="col" class="tal">Landstal</th></tr></thead><tbody>')
        for what, here, there in nat:
            out.append(f'<tr><th scope="row">{html.escape(what)}</th><td class="tal">{here}</td>'
                       f'<td class="tal">{html.escape(there)}</td></tr>')
        out.append("</tbody></table>")
    else:
        out.append(f"<p>Ikke vist: færre end {MIN} har svaret på spørgsmål 2 og 11.</p>")
    for n in NATIONAL:
        out.append(f'<p class="analyse-kilde">Kilde til landstallet: {html.escape(n.source)}. '
                   f'{n.percent} % {html.escape(n.text)}.</p>')
    out.append("<h3>Pr. enhed: andel, der selv har oplevet digital chikane</h3>")
    if rep.units:
        out.append(chart_table(f"Enheder med mindst {MIN} svar. Antal og andel, der selv har oplevet digital "
                               "chikane.", rep.units, first_col="Enhed"))
    if rep.units_hidden:
        out.append(f"<p>{html.escape(rep.units_hidden)}</p>")
    for i, fig in enumerate(rep.figures, start=1):
        out.append(_figure_html(fig, i))
    out.append("</div>")
    return "".join(out)


# --- .docx -----------------------------------------------------------------------------------------


def to_blocks(rep: Report, reading: Reading, filename: str, values: dict[str, str]) -> list[Block]:
    navn = values.get("navn") or ""
    blocks: list[Block] = [
        Paragraph([Run("Arbejdsplads: ", bold=True),
                   Run(navn) if navn else Run("[udfyld: arbejdspladsens navn]", placeholder=True)]),
        Paragraph([Run(f"Rapporten bygger på filen «{filename[:100]}» med {rep.n} besvarelser. Tal for grupper "
                       f"med færre end {MIN} svar er ikke vist.")]),
    ]
    if rep.hidden:
        blocks.append(Paragraph([Run(rep.hidden)]))
        return blocks
    blocks.append(Heading(1, [Run("Sammenlignet med landstal")]))
    nat = national_rows(rep)
    if nat:
        blocks.append(Table([[Run("Hvad")], [Run("Hos jer")], [Run("Landstal")]],
                            [[[Run(a)], [Run(b)], [Run(c)]] for a, b, c in nat], widths=(45, 15, 40)))
    for n in NATIONAL:
        blocks.append(Paragraph([Run(f"Kilde: {n.source}. {n.percent} % {n.text}. Spørgsmålene var ikke helt de "
                                     "samme, så sammenlign med forsigtighed.", italic=True)]))
    blocks.append(Heading(1, [Run("Pr. enhed")]))
    if rep.units:
        blocks.append(Paragraph([Run("Andel, der selv har oplevet digital chikane, i enheder med mindst "
                                     f"{MIN} svar.")], keep_with_next=True))
        blocks.append(BarChart([(r.label, r.percent, f"{r.percent} % ({r.count})") for r in rep.units]))
    if rep.units_hidden:
        blocks.append(Paragraph([Run(rep.units_hidden)]))
    blocks.append(Heading(1, [Run("Svarene spørgsmål for spørgsmål")]))
    for fig in rep.figures:
        blocks.append(Heading(2, [Run(fig.title)]))
        if fig.hidden:
            blocks.append(Paragraph([Run(f"{fig.hidden} ({fig.base_text}.)")]))
            continue
        note = " Man kunne vælge flere svar." if fig.multiple else ""
        blocks.append(Paragraph([Run(f"{fig.base_text}.{note}")], keep_with_next=True))
        blocks.append(BarChart([(r.label, r.percent, f"{r.percent} % ({r.count})") for r in fig.rows]))
    if reading.problems:
        blocks.append(Heading(1, [Run("Det kunne ikke læses")]))
        blocks.append(Paragraph([Run(f"{len(reading.problems)} celler eller kolonner i filen er ikke talt med:")]))
        blocks.append(Bullets([[Run(p.text)] for p in reading.problems[:50]]))
    return blocks
