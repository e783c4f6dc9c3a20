"""The employer's report to Arbejdstilsynet (BEK 799/2022 § 1): its own duty beside the § 31 report of ASL."""
from __future__ import annotations

from datetime import timedelta

from .. import localtime as lt
from ..tekst import days as n_days
from ..tekst import within_days
from .deadline import Deadline, not_before, param, version
from .facts import Facts

ID = "arbejdstilsynet-anmeldelse"
RULE = "at-anmeldelse"
WHO = "arbejdsgiver"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    r = version(RULE, f.incident_date, "Anmeldelse til Arbejdstilsynet", notes)
    days = param(r, "days")
    minimum = param(r, "min_absence_days")
    common = dict(
        id=ID, who=WHO, unit="dage", rule=r, rule_date=f.incident_date,
        title="Arbejdsgiveren anmelder til Arbejdstilsynet",
        todo=(
            "Bed din leder om også at anmelde ulykken til Arbejdstilsynet i EASY. Du skal have en kopi af anmeldelsen, "
            "og arbejdsmiljørepræsentanten skal have adgang til den."
        ),
    )
    explanation = (
        f"Giver ulykken arbejdsudygtighed i {n_days(minimum)} eller mere ud over skadedagen, skal arbejdsgiveren "
        f"anmelde den til Arbejdstilsynet {within_days(days, 'første fraværsdag')} (§ 1). Det gælder også vold, "
        "trusler og anden krænkende adfærd uden for arbejdstid, når den har med arbejdet at gøre (§ 1, stk. 2). Det "
        "er en anden pligt end anmeldelsen efter arbejdsskadesikringsloven, og den gælder, selv om den anden ikke gør."
    )
    absence_known = f.fravaer_foerste_dag is not None or (f.fravaer_dage or 0) > 0
    if f.fravaer_dage is not None and f.fravaer_dage < minimum:
        return [Deadline(
            **common, start=f.incident, explanation=explanation,
            waiting="Uden fravær ud over skadedagen er der ingen pligt. Får du fravær senere, så regn igen.",
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
        **common, start=not_before(lt.start_of_day(first_day), f.incident),
        due=lt.end_of_day(first_day + timedelta(days=days)), end_of_day=True,
        explanation=explanation, assumptions=assumptions,
    )]
