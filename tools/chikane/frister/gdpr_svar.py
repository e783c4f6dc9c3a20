"""The controller's answer to a request under the data protection rules (GDPR art. 12, stk. 3), first deadline.

The extended deadline of the same rule is :mod:`gdpr_forlaenget`; both count in months the same way (COUNTING).
"""
from __future__ import annotations

from .. import localtime as lt
from ..tekst import count
from .deadline import Deadline, add_months, param, version
from .facts import Facts

ID = "gdpr-svar"
RULE = "gdpr-12"
WHO = "dataansvarlig"
WHO_LABEL = "Den dataansvarlige (den, der fik anmodningen)"
WHAT = "Anmodning efter databeskyttelsesreglerne"  # in a note when the date lies before the rule

COUNTING = (
    "Vi regner til samme dato i måneden; findes datoen ikke, til månedens sidste dag. Falder dagen på en "
    "weekend eller helligdag, så svar senest dagen før for en sikkerheds skyld."
)


def month_word(months: int) -> str:
    return "måned" if months == 1 else "måneder"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    received = f.anmodning_modtaget
    if received is None:
        return []
    r = version(RULE, received, WHAT, notes)
    months = param(r, "months")
    extension = param(r, "extension_months")
    return [Deadline(
        id=ID, who=WHO, who_label=WHO_LABEL, unit="måneder", rule=r, rule_date=received,
        start=lt.start_of_day(received), due=lt.end_of_day(add_months(received, months)), end_of_day=True,
        title=f"Svar på anmodningen om personoplysninger inden {count(months, 'måned', 'måneder')}",
        todo=(
            "Har du selv sendt anmodningen: Hold øje med, at du får svar senest denne dag – eller besked om, at "
            "fristen forlænges, og hvorfor. Har din arbejdsplads fået anmodningen: Svar senest denne dag, eller "
            "giv inden da besked om forlængelse og grunden."
        ),
        explanation=(
            f"Den dataansvarlige skal svare uden unødig forsinkelse og senest {count(months, 'måned', 'måneder')} efter, at "
            f"anmodningen er modtaget (art. 12, stk. 3). Fristen kan forlænges med {count(extension, 'måned', 'måneder')}, hvis det "
            "er nødvendigt, fx fordi anmodningen er kompliceret. Afslag skal begrundes, og der skal oplyses om "
            f"retten til at klage til Datatilsynet (art. 12, stk. 4, og art. 77). {COUNTING}"
        ),
    )]
