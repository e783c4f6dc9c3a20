"""Course kit views and the quiz: scenario cards rendered from the engine, and feedback
on a learner's reading of a card computed by the same flow.

    {"tool": "quiz_form", "case": "<id>"}                      -> the case and its checkboxes (HTML)
    {"tool": "quiz", "case": "<id>", "chosen": ["trusler"]}    -> feedback with the why (HTML) and the ids

The card pages (built by ``sitebuild.course_pages``) and the quiz feedback use the
functions here, so a card's expected reading and the quiz's answer key are both
whatever :func:`chikane.flow.evaluate` says for the card's answers. Everything is
escaped here; the JS shell only inserts the HTML. Standard library only.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any, Iterable, Mapping

from . import cases, rules
from .cases import MARKUP, Case
from .errors import InputError
from .request_fields import request_day
from .flow import OUTCOMES, QUESTION_BY_ID, Finding, encode_state, evaluate, fill
from .flow.model import All, Always, Answered, Any_, Condition, NoneFired, Outcome, SomeFired
from .model import Confidence, Prosecution, Rule
from .flow.views import KIND_HEADINGS, link
from .workplace import Workplace

MAX_CHOSEN = 50

# What the learner chooses from: every outcome that does not apply to every case.
CHOICES: tuple[Outcome, ...] = tuple(o for o in OUTCOMES if not isinstance(o.condition, Always))
CHOICE_IDS = frozenset(o.id for o in CHOICES)
ALWAYS: tuple[Outcome, ...] = tuple(o for o in OUTCOMES if isinstance(o.condition, Always))
CHOICE_LEGENDS = {
    "fare": "Fare",
    "strafbart": "Kan være strafbart",
    "lovligt": "Lovligt",
    "anden_vej": "Andre veje",
    "altid": "Anmeldelse og erstatning",
}
# Conditions that look at other outcomes (SomeFired/NoneFired), explained in words.
KIND_APPLIES = {"strafbart": "mindst én bestemmelse i straffeloven kan være overtrådt"}
KIND_NONE = {"strafbart": "ingen bestemmelse i straffeloven kan være overtrådt"}

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


def cite(key: str, today: date) -> str:
    """A linked citation; rules confirmed only in a secondary source say so."""
    r = rules.current(key, today)
    mark = ""
    if r.confidence is Confidence.SECONDARY:
        mark = ' <span class="flow-usikker">(kun bekræftet i en sekundær kilde)</span>'
    return link(r.source.url, r.citation) + mark


def render_markup(text: str, today: date) -> str:
    """The cards' tiny markup ({§key}, {spm:id}, {param:key:name}, {fra:key}) as escaped HTML."""
    out: list[str] = []
    pos = 0
    for m in MARKUP.finditer(text):
        out.append(escape(text[pos:m.start()]))
        kind, key, param = m.groups()
        if kind == "§":
            out.append(cite(key, today))
        elif kind == "spm:":
            out.append(f"spørgsmålet «{escape(QUESTION_BY_ID[key].text)}»")
        elif kind == "fra:":
            d = rules.versions(key)[-1].valid_from
            out.append(f"{d.day}.{d.month}.{d.year}")
        else:
            out.append(escape(str(rules.current(key, today).params[param])))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def findings_for(case: Case) -> list[Finding]:
    return evaluate(dict(case.answers))


def _answer_label(qid: str, oid: str) -> str:
    """The label of an answer; a multiple-choice answer ("a,b") lists each choice."""
    q = QUESTION_BY_ID[qid]
    return "; ".join((q.option(x).label if q.option(x) else x) for x in oid.split(","))


def _rule_cites(o: Outcome, today: date) -> str:
    return ", ".join(cite(k, today) for k in o.rule_keys)


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
        joined = sections[0] if len(sections) == 1 else ", ".join(sections[:-1]) + " og " + sections[-1]
        parts.append(f"{law[0].lower() + law[1:] if ' ' not in law else law} {joined}")
    return "; ".join(parts)


def deadline_items(case: Case, findings: list[Finding], workplace: Workplace, today: date) -> list[str]:
    """Which deadlines run for this case, as HTML list items (numbers from the rules)."""
    fired = {f.outcome.id for f in findings}
    items: list[str] = []
    if "registrer" in fired:
        items.append(escape(fill(
            "Registrer hændelsen i {system} senest {dage} dage efter hændelsesdagen (arbejdspladsens egen frist).",
            workplace,
        )))
    keys = [k for oid, ks in DEADLINE_RULES.items() if oid in fired for k in ks]
    keys += [k for k in cases.note_rule_keys(case)
             if any(p in rules.current(k, today).params for p in TIME_PARAMS) and k != "strfl-96"]
    for key in dict.fromkeys(keys):
        r = rules.current(key, today)
        items.append(f"{escape(r.title)} ({cite(key, today)}).")
    crim = _criminal_rules(findings, today)
    private = [r for r in crim if r.prosecution is not None and r.prosecution is not Prosecution.PUBLIC]
    if private:
        r96 = rules.current("strfl-96", today)
        items.append(
            f"{escape(r96.title)}: {escape(str(r96.params['months']))} måneder, fra du ved, hvem det er "
            f"({cite('strfl-96', today)}). Gælder {escape(_sections(private))}."
        )
    by_limit: dict[str, list[Rule]] = {}
    for r in crim:
        if r.limitation:
            by_limit.setdefault(r.limitation.split(" (")[0], []).append(r)
    if by_limit:
        parts = "; ".join(f"{escape(_sections(rs))}: {escape(limit)}" for limit, rs in by_limit.items())
        items.append(f"Forældelse ({cite('strfl-93', today)}): {parts}.")
    return items


def _sources(case: Case, findings: list[Finding], today: date) -> str:
    keys = [k for f in findings for k in f.outcome.rule_keys] + cases.note_rule_keys(case)
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
                + (f" — {_rule_cites(f.outcome, today)}" if f.outcome.rule_keys else "") + "</li>"
                for f in found
            )
            groups.append(f'<{h2}>{escape(heading)}</{h2}><ul class="kort-udfald">{items}</ul>')
        else:  # the other tracks in one line each, so the reading fits its half of the sheet
            titles = " · ".join(
                escape(f.outcome.title) + (f" ({_rule_cites(f.outcome, today)})" if f.outcome.rule_keys else "")
                for f in found
            )
            groups.append(f'<p class="kort-udfald-linje"><strong>{escape(heading)}:</strong> {titles}</p>')
    deadlines = "".join(f"<li>{i}</li>" for i in deadline_items(case, findings, workplace, today))
    note = "".join(f"<p>{render_markup(p, today)}</p>" for p in case.note)
    gap = (f'<p class="kort-hul"><strong>Det dækker værktøjet ikke:</strong> {escape(case.gap)}</p>'
           if case.gap else "")
    answers = "".join(
        f"<li>{escape(QUESTION_BY_ID[q].text)} <strong>{escape(_answer_label(q, o))}</strong></li>"
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
    items = "".join(f"<li>{link(links.card(c), c.title)}</li>" for c in cases.CASES)
    return f'<ol class="kursus-sagsliste">{items}</ol>'


# --- the quiz ------------------------------------------------------------------------------------


def render_picker(selected: Case) -> str:
    options = "".join(
        f'<option value="{escape(c.id)}"{" selected" if c.id == selected.id else ""}>{escape(c.title)}</option>'
        for c in cases.CASES
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


def _outcome_reasons(cond: Condition) -> list[str]:
    """Why an outcome that looks at other outcomes applies (SomeFired/NoneFired), in words."""
    if isinstance(cond, SomeFired):
        return [KIND_APPLIES.get(cond.kind, cond.kind)]
    if isinstance(cond, NoneFired):
        return [KIND_NONE.get(cond.kind, cond.kind)]
    if isinstance(cond, All):
        return [t for p in cond.parts for t in _outcome_reasons(p)]
    return []


def _why(f: Finding) -> str:
    parts = [f"«{escape(QUESTION_BY_ID[q].text)}» — «{escape(_answer_label(q, o))}»" for q, o in f.reasons]
    parts += [escape(t) for t in _outcome_reasons(f.outcome.condition)]
    if not parts:
        return ""
    return f'<br><span class="quiz-hvorfor">Hvorfor: {"; ".join(parts)}.</span>'


def _why_not(cond: Condition, answers: Mapping[str, str], fired: frozenset[str]) -> list[str]:
    """The parts of a condition that do not hold for the case, in plain Danish (escaped)."""
    if cond.holds(answers, fired):
        return []
    if isinstance(cond, Answered):
        q = QUESTION_BY_ID[cond.question]
        wanted = " eller ".join(f"«{escape(_answer_label(q.id, x))}»" for x in cond.options)
        actual = (f"i sagen er svaret «{escape(_answer_label(q.id, answers[q.id]))}»" if q.id in answers
                  else "i sagen bliver spørgsmålet ikke stillet")
        return [f"«{escape(q.text)}» skal besvares med {wanted} — {actual}"]
    if isinstance(cond, (All, Any_)):
        return [line for p in cond.parts for line in _why_not(p, answers, fired)]
    if isinstance(cond, SomeFired):
        return [f"det gælder kun, når {escape(KIND_APPLIES.get(cond.kind, cond.kind))} — det kan ingen i denne sag"]
    if isinstance(cond, NoneFired):
        return [f"det gælder kun, når {escape(KIND_NONE.get(cond.kind, cond.kind))} — men her kan noget være strafbart"]
    return []


def _items(ids: list[str], findings: dict[str, Finding], case: Case, today: date, wrong: bool = False) -> str:
    out = []
    answers = dict(case.answers)
    fired = frozenset(f.outcome.kind for f in findings.values())
    for oid in ids:
        o = next(x for x in OUTCOMES if x.id == oid)
        cites = f" — {_rule_cites(o, today)}" if o.rule_keys else ""
        if wrong:
            lines = _why_not(o.condition, answers, fired)
            extra = f'<br><span class="quiz-hvorfor">Hvorfor ikke: {"; ".join(lines)}.</span>' if lines else ""
        else:
            extra = _why(findings[oid])
        out.append(f"<li><strong>{escape(o.title)}</strong>{cites}{extra}</li>")
    return "".join(out)


def score_text(correct: int, missed: int, wrong: int) -> str:
    total = correct + missed
    if total == 0:
        found = "Værktøjet viser ingen af valgene."
    elif missed == 0:
        found = f"Du fandt alle {total}." if total > 1 else "Du fandt det."
    else:
        found = f"Du fandt {correct} af {total}."
    if wrong:
        found += f" {wrong} af dine valg passer ikke." if wrong > 1 else " 1 af dine valg passer ikke."
    return found


def grade(case: Case, chosen: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
    """(correct, missed, wrong) outcome ids, in the flow's order; the key is the engine's answer."""
    truth = {f.outcome.id for f in findings_for(case)} & CHOICE_IDS
    picked = set(chosen)
    order = [o.id for o in OUTCOMES]
    return (
        [i for i in order if i in truth and i in picked],
        [i for i in order if i in truth and i not in picked],
        [i for i in order if i in picked and i not in truth],
    )


def render_feedback(case: Case, chosen: Iterable[str], today: date,
                    links: CourseLinks = QUIZ_LINKS) -> tuple[str, list[str], list[str], list[str], str]:
    correct, missed, wrong = grade(case, chosen)
    findings = {f.outcome.id: f for f in findings_for(case)}
    summary = score_text(len(correct), len(missed), len(wrong))
    blocks = []
    for heading, ids, is_wrong in (("Rigtigt", correct, False), ("Du manglede", missed, False),
                                   ("Passer ikke her", wrong, True)):
        if ids:
            blocks.append(f'<h3>{escape(heading)} ({len(ids)})</h3>'
                          f'<ul class="quiz-liste">{_items(ids, findings, case, today, is_wrong)}</ul>')
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


# --- the JSON tools ------------------------------------------------------------------------------


def _chosen(raw: Any) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > MAX_CHOSEN:
        raise InputError("chosen", "Valgene skal være en liste. Genindlæs siden, og prøv igen.")
    for x in raw:
        if not isinstance(x, str) or x not in CHOICE_IDS:
            raise InputError("chosen", "Et af valgene findes ikke i quizzen. Genindlæs siden, og prøv igen.")
    return list(dict.fromkeys(raw))


def quiz_form_tool(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"tool": "quiz_form", "case": "<id>"} -> the case and its checkboxes."""
    case = cases.get(request.get("case"))
    return {"ok": True, "case": case.id, "title": case.title, "html": render_form(case),
            "announce": f"Sagen «{case.title}» er vist."}


def quiz_tool(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"tool": "quiz", "case": "<id>", "chosen": ["trusler", ...]} -> feedback computed by the flow."""
    case = cases.get(request.get("case"))
    chosen = _chosen(request.get("chosen"))
    html, correct, missed, wrong, summary = render_feedback(case, chosen, request_day(request))
    return {"ok": True, "case": case.id, "html": html, "correct": correct, "missed": missed, "wrong": wrong,
            "announce": summary}
