"""Generated requests for the engine: ordinary ones and hostile ones.

Used by the Pyodide-under-Node parity test (the same JSON in CPython and in
Pyodide must give byte-identical JSON out) and by the browser tests (hostile
input must never inject markup or raise a page error). Seeded: every run sends
the same requests, so a failure can be reproduced.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from chikane.flow import check as flow_check

# Markup that would show up as an element (or run) if any shell used innerHTML on raw input.
MARKUP = (
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    '"><svg onload=window.__pwned=1>',
    "</textarea><b id=injected>x</b>",
    "<iframe srcdoc='<b>x</b>'></iframe>",
    "javascript:window.__pwned=1",
    "{{ 7*7 }}",
    "&lt;b&gt;",
)
ODD = ("", " ", "\u0000", "\u202e", "𝟚𝟘𝟚𝟞", "٢٠٢٦", "NaN", "-1", "9" * 60, "x" * 500, "\n\t", "ø" * 10)
NOW = "2026-11-25T10:00:00+01:00"


def random_path(rng: random.Random, complete: bool = True) -> list[tuple[str, str]]:
    """A valid walk through the flow (multiple-choice questions get a random set); cut short at random when not complete."""
    return flow_check.random_path(rng, complete)


def encode(answers: list[tuple[str, str]]) -> str:
    return "-".join(f"{q}.{o}" for q, o in answers)


def flow_requests(rng: random.Random, n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"tool": "flow", "state": ""}]
    while len(out) < n:
        req: dict[str, Any] = {"tool": "flow", "state": encode(random_path(rng, complete=rng.random() < 0.6))}
        if rng.random() < 0.3:
            req["today"] = f"20{rng.randint(20, 35)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.3:
            req["lookahead"] = True  # as the browser shell asks
        out.append(req)
    return out


def _date_text(d: datetime, rng: random.Random) -> str:
    fmt = rng.choice(("%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%y", "%-d.%-m.%Y"))
    return d.strftime(fmt)


def deadline_requests(rng: random.Random, n: int, tool: str = "frister") -> list[dict[str, Any]]:
    from chikane import rules

    offences = sorted({r.key for r in rules.ALL if r.max_penalty_years is not None})
    out = []
    for _ in range(n):
        now = datetime(2026, 1, 1, 8, 0) + timedelta(minutes=rng.randint(0, 600 * 24 * 60))
        offset = "+02:00" if 4 <= now.month <= 9 else "+01:00"
        incident = now - timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
        req: dict[str, Any] = {
            "tool": tool,
            "now": now.strftime("%Y-%m-%dT%H:%M:%S") + offset,
            "haendelse_dato": _date_text(incident, rng),
        }
        if rng.random() < 0.7:
            req["haendelse_tid"] = incident.strftime(rng.choice(("%H.%M", "%H:%M", "%H%M", "kl. %H.%M")))
        if rng.random() < 0.4:
            req["offences"] = rng.sample(offences, rng.randint(1, 3))
        if rng.random() < 0.3:
            first = incident + timedelta(days=rng.randint(0, 5))
            req["fravaer_foerste_dag"] = _date_text(first, rng)
            req["fravaer_dage"] = str(rng.randint(1, 40))
        if rng.random() < 0.3:
            req["mulig_erstatning"] = rng.random() < 0.5
        for key in ("kendt_dato", "anmodning_modtaget", "aktindsigt_modtaget"):
            if rng.random() < 0.2:
                later = incident + timedelta(days=rng.randint(0, 30))
                req[key] = _date_text(min(later, now), rng)
        if rng.random() < 0.05:
            req["sommertid"] = rng.random() < 0.5
        out.append(req)
    return out


def _tamper_state(rng: random.Random) -> str:
    base = encode(random_path(rng, complete=rng.random() < 0.5))
    kind = rng.randrange(8)
    if kind == 0:
        return base[: rng.randint(0, len(base))]
    if kind == 1:
        i = rng.randint(0, len(base))
        return base[:i] + rng.choice(MARKUP) + base[i:]
    if kind == 2:
        return base + "-" + rng.choice(("x.y", "arbejde.ja", "resultat.ja", "..", "-"))
    if kind == 3:
        return base.replace(".", rng.choice(("", "..", ".<b>", ". ")), 1)
    if kind == 4:
        return rng.choice(ODD)
    if kind == 5:
        return "-".join([base] * rng.randint(2, 30))
    if kind == 6:
        return base.upper()
    return "".join(rng.choice("abc._-<>\"'&;=") for _ in range(rng.randint(1, 60)))


def hostile_requests(rng: random.Random, n: int) -> list[Any]:
    """Requests a tampered URL, a bad form or a confused caller could send."""
    out: list[Any] = []
    while len(out) < n:
        kind = rng.randrange(10)
        if kind < 4:
            out.append({"tool": "flow", "state": _tamper_state(rng)})
        elif kind < 8:
            req = deadline_requests(rng, 1, rng.choice(("frister", "frister_ics")))[0]
            for key in rng.sample(["haendelse_dato", "haendelse_tid", "fravaer_foerste_dag", "fravaer_dage",
                                   "kendt_dato", "now", "offences", "sommertid", "workplace"], rng.randint(1, 3)):
                req[key] = rng.choice((*MARKUP, *ODD, 12, -3.5, True, None, [], {}, ["<b>x</b>"], {"navn": MARKUP[0]}))
            out.append(req)
        elif kind == 8:
            out.append({"tool": rng.choice(MARKUP + ODD), "state": ""})
        else:
            out.append(rng.choice(([], "flow", 7, None, {"tool": ["flow"]}, {"tool": "flow", "state": ["a"]},
                                   {"tool": "flow", "state": {"x": 1}}, {"tool": "flow", "workplace": MARKUP[0]})))
    return out
