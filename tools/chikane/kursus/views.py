"""The course kit's HTML: the scenario card, the list of cards, the quiz form and its feedback.

The card pages (built by ``sitebuild.course_pages``) and the quiz feedback use the functions here, so a card's
reading and the quiz's answer key are both whatever :func:`chikane.flow.evaluate` says for the card's answers.
The trainer's note is compiled by :mod:`chikane.tekst`. Everything is escaped here; the JS shell only inserts
the HTML. Standard library only.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Iterable

from .. import rules, tekst
from ..flow import OUTCOMES, QUESTION_BY_ID, Finding, encode_state
from ..model import Prosecution, Rule
from ..flow.views import KIND_HEADINGS, link
from ..workplace import Workplace
from .quiz import ALWAYS, CHOICE_LEGENDS, CHOICES, answer_label, findings_for, grade, score_text, why, why_not
from .sager import CASES, Case, note_rule_keys

# Deadlines that start to run when an outcome applies (rule keys; the numbers live in the rules).
DEADLINE_RULES: dict[str, tuple[str, ...]] = {
    "politi72": ("offerst-10", "offerst-13"),
    "arbejdsskade": ("arbskade-31",),
}
TIME_PARAMS = ("hours", "days", "working_days", "months", "years")


@dataclass(frozen=True)
class CourseLinks:
    """Relative links from the page being rendered; ``root`` leads to the site root."""

    root: str

    def tool(self, case: Case) -> str:
        return f"{self.root}vaerktoejer/er-det-strafbart/#svar={encode_state(case.answers)}"

    def card(self, case: Case) -> str:
        return f"{self.root}kursus/cases/{case.id}/"

    def quiz(self, case: Case) -> str:
        return f"{self.root}kursus/quiz/?sag={case.id}"


QUIZ_LINKS = CourseLinks("../../")  # the quiz lives at kursus/quiz/


# --- small pieces ------------------------------------------------------------------------------


def context(today: date) -> tekst.Context:
    """What the cards' text is compiled against: rules in force today, the flow's questions, and a
    note after a rule confirmed only in a secondary source."""
    return tekst.Context(today, question=lambda qid: QUESTION_BY_ID[qid].text, mark_secondary=True,
                         cite_as_written=True)


def cite(key: str, ctx: tekst.Context) -> str:
    """A linked citation; rules confirmed only in a secondary source say so."""
    return tekst.to_html("{§" + key + "}", ctx)


def _rule_cites(keys: Iterable[str], ctx: tekst.Context) -> str:
    return ", ".join(cite(k, ctx) for k in keys)


def _criminal_rules(findings: Iterable[Finding], today: date) -> list[Rule]:
    keys = [k for f in findings if f.outcome.kind == "strafbart" for k in f.outcome.rule_keys]
    found = [rules.current(k, today) for k in dict.fromkeys(keys)]
    return [r for r in found if r.max_penalty_years is not None]


def _sections(rs: list[Rule]) -> str:
    """«straffeloven § 267 og § 268»: the law named once, then its sections."""
    by_law: dict[str, list[str]] = {}
    for r in rs:
        by_law.setdefault(r.law, []).append(r.section)
    parts = []
    for law, sections in by_law.items():
        parts.append(f"{tekst.law_name(law)} {tekst.and_list(sections)}")
    return "; ".join(parts)


def deadline_items(case: Case, findings: list[Finding], workplace: Workplace, today: date) -> list[str]:
    """Which deadlines run for this case, as HTML list items (numbers from the rules)."""
    ctx = context(today)
    fired = {f.outcome.id for f in findings}
    items: list[str] = []
    if "registrer" in fired:
        items.append(escape(f"Registrer hændelsen i {workplace.haendelsessystem} "
                            f"{tekst.within_days(workplace.intern_frist_dage)} (arbejdspladsens egen frist)."))
    keys = [k for oid, ks in DEADLINE_RULES.items() if oid in fired for k in ks]
    keys += [k for k in note_rule_keys(case)
             if any(p in rules.current(k, today).params for p in TIME_PARAMS) and k != "strfl-96"]
    for key in dict.fromkeys(keys):
        r = rules.current(key, today)
        items.append(f"{escape(r.title)} ({cite(key, ctx)}).")
    crim = _criminal_rules(findings, today)
    private = [r for r in crim if r.prosecution is not None and r.prosecution is not Prosecution.PUBLIC]
    if private:
        r96 = rules.current("strfl-96", today)
        items.append(
            f"{escape(r96.title)}: {escape(str(r96.params['months']))} måneder, fra du ved, hvem det er "
            f"({cite('strfl-96', ctx)}). Gælder {escape(_sections(private))}."
        )
    by_limit: dict[str, list[Rule]] = {}
    for r in crim:
        if r.limitation:
            by_limit.setdefault(r.limitation.split(" (")[0], []).append(r)
    if by_limit:
        parts = "; ".join(f"{escape(_sections(rs))}: {escape(limit)}" for limit, rs in by_limit.items())
        items.append(f"Forældelse ({cite('strfl-93', ctx)}): {parts}.")
    return items


def _sources(case: Case, findings: list[Finding], today: date) -> str:
    keys = [k for f in findings for k in f.outcome.rule_keys] + note_rule_keys(case)
    keys += [k for oid, ks in DEADLINE_RULES.items() if any(f.outcome.id == oid for f in findings) for k in ks]
    seen: dict[str, str] = {}
    for k in keys:
        r = rules.current(k, today)
        seen.setdefault(r.source.url, r.source.title)
    return "; ".join(link(url, title) for url, title in seen.items())


# --- the card ------------------------------------------------------------------------------------


def render_card(case: Case, links: CourseLinks, workplace: Workplace, today: date,
                level: int = 2, title_level: int | None = None) -> str:
    """One scenario card. ``level`` is the heading level of its sections; with ``title_level``
    the card carries its own title (the page of all cards), otherwise the page's h1 is the title."""
    ctx = context(today)
    h, h2 = f"h{level}", f"h{level + 1}"
    findings = findings_for(case)
    if title_level is not None:
        head = (f'<h{title_level} id="kort-{escape(case.id)}">{escape(case.title)}</h{title_level}>')
    else:  # the page's h1 is the title on screen; on paper the card carries it itself
        head = f'<p class="kort-titel only-print" aria-hidden="true">{escape(case.title)}</p>'
    situation = "".join(f"<p>{escape(p)}</p>" for p in case.situation)
    questions = "".join(f"<li>{escape(q)}</li>" for q in case.questions)
    n = sum(1 for f in findings if f.outcome.kind == "strafbart")
    lead = (f"Værktøjet finder {n} mulig{'e' if n != 1 else ''} overtrædelse{'r' if n != 1 else ''} af "
            "straffeloven. Politiet og domstolene afgør, om noget er strafbart."
            if n else "Værktøjet finder intet strafbart.")
    groups = []
    for kind, heading in KIND_HEADINGS.items():
        found = [f for f in findings if f.outcome.kind == kind]
        if not found:
            continue
        if kind == "strafbart":  # the offences with their §§: what the group discusses
            items = "".join(
                f"<li><strong>{escape(f.outcome.title)}</strong>"
                + (f" — {_rule_cites(f.outcome.rule_keys, ctx)}" if f.outcome.rule_keys else "") + "</li>"
                for f in found
            )
            groups.append(f'<{h2}>{escape(heading)}</{h2}><ul class="kort-udfald">{items}</ul>')
        else:  # the other tracks in one line each, so the reading fits its half of the sheet
            titles = " · ".join(
                escape(f.outcome.title)
                + (f" ({_rule_cites(f.outcome.rule_keys, ctx)})" if f.outcome.rule_keys else "")
                for f in found
            )
            groups.append(f'<p class="kort-udfald-linje"><strong>{escape(heading)}:</strong> {titles}</p>')
    deadlines = "".join(f"<li>{i}</li>" for i in deadline_items(case, findings, workplace, today))
    note = "".join(f"<p>{tekst.to_html(p, ctx)}</p>" for p in case.note)
    gap = (f'<p class="kort-hul"><strong>Det dækker værktøjet ikke:</strong> {tekst.to_html(case.gap, ctx)}</p>'
           if case.gap else "")
    answers = "".join(
        f"<li>{escape(QUESTION_BY_ID[q].text)} <strong>{escape(answer_label(q, o))}</strong></li>"
        for q, o in case.answers
    )
    return (
        f'<section class="kursus-kort" data-case="{escape(case.id)}"'
        + (f' aria-labelledby="kort-{escape(case.id)}"' if title_level is not None else ' aria-label="Sagskort"')
        + ">"
        # Printed, the card folds: the group sees the front half (situation and questions); the
        # reading is on the half behind the fold line; the trainer's note is on a page of its own.
        f'<div class="kort-forside">{head}'
        f'<{h}>Situationen</{h}><div class="kort-situation">{situation}</div>'
        f'<{h}>Drøft</{h}><ol class="kort-spoergsmaal">{questions}</ol></div>'
        '<p class="kort-fold only-print" aria-hidden="true"><span>Fold her. Svaret står på den anden halvdel.</span></p>'
        f'<div class="kort-laesning"><{h}>Sådan læser værktøjet sagen</{h}><p class="kort-lead">{escape(lead)}</p>'
        f'{"".join(groups)}'
        f'<{h}>Frister, der løber</{h}><ul class="kort-frister">{deadlines}</ul></div>'
        f'<div class="kort-underviser"><{h}>Til underviseren</{h}><div class="kort-note">{note}{gap}</div>'
        '<details class="kort-svar no-print"><summary>Svarene i «Er det strafbart?»</summary>'
        f"<ol>{answers}</ol></details>"
        f'<p class="kort-handling no-print">{link(links.tool(case), "Åbn sagen i «Er det strafbart?»", "md-button")} '
        f'{link(links.quiz(case), "Prøv sagen i quizzen", "md-button")}</p>'
        f'<p class="kort-kilder">Kilder: {_sources(case, findings, today)}.</p></div>'
        "</section>"
    )


def render_case_list(links: CourseLinks) -> str:
    items = "".join(f"<li>{link(links.card(c), c.title)}</li>" for c in CASES)
    return f'<ol class="kursus-sagsliste">{items}</ol>'


# --- the quiz ------------------------------------------------------------------------------------


def render_picker(selected: Case) -> str:
    options = "".join(
        f'<option value="{escape(c.id)}"{" selected" if c.id == selected.id else ""}>{escape(c.title)}</option>'
        for c in CASES
    )
    return (
        '<form class="quiz-picker" hidden>'
        '<label for="quiz-sag">Vælg en sag</label> '
        f'<select id="quiz-sag" name="sag">{options}</select> '
        '<button type="submit" class="md-button">Vis sagen</button>'
        "</form>"
    )


def render_form(case: Case, links: CourseLinks = QUIZ_LINKS) -> str:
    groups = []
    for kind, legend in CHOICE_LEGENDS.items():
        boxes = "".join(
            f'<li><input type="checkbox" id="quiz-valg-{o.id}" name="valg" value="{o.id}"> '
            f'<label for="quiz-valg-{o.id}">{escape(o.title)}</label></li>'
            for o in CHOICES if o.kind == kind
        )
        if boxes:
            groups.append(
                f'<fieldset class="quiz-gruppe"><legend>{escape(legend)}</legend>'
                f'<ul class="quiz-valg">{boxes}</ul></fieldset>'
            )
    situation = "".join(f"<p>{escape(p)}</p>" for p in case.situation)
    always = ", ".join(o.title.lower() if i else o.title for i, o in enumerate(ALWAYS))
    return (
        f'<form class="quiz-form" data-case="{escape(case.id)}" action="{escape(links.card(case))}" method="get" '
        'aria-labelledby="quiz-sag-titel">'
        f'<h2 id="quiz-sag-titel" tabindex="-1">{escape(case.title)}</h2>'
        f'<div class="quiz-situation">{situation}</div>'
        '<p class="quiz-instruks">Hvad viser «Er det strafbart?» for denne sag? Sæt kryds ved alt, du mener passer. '
        f"Disse spor gælder altid og er ikke med: {escape(always)}.</p>"
        f'{"".join(groups)}'
        '<p><button type="submit" class="md-button md-button--primary">Tjek mine svar</button></p>'
        "</form>"
    )


def _items(ids: list[str], findings: dict[str, Finding], case: Case, ctx: tekst.Context,
           wrong: bool = False) -> str:
    out = []
    answers = dict(case.answers)
    fired = frozenset(f.outcome.kind for f in findings.values())
    for oid in ids:
        o = next(x for x in OUTCOMES if x.id == oid)
        cites = f" — {_rule_cites(o.rule_keys, ctx)}" if o.rule_keys else ""
        if wrong:
            lines = why_not(o.condition, answers, fired)
            extra = f'<br><span class="quiz-hvorfor">Hvorfor ikke: {"; ".join(lines)}.</span>' if lines else ""
        else:
            parts = why(findings[oid])
            extra = f'<br><span class="quiz-hvorfor">Hvorfor: {"; ".join(parts)}.</span>' if parts else ""
        out.append(f"<li><strong>{escape(o.title)}</strong>{cites}{extra}</li>")
    return "".join(out)


def render_feedback(case: Case, chosen: Iterable[str], today: date,
                    links: CourseLinks = QUIZ_LINKS) -> tuple[str, list[str], list[str], list[str], str]:
    ctx = context(today)
    correct, missed, wrong = grade(case, chosen)
    findings = {f.outcome.id: f for f in findings_for(case)}
    summary = score_text(len(correct), len(missed), len(wrong))
    blocks = []
    for heading, ids, is_wrong in (("Rigtigt", correct, False), ("Du manglede", missed, False),
                                   ("Passer ikke her", wrong, True)):
        if ids:
            blocks.append(f'<h3>{escape(heading)} ({len(ids)})</h3>'
                          f'<ul class="quiz-liste">{_items(ids, findings, case, ctx, is_wrong)}</ul>')
    always = ", ".join(escape(o.title) for o in ALWAYS)
    html = (
        '<section class="quiz-resultat" aria-labelledby="quiz-resultat-titel">'
        '<h2 id="quiz-resultat-titel" tabindex="-1">Sådan læser værktøjet sagen</h2>'
        f'<p class="quiz-score">{escape(summary)}</p>'
        f'{"".join(blocks)}'
        f'<p>Desuden gælder altid: {always}.</p>'
        f'<p>{link(links.card(case), "Se hele sagskortet med frister og noter")} · '
        f'{link(links.tool(case), "Åbn sagen i «Er det strafbart?»")}</p>'
        "</section>"
    )
    return html, correct, missed, wrong, summary
