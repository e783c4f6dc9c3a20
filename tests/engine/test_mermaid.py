"""The diagram is derived from the flow: every question, answer and outcome appears in it."""
from chikane import flow
from chikane.flow import mermaid


def test_diagram_has_every_edge_and_outcome():
    d = mermaid.flow_diagram()
    from chikane.flow.model import answered_leaves

    for q in flow.QUESTIONS:
        assert f"  {q.id}{{" in d
        # Each follow-up is drawn from the question its ask_if names, labelled with the answers that open it.
        for leaf in answered_leaves(q.ask_if) if q.ask_if else ():
            edge = [line for line in d.splitlines() if line.startswith(f"  {leaf.question} -- ") and line.endswith(f"--> {q.id}")]
            assert edge, (leaf.question, q.id)
            first = flow.QUESTION_BY_ID[leaf.question].option(leaf.options[0]).label
            assert first[:20] in edge[0]
        assert any(line.startswith(f"  {q.id} --> ") for line in d.splitlines())  # every question leads on
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
