"""A complaint over the police's decision to the state prosecutor, within the weeks of retsplejeloven § 102."""
from __future__ import annotations

from datetime import timedelta

from .. import localtime as lt
from ..tekst import count
from .deadline import Deadline, param, version
from .facts import Facts

ID = "klage-politi"
RULE = "rpl-102"
WHO = "medarbejder"

# What the police decided (facts.POLICE_DECISIONS), as it reads in «Politiet …».
DECISIONS = {
    "afvist": "afviste anmeldelsen",
    "indstillet": "indstillede efterforskningen",
    "opgivet": "opgav påtale (påtaleopgivelse)",
}


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    if f.politi_afgoerelse is None or f.politi_afgoerelse_dato is None:
        return []
    notice = f.politi_meddelelse_dato or f.politi_afgoerelse_dato
    r = version(RULE, notice, "Klage over politiets afgørelse", notes)
    weeks = param(r, "weeks")
    assumptions = []
    if f.politi_meddelelse_dato is None:
        assumptions.append(
            "Du har ikke skrevet, hvornår du fik afgørelsen. Vi regner fra datoen på afgørelsen, så fristen ikke "
            "bliver for sen."
        )
    basis = "§ 724" if f.politi_afgoerelse == "opgivet" else "§ 749, stk. 3"
    return [Deadline(
        id=ID, who=WHO, unit="uger", rule=r, rule_date=notice,
        start=lt.start_of_day(notice), due=lt.end_of_day(notice + timedelta(weeks=weeks)), end_of_day=True,
        title=f"Klag over politiets afgørelse inden {count(weeks, 'uge', 'uger')}",
        todo=(
            "Er du uenig, så klag til statsadvokaten (den overordnede anklagemyndighed). Brevet fra politiet siger, "
            "hvordan du klager. Skriv kort, hvorfor du er uenig, og send nye beviser med."
        ),
        explanation=(
            f"Politiet {DECISIONS[f.politi_afgoerelse]}. Den afgørelse kan du klage over ({basis}). Klagen skal "
            f"komme inden {count(weeks, 'uge', 'uger')} efter, at du fik besked om afgørelsen (§ 102, stk. 1). Kommer den senere, "
            "behandles den kun, hvis overskridelsen er undskyldelig."
        ),
        assumptions=assumptions,
    )]
