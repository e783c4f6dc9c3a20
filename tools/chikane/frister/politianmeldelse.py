"""The police report within the hours of offererstatningsloven § 10: the condition for compensation from the state."""
from __future__ import annotations

from .. import anmeldelse
from .. import localtime as lt
from ..tekst import count
from .deadline import Deadline, param, version
from .facts import Facts

ID = "politianmeldelse"
RULE = "offerst-10"
WHO = "medarbejder"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    r = version(RULE, f.incident_date, "Politianmeldelse og offererstatning", notes)
    hours = param(r, "hours")
    assumptions = []
    if not f.time_given:
        assumptions.append(
            "Du har ikke skrevet et klokkeslæt. Vi regner fra kl. 00.00 på hændelsesdagen, så fristen ikke bliver for sen."
        )
    return [Deadline(
        id=ID, who=WHO, unit="timer", rule=r, rule_date=f.incident_date,
        start=f.incident, due=lt.add_hours(f.incident, hours),
        title=f"Anmeld til politiet inden {count(hours, 'time', 'timer')}",
        todo=(
            f"Anmeld forholdet til politiet: {anmeldelse.SHORT}. Gør det, selv om du endnu ikke ved, "
            "om du vil søge erstatning. Din arbejdsgiver kan hjælpe dig."
        ),
        explanation=(
            f"Du kan kun få erstatning fra staten (offererstatning), hvis forholdet er anmeldt til politiet inden "
            f"{count(hours, 'time', 'timer')}. Fristen er {count(hours, 'time', 'timer')} i faktisk forløbet tid – også hvis uret stilles om til sommer- "
            "eller vintertid imellem. Kommer der en straffesag, skal du også kræve erstatning under sagen. "
            "Undtagelser: Fristen gælder ikke for visse seksualforbrydelser (stk. 2). Den skal fraviges, hvis du er "
            "pleje- eller omsorgspersonale og blev udsat for forbrydelsen på arbejdet, og pædagogiske eller "
            "behandlingsmæssige hensyn taler imod at anmelde (stk. 3). Og den kan fraviges, hvis forholdene taler "
            "for det (stk. 4). Er fristen overskredet, så anmeld alligevel og forklar, hvorfor det ikke skete før."
        ),
        assumptions=assumptions,
    )]
