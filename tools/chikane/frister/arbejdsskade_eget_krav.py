"""Her own claim when the employer did not report the accident in time (arbejdsskadesikringsloven § 36)."""
from __future__ import annotations

from .. import localtime as lt
from .deadline import Deadline, add_years, param, version
from .facts import Facts

ID = "arbejdsskade-eget-krav"
RULE = "arbskade-36"
WHO = "medarbejder"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    r = version(RULE, f.incident_date, "Dit eget krav efter arbejdsskadesikringsloven", notes)
    years = param(r, "years")
    return [Deadline(
        id=ID, who=WHO, unit="år", rule=r, rule_date=f.incident_date,
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
