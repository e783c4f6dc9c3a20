"""The diagram is derived from the flow: every question, answer and outcome appears in it."""
from chikane import flow, mermaid


def test_diagram_has_every_edge_and_outcome():
    d = mermaid.flow_diagram()
    for q in flow.QUESTIONS:
        for o in q.options:
            assert f"{q.id} -- \"{o.label}\" --> {o.next}" in d
    for o in flow.OUTCOMES:
        if o.kind in ("strafbart", "anden_vej"):
            assert f"u_{o.id}[" in d
    assert d.startswith("flowchart TD")


def test_diagram_changes_when_the_flow_changes(monkeypatch):
    q = flow.QUESTIONS[0]
    changed = type(q)(q.id, "Ændret tekst?", q.hint, q.options)
    monkeypatch.setattr(flow, "QUESTIONS", (changed,) + flow.QUESTIONS[1:])
    monkeypatch.setattr(mermaid, "QUESTIONS", flow.QUESTIONS)
    assert "Ændret tekst?" in mermaid.flow_diagram()
