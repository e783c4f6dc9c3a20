"""The application to Erstatningsnævnet, counted from the incident: the earliest date (offererstatningsloven § 13)."""
from __future__ import annotations

from .. import localtime as lt
from .deadline import Deadline, add_years, param, version
from .facts import Facts

ID = "erstatningsnaevnet"
RULE = "offerst-13"
WHO = "medarbejder"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    r = version(RULE, f.incident_date, "Ansøgning til Erstatningsnævnet", notes)
    years = param(r, "years")
    return [Deadline(
        id=ID, who=WHO, unit="år", rule=r, rule_date=f.incident_date,
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
