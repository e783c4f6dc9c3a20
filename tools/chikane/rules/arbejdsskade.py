"""Arbejdsskadesikringsloven (occupational injury insurance), LBK nr. 1279 af 4.11.2025.

Paraphrases, not quotes. § 31 has three versions, chosen by the day of the
accident: the old 9-day rule (wording read in LBK 278/2013 and LBK 977/2019),
the 14-day rule from 1.7.2022 (LBK 1279/2025), and the 3-day absence threshold
from 1.7.2026 (L 31 2025-26; the enacted wording was not read, so SECONDARY).
"""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "Arbejdsskadesikringsloven"
SRC = Source(
    "Arbejdsskadesikringsloven, LBK nr. 1279 af 4.11.2025 (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2025/1279",
)
SRC_2019 = Source(
    "Arbejdsskadesikringsloven, LBK nr. 977 af 9.9.2019 (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2019/977",
)
SRC_2025_AMENDMENT = Source(
    "Lov nr. 1626 af 16.12.2025 (L 31, 2025-26) (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2025/1626",
)
REVIEWED = date(2026, 11, 25)
G = "arbejdsskade"

_OLDEST_READ = date(2013, 3, 21)  # LBK 278/2013 in force
_OLDEST_READ_NOTE = "Gælder senest fra LBK nr. 278 af 14.3.2013 (i kraft 21.3.2013); ældre udgaver er ikke tjekket."

RULES: tuple[Rule, ...] = (
    Rule(
        key="arbskade-31", law=LAW, section="§ 31, stk. 1-2 (før 1.7.2022)", group=G,
        title="Arbejdsgiveren anmelder arbejdsulykken (gammel regel)",
        requires=(
            "En arbejdsulykke, der kunne give ret til ydelser, skulle anmeldes snarest muligt og senest "
            "9 dage efter ulykken. Var den ikke anmeldt, skulle den anmeldes senest på 5-ugers-dagen, hvis "
            "den tilskadekomne ikke ventedes at kunne arbejde fuldt igen til den tid (stk. 2)."
        ),
        source=SRC_2019, valid_from=_OLDEST_READ, valid_from_note=_OLDEST_READ_NOTE,
        valid_to=date(2022, 6, 30), reviewed=REVIEWED,
        confidence_note=(
            "Ordlyden er læst i LBK 278/2013 og LBK 977/2019. Hvornår 9-dagesreglen begyndte, er ikke tjekket."
        ),
        note="Erstattet af 14-dagesreglen fra 1.7.2022. Formuleringen »9 dage efter første fraværsdag« er forkert.",
        params={"days": 9},
    ),
    Rule(
        key="arbskade-31", law=LAW, section="§ 31, stk. 1-2", group=G,
        title="Arbejdsgiveren anmelder arbejdsulykken inden 14 dage",
        requires=(
            "Giver ulykken fravær ud over skadedagen, skal arbejdsgiveren anmelde den senest 14 dage efter "
            "første fraværsdag. Giver den ikke fravær, men kan den give ret til erstatning, skal den anmeldes "
            "senest 14 dage efter skadedagen (stk. 2)."
        ),
        source=SRC, valid_from=date(2022, 7, 1), valid_to=date(2026, 6, 30), reviewed=REVIEWED,
        params={"days": 14, "min_absence_days": 1},
    ),
    Rule(
        key="arbskade-31", law=LAW, section="§ 31, stk. 1-2 (fra 1.7.2026)", group=G,
        title="Arbejdsgiveren anmelder arbejdsulykken ved mindst 3 dages fravær",
        requires=(
            "Giver ulykken mindst 3 dages fravær ud over skadedagen, skal arbejdsgiveren anmelde den senest "
            "14 dage efter første fraværsdag. Ulykker, der kan give ret til erstatning, skal stadig anmeldes – "
            "senest 14 dage efter skadedagen."
        ),
        source=SRC_2025_AMENDMENT, valid_from=date(2026, 7, 1), reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note=(
            "Bygger på lovforslag L 31 (2025-26) som fremsat 8.10.2025. Den vedtagne lov (lov nr. 1626 af "
            "16.12.2025 efter sin titel) er ikke læst, og LBK 1279/2025 har endnu den gamle tekst."
        ),
        params={"days": 14, "min_absence_days": 3},
    ),
    Rule(
        key="arbskade-36", law=LAW, section="§ 36, stk. 1", group=G,
        title="Du kan selv kræve erstatning inden 1 år",
        requires=(
            "Er arbejdsulykken ikke anmeldt til tiden, kan du selv rejse kravet inden 1 år fra skaden. "
            "Fristen gælder ikke, når det er dokumenteret, at du har været udsat for en arbejdsskade og har "
            "ret til erstatning."
        ),
        source=SRC, valid_from=_OLDEST_READ, valid_from_note=_OLDEST_READ_NOTE, reviewed=REVIEWED,
        note="Selve kravet forældes efter 5 år (§ 36, stk. 3).",
        params={"years": 1},
    ),
    Rule(
        key="arbskade-6", law=LAW, section="§ 6", group=G,
        title="Hvad er en arbejdsulykke",
        requires=(
            "En ulykke er en personskade, der skyldes en hændelse eller en påvirkning, som sker pludseligt eller "
            "inden for 5 dage. Skaden kan være fysisk eller psykisk, og den behøver ikke at kræve behandling (stk. 2)."
        ),
        source=SRC, valid_from=date(2025, 11, 4), reviewed=REVIEWED,
        valid_from_note="datoen for LBK 1279/2025, hvor ordlyden er tjekket; stk. 2 kom til mellem 2017 og 2019",
    ),
)
