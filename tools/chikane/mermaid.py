"""The flow as a Mermaid diagram, derived from the same questions and outcomes."""
from __future__ import annotations

from .flow import OUTCOMES, QUESTIONS, START
from .flow_model import END, answered_leaves
from . import rules


def _label(text: str) -> str:
    # Mermaid labels: quote them and keep characters that break its parser out.
    return '"' + text.replace('"', "'").replace("\n", " ") + '"'


def flow_diagram(include_outcomes: bool = True) -> str:
    lines = ["flowchart TD", f"  start([Start]) --> {START}"]
    for q in QUESTIONS:
        lines.append(f"  {q.id}{{{_label(q.text)}}}")
    lines.append(f"  {END}([Resultat])")
    for q in QUESTIONS:
        for o in q.options:
            lines.append(f"  {q.id} -- {_label(o.label)} --> {o.next}")
    if include_outcomes:
        for o in OUTCOMES:
            if o.kind not in ("strafbart", "anden_vej"):
                continue
            cites = ", ".join(rules.versions(k)[-1].section for k in o.rule_keys[:1])
            node = f"u_{o.id}"
            lines.append(f"  {node}[{_label(o.title + (' — ' + cites if cites else ''))}]")
            for leaf in answered_leaves(o.condition):
                lines.append(f"  {leaf.question} -.-> {node}")
        lines.append("  classDef outcome fill:#fff4e5,stroke:#7a2e1d,color:#1b1b1b")
        lines.append("  class " + ",".join(f"u_{o.id}" for o in OUTCOMES if o.kind in ("strafbart", "anden_vej")) + " outcome")
    return "\n".join(lines)
