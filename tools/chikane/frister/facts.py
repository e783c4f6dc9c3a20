"""The calculator's input: :class:`Facts`, and :func:`parse_request`, which checks every field of a request.

Dates and times are read by :mod:`chikane.dateparse` and :mod:`chikane.localtime` (the one ``parse_now``);
every problem is collected, so a form can mark every wrong field in one round (:class:`InputErrors`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Mapping

from .. import dateparse, rules
from .. import localtime as lt
from ..errors import InputError, InputErrors
from ..tekst import danish_date
from ..workplace import Workplace, parse_workplace
from .deadline import add_years

CLOCK_SKEW = timedelta(minutes=5)
MAX_YEARS_BACK = 30
MAX_OFFENCES = 30
MAX_ABSENCE_DAYS = 3650
ABSENCE_START_AHEAD = timedelta(days=31)
# What the police may have decided (their wording is in klage_politi.DECISIONS).
POLICE_DECISIONS = ("afvist", "indstillet", "opgivet")


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
        raise InputError(field_name, f"{what} ligger efter i dag ({danish_date(now.date())}). Tjek datoen.")
    if d < add_years(now.date(), -MAX_YEARS_BACK):
        raise InputError(field_name, f"{what} ligger mere end {MAX_YEARS_BACK} år tilbage. Tjek datoen.")


def parse_request(req: Mapping[str, Any]) -> Facts:
    """Validate every field; raise :class:`InputErrors` listing all problems at once."""
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
        raise InputErrors(errors)
    assert now is not None and incident is not None  # guaranteed when no errors were recorded
    return Facts(
        now=now, incident=incident, time_given=time_given,
        fravaer_foerste_dag=first_absence, fravaer_dage=absence_days, mulig_erstatning=bool(mulig),
        kendt_dato=known, anmodning_modtaget=gdpr, aktindsigt_modtaget=access,
        offences=offences or (), workplace=workplace or Workplace(),
        politi_afgoerelse=decision_kind, politi_afgoerelse_dato=decision_day or notice_day,
        politi_meddelelse_dato=notice_day, aes_afgoerelse_modtaget=aes_day, foraeldelse_i_kalender=bool(in_calendar),
    )
