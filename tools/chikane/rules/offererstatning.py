"""Offererstatningsloven (victim compensation from the state), LBK nr. 1400 af 26.11.2025.

Paraphrases, not quotes. Checked against the consolidated texts LBK 1400/2025 and
LBK 1209/2014 (research sheet, section 1). The deadline calculator reads the
numbers from ``params``; nothing else may repeat them.
"""
from __future__ import annotations

from datetime import date

from ..model import Rule, Source

LAW = "Offererstatningsloven"
SRC = Source(
    "Offererstatningsloven, LBK nr. 1400 af 26.11.2025 (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2025/1400",
)
REVIEWED = date(2026, 11, 25)
G = "offererstatning"

# 72 hours is in LBK 1209/2014; it very probably dates from lov nr. 412/2011, whose
# in-force date was not verified, so the version starts at the oldest text we read.
_SINCE_2014 = date(2014, 11, 18)
_SINCE_2014_NOTE = (
    "Gælder senest fra LBK nr. 1209 af 18.11.2014. Reglen er sandsynligvis fra 2011 "
    "(lov nr. 412 af 9.5.2011), men datoen for ikrafttræden er ikke tjekket."
)

RULES: tuple[Rule, ...] = (
    Rule(
        key="offerst-10", law=LAW, section="§ 10, stk. 1", group=G,
        title="Anmeld til politiet inden 72 timer",
        requires=(
            "Du kan kun få erstatning fra staten, hvis forbrydelsen er anmeldt til politiet inden 72 timer. "
            "Kommer der en straffesag, skal du også kræve erstatning under sagen. Fristen gælder ikke for "
            "visse seksualforbrydelser (stk. 2). Den skal fraviges for pleje- og omsorgspersonale, når "
            "pædagogiske eller behandlingsmæssige hensyn taler imod en anmeldelse (stk. 3). Og den kan "
            "fraviges, hvis forholdene taler for det (stk. 4)."
        ),
        source=SRC, valid_from=_SINCE_2014, valid_from_note=_SINCE_2014_NOTE, reviewed=REVIEWED,
        note=(
            "Undtagelserne i stk. 2 og 3 kom til efter 2014 (i LBK 1209/2014 stod kun den generelle "
            "dispensation). Højesteret underkendte i 2018 nævnets strammere praksis for pædagoger "
            "(dom af 4.9.2018, sag 145/2017)."
        ),
        params={"hours": 72},
    ),
    Rule(
        key="offerst-13", law=LAW, section="§ 13, stk. 1-3", group=G,
        title="Søg Erstatningsnævnet inden 2 år",
        requires=(
            "Erstatningsnævnet kan ikke behandle en ansøgning, der kommer mere end 2 år efter forbrydelsen, "
            "medmindre der er særlige grunde. Er der faldet dom, løber fristen fra dommen blev endelig. "
            "Har politiet indstillet efterforskningen, løber den fra den afgørelse (stk. 2). Afviser et "
            "forsikringsselskab eller en selvforsikret arbejdsgiver at dække skaden, løber den fra den "
            "afgørelse – hvis du anmeldte skaden til dem inden 2 år (stk. 3)."
        ),
        source=SRC, valid_from=_SINCE_2014, valid_from_note=_SINCE_2014_NOTE, reviewed=REVIEWED,
        note=(
            "Stk. 3 om forsikringsselskabets afgørelse hænger sammen med voldsskadeforsikringen "
            "(arbejdsskadesikringsloven § 49 b) og er nyere end 2014. Ansøgningen skal sendes digitalt."
        ),
        params={"years": 2},
    ),
)
