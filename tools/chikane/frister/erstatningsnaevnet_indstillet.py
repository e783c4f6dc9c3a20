"""Erstatningsnævnet after an investigation without a criminal case: counted from the police's decision
(offererstatningsloven § 13, stk. 2, 2. pkt.)."""
from __future__ import annotations

from .. import localtime as lt
from .. import rules
from ..tekst import cite_text, danish_date
from .deadline import Deadline, add_years, param, version
from .facts import Facts

ID = "erstatningsnaevnet-indstillet"
RULE = "offerst-13"
WHO = "medarbejder"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    if f.politi_afgoerelse != "indstillet" or f.politi_afgoerelse_dato is None:
        return []
    day = f.politi_afgoerelse_dato
    r = version(RULE, day, "Ansøgning til Erstatningsnævnet", notes)
    years = param(r, "years")
    # The first deadline (erstatningsnaevnet.py) counts from the incident, with the version of that day.
    first_years = param(rules.at(RULE, f.incident_date) or r, "years")
    return [Deadline(
        id=ID, who=WHO, unit="år", rule=r, rule_date=day,
        start=lt.start_of_day(day), due=lt.end_of_day(add_years(day, years)), end_of_day=True,
        title="Søg Erstatningsnævnet – fristen efter politiets indstilling",
        condition="Gælder, hvis politiet har efterforsket sagen uden at rejse en straffesag.",
        todo=(
            "Søg erstatning hos Erstatningsnævnet med den digitale selvbetjening. Du kan søge, selv om "
            f"gerningspersonen ikke er fundet ({cite_text(rules.current('offerst-6', day))})."
        ),
        explanation=(
            f"Har politiet efterforsket sagen uden at rejse en straffesag, regnes de {years} år fra politiets "
            f"afgørelse om at indstille efterforskningen ({danish_date(day)}) (§ 13, stk. 2). Datoen er datoen "
            f"på afgørelsen, ikke den dag, du fik den. Søg helst før den første frist, {first_years} år fra hændelsen."
        ),
    )]
