"""When each chosen offence is time-barred (straffeloven § 93): one item per offence, id «foraeldelse:<key>».

These are the police's deadlines, not hers: the calendar file leaves them out unless she asks for them.
"""
from __future__ import annotations

from .. import localtime as lt
from ..model import Prosecution, Rule
from .deadline import Deadline, add_years, offence_rules, param, version
from .facts import Facts

ID = "foraeldelse"
RULE = "strfl-93"
WHO = "myndighed"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    offences = offence_rules(f.offences, f.incident_date, notes)
    if not offences:
        return []
    lim = version(RULE, f.incident_date, "Forældelse", notes)
    bands = ((1, param(lim, "up_to_1")), (4, param(lim, "up_to_4")), (10, param(lim, "up_to_10")))

    def period(off: Rule) -> int:
        assert off.max_penalty_years is not None
        years = next((y for limit, y in bands if off.max_penalty_years <= limit), None)
        return years if years is not None else param(lim, "over_10")

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
        # Who can bring the case before it lapses: for a private case (§ 275) that is she herself.
        private = bool(off.prosecution and off.prosecution is not Prosecution.PUBLIC)
        items.append(Deadline(
            id=f"{ID}:{off.key}", who=WHO, unit="år",
            who_label="Du selv (privat straffesag)" if private else "Politiet og anklagemyndigheden",
            rule=lim, rule_date=f.incident_date,
            start=f.incident, due=lt.end_of_day(add_years(f.incident_date, years)), end_of_day=True,
            title=f"Forældelse: {off.citation} ({off.title.lower()})",
            # She brings a private case herself: «the suspect must be told of the charge» is the police's step.
            todo=("Anlæg sagen ved retten i god tid før fristen. Se også fristen for at anlægge privat straffesag." if private
                  else "Anmeld i god tid, så politiet kan nå at sigte den mistænkte, før fristen udløber."),
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
