"""What a frightened caseworker met in a walkthrough (issue 10, part 2)."""
from __future__ import annotations

import re

from chikane import api, flow
from chikane.flow import check as flow_check

COVERING = list(flow_check.covering_paths())


def progress(state: str) -> str:
    html = api.handle({"tool": "flow", "state": state, "today": "2026-11-25"})["html"]
    return re.search(r'<p class="flow-progress">([^<]*)</p>', html).group(1)


def test_the_progress_line_never_jumps():
    # The first question has no total: how many follow it depends on its answer.
    assert progress("") == "Spørgsmål 1"
    for path in COVERING[::37]:
        totals = []
        for i in range(1, len(path)):
            m = re.fullmatch(r"Spørgsmål (\d+) af højst (\d+)", progress(flow.encode_state(path[:i])))
            assert m and int(m.group(1)) == i + 1, path[:i]
            totals.append(int(m.group(2)))
        # Once known, «højst N» stays the same to the end, and is honest: never fewer than asked.
        assert len(set(totals)) <= 1, (path, totals)
        assert all(t >= len(path) for t in totals), (path, totals)
