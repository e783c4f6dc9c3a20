"""The pre-rendered pages of «Er det strafbart?» that work without JavaScript: one per question (each
answer a plain link, with what it can lead to), one per outcome, and «what always happens».
Everything is escaped here, with the same pieces as the tool's own views."""
from __future__ import annotations

from datetime import date
from html import escape

from ..workplace import Workplace
from .engine import static_next
from .model import ROLE_LABELS, ROLES, All, Answered, Outcome, Question, answered_leaves
from .outcomes import OUTCOMES
from .questions import QUESTION_BY_ID, QUESTIONS
from .views import Links, option_hint, rule_block, source_block, danger_bar, link, question_number, text_html


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
        target = links.question(static_next(q, o.id))
        may = outcomes_mentioning(q.id, o.id)
        may_html = ""
        if may:
            items = "".join(
                f"<li>{link(links.outcome(x.id), x.title)}{escape(_condition_note(x, q.id))}</li>" for x in may
            )
            may_html = f'<p class="flow-may">Dette svar kan betyde:</p><ul>{items}</ul>'
        rows.append(f'<li>{link(target, o.label, "md-button flow-option")}{option_hint(o)}{may_html}</li>')
    multi = ('<p class="flow-hint">Uden JavaScript kan du kun vælge én ting ad gangen. Passer flere, så gå '
             "tilbage og vælg den næste bagefter.</p>") if q.multi else ""
    skip = ""
    if q.ask_if is not None:
        skip = f'<p>{link(links.question(static_next(q, "")), "Passer spørgsmålet ikke? Spring det over")}</p>'
    return (
        danger_bar()
        + f'<p class="flow-progress">Spørgsmål {question_number(q.id)} af højst {len(QUESTIONS)}</p>'
        f'<p class="flow-question"><strong>{escape(q.text)}</strong></p>'
        + (f'<p class="flow-hint">{escape(q.hint)}</p>' if q.hint else "")
        + multi
        + f'<ul class="flow-options flow-static">{"".join(rows)}</ul>'
        + (f'<p class="flow-hint">{escape(q.dont_know)}</p>' if q.dont_know else "")
        + skip
    )


def render_static_result(workplace: Workplace, today: date, links: Links) -> str:
    always = [o for o in OUTCOMES if o.kind == "altid"]
    items = "".join(f"<li>{link(links.outcome(o.id), o.title)}: {text_html(o.summary, workplace, today)}</li>" for o in always)
    return (
        danger_bar()
        + "<p>Uden JavaScript kan siden ikke samle dine svar. Gå tilbage til de svar, der passer på dig: "
        "under hvert svar står, hvad det kan betyde.</p>"
        f"<p><strong>Det skal altid ske:</strong></p><ul>{items}</ul>"
        f'<p>{link(links.calculator([]), "Beregn dine frister")}</p>'
    )


def render_static_outcome(o: Outcome, workplace: Workplace, today: date, links: Links) -> str:
    rule_list = "".join(rule_block(k, today, o.kind == "strafbart") for k in o.rule_keys)
    steps = "".join(
        f"<h3>{escape(ROLE_LABELS[role])}</h3><ul>{''.join(f'<li>{text_html(s, workplace, today)}</li>' for s in o.steps[role])}</ul>"
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
        f"<p>{text_html(o.summary, workplace, today)}</p>"
        + (f'<ul class="flow-rules">{rule_list}</ul>' if rule_list else "")
        + source_block(o.rule_keys, today)
        + when_html
        + steps
        + f'<p>{link(links.tool(), "Tilbage til «Er det strafbart?»")}</p>'
    )
