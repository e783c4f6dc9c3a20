"""The employer's report of a work accident (arbejdsskadesikringsloven § 31).

Two kinds of version. The older one (no ``min_absence_days``) counted from the accident, for an accident that could
give benefits. The newer ones count from the first day of absence (stk. 1), or from the accident when it gives no
such absence but may give compensation (stk. 2). The version in force on the incident day decides.
"""
from __future__ import annotations

from datetime import timedelta

from .. import localtime as lt
from ..model import Rule
from ..tekst import days as n_days
from ..tekst import short_date, within_days
from .deadline import Deadline, not_before, param, version
from .facts import Facts

ID = "arbejdsskade-anmeldelse"
RULE = "arbskade-31"
WHO = "arbejdsgiver"


def _common(f: Facts, r: Rule) -> dict:
    return dict(
        id=ID, who=WHO, unit="dage", rule=r, rule_date=f.incident_date,
        title="Arbejdsgiveren anmelder arbejdsulykken",
        todo=(
            "Bed din leder om at anmelde hændelsen som arbejdsulykke. Digital chikane og trusler kan give en psykisk "
            "skade, og den kan være en arbejdsulykke (§ 6, stk. 2). Stat, regioner og kommuner har ikke pligt til at "
            "forsikre sig (§ 48, stk. 5) og anmelder så til Arbejdsmarkedets Erhvervssikring (§ 33, stk. 2)."
        ),
    )


def _absence_known(f: Facts) -> bool:
    return f.fravaer_foerste_dag is not None or (f.fravaer_dage or 0) > 0


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    r = version(RULE, f.incident_date, "Anmeldelse af arbejdsulykke", notes)
    if r.params.get("min_absence_days") is None:
        return _before_absence_rule(f, r)
    return _absence_rule(f, r)


def _before_absence_rule(f: Facts, r: Rule) -> list[Deadline]:
    """The rule before the absence test: counted from the accident, when it could give benefits."""
    days = param(r, "days")
    assert r.valid_to is not None  # an old version ends where the absence rule begins
    since = short_date(r.valid_to + timedelta(days=1))
    if f.mulig_erstatning or _absence_known(f):
        return [Deadline(
            **_common(f, r), start=f.incident, due=lt.end_of_day(f.incident_date + timedelta(days=days)),
            end_of_day=True,
            explanation=(
                f"Efter reglen på hændelsesdagen skulle en arbejdsulykke, der kunne give ret til ydelser, anmeldes "
                f"snarest muligt og {within_days(days, 'ulykken')} (§ 31, stk. 1, før {since}). Var den ikke "
                "anmeldt, skulle den anmeldes senest på 5-ugers-dagen, hvis du ikke ventedes at kunne arbejde "
                f"fuldt igen til den tid (stk. 2). Den nuværende regel gælder kun ulykker fra {since}."
            ),
        )]
    return [Deadline(
        **_common(f, r), start=f.incident,
        waiting=(
            "Fristen gjaldt kun, hvis ulykken kunne give ret til ydelser. Svar på, om hændelsen kan give "
            "erstatning, eller om du har haft fravær, så regner vi fristen."
        ),
        explanation=(
            f"Efter reglen på hændelsesdagen skulle en arbejdsulykke, der kunne give ret til ydelser, anmeldes "
            f"{within_days(days, 'ulykken')} (§ 31, stk. 1, før {since})."
        ),
    )]


def _absence_rule(f: Facts, r: Rule) -> list[Deadline]:
    days = param(r, "days")
    minimum = param(r, "min_absence_days")
    meets = None if f.fravaer_dage is None else f.fravaer_dage >= minimum
    need = "fravær ud over skadedagen" if minimum == 1 else f"mindst {minimum} dages fravær ud over skadedagen"
    after_absence = within_days(days, "første fraværsdag")
    stk2_text = (
        f"Giver ulykken ikke {need}, men kan den give ret til erstatning, skal den anmeldes "
        f"{within_days(days, 'skadedagen')} (stk. 2)."
    )
    absence_known = _absence_known(f)
    if absence_known and meets is not False and not (meets is None and minimum > 1 and f.mulig_erstatning):
        # Absence that (may) meet the test: counted from the first day of absence (stk. 1).
        first_day = f.fravaer_foerste_dag or f.incident_date + timedelta(days=1)
        assumptions = []
        if f.fravaer_foerste_dag is None:
            assumptions.append("Du har ikke skrevet første fraværsdag. Vi regner med dagen efter hændelsen.")
        condition = ""
        if meets is None and minimum > 1:
            condition = f"Kun hvis fraværet varer mindst {n_days(minimum)} ud over skadedagen."
        return [Deadline(
            **_common(f, r), start=not_before(lt.start_of_day(first_day), f.incident),
            due=lt.end_of_day(first_day + timedelta(days=days)),
            end_of_day=True, condition=condition, assumptions=assumptions,
            explanation=f"Giver ulykken {need}, skal arbejdsgiveren anmelde den {after_absence} (§ 31, stk. 1). {stk2_text}",
        )]
    if f.mulig_erstatning:
        # No (known) absence, but it may give compensation: counted from the accident (stk. 2).
        extra = ""
        if meets is None and absence_known:
            extra = " Du har fravær, men har ikke skrevet, hvor mange dage. Derfor viser vi den tidligste dato."
        return [Deadline(
            **_common(f, r), start=f.incident, due=lt.end_of_day(f.incident_date + timedelta(days=days)),
            end_of_day=True,
            explanation=(
                f"{stk2_text} Giver ulykken {need}, er fristen {n_days(days)} efter første fraværsdag (stk. 1).{extra}"
            ),
        )]
    return [Deadline(
        **_common(f, r), start=f.incident,
        waiting=(
            f"Arbejdsgiveren skal kun anmelde, hvis hændelsen giver {need}, eller hvis den kan give ret til "
            "erstatning. Skriv dit fravær eller svar ja til mulig erstatning, så regner vi fristen."
        ),
        explanation=f"Giver ulykken {need}, skal arbejdsgiveren anmelde den {after_absence} (§ 31, stk. 1). {stk2_text}",
    )]
