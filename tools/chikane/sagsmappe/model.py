"""The shape every document of the case folder shares: sections of labelled fields.

One representation gives three outputs (see render.py): the HTML on the page (each field copyable on its own),
the plain text (the whole document copied at once) and the .docx. Every § comes from :mod:`chikane.rules` through
:class:`Cites`. Each document is made in its own module, named like its title (politianmeldelse.py, tilhold.py, …);
documents.py lists them in the order the page shows them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .. import localtime as lt
from .. import rules
from ..model import Confidence, Prosecution, Rule
from ..tekst import cite_text, danish_date
from .case import Case, Incident
from .evidence import Evidence


@dataclass
class Field:
    label: str
    text: str
    missing: bool = False   # a placeholder the user must fill in
    element: str = ""       # for DSA notices: which point of art. 16(2) the field fulfils


@dataclass
class Section:
    heading: str
    fields: list[Field] = field(default_factory=list)
    pictures: list[Evidence] = field(default_factory=list)
    table: tuple[tuple[str, ...], list[tuple[str, ...]]] | None = None
    # Guidance to her about the draft («du»), not part of what she sends (which is in her voice, «jeg»).
    # Shown on the page and in the .docx, after the draft; left out when she copies the whole text.
    guidance: bool = False


@dataclass
class Doc:
    id: str
    title: str
    purpose: str
    sections: list[Section]
    sources: list[Rule]
    filename: str

    def missing(self) -> list[str]:
        return [f.label for s in self.sections for f in s.fields if f.missing]


class Cites:
    """Look rules up for one document and remember them for its list of sources."""

    def __init__(self, day: date):
        self.day = day
        self.used: dict[tuple[str, date], Rule] = {}

    def rule(self, key: str, day: date | None = None) -> Rule:
        r = rules.at(key, day or self.day) or rules.current(key, day or self.day)
        self.used[(r.key, r.valid_from)] = r
        return r

    def maybe(self, key: str, day: date | None = None) -> Rule | None:
        try:
            return self.rule(key, day)
        except rules.UnknownRule:
            return None

    def cite(self, key: str, day: date | None = None) -> str:
        return cite_text(self.rule(key, day))

    @property
    def sources(self) -> list[Rule]:
        return list(self.used.values())


def placeholder(what: str) -> str:
    return f"[udfyld: {what}]"


def filled(label: str, text: str, what: str = "", element: str = "") -> Field:
    """A field with her text, or a placeholder saying what to write when there is none."""
    if text.strip():
        return Field(label, text, element=element)
    return Field(label, placeholder(what or label.lower()), missing=True, element=element)


def for_you(what: str, fields: list[Field]) -> Section:
    """The guidance section after a draft: «Til dig – ikke en del af anmeldelsen»."""
    return Section(f"Til dig – ikke en del af {what}", fields, guidance=True)


def lines(*parts: str) -> str:
    """The non-empty parts, one a line."""
    return "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- what the case holds, as text

def evidence_numbers(case: Case) -> dict[str, int]:
    order: list[Evidence] = []
    for inc in case.incidents:
        order.extend(case.evidence_for(inc.id))
    return {e.id: i for i, e in enumerate(order, start=1)}


def ordered_evidence(case: Case) -> list[Evidence]:
    nums = evidence_numbers(case)
    return sorted((e for e in case.evidence if e.id in nums), key=lambda e: nums[e.id])


def file_time(ev: Evidence) -> str:
    if ev.sidst_aendret is None:
        return "ukendt"
    moment = datetime.fromtimestamp(ev.sidst_aendret / 1000, tz=lt.tz())
    return lt.long_moment(moment)


def quoted(text: str) -> str:
    """The exact words in «», unless she has quoted them herself."""
    t = text.strip()
    return t if t.startswith(("«", '"', "“", "'")) else f"«{t}»"


def who(inc: Incident) -> str:
    return " – ".join(p for p in (inc.hvem, inc.profil) if p)


def where_with_links(inc: Incident, sep: str = " – ") -> str:
    return inc.where + (f"{sep}{' '.join(inc.urls)}" if inc.urls else "")


def impact_text(case: Case, inc: Incident) -> str:
    s = case.workplace.paavirkning
    if inc.paavirkning is None:
        return ""
    return f"{inc.paavirkning} på en skala fra {s.skala_fra} til {s.skala_til}"


def what_happened(case: Case, sep: str = "\n") -> str:
    """«Hændelse 1 (lørdag den 28. november 2026 kl. 14.30): …», one incident a line."""
    return sep.join(f"Hændelse {i.number} ({i.when_text}): {i.hvad}" for i in case.incidents)


def slug_date(case: Case) -> str:
    return lt.to_local(case.now).date().isoformat()


def offence_lines(case: Case, c: Cites, day: date, keys: list[str] | None = None) -> list[str]:
    """«straffeloven § 266 (trusler)» for each offence she ticked (or for ``keys``)."""
    return [f"{cite_text(r)} ({r.title.lower()})"
            for r in (c.rule(k, day) for k in (case.choices.offences if keys is None else keys))]


def on_request(case: Case, day: date) -> list[str]:
    """The offences she ticked that the police prosecute only when she asks (straffeloven § 275)."""
    return [k for k in case.choices.offences
            if (r := rules.at(k, day)) and r.prosecution is Prosecution.PRIVATE_PUBLIC_ON_REQUEST]


def source_line(r: Rule) -> str:
    text = f"{r.law} {r.section}: {r.source.title}, {r.source.url}. Gælder fra {danish_date(r.valid_from)}"
    if r.valid_from_note:
        text += f" ({r.valid_from_note})"
    text += f". Senest gennemgået {danish_date(r.reviewed)}."
    if r.confidence is not Confidence.PRIMARY:
        text += f" {r.confidence.label}. {r.confidence_note}".rstrip()
    return text
