"""The shape of a legal rule. Every rule is declared once, with its provision,
source, validity dates and review date; pages, tools and tests read it from here.

Modelled on OpenFisca's dated parameters (each value carries its ``reference``)
and on Catala (a short statement of the law text sits beside the code).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Mapping

# A rule's own texts write its numbers as ``{param:name}`` («inden {param:hours} timer»), or with the unit in
# singular and plural as ``{param:name|måned|måneder}`` («1 måned», «2 måneder»), filled in from ``params`` when
# the rule is declared, so a number is written once. Writing one by hand in a title or requirement («72 timer»
# beside ``params={"hours": 72}``) stops the import; the unit words below are how each kind of number reads.
# Notes and change texts may quote history («før: 9 dage») and are not checked.
_OWN_PARAM = re.compile(r"\{param:([a-z_0-9]+)(?:\|([^|}]+)\|([^}]+))?\}")
UNIT_WORDS = {
    "hours": ("time", "timer"), "days": ("dag", "dage"), "working_days": ("arbejdsdag", "arbejdsdage"),
    "weeks": ("uge", "uger"), "months": ("måned", "måneder"), "years": ("år",),
    "extension_months": ("måned", "måneder"), "min_absence_days": ("dages",),
}
_CHECKED_FIELDS = ("title", "requires", "limitation")
_TEXT_FIELDS = ("title", "requires", "note", "limitation", "penalty", "changed", "valid_from_note")


class RuleTextError(ValueError):
    """A rule text repeats a number of its params by hand, or names a param it does not have."""


class Confidence(str, Enum):
    """How well the rule is confirmed. Anything below PRIMARY is shown to users."""

    PRIMARY = "primær"        # checked against the statute or bill text
    AUTHORITY = "myndighed"   # an official authority's own page
    SECONDARY = "sekundær"    # only a secondary source (law firm, union, press)

    @property
    def label(self) -> str:
        return {
            Confidence.PRIMARY: "Bekræftet i lovteksten",
            Confidence.AUTHORITY: "Bekræftet hos myndigheden",
            Confidence.SECONDARY: "Kun bekræftet i en sekundær kilde",
        }[self]


class Prosecution(str, Enum):
    """Who brings a criminal case (straffeloven § 275)."""

    PUBLIC = "offentlig"                   # the police and prosecution service
    PRIVATE = "privat"                     # the victim must sue (privat straffesag)
    PRIVATE_PUBLIC_ON_REQUEST = "privat_offentlig_paa_begaering"  # private, but public on the victim's request

    @property
    def label(self) -> str:
        return {
            Prosecution.PUBLIC: "Politiet og anklagemyndigheden (offentlig påtale)",
            Prosecution.PRIVATE: "Du selv (privat straffesag)",
            Prosecution.PRIVATE_PUBLIC_ON_REQUEST: (
                "Du selv (privat straffesag) — men du kan bede om offentlig påtale (straffeloven § 275, stk. 2)"
            ),
        }[self]


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Rule:
    """One provision in one version. Several versions share ``key`` and differ in validity."""

    key: str                  # stable id shared by all versions, e.g. "strfl-119"
    law: str                  # "Straffeloven"
    section: str              # "§ 119, stk. 1"
    title: str                # short plain-Danish title
    requires: str             # what it requires, plain Danish (our paraphrase, not a quote)
    source: Source
    valid_from: date
    reviewed: date
    group: str                # page the rule belongs to: "straffeloven", "arbejdsmiljo", ...
    valid_to: date | None = None          # last day the version applies; None = still in force
    valid_from_note: str = ""             # what ``valid_from`` rests on, when it is not the in-force date itself
    # True when a text shows the provision (in this form) began on ``valid_from``; False when ``valid_from`` is only
    # the oldest text that was compared and the wording before it was not checked.
    first_in_force: bool = False
    changed: str = ""                     # what this version changed against the one before (for «Ændringer i reglerne»)
    penalty: str | None = None            # "Bøde eller fængsel indtil 2 år"
    max_penalty_years: float | None = None
    prosecution: Prosecution | None = None
    limitation: str | None = None         # plain Danish, e.g. "5 år (straffeloven § 93)"
    confidence: Confidence = Confidence.PRIMARY
    confidence_note: str = ""             # what exactly is not confirmed
    note: str = ""                        # anything a reader must know (exceptions, history)
    params: Mapping[str, int | str] = field(default_factory=dict)  # values a calculation uses
    # Each text as written ({param:…} unfilled) and as filled, so dataclasses.replace with other params
    # fills the written text again. Set by __post_init__; not part of the rule's identity.
    written: Mapping[str, tuple[str, str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        written: dict[str, tuple[str, str]] = {}
        for name in _TEXT_FIELDS:
            text = getattr(self, name)
            if not text:
                continue
            before = self.written.get(name)
            if before and before[1] == text:   # a copy (dataclasses.replace): fill the written text again
                text = before[0]
            # Checked where a rule is declared; a copy with other params (dataclasses.replace) is not a declaration.
            for param, words in UNIT_WORDS.items() if name in _CHECKED_FIELDS and not self.written else ():
                value = self.params.get(param)
                if isinstance(value, int) and re.search(rf"(?<![\d.,§]){value} (?:{'|'.join(words)})\b", text):
                    raise RuleTextError(f"{self.key} {name}: write «{{param:{param}}}», not the number {value} by hand")

            def fill(m: re.Match[str], text: str = text) -> str:
                if m.group(1) not in self.params:
                    raise RuleTextError(f"{self.key} {name}: no param {m.group(1)!r} for «{m.group(0)}»")
                value = self.params[m.group(1)]
                if m.group(2):
                    return f"{value} {m.group(2) if value == 1 else m.group(3)}"
                return str(value)

            filled = _OWN_PARAM.sub(fill, text)
            written[name] = (text, filled)
            object.__setattr__(self, name, filled)
        object.__setattr__(self, "written", written)

    @property
    def citation(self) -> str:
        return f"{self.law} {self.section}"

    def applies_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def as_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "law": self.law,
            "section": self.section,
            "citation": self.citation,
            "title": self.title,
            "requires": self.requires,
            "source": {"title": self.source.title, "url": self.source.url},
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "valid_from_note": self.valid_from_note,
            "first_in_force": self.first_in_force,
            "reviewed": self.reviewed.isoformat(),
            "group": self.group,
            "penalty": self.penalty,
            "prosecution": self.prosecution.value if self.prosecution else None,
            "prosecution_label": self.prosecution.label if self.prosecution else None,
            "limitation": self.limitation,
            "confidence": self.confidence.value,
            "confidence_label": self.confidence.label,
            "confidence_note": self.confidence_note,
            "note": self.note,
        }
