"""The case («sagsmappen»): who she is, the incidents, the evidence and a few choices.

Input is plain JSON from the page's form (or from a saved case file). Every field is
checked, and every problem is reported at once with the field it belongs to, in
Danish; nothing the user typed is changed or dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Mapping

from .. import dateparse, rules
from .. import localtime as lt
from ..docx_writer import clean
from ..errors import InputError, InputErrors
from .. import tekst
from ..workplace import Workplace
from .evidence import Evidence, parse_record

MAX_INCIDENTS = 50
MAX_URLS = 20
MAX_SHORT = 300
MAX_LONG = 8000
CLOCK_SKEW = timedelta(minutes=5)
MAX_YEARS_BACK = 30
INCIDENT_ID = re.compile(r"^h[0-9]{1,4}$")

# Where it happened. Platforms are hosting services under the DSA: they get a notice per link.
CHANNELS: tuple[tuple[str, str, bool], ...] = (
    ("facebook", "Facebook", True),
    ("instagram", "Instagram", True),
    ("tiktok", "TikTok", True),
    ("youtube", "YouTube", True),
    ("x", "X (Twitter)", True),
    ("anden_platform", "En anden hjemmeside eller app", True),
    ("sms", "Sms eller besked på telefonen", False),
    ("mail", "Mail", False),
    ("telefon", "Telefonopkald", False),
    ("brev", "Brev", False),
    ("fysisk", "Ansigt til ansigt", False),
)
CHANNEL_LABEL = {k: label for k, label, _ in CHANNELS}
PLATFORM_CHANNELS = {k for k, _, platform in CHANNELS if platform}


@dataclass(frozen=True)
class Person:
    navn: str = ""
    mail: str = ""
    telefon: str = ""
    stilling: str = ""


@dataclass(frozen=True)
class Incident:
    id: str
    number: int               # 1, 2, ... in the order entered (shown to the user)
    day: date
    clock: time | None
    moment: datetime          # local; 00:00 when no time was given
    kanal: str
    platform: str             # the platform's name when kanal is "anden_platform"
    urls: tuple[str, ...]
    hvem: str
    profil: str
    hvad: str
    vidner: str
    paavirkning: int | None

    @property
    def where(self) -> str:
        label = CHANNEL_LABEL.get(self.kanal, "")
        if self.kanal == "anden_platform" and self.platform:
            return self.platform
        return label

    @property
    def when_text(self) -> str:
        if self.clock is None:
            return lt.long_date(self.day)
        return lt.long_moment(self.moment)

    @property
    def on_platform(self) -> bool:
        return self.kanal in PLATFORM_CHANNELS


@dataclass(frozen=True)
class Choices:
    offences: tuple[str, ...] = ()
    private: bool = False            # private information, pictures or recordings were shared
    repeated_contact: bool = False   # contacted, followed or approached again and again
    compensation: bool = False       # she will claim compensation (offerst. § 10); only when she ticks it
    known_day: date | None = None    # the day she learnt who it was (straffeloven § 96)
    access_day: date | None = None   # the day the workplace got a request for aktindsigt about her


@dataclass(frozen=True)
class Case:
    person: Person
    incidents: tuple[Incident, ...]          # chronological
    evidence: tuple[Evidence, ...]
    choices: Choices
    now: datetime
    workplace: Workplace

    def evidence_for(self, incident_id: str) -> list[Evidence]:
        return [e for e in self.evidence if e.haendelse == incident_id]

    @property
    def urls(self) -> list[tuple[Incident, str]]:
        seen: list[str] = []
        out = []
        for inc in self.incidents:
            for u in inc.urls:
                if u not in seen:
                    seen.append(u)
                    out.append((inc, u))
        return out


def _text(raw: Mapping[str, Any], key: str, where: str, label: str, errors: list[InputError],
          limit: int = MAX_SHORT, multiline: bool = False) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(InputError(where, f"«{label}» skal være tekst."))
        return ""
    text = clean(value).replace("\ue000", "").replace("\ue001", "").replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = " ".join(text.split())
    text = text.strip()
    if len(text) > limit:
        errors.append(InputError(where, f"«{label}» må højst være {limit} tegn. Der er {len(text)}."))
        return text[:limit]
    return text


_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def _urls(text: str, where: str, n: int, errors: list[InputError]) -> tuple[str, ...]:
    found: list[str] = []
    for line in text.split():
        if not line:
            continue
        if not _URL_RE.match(line):
            shown = line if len(line) <= 60 else line[:60] + "…"
            errors.append(InputError(where, f"Linket «{shown}» i hændelse {n} skal begynde med https:// "
                                            "eller http://. Kopiér hele adressen fra browserens adresselinje."))
            continue
        if line not in found:
            found.append(line)
    if len(found) > MAX_URLS:
        errors.append(InputError(where, f"Skriv højst {MAX_URLS} links i en hændelse. Lav en ny hændelse til resten."))
    return tuple(found[:MAX_URLS])


def _bool(raw: Mapping[str, Any], key: str, default: bool, errors: list[InputError]) -> bool:
    value = raw.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        errors.append(InputError(f"valg.{key}", "Feltet skal være ja eller nej."))
        return default
    return value


def _impact(value: Any, where: str, n: int, wp: Workplace, errors: list[InputError]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    scale = wp.paavirkning
    if isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 3:
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not scale.skala_fra <= value <= scale.skala_til:
        errors.append(InputError(where, f"Påvirkningen i hændelse {n} skal være et tal fra {scale.skala_fra} "
                                        f"til {scale.skala_til}."))
        return None
    return value


def _incident(raw: Any, i: int, now: datetime, wp: Workplace, errors: list[InputError]) -> Incident | None:
    n = i + 1
    if not isinstance(raw, Mapping):
        errors.append(InputError("haendelser", f"Hændelse {n} mangler sine felter."))
        return None
    hid = raw.get("id")
    if not isinstance(hid, str) or not INCIDENT_ID.match(hid):
        hid = f"h{n}"
    w = f"haendelser.{hid}"
    before = len(errors)
    day = None
    raw_day = raw.get("dato")
    if raw_day is None or (isinstance(raw_day, str) and not raw_day.strip()):
        errors.append(InputError(f"{w}.dato", f"Skriv datoen for hændelse {n}, fx 24.11.2026."))
    else:
        try:
            day = dateparse.parse_date(raw_day, f"{w}.dato", now.year, f"Datoen for hændelse {n}")
        except InputError as exc:
            errors.append(exc)
    clock = None
    raw_time = raw.get("tid")
    if raw_time is not None and not (isinstance(raw_time, str) and not raw_time.strip()):
        try:
            clock = dateparse.parse_time(raw_time, f"{w}.tid", f"Klokkeslættet for hændelse {n}")
        except InputError as exc:
            errors.append(exc)
    moment = None
    if day is not None:
        try:
            moment = lt.localize(day, clock or time(0, 0), True, f"{w}.tid")
        except InputError as exc:
            errors.append(exc)
    if moment is not None:
        if lt.seconds_between(now, moment) > CLOCK_SKEW.total_seconds():
            same_day = day == now.date()
            errors.append(InputError(
                f"{w}.tid" if same_day else f"{w}.dato",
                f"Hændelse {n} ligger efter det aktuelle tidspunkt ({lt.long_moment(now)}). Tjek dato og klokkeslæt.",
            ))
        elif day is not None and day < date(now.year - MAX_YEARS_BACK, 1, 1):
            errors.append(InputError(f"{w}.dato", f"Hændelse {n} ligger mere end {MAX_YEARS_BACK} år tilbage. Tjek datoen."))
    kanal = raw.get("kanal") or ""
    if kanal not in CHANNEL_LABEL:
        errors.append(InputError(f"{w}.kanal", f"Vælg, hvor hændelse {n} skete."))
        kanal = ""
    platform = _text(raw, "platform", f"{w}.platform", "Hjemmeside eller app", errors)
    urls_text = _text(raw, "urls", f"{w}.urls", "Links", errors, limit=MAX_URLS * 2100, multiline=True)
    urls = _urls(urls_text, f"{w}.urls", n, errors)
    hvad = _text(raw, "hvad", f"{w}.hvad", "Hvad skete der", errors, limit=MAX_LONG, multiline=True)
    if not hvad:
        errors.append(InputError(f"{w}.hvad", f"Skriv, hvad der skete i hændelse {n}. Skriv de præcise ord, hvis du kan."))
    inc = Incident(
        id=hid, number=n, day=day or now.date(), clock=clock, moment=moment or now, kanal=kanal, platform=platform,
        urls=urls,
        hvem=_text(raw, "hvem", f"{w}.hvem", "Hvem", errors),
        profil=_text(raw, "profil", f"{w}.profil", "Link til profilen", errors, limit=2100),
        hvad=hvad,
        vidner=_text(raw, "vidner", f"{w}.vidner", "Vidner", errors, limit=2000, multiline=True),
        paavirkning=_impact(raw.get("paavirkning"), f"{w}.paavirkning", n, wp, errors),
    )
    return inc if len(errors) == before else None


def _optional_day(raw: Mapping[str, Any], key: str, what: str, now: datetime, errors: list[InputError]) -> date | None:
    value = raw.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        d = dateparse.parse_date(value, f"valg.{key}", now.year, what)
    except InputError as exc:
        errors.append(exc)
        return None
    if d > now.date():
        errors.append(InputError(f"valg.{key}", f"{what} ligger efter i dag ({lt.day_month_year(now.date())}). Tjek datoen."))
        return None
    return d


def _offences(value: Any, errors: list[InputError]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > 30:
        errors.append(InputError("valg.offences", "Forbrydelserne skal være en liste af regelnøgler."))
        return ()
    out: list[str] = []
    for key in value:
        if not isinstance(key, str):
            errors.append(InputError("valg.offences", "Hver forbrydelse skal være en regelnøgle som tekst."))
            continue
        try:
            versions = rules.versions(key)
        except rules.UnknownRule:
            errors.append(InputError("valg.offences", f"Ukendt forbrydelse «{key[:40]}»."))
            continue
        if not any(r.max_penalty_years is not None for r in versions):
            errors.append(InputError("valg.offences", f"«{key[:40]}» er ikke en forbrydelse med en strafferamme."))
            continue
        if key not in out:
            out.append(key)
    return tuple(out)


def parse_case(raw: Any, now: datetime, wp: Workplace, need_incident: bool = True) -> Case:
    errors: list[InputError] = []
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise InputErrors([InputError("sag", "Sagsmappen skal være en samling af felter.")])
    p = raw.get("person") or {}
    if not isinstance(p, Mapping):
        p = {}
        errors.append(InputError("person", "Dine oplysninger mangler."))
    mail = _text(p, "mail", "person.mail", "Din mail", errors)
    if mail and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", mail):
        errors.append(InputError("person.mail", f"«{mail[:60]}» ligner ikke en mailadresse. Skriv fx navn@kommune.dk."))
    person = Person(
        navn=_text(p, "navn", "person.navn", "Dit navn", errors), mail=mail,
        telefon=_text(p, "telefon", "person.telefon", "Dit telefonnummer", errors),
        stilling=_text(p, "stilling", "person.stilling", "Din stilling", errors),
    )
    raw_incidents = raw.get("haendelser") or []
    if not isinstance(raw_incidents, list):
        raw_incidents = []
        errors.append(InputError("haendelser", "Hændelserne skal være en liste."))
    if len(raw_incidents) > MAX_INCIDENTS:
        errors.append(InputError("haendelser", f"Der kan højst være {MAX_INCIDENTS} hændelser i en sagsmappe."))
        raw_incidents = raw_incidents[:MAX_INCIDENTS]
    if need_incident and not raw_incidents:
        errors.append(InputError("haendelser", "Skriv mindst én hændelse."))
    incidents = [_incident(r, i, now, wp, errors) for i, r in enumerate(raw_incidents)]
    ids = [inc.id for inc in incidents if inc]
    raw_ev = raw.get("beviser") or []
    if not isinstance(raw_ev, list):
        raw_ev = []
        errors.append(InputError("beviser", "Beviserne skal være en liste."))
    evidence: list[Evidence] = []
    for i, r in enumerate(raw_ev[:200]):
        try:
            evidence.append(parse_record(r, "beviser"))
        except InputError as exc:
            errors.append(exc)
    v = raw.get("valg") or {}
    if not isinstance(v, Mapping):
        v = {}
    choices = Choices(
        offences=_offences(v.get("offences"), errors),
        private=_bool(v, "private", False, errors),
        repeated_contact=_bool(v, "gentaget", False, errors),
        compensation=_bool(v, "erstatning", False, errors),
        known_day=_optional_day(v, "kendt_dato", "Den dag, du fik at vide, hvem det var,", now, errors),
        access_day=_optional_day(v, "aktindsigt_modtaget", "Datoen for anmodningen om aktindsigt", now, errors),
    )
    if errors:
        raise InputErrors(errors)
    # The documents number the incidents in time order (the form's own numbers are used for its errors above).
    ordered = tuple(replace(inc, number=n) for n, inc in enumerate(
        sorted((i for i in incidents if i), key=lambda inc: (lt.to_utc(inc.moment), inc.number)), start=1))
    evidence = [e for e in evidence if e.haendelse in ids or not ids]
    return Case(person=person, incidents=ordered, evidence=tuple(evidence), choices=choices, now=now, workplace=wp)


def plan_of_action(case: Case) -> tuple[bool, list[str]]:
    """The workplace's own rule: a plan when the impact is over its limit, or on repeated incidents."""
    scale = case.workplace.paavirkning
    reasons: list[str] = []
    high = [i for i in case.incidents if i.paavirkning is not None and i.paavirkning > scale.handleplan_over]
    for i in high:
        reasons.append(f"Påvirkningen i hændelse {i.number} er {i.paavirkning} på skalaen "
                       f"{scale.skala_fra}-{scale.skala_til}. Det er over {scale.handleplan_over}.")
    if len(case.incidents) >= 2 and scale.gentagelse_dage > 0:
        days = sorted(i.day for i in case.incidents)
        close = any((b - a).days <= scale.gentagelse_dage for a, b in zip(days, days[1:]))
        if close:
            reasons.append(f"Der er {len(case.incidents)} hændelser, og mindst to ligger inden for "
                           f"{tekst.days(scale.gentagelse_dage)}. Det er gentagne gange over et kort tidsrum.")
    return bool(reasons), reasons
