"""HTML for «Er det strafbart?», rendered by Python for both the build (no-JS pages,
first question on the tool page) and the browser (each step), so the markup is
the same everywhere and the JS shell only inserts it. Everything is escaped here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from . import rules
from .flow import (
    OUTCOMES,
    QUESTION_BY_ID,
    QUESTIONS,
    Finding,
    Walk,
    encode_state,
    fill,
    offence_rule_keys,
)
from .flow_model import END, ROLE_LABELS, ROLES, All, Answered, Outcome, Question, answered_leaves
from .model import Confidence
from .workplace import Workplace

KIND_HEADINGS = {
    "strafbart": "Det kan være strafbart",
    "lovligt": "Det er lovligt",
    "anden_vej": "Andre veje",
    "altid": "Det skal altid ske",
}


@dataclass(frozen=True)
class Links:
    """Relative links from the page being rendered to the tool's own pages."""

    root: str = ""  # from the tool page itself; "../../" from trin/<id>/ and udfald/<id>/

    def question(self, qid: str) -> str:
        return f"{self.root}trin/{qid}/"

    def outcome(self, oid: str) -> str:
        return f"{self.root}udfald/{oid}/"

    def tool(self) -> str:
        return self.root or "./"

    def calculator(self, offences: list[str]) -> str:
        # In the fragment, not the query: it is never sent to the server (or its logs).
        fragment = f"#offences={','.join(offences)}" if offences else ""
        return f"{self.root}../fristberegner/{fragment}"


def link(href: str, text: str, cls: str = "", state: str | None = None) -> str:
    """An escaped <a>; ``state`` is the flow state the JS shell shows instead of following the link.

    It is carried as ``data-svar`` (named like the URL's ``#svar=``), never as ``data-state``: the tool's
    container uses ``data-state`` for what it shows (question/result/error), and a click anywhere inside
    it must not be read as an answer.
    """
    attrs = f' class="{cls}"' if cls else ""
    if state is not None:
        attrs += f' data-svar="{escape(state)}"'
    return f'<a href="{escape(href)}"{attrs}>{escape(text)}</a>'


def _rule_block(key: str, today: date) -> str:
    r = rules.current(key, today)
    parts = [f'<li class="flow-rule"><strong>{link(r.source.url, r.citation)}</strong> — {escape(r.title)}.']
    if r.penalty:
        parts.append(f"<br>Straf: {escape(r.penalty)}.")
    if r.prosecution:
        parts.append(f"<br>Hvem rejser sagen: {escape(r.prosecution.label)}.")
    if r.confidence is not Confidence.PRIMARY:
        parts.append(f'<br><span class="flow-usikker">Bemærk: {escape(r.confidence.label)}. {escape(r.confidence_note)}</span>')
    parts.append(f'<br><span class="flow-meta">Gælder fra {r.valid_from.strftime("%d.%m.%Y")} · senest gennemgået {r.reviewed.strftime("%d.%m.%Y")}</span></li>')
    return "".join(parts)


def _why(f: Finding) -> str:
    if not f.reasons:
        return ""
    items = []
    for qid, oid in f.reasons:
        q = QUESTION_BY_ID[qid]
        opt = q.option(oid)
        items.append(f"<li>«{escape(q.text)}» — du svarede «{escape(opt.label if opt else oid)}»</li>")
    return f'<p class="flow-why-title">Hvorfor:</p><ul class="flow-why">{"".join(items)}</ul>'


def _outcome_card(f: Finding, workplace: Workplace, today: date, links: Links) -> str:
    o = f.outcome
    rule_list = "".join(_rule_block(k, today) for k in o.rule_keys)
    rules_html = f'<ul class="flow-rules">{rule_list}</ul>' if rule_list else ""
    hint = f'<p class="flow-hint">{escape(o.deadline_hint)}</p>' if o.deadline_hint else ""
    return (
        f'<li class="flow-outcome flow-kind-{o.kind}" id="udfald-{o.id}">'
        f"<h4>{escape(o.title)}</h4><p>{escape(fill(o.summary, workplace))}</p>"
        f"{rules_html}{_why(f)}{hint}"
        f'<p class="flow-more">{link(links.outcome(o.id), "Læs mere om " + o.title.lower())}</p></li>'
    )


def _answers_list(w: Walk, links: Links) -> str:
    if not w.answers:
        return ""
    items = []
    for i, (qid, oid) in enumerate(w.answers):
        q = QUESTION_BY_ID[qid]
        opt = q.option(oid)
        back_state = encode_state(w.answers[:i])
        items.append(
            f"<li>{escape(q.text)} <strong>{escape(opt.label if opt else oid)}</strong> "
            f'{link(links.question(qid), "Ret svaret", "flow-edit", back_state)}'
            f'<span class="visually-hidden"> på spørgsmålet «{escape(q.text)}»</span></li>'
        )
    return (
        '<details class="flow-answers"><summary>Dine svar indtil nu</summary>'
        f'<ol>{"".join(items)}</ol></details>'
    )


def question_number(qid: str) -> int:
    return [q.id for q in QUESTIONS].index(qid) + 1


def render_question(q: Question, w: Walk, links: Links) -> str:
    options = "".join(
        f"<li>{link(links.question(o.next) if o.next != END else links.question(END), o.label, 'md-button flow-option', encode_state(w.answers + ((q.id, o.id),)))}</li>"
        for o in q.options
    )
    return (
        f'<section class="flow-step" aria-labelledby="flow-titel">'
        f'<p class="flow-progress">Spørgsmål {question_number(q.id)} af højst {len(QUESTIONS)}</p>'
        f'<h2 id="flow-titel" tabindex="-1">{escape(q.text)}</h2>'
        f'<p class="flow-hint">{escape(q.hint)}</p>'
        f'<ul class="flow-options">{options}</ul>'
        f"{_answers_list(w, links)}"
        f'<p class="flow-restart">{link(links.tool(), "Start forfra", "flow-restart-link", "")}</p>'
        f"</section>"
    )


def _role_steps(findings: list[Finding]) -> str:
    blocks = []
    for role in ROLES:
        steps = [s for f in findings for s in f.outcome.steps.get(role, ())]
        steps = list(dict.fromkeys(steps))
        if steps:
            items = "".join(f"<li>{escape(s)}</li>" for s in steps)
            blocks.append(f"<h4>{escape(ROLE_LABELS[role])}</h4><ul>{items}</ul>")
    return f'<section class="flow-roles" aria-labelledby="flow-roller"><h3 id="flow-roller">Hvem gør hvad nu?</h3>{"".join(blocks)}</section>'


def render_result(w: Walk, findings: list[Finding], workplace: Workplace, today: date, links: Links) -> str:
    groups = []
    for kind, heading in KIND_HEADINGS.items():
        cards = [_outcome_card(f, workplace, today, links) for f in findings if f.outcome.kind == kind]
        if cards:
            groups.append(f'<h3>{escape(heading)}</h3><ul class="flow-outcomes">{"".join(cards)}</ul>')
    offences = offence_rule_keys(findings)
    n = sum(1 for f in findings if f.outcome.kind == "strafbart")
    lead = (
        f"Ud fra dine svar kan {n} bestemmelse{'r' if n != 1 else ''} i straffeloven være overtrådt. "
        "Det er politiet og domstolene, der afgør, om noget er strafbart."
        if n else "Ud fra dine svar er det ikke strafbart. Du skal stadig ikke stå alene med det."
    )
    return (
        f'<section class="flow-step flow-result" aria-labelledby="flow-titel">'
        f'<h2 id="flow-titel" tabindex="-1">Resultat</h2><p class="flow-lead">{escape(lead)}</p>'
        f'<p class="flow-actions no-print">{link(links.calculator(offences), "Beregn dine frister", "md-button md-button--primary flow-calc")} '
        f'<button type="button" class="md-button flow-print" data-action="print">Udskriv resultatet</button></p>'
        f'{"".join(groups)}{_role_steps(findings)}'
        f"{_answers_list(w, links)}"
        f'<p class="flow-restart">{link(links.tool(), "Start forfra", "flow-restart-link", "")}</p>'
        f"</section>"
    )


def render_step(w: Walk, findings: list[Finding], workplace: Workplace, today: date, links: Links = Links()) -> str:
    if w.next_question is not None:
        return render_question(w.next_question, w, links)
    return render_result(w, findings, workplace, today, links)


# --- static, no-JS pages ---------------------------------------------------------

def outcomes_mentioning(qid: str, oid: str) -> list[Outcome]:
    """Outcomes whose condition names this answer: what the answer *can* lead to."""
    found = []
    for o in OUTCOMES:
        for leaf in answered_leaves(o.condition):
            if leaf.question == qid and oid in leaf.options:
                found.append(o)
                break
    return found


def _required_leaves(cond) -> list[Answered]:
    """Answers that must hold for the condition (alternatives inside an any-of are not required)."""
    if isinstance(cond, Answered):
        return [cond]
    if isinstance(cond, All):
        return [leaf for p in cond.parts for leaf in _required_leaves(p)]
    return []


def _condition_note(o: Outcome, qid: str) -> str:
    others = [leaf for leaf in _required_leaves(o.condition) if leaf.question != qid]
    if not others:
        return ""
    bits = []
    for leaf in others:
        q = QUESTION_BY_ID[leaf.question]
        labels = " eller ".join(f"«{q.option(x).label}»" for x in leaf.options if q.option(x))
        bits.append(f"du svarer {labels} til «{q.text}»")
    return " (hvis " + ", og ".join(bits) + ")"


def render_static_question(q: Question, links: Links) -> str:
    """A question page that works without JavaScript: each answer is a plain link."""
    rows = []
    for o in q.options:
        target = links.question(o.next) if o.next != END else links.question(END)
        may = outcomes_mentioning(q.id, o.id)
        may_html = ""
        if may:
            items = "".join(
                f"<li>{link(links.outcome(x.id), x.title)}{escape(_condition_note(x, q.id))}</li>" for x in may
            )
            may_html = f'<p class="flow-may">Dette svar kan betyde:</p><ul>{items}</ul>'
        rows.append(f'<li>{link(target, o.label, "md-button flow-option")}{may_html}</li>')
    return (
        f'<p class="flow-progress">Spørgsmål {question_number(q.id)} af højst {len(QUESTIONS)}</p>'
        f'<p class="flow-question"><strong>{escape(q.text)}</strong></p>'
        f'<p class="flow-hint">{escape(q.hint)}</p>'
        f'<ul class="flow-options flow-static">{"".join(rows)}</ul>'
    )


def render_static_result(workplace: Workplace, today: date, links: Links) -> str:
    always = [o for o in OUTCOMES if o.kind == "altid"]
    items = "".join(f"<li>{link(links.outcome(o.id), o.title)}: {escape(fill(o.summary, workplace))}</li>" for o in always)
    return (
        "<p>Uden JavaScript kan siden ikke samle dine svar. Gå tilbage til de svar, der passer på dig: "
        "under hvert svar står, hvad det kan betyde.</p>"
        f"<p><strong>Det skal altid ske:</strong></p><ul>{items}</ul>"
        f'<p>{link(links.calculator([]), "Beregn dine frister")}</p>'
    )


def render_static_outcome(o: Outcome, workplace: Workplace, today: date, links: Links) -> str:
    rule_list = "".join(_rule_block(k, today) for k in o.rule_keys)
    steps = "".join(
        f"<h3>{escape(ROLE_LABELS[role])}</h3><ul>{''.join(f'<li>{escape(s)}</li>' for s in o.steps[role])}</ul>"
        for role in ROLES if o.steps.get(role)
    )
    if steps:
        steps = "<h2>Hvem gør hvad?</h2>" + steps
    when_html = ""
    leaves = list(answered_leaves(o.condition))
    if leaves:
        bits = []
        for leaf in leaves:
            q = QUESTION_BY_ID[leaf.question]
            labels = " eller ".join(f"«{q.option(x).label}»" for x in leaf.options if q.option(x))
            bits.append(f"<li>{link(links.question(q.id), q.text)} — {escape(labels)}</li>")
        when_html = f"<p>Værktøjet viser dette, når du svarer:</p><ul>{''.join(bits)}</ul>"
    return (
        f"<p>{escape(fill(o.summary, workplace))}</p>"
        + (f'<ul class="flow-rules">{rule_list}</ul>' if rule_list else "")
        + when_html
        + steps
        + f'<p>{link(links.tool(), "Tilbage til «Er det strafbart?»")}</p>'
    )
