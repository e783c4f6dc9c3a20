"""The flow as a Mermaid diagram, derived from the same questions and outcomes.

A follow-up question is drawn from the question(s) its ``ask_if`` names, labelled with
the answers that lead to it; every question is also drawn to the next question that is
always asked (or to the result), so each question leads on.
"""
from __future__ import annotations

from .. import rules
from .model import END, answered_leaves
from .outcomes import OUTCOMES
from .questions import QUESTIONS, START


def _label(text: str) -> str:
    # Mermaid labels: quote them and keep characters that break its parser out.
    return '"' + text.replace('"', "'").replace("\n", " ") + '"'


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def flow_diagram(include_outcomes: bool = True) -> str:
    lines = ["flowchart TD", f"  start([Start]) --> {START}"]
    for q in QUESTIONS:
        lines.append(f"  {q.id}{{{_label(q.text)}}}")
    lines.append(f"  {END}([Resultat])")
    for i, q in enumerate(QUESTIONS):
        # The follow-ups this question's answers open.
        for later in QUESTIONS[i + 1:]:
            if later.ask_if is None:
                continue
            for leaf in answered_leaves(later.ask_if):
                if leaf.question == q.id:
                    labels = " / ".join(_short(q.option(x).label) for x in leaf.options if q.option(x))
                    lines.append(f"  {q.id} -- {_label(labels)} --> {later.id}")
        # And on to the next question that is always asked, or the result.
        nxt = next((x.id for x in QUESTIONS[i + 1:] if x.ask_if is None), END)
        lines.append(f"  {q.id} --> {nxt}")
    if include_outcomes:
        for o in OUTCOMES:
            if o.kind not in ("strafbart", "anden_vej"):
                continue
            cites = ", ".join(rules.versions(k)[-1].section for k in o.rule_keys[:1])
            node = f"u_{o.id}"
            lines.append(f"  {node}[{_label(o.title + (' — ' + cites if cites else ''))}]")
            for question in dict.fromkeys(leaf.question for leaf in answered_leaves(o.condition)):
                lines.append(f"  {question} -.-> {node}")
        lines.append("  classDef outcome fill:#fff4e5,stroke:#7a2e1d,color:#1b1b1b")
        lines.append("  class " + ",".join(f"u_{o.id}" for o in OUTCOMES if o.kind in ("strafbart", "anden_vej")) + " outcome")
    return "\n".join(lines)
