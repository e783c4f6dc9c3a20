"""Rules from arbejdsskade."""
from __future__ import annotations

from ..model import Rule

RULES: tuple[Rule, ...] = ()
