"""The authority's decision on a request for access to documents, in working days (offentlighedsloven § 36)."""
from __future__ import annotations

from .. import holidays
from .. import localtime as lt
from ..tekst import count, danish_date
from .deadline import Deadline, param, version
from .facts import Facts

ID = "aktindsigt"
RULE = "offl-36"
WHO = "myndighed"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    received = f.aktindsigt_modtaget
    if received is None:
        return []
    r = version(RULE, received, "Anmodning om aktindsigt", notes)
    n = param(r, "working_days")
    due_day = holidays.add_working_days(received, n)
    skipped = [(d, name) for d, name in holidays.skipped_days(received, due_day) if name not in ("lørdag", "søndag")]
    skipped_text = ""
    if skipped:
        skipped_text = " Disse helligdage er sprunget over: " + ", ".join(
            f"{name} ({danish_date(d)})" for d, name in skipped
        ) + "."
    return [Deadline(
        id=ID, who=WHO, who_label="Myndigheden, der fik anmodningen", unit="arbejdsdage",
        rule=r, rule_date=received, start=lt.start_of_day(received), due=lt.end_of_day(due_day), end_of_day=True,
        title=f"Afgør anmodningen om aktindsigt inden {count(n, 'arbejdsdag', 'arbejdsdage')}",
        todo=(
            "Handler anmodningen om dig, så sig det til din leder – især hvis du er bekymret for din sikkerhed. "
            "Myndigheden skal afgøre anmodningen senest denne dag. Kan det undtagelsesvis ikke nås, skal den, der "
            "har bedt om indsigt, have besked om hvorfor og om, hvornår svaret kommer."
        ),
        explanation=(
            f"En anmodning om aktindsigt skal afgøres inden {count(n, 'arbejdsdag', 'arbejdsdage')} efter, at den er modtaget (§ 36, stk. 2). "
            f"Modtagelsesdagen tæller ikke med.{skipped_text}"
        ),
        assumptions=[holidays.ASSUMPTION],
    )]
