"""The controller's last answer when the first deadline was extended (GDPR art. 12, stk. 3)."""
from __future__ import annotations

from .. import localtime as lt
from ..tekst import count
from .deadline import Deadline, add_months, param, version
from .facts import Facts
from .gdpr_svar import COUNTING, WHAT, WHO_LABEL, month_word

ID = "gdpr-forlaenget"
RULE = "gdpr-12"
WHO = "dataansvarlig"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    received = f.anmodning_modtaget
    if received is None:
        return []
    r = version(RULE, received, WHAT, notes)
    months = param(r, "months")
    extension = param(r, "extension_months")
    return [Deadline(
        id=ID, who=WHO, who_label=WHO_LABEL, unit="måneder", rule=r, rule_date=received,
        start=lt.start_of_day(received), due=lt.end_of_day(add_months(received, months + extension)), end_of_day=True,
        title="Seneste svar, hvis fristen er forlænget",
        todo="Det endelige svar skal komme senest denne dag.",
        condition=f"Kun hvis der inden for den første {month_word(months)} er givet besked om forlængelse.",
        explanation=(
            f"Med forlængelsen på {count(extension, 'måned', 'måneder')} er den samlede frist {count(months + extension, 'måned', 'måneder')} fra "
            f"modtagelsen (art. 12, stk. 3). {COUNTING}"
        ),
    )]
