"""Every deadline that runs after an incident, computed from the rules in force on the right day.

Input is a JSON-like request (see :func:`parse_request`); output is plain data,
an HTML timeline and an iCalendar file. All numbers (72 hours, 2 years, 14 days,
7 working days, ...) are READ from the rule versions in :mod:`chikane.rules`;
this module only knows how to count.

Counting conventions (each is also stated to the user in the item's text):
- hours are elapsed time, computed in UTC (so 72 h across a DST change is 72 h);
- "N dage efter X" ends at the end of day X + N;
- months and years keep the day number; when the target month is shorter, the
  last day of that month is used (31 Jan + 1 month = 28/29 Feb);
- working days skip Saturdays, Sundays and official holidays (an assumption:
  the law does not define "arbejdsdage").
"""
from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Mapping

from . import dateparse, holidays, ics, rules
from . import localtime as lt
from .errors import InputError, error_response
from .model import Confidence, Prosecution, Rule, Source
from .workplace import Workplace, parse_workplace

ICS_FILENAME = "frister.ics"
CLOCK_SKEW = timedelta(minutes=5)
MAX_YEARS_BACK = 30
MAX_OFFENCES = 30
MAX_ABSENCE_DAYS = 3650
ABSENCE_START_AHEAD = timedelta(days=31)

WHO = {
    "medarbejder": "Dig",
    "arbejdsgiver": "Din arbejdsgiver",
    "myndighed": "Myndigheden",
    "dataansvarlig": "Den dataansvarlige",
    "platform": "Platformen",
}

# Rule keys the calculator uses.
KEY_POLICE = "offerst-10"
KEY_BOARD = "offerst-13"
KEY_NOTICE = "arbskade-31"
KEY_OWN_CLAIM = "arbskade-36"
KEY_PRIVATE = "strfl-96"
KEY_LIMITATION = "strfl-93"
KEY_GDPR = "gdpr-12"
KEY_ACCESS = "offl-36"
KEY_DSA = "dsa-16"  # lives in the lead's rules/dsa.py
KEY_AT = "at-anmeldelse"
KEY_POLICE_COMPLAINT = "rpl-102"
KEY_AES_COMPLAINT = "arbskade-44"
POLICE_DECISIONS = {
    "afvist": "afviste anmeldelsen",
    "indstillet": "indstillede efterforskningen",
    "opgivet": "opgav påtale (påtaleopgivelse)",
}

ORDER = (
    "politianmeldelse", "intern-registrering", "arbejdsskade-anmeldelse", "arbejdstilsynet-anmeldelse", "klage-politi",
    "klage-aes", "aktindsigt", "gdpr-svar", "gdpr-forlaenget", "privat-paatale", "arbejdsskade-eget-krav",
    "erstatningsnaevnet", "erstatningsnaevnet-indstillet", "foraeldelse", "dsa-anmeldelse",
)


# ---------------------------------------------------------------- calendar arithmetic

def add_months(d: date, months: int) -> date:
    """Same day number ``months`` later; the last day of the month when that day does not exist."""
    years, month0 = divmod(d.month - 1 + months, 12)
    year, month = d.year + years, month0 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: date, years: int) -> date:
    return add_months(d, 12 * years)


def _param(rule: Rule, name: str) -> int:
    value = rule.params.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise RuntimeError(f"rule {rule.key} ({rule.valid_from}) lacks integer param {name!r}")
    return value


# ---------------------------------------------------------------- input

@dataclass(frozen=True)
class Facts:
    now: datetime
    incident: datetime
    time_given: bool
    fravaer_foerste_dag: date | None = None
    fravaer_dage: int | None = None
    mulig_erstatning: bool = False
    kendt_dato: date | None = None
    anmodning_modtaget: date | None = None
    aktindsigt_modtaget: date | None = None
    offences: tuple[str, ...] = ()
    workplace: Workplace = field(default_factory=Workplace)
    politi_afgoerelse: str | None = None
    politi_afgoerelse_dato: date | None = None
    politi_meddelelse_dato: date | None = None
    aes_afgoerelse_modtaget: date | None = None
    foraeldelse_i_kalender: bool = False

    @property
    def incident_date(self) -> date:
        return self.incident.date()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _optional_bool(req: Mapping[str, Any], key: str, what: str) -> bool | None:
    value = req.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise InputError(key, f"{what} skal være ja eller nej (true eller false).")
    return value


def _absence_days(value: object) -> int | None:
    if _blank(value):
        return None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) <= 5:
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError("fravaer_dage", "Skriv antal fraværsdage som et helt tal, fx 3.")
    if not 0 <= value <= MAX_ABSENCE_DAYS:
        raise InputError("fravaer_dage", f"Antal fraværsdage skal være fra 0 til {MAX_ABSENCE_DAYS}.")
    return value


def _offences(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError("offences", "Forbrydelserne skal sendes som en liste af regelnøgler, fx [\"strfl-119a\"].")
    if len(value) > MAX_OFFENCES:
        raise InputError("offences", f"Vælg højst {MAX_OFFENCES} forbrydelser.")
    seen: list[str] = []
    for key in value:
        if not isinstance(key, str) or not key.strip():
            raise InputError("offences", "Hver forbrydelse skal være en regelnøgle som tekst, fx \"strfl-266\".")
        key = key.strip()
        shown = key if len(key) <= 40 else key[:40] + "…"
        try:
            versions = rules.versions(key)
        except rules.UnknownRule:
            raise InputError("offences", f"Ukendt forbrydelse «{shown}». Vælg en af straffelovens bestemmelser.") from None
        if not any(r.max_penalty_years is not None for r in versions):
            raise InputError("offences", f"«{shown}» er ikke en forbrydelse med en strafferamme.")
        if key not in seen:
            seen.append(key)
    return tuple(seen)


def _police_decision(value: object) -> str | None:
    if _blank(value):
        return None
    if not isinstance(value, str) or value.strip() not in POLICE_DECISIONS:
        raise InputError(
            "politi_afgoerelse", "Vælg, hvad politiet har besluttet: afvist, indstillet eller påtale opgivet."
        )
    return value.strip()


def _check_window(field_name: str, d: date, now: datetime, what: str, ahead: timedelta = timedelta(0)) -> None:
    if d > (now + ahead).date():
        raise InputError(field_name, f"{what} ligger efter i dag ({lt.day_month_year(now.date())}). Tjek datoen.")
    if d < add_years(now.date(), -MAX_YEARS_BACK):
        raise InputError(field_name, f"{what} ligger mere end {MAX_YEARS_BACK} år tilbage. Tjek datoen.")


def parse_request(req: Mapping[str, Any]) -> Facts:
    """Validate every field; raise :class:`FieldErrors` listing all problems at once."""
    errors: list[InputError] = []

    def attempt(fn, *args):  # type: ignore[no-untyped-def]
        try:
            return fn(*args)
        except InputError as exc:
            errors.append(exc)
            return None

    now = attempt(lt.parse_now, req.get("now"), "now")
    ref_year = now.year if now else None

    day = attempt(dateparse.parse_date, req.get("haendelse_dato"), "haendelse_dato", ref_year, "Datoen for hændelsen")
    raw_time = req.get("haendelse_tid")
    time_given = not _blank(raw_time)
    clock = attempt(dateparse.parse_time, raw_time, "haendelse_tid", "Klokkeslættet for hændelsen") if time_given else time(0, 0)
    sommertid = attempt(_optional_bool, req, "sommertid", "«Sommertid»")

    def optional_date(key: str, what: str) -> date | None:
        value = req.get(key)
        return None if _blank(value) else attempt(dateparse.parse_date, value, key, ref_year, what)

    first_absence = optional_date("fravaer_foerste_dag", "Første fraværsdag")
    absence_days = attempt(_absence_days, req.get("fravaer_dage"))
    mulig = attempt(_optional_bool, req, "mulig_erstatning", "«Mulig erstatning»")
    known = optional_date("kendt_dato", "Datoen, hvor du fik at vide, hvem det var,")
    gdpr = optional_date("anmodning_modtaget", "Datoen for anmodningen")
    access = optional_date("aktindsigt_modtaget", "Datoen for anmodningen om aktindsigt")
    offences = attempt(_offences, req.get("offences"))
    workplace = attempt(parse_workplace, req.get("workplace"))
    decision_kind = attempt(_police_decision, req.get("politi_afgoerelse"))
    decision_day = optional_date("politi_afgoerelse_dato", "Datoen på politiets afgørelse")
    notice_day = optional_date("politi_meddelelse_dato", "Den dag, du fik politiets afgørelse,")
    aes_day = optional_date("aes_afgoerelse_modtaget", "Den dag, du modtog afgørelsen fra Arbejdsmarkedets Erhvervssikring,")
    in_calendar = attempt(_optional_bool, req, "foraeldelse_i_kalender", "«Forældelse i kalenderen»")

    incident = None
    if day is not None and clock is not None and not any(e.field in ("haendelse_tid", "sommertid") for e in errors):
        incident = attempt(lt.localize, day, clock, sommertid, "haendelse_tid")

    if now is not None and incident is not None:
        if lt.seconds_between(now, incident) > CLOCK_SKEW.total_seconds():
            same_day = incident.date() == now.date()
            errors.append(InputError(
                "haendelse_tid" if same_day else "haendelse_dato",
                f"Hændelsen ligger efter det aktuelle tidspunkt ({lt.long_moment(now)}). Tjek dato og klokkeslæt.",
            ))
        elif incident.date() < add_years(now.date(), -MAX_YEARS_BACK):
            errors.append(InputError(
                "haendelse_dato",
                f"Hændelsen ligger mere end {MAX_YEARS_BACK} år tilbage. Værktøjet regner kun frister for "
                f"hændelser fra de seneste {MAX_YEARS_BACK} år.",
            ))
    if now is not None:
        for key, value, what, ahead in (
            ("fravaer_foerste_dag", first_absence, "Første fraværsdag", ABSENCE_START_AHEAD),
            ("kendt_dato", known, "Datoen, hvor du fik at vide, hvem det var,", timedelta(0)),
            ("anmodning_modtaget", gdpr, "Datoen for anmodningen", timedelta(0)),
            ("aktindsigt_modtaget", access, "Datoen for anmodningen om aktindsigt", timedelta(0)),
            ("politi_afgoerelse_dato", decision_day, "Datoen på politiets afgørelse", timedelta(0)),
            ("politi_meddelelse_dato", notice_day, "Den dag, du fik politiets afgørelse,", timedelta(0)),
            ("aes_afgoerelse_modtaget", aes_day, "Den dag, du modtog afgørelsen,", timedelta(0)),
        ):
            if value is not None:
                attempt(_check_window, key, value, now, what, ahead)
    if day is not None:
        if first_absence is not None and first_absence < day:
            errors.append(InputError("fravaer_foerste_dag", "Første fraværsdag kan ikke ligge før hændelsen. Tjek datoen."))
        if known is not None and known < day:
            errors.append(InputError(
                "kendt_dato", "Du kan ikke have fået at vide, hvem det var, før hændelsen skete. Tjek datoen."
            ))
    if day is not None:
        for key, value, what in (
            ("politi_afgoerelse_dato", decision_day, "Politiets afgørelse"),
            ("politi_meddelelse_dato", notice_day, "Politiets afgørelse"),
            ("aes_afgoerelse_modtaget", aes_day, "Afgørelsen fra Arbejdsmarkedets Erhvervssikring"),
        ):
            if value is not None and value < day:
                errors.append(InputError(key, f"{what} kan ikke ligge før hændelsen. Tjek datoen."))
    if decision_day is not None and notice_day is not None and notice_day < decision_day:
        errors.append(InputError(
            "politi_meddelelse_dato", "Du kan ikke have fået afgørelsen, før den blev truffet. Tjek datoen."
        ))
    if (decision_day is not None or notice_day is not None) and decision_kind is None \
            and not any(e.field == "politi_afgoerelse" for e in errors):
        errors.append(InputError(
            "politi_afgoerelse", "Vælg, hvad politiet har besluttet: afvist, indstillet eller påtale opgivet."
        ))
    if decision_kind is not None and decision_day is None and notice_day is None:
        errors.append(InputError(
            "politi_afgoerelse_dato", "Skriv datoen på politiets afgørelse, så vi kan regne klagefristen."
        ))
    if absence_days == 0 and first_absence is not None:
        errors.append(InputError(
            "fravaer_dage", "Du har skrevet 0 fraværsdage og samtidig en første fraværsdag. Ret det ene af dem."
        ))

    if errors:
        raise FieldErrors(errors)
    assert now is not None and incident is not None  # guaranteed when no errors were recorded
    return Facts(
        now=now, incident=incident, time_given=time_given,
        fravaer_foerste_dag=first_absence, fravaer_dage=absence_days, mulig_erstatning=bool(mulig),
        kendt_dato=known, anmodning_modtaget=gdpr, aktindsigt_modtaget=access,
        offences=offences or (), workplace=workplace or Workplace(),
        politi_afgoerelse=decision_kind, politi_afgoerelse_dato=decision_day or notice_day,
        politi_meddelelse_dato=notice_day, aes_afgoerelse_modtaget=aes_day, foraeldelse_i_kalender=bool(in_calendar),
    )


class FieldErrors(Exception):
    """Several InputErrors at once, so a form can mark every wrong field in one round."""

    def __init__(self, errors: list[InputError]):
        super().__init__(errors)
        self.errors = errors


# ---------------------------------------------------------------- output items

@dataclass
class Deadline:
    id: str
    title: str
    todo: str
    explanation: str
    who: str
    unit: str
    start: datetime
    due: datetime | None = None
    end_of_day: bool = False
    rule: Rule | None = None
    rule_date: date | None = None
    who_label: str = ""
    citation: str | None = None
    source: Source | None = None
    reviewed: date | None = None
    confidence: Confidence | None = None
    confidence_note: str = ""
    condition: str = ""
    waiting: str = ""
    assumptions: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.rule is not None:
            self.citation = self.citation or self.rule.citation
            self.source = self.source or self.rule.source
            self.reviewed = self.reviewed or self.rule.reviewed
            if self.confidence is None:
                self.confidence = self.rule.confidence
                self.confidence_note = self.confidence_note or self.rule.confidence_note
        self.who_label = self.who_label or WHO[self.who]

    def sort_key(self) -> tuple[Any, ...]:
        rank = ORDER.index(self.id.split(":")[0])
        if self.due is None:
            return (1, 0, rank, self.id)
        return (0, lt.seconds_between(lt.start_of_day(date(2000, 1, 1)), self.due), rank, self.id)

    def due_text(self) -> str | None:
        if self.due is None:
            return None
        if self.end_of_day:
            return f"{lt.long_date(lt.to_local(self.due).date())} inden midnat"
        return lt.long_moment(self.due)

    def as_dict(self, now: datetime) -> dict[str, Any]:
        r = self.rule
        local_due = lt.to_local(self.due) if self.due else None
        seconds_left = lt.seconds_between(now, self.due) if self.due else None
        non_primary = self.confidence is not None and self.confidence is not Confidence.PRIMARY
        return {
            "id": self.id,
            "title": self.title,
            "todo": self.todo,
            "explanation": self.explanation,
            "who": self.who,
            "who_label": self.who_label,
            "unit": self.unit,
            "start": lt.to_local(self.start).isoformat(),
            "due": local_due.isoformat() if local_due else None,
            "due_utc": lt.to_utc(self.due).strftime("%Y-%m-%dT%H:%M:%SZ") if self.due else None,
            "due_date": local_due.date().isoformat() if local_due else None,
            "end_of_day": self.end_of_day,
            "due_text": self.due_text(),
            "countdown": lt.countdown(now, self.due) if self.due else None,
            "expired": (seconds_left < 0) if seconds_left is not None else None,
            "seconds_left": seconds_left,
            "condition": self.condition,
            "waiting": self.waiting,
            "assumptions": list(self.assumptions),
            "rule_key": r.key if r else self.extra.get("rule_key"),
            "rule_version": r.valid_from.isoformat() if r else None,
            "rule_valid_to": r.valid_to.isoformat() if r and r.valid_to else None,
            "rule_date": self.rule_date.isoformat() if self.rule_date else None,
            "params": dict(r.params) if r else {},
            "citation": self.citation,
            "source_title": self.source.title if self.source else None,
            "source_url": self.source.url if self.source else None,
            "reviewed": self.reviewed.isoformat() if self.reviewed else None,
            "valid_from_note": r.valid_from_note if r else "",
            "confidence": self.confidence.value if self.confidence else None,
            "confidence_label": self.confidence.label if non_primary and self.confidence else None,
            "confidence_note": self.confidence_note if non_primary else "",
            "source_note": self.extra.get("source_note", ""),
            **{k: v for k, v in self.extra.items() if k not in ("rule_key", "source_note")},
        }


def _not_before(moment: datetime, incident: datetime) -> datetime:
    """A period that starts on a day (first absence, knowledge) never starts before the incident itself."""
    return moment if lt.to_utc(moment) >= lt.to_utc(incident) else incident


def _older_note(what: str, r: Rule, day: date) -> str:
    """Said when ``day`` lies before the oldest version we hold: we still compute, with that version."""
    since = lt.day_month_year(r.valid_from)
    asked = lt.day_month_year(day)
    if r.first_in_force:
        return (
            f"{what} ({r.citation}): Bestemmelsen gælder fra {since}. Din dato ({asked}) ligger før. Vi har alligevel "
            "regnet fristen efter den, så du ser en dato. Spørg politiet eller en advokat, hvilken regel der gjaldt før."
        )
    return (
        f"{what} ({r.citation}): Vi har sammenlignet ordlyden tilbage til {since}. Din dato ({asked}) ligger før. "
        "Vi har regnet fristen med den ældste udgave, vi kender. Ældre ordlyd er ikke tjekket."
    )


def _version(key: str, day: date, what: str, notes: list[str]) -> Rule:
    """The version in force on ``day``. Never None: before the oldest known version, that version is used and a
    note says so (a deadline is never dropped because the wording before it was not checked)."""
    r = rules.at(key, day)
    if r is not None:
        return r
    known = rules.versions(key)
    earlier = [v for v in known if v.valid_from <= day]
    if not earlier:
        notes.append(_older_note(what, known[0], day))
        return known[0]
    # A gap between two versions: use the one before the gap and say so.
    r = earlier[-1]
    notes.append(
        f"{what} ({r.citation}): Vi kender ikke en udgave, der gjaldt {lt.day_month_year(day)}. Vi har regnet med "
        f"udgaven fra {lt.day_month_year(r.valid_from)}."
    )
    return r


# ---------------------------------------------------------------- the deadlines

def _police(f: Facts, notes: list[str]) -> list[Deadline]:
    r = _version(KEY_POLICE, f.incident_date, "Politianmeldelse og offererstatning", notes)
    hours = _param(r, "hours")
    assumptions = []
    if not f.time_given:
        assumptions.append(
            "Du har ikke skrevet et klokkeslæt. Vi regner fra kl. 00.00 på hændelsesdagen, så fristen ikke bliver for sen."
        )
    return [Deadline(
        id="politianmeldelse", who="medarbejder", unit="timer", rule=r, rule_date=f.incident_date,
        start=f.incident, due=lt.add_hours(f.incident, hours),
        title=f"Anmeld til politiet inden {hours} timer",
        todo=(
            "Anmeld forholdet til politiet – på politi.dk eller på telefon 114. Gør det, selv om du endnu ikke ved, "
            "om du vil søge erstatning. Din arbejdsgiver kan hjælpe dig."
        ),
        explanation=(
            f"Du kan kun få erstatning fra staten (offererstatning), hvis forholdet er anmeldt til politiet inden "
            f"{hours} timer. Fristen er {hours} timer i faktisk forløbet tid – også hvis uret stilles om til sommer- "
            "eller vintertid imellem. Kommer der en straffesag, skal du også kræve erstatning under sagen. "
            "Undtagelser: Fristen gælder ikke for visse seksualforbrydelser (stk. 2). Den skal fraviges, hvis du er "
            "pleje- eller omsorgspersonale og blev udsat for forbrydelsen på arbejdet, og pædagogiske eller "
            "behandlingsmæssige hensyn taler imod at anmelde (stk. 3). Og den kan fraviges, hvis forholdene taler "
            "for det (stk. 4). Er fristen overskredet, så anmeld alligevel og forklar, hvorfor det ikke skete før."
        ),
        assumptions=assumptions,
    )]


def _board(f: Facts, notes: list[str]) -> list[Deadline]:
    r = _version(KEY_BOARD, f.incident_date, "Ansøgning til Erstatningsnævnet", notes)
    years = _param(r, "years")
    return [Deadline(
        id="erstatningsnaevnet", who="medarbejder", unit="år", rule=r, rule_date=f.incident_date,
        start=f.incident, due=lt.end_of_day(add_years(f.incident_date, years)), end_of_day=True,
        title="Søg erstatning hos Erstatningsnævnet",
        todo=(
            "Send ansøgningen om offererstatning til Erstatningsnævnet med den digitale selvbetjening (§ 10 a). "
            "Vent ikke til sidste dag."
        ),
        explanation=(
            f"Nævnet kan ikke behandle en ansøgning, der kommer mere end {years} år efter forbrydelsen, medmindre "
            "der er særlige grunde. Datoen her er regnet fra hændelsen og er derfor den tidligste. Fristen regnes "
            "i stedet fra den dag, en dom blev endelig, hvis der kommer en dom – eller fra den dag, politiet "
            "indstillede efterforskningen, hvis der ikke rejses en straffesag (stk. 2). Kun for "
            "voldsskadeforsikringen gælder noget særligt: afviser forsikringsselskabet eller den selvforsikrede "
            "arbejdsgiver at dække skaden efter arbejdsskadesikringslovens § 49 b, stk. 1, regnes fristen fra den "
            f"afgørelse, hvis du anmeldte skaden til dem inden {years} år (stk. 3). Voldsskadeforsikringen dækker "
            "vold og trusler på arbejdet fra personer, du drager omsorg for, i social-, ældre-, sundheds- og "
            "undervisningssektoren (§ 49 a). Et afslag på en almindelig arbejdsskade flytter ikke fristen."
        ),
    )]


def _clean(text: str) -> str:
    """Workplace texts go into HTML, JSON and iCalendar: drop control characters and lone surrogates."""
    return "".join(ch for ch in text if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF).strip()


def _internal(f: Facts) -> list[Deadline]:
    wp = f.workplace
    system = _clean(wp.haendelsessystem) or Workplace().haendelsessystem
    name = _clean(wp.navn) or Workplace().navn
    days = wp.intern_frist_dage
    when = "samme dag" if days == 0 else f"senest {days} {'dag' if days == 1 else 'dage'} efter hændelsesdagen"
    return [Deadline(
        id="intern-registrering", who="medarbejder", who_label="Dig eller din leder", unit="dage",
        start=f.incident, due=lt.end_of_day(f.incident_date + timedelta(days=days)), end_of_day=True,
        title=f"Registrér hændelsen i {system}",
        todo=f"Registrér hændelsen i {system}. Tag skærmbilleder med, og skriv dato og klokkeslæt.",
        explanation=(
            f"{name} har selv bestemt, at hændelser skal registreres {when}. Fristen står ikke i en lov, men i "
            "arbejdspladsens egne retningslinjer."
        ),
        citation="Arbejdspladsens egen retningslinje (ikke en lov)",
        extra={"rule_key": None, "source_note": "Fristen kommer fra arbejdspladsens egne regler – der er ingen paragraf."},
    )]


def _employer_notice(f: Facts, notes: list[str]) -> list[Deadline]:
    r = _version(KEY_NOTICE, f.incident_date, "Anmeldelse af arbejdsulykke", notes)
    days = _param(r, "days")
    common = dict(
        id="arbejdsskade-anmeldelse", who="arbejdsgiver", unit="dage", rule=r, rule_date=f.incident_date,
        title="Arbejdsgiveren anmelder arbejdsulykken",
        todo=(
            "Bed din leder om at anmelde hændelsen som arbejdsulykke. Digital chikane og trusler kan give en psykisk "
            "skade, og den kan være en arbejdsulykke (§ 6, stk. 2). Stat, regioner og kommuner har ikke pligt til at "
            "forsikre sig (§ 48, stk. 5) og anmelder så til Arbejdsmarkedets Erhvervssikring (§ 33, stk. 2)."
        ),
    )
    absence_known = f.fravaer_foerste_dag is not None or (f.fravaer_dage or 0) > 0
    threshold = r.params.get("min_absence_days")
    if threshold is None:  # the rule before 1.7.2022: counted from the accident, no absence test
        if f.mulig_erstatning or absence_known:
            return [Deadline(
                **common, start=f.incident, due=lt.end_of_day(f.incident_date + timedelta(days=days)), end_of_day=True,
                explanation=(
                    f"Efter reglen på hændelsesdagen skulle en arbejdsulykke, der kunne give ret til ydelser, anmeldes "
                    f"snarest muligt og senest {days} dage efter ulykken (§ 31, stk. 1, før 1.7.2022). Var den ikke "
                    "anmeldt, skulle den anmeldes senest på 5-ugers-dagen, hvis du ikke ventedes at kunne arbejde "
                    "fuldt igen til den tid (stk. 2). Den nuværende regel gælder kun ulykker fra 1.7.2022."
                ),
            )]
        return [Deadline(
            **common, start=f.incident,
            waiting=(
                "Fristen gjaldt kun, hvis ulykken kunne give ret til ydelser. Svar på, om hændelsen kan give "
                "erstatning, eller om du har haft fravær, så regner vi fristen."
            ),
            explanation=(
                f"Efter reglen på hændelsesdagen skulle en arbejdsulykke, der kunne give ret til ydelser, anmeldes "
                f"senest {days} dage efter ulykken (§ 31, stk. 1, før 1.7.2022)."
            ),
        )]

    minimum = int(threshold)
    if f.fravaer_dage is None:
        meets: bool | None = None
    else:
        meets = f.fravaer_dage >= minimum
    need = "fravær ud over skadedagen" if minimum == 1 else f"mindst {minimum} dages fravær ud over skadedagen"
    stk2_text = (
        f"Giver ulykken ikke {need}, men kan den give ret til erstatning, skal den anmeldes senest {days} dage "
        "efter skadedagen (stk. 2)."
    )
    if absence_known and meets is not False and not (meets is None and minimum > 1 and f.mulig_erstatning):
        first_day = f.fravaer_foerste_dag or f.incident_date + timedelta(days=1)
        assumptions = []
        if f.fravaer_foerste_dag is None:
            assumptions.append("Du har ikke skrevet første fraværsdag. Vi regner med dagen efter hændelsen.")
        condition = f"Kun hvis fraværet varer mindst {minimum} dage ud over skadedagen." if meets is None and minimum > 1 else ""
        return [Deadline(
            **common, start=_not_before(lt.start_of_day(first_day), f.incident), due=lt.end_of_day(first_day + timedelta(days=days)),
            end_of_day=True, condition=condition, assumptions=assumptions,
            explanation=(
                f"Giver ulykken {need}, skal arbejdsgiveren anmelde den senest {days} dage efter første fraværsdag "
                f"(§ 31, stk. 1). {stk2_text}"
            ),
        )]
    if f.mulig_erstatning:
        extra = ""
        if meets is None and absence_known:
            extra = " Du har fravær, men har ikke skrevet, hvor mange dage. Derfor viser vi den tidligste dato."
        return [Deadline(
            **common, start=f.incident, due=lt.end_of_day(f.incident_date + timedelta(days=days)), end_of_day=True,
            explanation=f"{stk2_text} Giver ulykken {need}, er fristen {days} dage efter første fraværsdag (stk. 1).{extra}",
        )]
    return [Deadline(
        **common, start=f.incident,
        waiting=(
            f"Arbejdsgiveren skal kun anmelde, hvis hændelsen giver {need}, eller hvis den kan give ret til "
            "erstatning. Skriv dit fravær eller svar ja til mulig erstatning, så regner vi fristen."
        ),
        explanation=(
            f"Giver ulykken {need}, skal arbejdsgiveren anmelde den senest {days} dage efter første fraværsdag "
            f"(§ 31, stk. 1). {stk2_text}"
        ),
    )]


def _own_claim(f: Facts, notes: list[str]) -> list[Deadline]:
    r = _version(KEY_OWN_CLAIM, f.incident_date, "Dit eget krav efter arbejdsskadesikringsloven", notes)
    years = _param(r, "years")
    return [Deadline(
        id="arbejdsskade-eget-krav", who="medarbejder", unit="år", rule=r, rule_date=f.incident_date,
        start=f.incident, due=lt.end_of_day(add_years(f.incident_date, years)), end_of_day=True,
        title="Rejs selv kravet, hvis arbejdsgiveren ikke anmelder",
        todo=(
            "Spørg din leder, om arbejdsulykken er anmeldt. Er den ikke, så rejs selv kravet før denne dato. "
            "Din tillidsrepræsentant eller fagforening kan hjælpe."
        ),
        condition="Gælder, hvis arbejdsgiveren ikke har anmeldt ulykken til tiden.",
        explanation=(
            f"Er arbejdsulykken ikke anmeldt til tiden, kan du selv rejse kravet inden {years} år fra skaden "
            "(§ 36, stk. 1). Fristen gælder ikke, når det er dokumenteret, at du har været udsat for en "
            "arbejdsskade og har ret til erstatning."
        ),
    )]


def _offence_rules(f: Facts, notes: list[str]) -> list[Rule]:
    found = []
    for key in f.offences:
        r = _version(key, f.incident_date, "Forbrydelsen", notes)
        if r.max_penalty_years is None:
            notes.append(f"{r.citation}: Der er ingen strafferamme at regne forældelse ud fra.")
        else:
            found.append(r)
    return found


def _private(f: Facts, offences: list[Rule], notes: list[str]) -> list[Deadline]:
    relevant = [r for r in offences if r.prosecution is not Prosecution.PUBLIC]
    if offences and not relevant:
        return []  # only publicly prosecuted offences: the police decide, § 96 does not bind the victim
    r = _version(KEY_PRIVATE, f.incident_date, "Privat straffesag", notes)
    months = _param(r, "months")
    which = ""
    if relevant:
        which = " Det gælder her for " + ", ".join(f"{o.section} ({o.title.lower()})" for o in relevant) + "."
    common = dict(
        id="privat-paatale", who="medarbejder", unit="måneder", rule=r, rule_date=f.incident_date,
        title="Anlæg privat straffesag eller bed om offentlig påtale",
        todo=(
            "Beslut, om du vil anlægge en privat straffesag eller bede politiet om offentlig påtale. "
            "Tal med HR eller en advokat i god tid."
        ),
        explanation=(
            "Nogle forbrydelser – fx ærekrænkelse og videregivelse af private billeder – skal du selv forfølge, "
            f"eller du skal bede om offentlig påtale (straffeloven § 275).{which} Den ret bortfalder {months} "
            "måneder efter, at du ved nok til at gå videre – typisk når du ved, hvem der gjorde det (§ 96)."
        ),
    )
    if f.kendt_dato is None:
        return [Deadline(
            **common, start=f.incident,
            waiting=(
                f"Fristen på {months} måneder begynder, når du ved, hvem der gjorde det. Skriv den dato, så regner "
                "vi fristen."
            ),
        )]
    return [Deadline(
        **common, start=_not_before(lt.start_of_day(f.kendt_dato), f.incident), due=lt.end_of_day(add_months(f.kendt_dato, months)),
        end_of_day=True,
    )]


def _limitation(f: Facts, offences: list[Rule], notes: list[str]) -> list[Deadline]:
    if not offences:
        return []
    lim = _version(KEY_LIMITATION, f.incident_date, "Forældelse", notes)
    bands = ((1, _param(lim, "up_to_1")), (4, _param(lim, "up_to_4")), (10, _param(lim, "up_to_10")))

    def period(off: Rule) -> int:
        assert off.max_penalty_years is not None
        years = next((y for limit, y in bands if off.max_penalty_years <= limit), None)
        return years if years is not None else _param(lim, "over_10")

    longest = max(offences, key=period)
    items = []
    for off in offences:
        years = period(off)
        note = f" Bemærk: {off.note}" if "forældelse" in off.note.lower() else ""
        same_act = ""
        if period(longest) > years:
            same_act = (
                f" Er {off.section} begået ved samme handling som {longest.section}, gælder den længste frist for dem "
                f"alle (§ 93, stk. 4): {period(longest)} år, dvs. til "
                f"{lt.long_date(add_years(f.incident_date, period(longest)))}. Datoen her er den tidligste."
            )
        penalty = (off.penalty or "").lower()
        items.append(Deadline(
            id=f"foraeldelse:{off.key}", who="myndighed", who_label="Politiet og anklagemyndigheden", unit="år",
            rule=lim, rule_date=f.incident_date,
            start=f.incident, due=lt.end_of_day(add_years(f.incident_date, years)), end_of_day=True,
            title=f"Forældelse: {off.citation} ({off.title.lower()})",
            todo="Anmeld i god tid. Den mistænkte skal have besked om sigtelsen, før fristen udløber.",
            explanation=(
                f"Straffen for {off.section} er {penalty}. Så forældes strafansvaret efter {years} år (§ 93). "
                "Fristen løber fra den dag, handlingen ophørte (§ 94) – her regnet fra hændelsesdagen. Den afbrydes, "
                f"når den mistænkte får besked om sigtelsen.{same_act}{note}"
            ),
            extra={
                "offence": off.key, "offence_citation": off.citation, "offence_rule_version": off.valid_from.isoformat(),
                "limitation": True,
            },
        ))
    return items


def _at_report(f: Facts, notes: list[str]) -> list[Deadline]:
    """The employer's report to Arbejdstilsynet (BEK 799/2022 § 1): its own duty beside the ASL § 31 report."""
    r = _version(KEY_AT, f.incident_date, "Anmeldelse til Arbejdstilsynet", notes)
    days = _param(r, "days")
    minimum = _param(r, "min_absence_days")
    common = dict(
        id="arbejdstilsynet-anmeldelse", who="arbejdsgiver", unit="dage", rule=r, rule_date=f.incident_date,
        title="Arbejdsgiveren anmelder til Arbejdstilsynet",
        todo=(
            "Bed din leder om også at anmelde ulykken til Arbejdstilsynet i EASY. Du skal have en kopi af anmeldelsen, "
            "og arbejdsmiljørepræsentanten skal have adgang til den."
        ),
    )
    explanation = (
        f"Giver ulykken arbejdsudygtighed i {minimum} dag eller mere ud over skadedagen, skal arbejdsgiveren anmelde "
        f"den til Arbejdstilsynet senest {days} dage efter første fraværsdag (§ 1). Det gælder også vold, trusler og "
        "anden krænkende adfærd uden for arbejdstid, når den har med arbejdet at gøre (§ 1, stk. 2). Det er en anden "
        "pligt end anmeldelsen efter arbejdsskadesikringsloven, og den gælder, selv om den anden ikke gør."
    )
    absence_known = f.fravaer_foerste_dag is not None or (f.fravaer_dage or 0) > 0
    if f.fravaer_dage is not None and f.fravaer_dage < minimum:
        return [Deadline(
            **common, start=f.incident, explanation=explanation,
            waiting=f"Uden fravær ud over skadedagen er der ingen pligt. Får du fravær senere, så regn igen.",
        )]
    if not absence_known:
        return [Deadline(
            **common, start=f.incident, explanation=explanation,
            waiting="Fristen gælder, hvis du får fravær ud over skadedagen. Skriv din første fraværsdag, så regner vi den.",
        )]
    first_day = f.fravaer_foerste_dag or f.incident_date + timedelta(days=1)
    assumptions = []
    if f.fravaer_foerste_dag is None:
        assumptions.append("Du har ikke skrevet første fraværsdag. Vi regner med dagen efter hændelsen.")
    return [Deadline(
        **common, start=_not_before(lt.start_of_day(first_day), f.incident),
        due=lt.end_of_day(first_day + timedelta(days=days)), end_of_day=True,
        explanation=explanation, assumptions=assumptions,
    )]


def _police_complaint(f: Facts, notes: list[str]) -> list[Deadline]:
    if f.politi_afgoerelse is None or f.politi_afgoerelse_dato is None:
        return []
    notice = f.politi_meddelelse_dato or f.politi_afgoerelse_dato
    r = _version(KEY_POLICE_COMPLAINT, notice, "Klage over politiets afgørelse", notes)
    weeks = _param(r, "weeks")
    assumptions = []
    if f.politi_meddelelse_dato is None:
        assumptions.append(
            "Du har ikke skrevet, hvornår du fik afgørelsen. Vi regner fra datoen på afgørelsen, så fristen ikke "
            "bliver for sen."
        )
    basis = "§ 724" if f.politi_afgoerelse == "opgivet" else "§ 749, stk. 3"
    return [Deadline(
        id="klage-politi", who="medarbejder", unit="uger", rule=r, rule_date=notice,
        start=lt.start_of_day(notice), due=lt.end_of_day(notice + timedelta(weeks=weeks)), end_of_day=True,
        title=f"Klag over politiets afgørelse inden {weeks} uger",
        todo=(
            "Er du uenig, så klag til statsadvokaten (den overordnede anklagemyndighed). Brevet fra politiet siger, "
            "hvordan du klager. Skriv kort, hvorfor du er uenig, og send nye beviser med."
        ),
        explanation=(
            f"Politiet {POLICE_DECISIONS[f.politi_afgoerelse]}. Den afgørelse kan du klage over ({basis}). Klagen skal "
            f"komme inden {weeks} uger efter, at du fik besked om afgørelsen (§ 102, stk. 1). Kommer den senere, "
            "behandles den kun, hvis overskridelsen er undskyldelig."
        ),
        assumptions=assumptions,
    )]


def _board_after_police(f: Facts, notes: list[str]) -> list[Deadline]:
    """offerst. § 13 stk. 2, 2. pkt.: after an investigation without a criminal case, 2 years from the decision."""
    if f.politi_afgoerelse != "indstillet" or f.politi_afgoerelse_dato is None:
        return []
    day = f.politi_afgoerelse_dato
    r = _version(KEY_BOARD, day, "Ansøgning til Erstatningsnævnet", notes)
    years = _param(r, "years")
    return [Deadline(
        id="erstatningsnaevnet-indstillet", who="medarbejder", unit="år", rule=r, rule_date=day,
        start=lt.start_of_day(day), due=lt.end_of_day(add_years(day, years)), end_of_day=True,
        title="Søg Erstatningsnævnet – fristen efter politiets indstilling",
        condition="Gælder, hvis politiet har efterforsket sagen uden at rejse en straffesag.",
        todo=(
            "Søg erstatning hos Erstatningsnævnet med den digitale selvbetjening. Du kan søge, selv om "
            "gerningspersonen ikke er fundet (offererstatningsloven § 6)."
        ),
        explanation=(
            f"Har politiet efterforsket sagen uden at rejse en straffesag, regnes de {years} år fra politiets "
            f"afgørelse om at indstille efterforskningen ({lt.day_month_year(day)}) (§ 13, stk. 2). Datoen er datoen "
            "på afgørelsen, ikke den dag, du fik den. Søg helst før den første frist, 2 år fra hændelsen."
        ),
    )]


def _aes_complaint(f: Facts, notes: list[str]) -> list[Deadline]:
    received = f.aes_afgoerelse_modtaget
    if received is None:
        return []
    r = _version(KEY_AES_COMPLAINT, received, "Klage over afgørelsen om arbejdsskade", notes)
    weeks = _param(r, "weeks")
    return [Deadline(
        id="klage-aes", who="medarbejder", unit="uger", rule=r, rule_date=received,
        start=lt.start_of_day(received), due=lt.end_of_day(received + timedelta(weeks=weeks)), end_of_day=True,
        title=f"Klag over afgørelsen om arbejdsskade inden {weeks} uger",
        todo=(
            "Er du uenig i afgørelsen fra Arbejdsmarkedets Erhvervssikring, så klag. Send klagen til Arbejdsmarkedets "
            "Erhvervssikring; den ser på sagen igen og sender den videre til Ankestyrelsen. Din fagforening kan hjælpe."
        ),
        explanation=(
            f"Du kan klage til Ankestyrelsen inden {weeks} uger efter, at du har modtaget afgørelsen (§ 44, stk. 2). "
            "Klagen sendes først til Arbejdsmarkedets Erhvervssikring (stk. 7). Ankestyrelsen kan se bort fra en "
            "overskridelse, når der er særlig grund (stk. 3)."
        ),
    )]


def _gdpr(f: Facts, notes: list[str]) -> list[Deadline]:
    received = f.anmodning_modtaget
    if received is None:
        return []
    r = _version(KEY_GDPR, received, "Anmodning efter databeskyttelsesreglerne", notes)
    months = _param(r, "months")
    extension = _param(r, "extension_months")
    first = add_months(received, months)
    last = add_months(received, months + extension)
    month_word = "måned" if months == 1 else "måneder"
    counting = (
        "Vi regner til samme dato i måneden; findes datoen ikke, til månedens sidste dag. Falder dagen på en "
        "weekend eller helligdag, så svar senest dagen før for en sikkerheds skyld."
    )
    start = lt.start_of_day(received)
    return [
        Deadline(
            id="gdpr-svar", who="dataansvarlig", who_label="Den dataansvarlige (den, der fik anmodningen)",
            unit="måneder", rule=r, rule_date=received, start=start, due=lt.end_of_day(first), end_of_day=True,
            title=f"Svar på anmodningen om personoplysninger inden {months} {month_word}",
            todo=(
                "Har du selv sendt anmodningen: Hold øje med, at du får svar senest denne dag – eller besked om, at "
                "fristen forlænges, og hvorfor. Har din arbejdsplads fået anmodningen: Svar senest denne dag, eller "
                "giv inden da besked om forlængelse og grunden."
            ),
            explanation=(
                f"Den dataansvarlige skal svare uden unødig forsinkelse og senest {months} {month_word} efter, at "
                f"anmodningen er modtaget (art. 12, stk. 3). Fristen kan forlænges med {extension} måneder, hvis det "
                "er nødvendigt, fx fordi anmodningen er kompliceret. Afslag skal begrundes, og der skal oplyses om "
                f"retten til at klage til Datatilsynet (art. 12, stk. 4, og art. 77). {counting}"
            ),
        ),
        Deadline(
            id="gdpr-forlaenget", who="dataansvarlig", who_label="Den dataansvarlige (den, der fik anmodningen)",
            unit="måneder", rule=r, rule_date=received, start=start, due=lt.end_of_day(last), end_of_day=True,
            title="Seneste svar, hvis fristen er forlænget",
            todo="Det endelige svar skal komme senest denne dag.",
            condition=f"Kun hvis der inden for den første {month_word} er givet besked om forlængelse.",
            explanation=(
                f"Med forlængelsen på {extension} måneder er den samlede frist {months + extension} måneder fra "
                f"modtagelsen (art. 12, stk. 3). {counting}"
            ),
        ),
    ]


def _access(f: Facts, notes: list[str]) -> list[Deadline]:
    received = f.aktindsigt_modtaget
    if received is None:
        return []
    r = _version(KEY_ACCESS, received, "Anmodning om aktindsigt", notes)
    n = _param(r, "working_days")
    due_day = holidays.add_working_days(received, n)
    skipped = [(d, name) for d, name in holidays.skipped_days(received, due_day) if name not in ("lørdag", "søndag")]
    skipped_text = ""
    if skipped:
        skipped_text = " Disse helligdage er sprunget over: " + ", ".join(
            f"{name} ({lt.day_month_year(d)})" for d, name in skipped
        ) + "."
    return [Deadline(
        id="aktindsigt", who="myndighed", who_label="Myndigheden, der fik anmodningen", unit="arbejdsdage",
        rule=r, rule_date=received, start=lt.start_of_day(received), due=lt.end_of_day(due_day), end_of_day=True,
        title=f"Afgør anmodningen om aktindsigt inden {n} arbejdsdage",
        todo=(
            "Handler anmodningen om dig, så sig det til din leder – især hvis du er bekymret for din sikkerhed. "
            "Myndigheden skal afgøre anmodningen senest denne dag. Kan det undtagelsesvis ikke nås, skal den, der "
            "har bedt om indsigt, have besked om hvorfor og om, hvornår svaret kommer."
        ),
        explanation=(
            f"En anmodning om aktindsigt skal afgøres inden {n} arbejdsdage efter, at den er modtaget (§ 36, stk. 2). "
            f"Modtagelsesdagen tæller ikke med.{skipped_text}"
        ),
        assumptions=[holidays.ASSUMPTION],
    )]


def _dsa(f: Facts, notes: list[str]) -> list[Deadline]:
    # The platform's duty runs from the notice, which is sent now, not from the incident.
    r = _version(KEY_DSA, f.now.date(), "Anmeldelse til platformen (DSA)", notes)
    return [Deadline(
        id="dsa-anmeldelse", who="platform", who_label="Du anmelder – platformen skal svare", unit="ingen fast frist", rule=r, rule_date=f.now.date(),
        start=f.incident,
        title="Anmeld indholdet til platformen",
        todo=(
            "Brug platformens formular til at anmelde ulovligt indhold. Skriv de præcise links, hvorfor indholdet er "
            "ulovligt – fx hvilken paragraf i straffeloven – og dit navn og din e-mail."
        ),
        explanation=(
            "Platformen skal behandle anmeldelsen rettidigt, omhyggeligt og objektivt og give dig besked om sin "
            "afgørelse uden unødig forsinkelse. Der er ingen fast frist i timer eller dage. Er du uenig i afgørelsen, "
            "kan du klage i platformens interne klagesystem (art. 20). Du kan også klage til Konkurrence- og "
            "Forbrugerstyrelsen, Danmarks koordinator for digitale tjenester – også over platforme, der er etableret i "
            "et andet EU-land. Styrelsen sender klagen videre (art. 53)."
        ),
    )]


def compute(f: Facts) -> tuple[list[Deadline], list[str]]:
    notes: list[str] = []
    offences = _offence_rules(f, notes)
    items = [
        *_police(f, notes),
        *_board(f, notes),
        *_internal(f),
        *_employer_notice(f, notes),
        *_at_report(f, notes),
        *_police_complaint(f, notes),
        *_board_after_police(f, notes),
        *_aes_complaint(f, notes),
        *_own_claim(f, notes),
        *_private(f, offences, notes),
        *_limitation(f, offences, notes),
        *_gdpr(f, notes),
        *_access(f, notes),
        *_dsa(f, notes),
    ]
    items.sort(key=Deadline.sort_key)
    return items, notes


# ---------------------------------------------------------------- results

def _incident_dict(f: Facts) -> dict[str, Any]:
    local = lt.to_local(f.incident)
    return {
        "date": local.date().isoformat(),
        "time": lt.hhmm(local) if f.time_given else None,
        "time_given": f.time_given,
        "moment": local.isoformat(),
        "utc": lt.to_utc(f.incident).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "text": lt.long_moment(local) if f.time_given else lt.long_date(local.date()),
        "summer_time": bool(local.dst()),
    }


def result(f: Facts) -> dict[str, Any]:
    items, notes = compute(f)
    return {
        "ok": True,
        "now": lt.to_local(f.now).isoformat(),
        "now_text": lt.long_moment(f.now),
        "incident": _incident_dict(f),
        "deadlines": [d.as_dict(f.now) for d in items],
        "notes": notes,
        "foraeldelse_i_kalender": f.foraeldelse_i_kalender,
        "ics_filename": ICS_FILENAME,
    }


def _uid(f: Facts, d: Deadline) -> str:
    # Derived from the incident and the deadline, not from "now": re-importing after a
    # recalculation updates the same calendar entries instead of duplicating them.
    basis = "|".join([lt.to_utc(f.incident).isoformat(), d.id, lt.to_utc(d.due).isoformat() if d.due else ""])
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32] + "@frister.haandbog-chikane"


def to_ics(f: Facts) -> str:
    items, _ = compute(f)
    events = []
    for d in items:
        if d.due is None:
            continue
        if d.extra.get("limitation") and not f.foraeldelse_i_kalender:
            continue  # the police's deadline, not hers: only in her calendar when she asks for it
        lines = []
        if d.condition:
            lines.append(d.condition)
        lines += [d.todo, "", d.explanation]
        lines += [f"Antagelse: {a}" for a in d.assumptions]
        lines += ["", f"Hvem: {d.who_label}", f"Regel: {d.citation}"]
        if d.source:
            lines.append(f"Kilde: {d.source.url}")
        if d.reviewed:
            lines.append(f"Senest gennemgået: {lt.day_month_year(d.reviewed)}")
        if d.confidence is not None and d.confidence is not Confidence.PRIMARY:
            lines.append(f"{d.confidence.label}. {d.confidence_note}".strip())
        if d.end_of_day:
            due_day = lt.to_local(d.due).date()
            start_value: datetime | date = due_day
            end_value: datetime | date = due_day + timedelta(days=1)
            long_period = (due_day - lt.to_local(d.start).date()).days > 14
            trigger = "-P6DT15H" if long_period else "-PT15H"  # 09:00 a week / a day before
        else:
            start_value, end_value = lt.to_utc(d.due) - timedelta(minutes=30), lt.to_utc(d.due)
            trigger = "-PT12H"
        events.append(ics.Event(
            uid=_uid(f, d),
            summary=f"Frist: {d.title}",
            description="\n".join(lines),
            start=start_value,
            end=end_value,
            alarm_trigger=trigger,
            alarm_text=f"Frist: {d.title} – {d.due_text()}",
            url=d.source.url if d.source else None,
        ))
    return ics.calendar(events, dtstamp=f.now, name="Frister efter hændelsen")


# ---------------------------------------------------------------- API tools

def _facts_or_errors(request: Mapping[str, Any]) -> Facts | dict[str, Any]:
    try:
        return parse_request(request)
    except FieldErrors as exc:
        return error_response(*exc.errors)


def frister(request: Mapping[str, Any]) -> dict[str, Any]:
    facts = _facts_or_errors(request)
    if isinstance(facts, dict):
        return facts
    from .views_deadlines import render

    out = result(facts)
    out["html"] = render(out)
    return out


def frister_ics(request: Mapping[str, Any]) -> dict[str, Any]:
    facts = _facts_or_errors(request)
    if isinstance(facts, dict):
        return facts
    return {"ok": True, "ics": to_ics(facts), "filename": ICS_FILENAME}
