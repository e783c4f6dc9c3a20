"""All rules, one module per law. Look rules up by key and date with :func:`at`."""
from __future__ import annotations

from datetime import date

from ..model import Rule
from . import (
    aktindsigt,
    arbejdsmiljo,
    arbejdsskade,
    cpr,
    databeskyttelse,
    datatilsynet,
    dsa,
    forvaltning,
    offentlighed,
    offererstatning,
    retspleje,
    straffeloven,
    straffeloven_paatale,
    tilhold,
)

ALL: tuple[Rule, ...] = (
    *straffeloven.RULES,
    *straffeloven_paatale.RULES,
    *offererstatning.RULES,
    *arbejdsskade.RULES,
    *arbejdsmiljo.RULES,
    *databeskyttelse.RULES,
    *datatilsynet.RULES,
    *offentlighed.RULES,
    *aktindsigt.RULES,
    *forvaltning.RULES,
    *dsa.RULES,
    *tilhold.RULES,
    *retspleje.RULES,
    *cpr.RULES,
)


class UnknownRule(KeyError):
    pass


def versions(key: str) -> list[Rule]:
    found = sorted((r for r in ALL if r.key == key), key=lambda r: r.valid_from)
    if not found:
        raise UnknownRule(key)
    return found


def at(key: str, day: date) -> Rule | None:
    """The version of ``key`` in force on ``day``, or None if none was."""
    for r in versions(key):
        if r.applies_on(day):
            return r
    return None


def current(key: str, today: date) -> Rule:
    """The version in force on ``today``, else the latest version (for pages about the law)."""
    return at(key, today) or versions(key)[-1]


def keys() -> list[str]:
    return sorted({r.key for r in ALL})
