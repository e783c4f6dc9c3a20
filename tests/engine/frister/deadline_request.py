"""A complete, valid "frister" request that the deadline tests vary one field at a time."""
from __future__ import annotations

from typing import Any

BASE: dict[str, Any] = {
    "tool": "frister",
    "now": "2026-11-25T10:00",
    "haendelse_dato": "20.11.2026",
    "haendelse_tid": "14:30",
    "sommertid": None,
    "fravaer_foerste_dag": None,
    "fravaer_dage": None,
    "mulig_erstatning": False,
    "kendt_dato": None,
    "anmodning_modtaget": None,
    "aktindsigt_modtaget": None,
    "offences": [],
    "workplace": {"navn": "Jobcenter Syd", "haendelsessystem": "EASY-A", "intern_frist_dage": 10},
}


def run(**changes: Any) -> dict[str, Any]:
    """The calculator's answer for BASE with ``changes``; it must be a result."""
    from chikane import api

    out = api.handle({**BASE, **changes})
    assert out["ok"] is True, out
    return out


def item(out: dict[str, Any], ident: str) -> dict[str, Any]:
    found = [d for d in out["deadlines"] if d["id"] == ident]
    assert len(found) == 1, [d["id"] for d in out["deadlines"]]
    return found[0]


def ids(out: dict[str, Any]) -> list[str]:
    return [d["id"] for d in out["deadlines"]]
