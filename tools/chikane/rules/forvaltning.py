"""Rules from forvaltning."""
from __future__ import annotations

from ..model import Rule

RULES: tuple[Rule, ...] = ()
