"""Offentlighedsloven (access to public documents), LBK nr. 145 af 24.2.2020.

Paraphrase, not a quote. Checked against LBK 145/2020 (research sheet, section 6).
"""
from __future__ import annotations

from datetime import date

from ..model import Rule, Source

LAW = "Offentlighedsloven"
SRC = Source(
    "Offentlighedsloven, LBK nr. 145 af 24.2.2020 (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2020/145",
)
REVIEWED = date(2026, 12, 1)
G = "offentlighed"

RULES: tuple[Rule, ...] = (
    Rule(
        key="offl-36", law=LAW, section="§ 36, stk. 2", group=G,
        title="Svar på aktindsigt inden {param:working_days|arbejdsdag|arbejdsdage}",
        requires=(
            "Myndigheden skal afgøre en anmodning om aktindsigt inden {param:working_days|arbejdsdag|arbejdsdage} efter, at den er modtaget. "
            "Kan det undtagelsesvis ikke nås på grund af omfang eller kompleksitet, skal den, der har bedt om "
            "indsigt, have besked om hvorfor og om, hvornår svaret kommer."
        ),
        source=SRC, valid_from=date(2020, 2, 24), reviewed=REVIEWED,
        valid_from_note=(
            "Gælder senest fra LBK nr. 145 af 24.2.2020; fristen er ældre, men tidligere udgaver er ikke tjekket."
        ),
        note=(
            "Loven definerer ikke »arbejdsdage«. Det er almindelig praksis at springe lørdage, søndage og "
            "helligdage over, men det er ikke bekræftet i en kilde."
        ),
        params={"working_days": 7},
    ),
    Rule(
        key="offl-37", law=LAW, section="§ 37", group=G,
        title="Klage over afslag på aktindsigt",
        requires=(
            "En klage sendes til den myndighed, der gav afslaget. Den sender som regel klagen videre inden 7 "
            "arbejdsdage, og klageinstansen afgør den som regel inden 20 arbejdsdage."
        ),
        source=SRC, valid_from=date(2020, 2, 24), reviewed=REVIEWED,
        valid_from_note="datoen for LBK 145/2020; reglen er ældre",
    ),
)
