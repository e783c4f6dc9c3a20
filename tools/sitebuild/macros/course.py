"""Macros for the course kit (docs/kursus/): the quiz, all cards for print, links to cards.

The cards themselves are in chikane/kursus/sager/*.md; nothing here repeats their text.
"""
from __future__ import annotations

import html
import posixpath

from chikane.kursus import sager
from chikane.kursus.views import CourseLinks, render_card, render_case_list, render_form, render_picker
from chikane.request_fields import default_day
from chikane.workplace import parse_workplace

from ..paths import DOCS
from . import Context, MacroError, macro


def _root(ctx: Context) -> CourseLinks:
    """Links from this page to the site root (use_directory_urls: a.md is served at a/)."""
    path = ctx.page_path
    depth = path.count("/") + (0 if posixpath.basename(path) == "index.md" else 1)
    return CourseLinks("../" * depth)


@macro("kursusquiz")
def quiz(ctx: Context) -> str:
    """The quiz: the case picker and the first case's form, rendered at build time so they show
    at once; the JS shell (assets/js/quiz.js) asks the engine for feedback."""
    first = sager.CASES[0]
    if _root(ctx).root != "../../":
        raise MacroError("{{ kursusquiz }} belongs on kursus/quiz.md: the engine's links assume that page")
    return (
        '<div class="quiz-tool" data-tool="quiz" markdown="0">\n'
        '<p class="quiz-status" role="status" aria-live="polite"></p>\n'
        f"{render_picker(first)}\n"
        f'<div class="quiz-view">{render_form(first)}</div>\n'
        '<div class="quiz-feedback"></div>\n'
        "</div>"
    )


@macro("kursuskort_alle")
def all_cards(ctx: Context) -> str:
    """Every card, each on its own A4 page when printed (for handing out)."""
    links = _root(ctx)
    workplace = parse_workplace(ctx.workplace)
    today = default_day()
    cards = "\n".join(render_card(c, links, workplace, today, level=3, title_level=2) for c in sager.CASES)
    return f'<div class="kursus-kort-samling" markdown="0">\n{cards}\n</div>'


@macro("sagsliste")
def case_list(ctx: Context) -> str:
    return f'<div markdown="0">\n{render_case_list(_root(ctx))}\n</div>'


@macro("sag")
def case_link(ctx: Context, case_id: str) -> str:
    """``{{ sag falsk-profil }}`` → a Markdown link to the card, titled from the card data."""
    case = sager.CASE_BY_ID.get(case_id)
    if case is None:
        raise MacroError(f"unknown case {case_id!r}; known: {sorted(sager.CASE_BY_ID)}")
    return f"[{case.title}]({ctx.rel(f'kursus/cases/{case.id}.md')})"


@macro("antal_sager")
def case_count(ctx: Context) -> str:
    return str(len(sager.CASES))


@macro("strategilink")
def strategy_link(ctx: Context, *words: str) -> str:
    """A link to the strategy section once it exists; until then its name in plain text."""
    text = " ".join(words) or "strategiskabelonen"
    if (DOCS / "strategi" / "index.md").exists():
        return f"[{html.escape(text)}]({ctx.rel('strategi/index.md')})"
    return html.escape(text)


# --- the A3 poster, as HTML ------------------------------------------------------------------------

def _outcome_chip(o) -> str:
    from chikane import rules

    cite = rules.versions(o.rule_keys[0])[-1].citation if o.rule_keys else ""
    return (f'<li class="plakat-regel plakat-{html.escape(o.kind)}"><span class="plakat-paragraf">{html.escape(cite)}'
            f'</span> {html.escape(o.title)}</li>')


def poster_html() -> str:
    """The «Er det strafbart?» poster for a wall: every question in large type, the answers written on
    the arrows, and beside each question the rules its answer can lead to. Drawn from the flow's own
    questions and outcomes (chikane.flow), so it always matches the tool."""
    from chikane.flow import OUTCOMES, QUESTIONS, START
    from chikane.flow.model import answered_leaves

    number = {q.id: i for i, q in enumerate(QUESTIONS, start=1)}
    order = [q.id for q in QUESTIONS]
    if order[0] != START:
        raise MacroError("the poster expects the flow to start with its first question")
    leads: dict[str, dict[str, list]] = {q.id: {} for q in QUESTIONS}
    for o in OUTCOMES:
        if o.kind != "strafbart":
            continue  # the poster shows what can be punishable; the remedies are on the result and the cards
        leaves = list(answered_leaves(o.condition))
        if not leaves:
            continue
        # Each rule once, beside the most specific answer that leads to it (the last question in its condition).
        leaf = max(leaves, key=lambda x: number[x.question])
        q = next(x for x in QUESTIONS if x.id == leaf.question)
        chosen = [opt for opt in q.options if opt.id in leaf.options]
        labels = " eller ".join(opt.label for opt in chosen)
        bucket = leads[q.id].setdefault(labels, [])
        if o not in bucket:
            bucket.append(o)
    def arrow_after(i: int) -> str:
        # The arrow below a question says where the flow goes next: follow-ups are asked only
        # when an earlier answer calls for them (their ask_if).
        if i + 1 >= len(QUESTIONS):
            return "Videre til resultatet"
        nxt = QUESTIONS[i + 1]
        if nxt.ask_if is None:
            return f"Alle videre til spørgsmål {number[nxt.id]}"
        bits = []
        for leaf in answered_leaves(nxt.ask_if):
            src = next(x for x in QUESTIONS if x.id == leaf.question)
            labels = " eller ".join(f"«{opt.label}»" for opt in src.options if opt.id in leaf.options)
            bits.append(f"{labels} i spørgsmål {number[src.id]}")
        return f"Spørgsmål {number[nxt.id]} kun hvis du valgte " + ", eller ".join(bits)

    rows = []
    for i, q in enumerate(QUESTIONS):
        arrow = f'<p class="plakat-pil"><span>{html.escape(arrow_after(i))}</span></p>'
        side = "".join(
            f'<div class="plakat-udfald"><p class="plakat-svar{" plakat-svar-lang" if len(label) > 4 else ""}">'
            f"{html.escape(label)} →</p>"
            f'<ul>{"".join(_outcome_chip(o) for o in outs)}</ul></div>'
            for label, outs in leads[q.id].items()
        )
        rows.append(
            f'<li class="plakat-trin"><div class="plakat-spoergsmaal"><span class="plakat-nr">{number[q.id]}</span> '
            f"{html.escape(q.text)}</div><div class=\"plakat-side\">{side}</div>{arrow}</li>"
        )
    return (
        '<ol class="plakat-flow">' + "".join(rows) + "</ol>"
        '<p class="plakat-resultat">Resultat: de regler, der kan være i spil — og hvad du gør nu.</p>'
    )


@macro("plakatflow")
def poster_flow(ctx: Context) -> str:
    return f'<div class="plakat-tegning" markdown="0">\n{poster_html()}\n</div>'


# --- the opening examples and the facilitator's slides --------------------------------------------

# The four short examples of the 2-hour plan's 0:10–0:25 slot («Kritik eller chikane?»). Each has
# the rules its answer names (cited from chikane.rules; no § is typed here). Made-up situations
# like the cards', kept short enough to read aloud and to fit a slide.
EXAMPLES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Et opslag på egen væg",
     "En borger skriver på sin egen Facebookvæg: «Jobcentret er en skandale. Min sagsbehandler har ingen "
     "empati.»",
     "Kritik. Den er hård, men lovlig. Sig det alligevel til din leder, og registrér det.", ()),
    ("Et læserbrev",
     "En borger skriver i lokalavisen, at sagsbehandleren Birgitte er «inkompetent». Hun står med navn.",
     "Som regel lovlig kritik. En offentligt ansat skal tåle meget. Men ingen skal stå alene med det.", ()),
    ("Ti sms'er om dagen",
     "I fire uger sender en borger op til ti sms'er om dagen til Jens' arbejdsmobil — også om aftenen og i "
     "weekenden.",
     "Chikane. Det kan være strafbart som chikane af en offentligt ansat og som stalking.",
     ("strfl-119a", "strfl-242")),
    ("«Jeg ved, hvor du bor»",
     "Efter et afslag skriver en borger i en sms til sin sagsbehandler: «Jeg ved, hvor du bor. Pas på.»",
     "Det kan være en trussel mod en offentligt ansat. Anmeld det til politiet inden {hours} timer, hvis du vil "
     "kunne få erstatning.",
     ("strfl-119", "offerst-10")),
)


def _cites(ctx: Context, keys: tuple[str, ...]) -> str:
    from .legal import rule_citation

    return ", ".join(rule_citation(ctx, k) for k in keys)


def _hours() -> str:
    from chikane import rules

    return str(rules.versions("offerst-10")[-1].params["hours"])


def _answer(ctx: Context, text: str, keys: tuple[str, ...]) -> str:
    body = html.escape(text.replace("{hours}", _hours()))
    return body + (f" ({_cites(ctx, keys)})." if keys else "")


@macro("kursuseksempler")
def course_examples(ctx: Context) -> str:
    """The four examples as a numbered list with the answer under each (for the trainer's plan)."""
    items = "".join(
        f"<li><p><strong>{html.escape(title)}.</strong> {html.escape(situation)}</p>"
        f'<p class="eksempel-svar"><strong>Svar:</strong> {_answer(ctx, answer, keys)}</p></li>'
        for title, situation, answer, keys in EXAMPLES
    )
    return f'<ol class="kursus-eksempler" markdown="0">{items}</ol>'


def _slide(title: str, body: str, kind: str = "") -> str:
    cls = "slide" + (f" slide-{kind}" if kind else "")
    return f'<section class="{cls}"><h2>{title}</h2>{body}</section>'


@macro("kursusslides")
def course_slides(ctx: Context) -> str:
    """The facilitator's slides for the 2-hour course: one idea a page, A4 landscape when printed."""
    hours = _hours()
    e = EXAMPLES
    slides = [
        _slide("Digital chikane mod offentligt ansatte",
               "<p>Kursus på 2 timer</p><p class=\"slide-lille\">Hvad er kritik, hvad er chikane — og hvad gør "
               "vi, når det sker?</p>", "titel"),
        _slide("Rammerne", "<ul><li>Det, der bliver sagt her, bliver her.</li><li>Du må gå ud, når du vil."
               "</li><li>Pause efter en time.</li></ul>"),
        _slide("Kritik eller chikane?", "<p>Fire korte eksempler.</p><p>Stem med hånden: kritik eller "
               "chikane?</p>"),
    ]
    for i, (title, situation, _answer_text, _keys) in enumerate(e, start=1):
        slides.append(_slide(f"Eksempel {i}: {html.escape(title)}", f"<p>{html.escape(situation)}</p>"
                             '<p class="slide-spoergsmaal">Kritik eller chikane?</p>', "eksempel"))
    answers = "".join(f"<li><strong>{html.escape(t)}:</strong> {_answer(ctx, a, k)}</li>"
                      for t, _s, a, k in e)
    slides += [
        _slide("Svarene", f'<ol class="slide-svar">{answers}</ol>', "svar"),
        _slide("Meget kritik er lovlig", "<p>Men ingen skal stå alene med den.</p>"
               "<p>Sig det altid til din leder.</p>"),
        _slide("De første timer", "<ol><li>Gem beviser: skærmbilleder med dato og link.</li>"
               "<li>Sig det til din leder.</li><li>Registrér hændelsen.</li></ol>"),
        _slide(f"{hours} timer", f"<p>Anmeld til politiet inden {hours} timer, hvis du vil kunne få erstatning."
               f"</p><p class=\"slide-lille\">{_cites(ctx, ('offerst-10',))}</p>", "tal"),
        _slide("Øvelse 1: sagskort", "<ol><li>Fold kortet. Læs situationen højt.</li><li>Drøft spørgsmålene."
               "</li><li>Fold kortet ud, og sammenlign.</li></ol>"),
        _slide("Øvelse 2: quizzen", "<p>Vi stemmer om hvert svar.</p><p>Værktøjet giver ikke en dom. Det viser, "
               "hvad der kan være i spil.</p>"),
        _slide("Øvelse 3: hvem gør hvad?", "<p>Den første time. Den første dag. Inden for "
               f"{hours} timer.</p>"),
        _slide("Støt din kollega", "<ul><li>Spørg, hvordan det går.</li><li>Hjælp med skærmbilleder.</li>"
               "<li>Gå med til lederen.</li></ul>"),
        _slide("Én ting, du tager med", "<p>Hvad gør du i morgen, hvis det sker?</p>", "titel"),
    ]
    return f'<div class="slides" markdown="0">{"".join(slides)}</div>'
