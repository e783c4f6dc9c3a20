"""Private prosecution, or a request for public prosecution, within the months of straffeloven § 96."""
from __future__ import annotations

from .. import localtime as lt
from .. import rules
from ..model import Prosecution
from ..tekst import cite_text, count
from .deadline import Deadline, add_months, not_before, offence_rules, param, version
from .facts import Facts

ID = "privat-paatale"
RULE = "strfl-96"
WHO = "medarbejder"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    offences = offence_rules(f.offences, f.incident_date, notes)
    relevant = [r for r in offences if r.prosecution is not Prosecution.PUBLIC]
    if offences and not relevant:
        return []  # only publicly prosecuted offences: the police decide, § 96 does not bind the victim
    r = version(RULE, f.incident_date, "Privat straffesag", notes)
    months = param(r, "months")
    which = ""
    if relevant:
        which = " Det gælder her for " + ", ".join(f"{o.section} ({o.title.lower()})" for o in relevant) + "."
    common = dict(
        id=ID, who=WHO, unit="måneder", rule=r, rule_date=f.incident_date,
        title="Anlæg privat straffesag eller bed om offentlig påtale",
        todo=(
            "Beslut, om du vil anlægge en privat straffesag eller bede politiet om offentlig påtale. "
            "Tal med HR eller en advokat i god tid."
        ),
        explanation=(
            "Nogle forbrydelser – fx ærekrænkelse og videregivelse af private billeder – skal du selv forfølge, "
            f"eller du skal bede om offentlig påtale ({cite_text(rules.current('strfl-275', f.incident_date))})."
            f"{which} Den ret bortfalder {count(months, 'måned', 'måneder')} efter, at du ved nok til at gå videre – typisk når du ved, "
            "hvem der gjorde det (§ 96)."
        ),
    )
    if f.kendt_dato is None:
        return [Deadline(
            **common, start=f.incident,
            waiting=(
                f"Fristen på {count(months, 'måned', 'måneder')} begynder, når du ved, hvem der gjorde det. Skriv den dato, så regner "
                "vi fristen."
            ),
        )]
    return [Deadline(
        **common, start=not_before(lt.start_of_day(f.kendt_dato), f.incident),
        due=lt.end_of_day(add_months(f.kendt_dato, months)), end_of_day=True,
    )]
