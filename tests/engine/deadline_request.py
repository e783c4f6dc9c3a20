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
