"""Offentlighedsloven on access requests about employees (LBK 145/2020 and lov nr. 655/2024).

Kept apart from offentlighed.py (which holds the 7-working-day deadline used by the calculator).
"""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "Offentlighedsloven"
SRC = Source("Offentlighedsloven, LBK nr. 145 af 24.2.2020 (retsinformation.dk)", "https://www.retsinformation.dk/eli/lta/2020/145")
L655 = Source("Lov nr. 655 af 11.6.2024 om styrket beskyttelse af offentligt ansatte i sager om aktindsigt (retsinformation.dk)",
              "https://www.retsinformation.dk/eli/lta/2024/655")
REVIEWED = date(2026, 12, 1)
G = "offentlighed"
CHANGE = date(2024, 7, 1)
CHANGE_CONF = (
    "Læst i lovforslaget L 116 (2023-24): ændringen af offentlighedsloven (lovforslagets nr. 2) og ikrafttrædelsen »Loven træder i kraft den 1. juli 2024«. Folketinget "
    "har stadfæstet forslaget (ft.dk), og lov nr. 655 af 11.6.2024 står i retsinformation med samme titel. Den vedtagne "
    "ordlyd er ikke læst; teksten findes ikke i de gemte kilder."
)

RULES: tuple[Rule, ...] = (
    Rule(
        key="offl-7", law=LAW, section="§ 7", group=G,
        title="Enhver kan bede om aktindsigt",
        requires="Enhver kan bede om at se dokumenter i en myndigheds sager — også sager om en medarbejder.",
        source=SRC, valid_from=date(2020, 2, 24), reviewed=REVIEWED,
        valid_from_note="datoen for LBK 145/2020; reglen er ældre",
    ),
    Rule(
        key="offl-21", law=LAW, section="§ 21", group=G, valid_to=date(2024, 6, 30),
        title="Personalesager er undtaget — med visse oplysninger",
        requires=(
            "Der er ikke aktindsigt i ansættelsessager og andre personalesager. Men navn, stilling, uddannelse, "
            "arbejdsopgaver, løn og tjenesterejser skal udleveres."
        ),
        source=SRC, valid_from=date(2020, 2, 24), reviewed=REVIEWED,
        valid_from_note="datoen for LBK 145/2020; reglen er ældre",
    ),
    Rule(
        key="offl-21", law=LAW, section="§ 21, stk. 3 (fra 1.7.2024)", group=G,
        title="Navnet udleveres ikke, når din tryghed taler imod",
        requires=(
            "Der er ikke aktindsigt i personalesager, men stilling, uddannelse, arbejdsopgaver, løn og "
            "tjenesterejser udleveres. Den ansattes navn udleveres dog ikke, hvis væsentlige hensyn til den "
            "ansattes tryghed taler imod. Det er en pligt for myndigheden, ikke et valg. For ansatte i "
            "chefstillinger udleveres også disciplinære sanktioner fra de sidste 2 år efter den endelige afgørelse."
        ),
        note=(
            "Gælder kun aktindsigt i personalesager (§ 21). I andre sager udleveres sagsbehandlerens navn som "
            "udgangspunkt. Sig til din leder, hvis du ikke vil have dit navn udleveret, og skriv konkret hvorfor."
        ),
        changed="Navnet udleveres ikke, når væsentlige hensyn til den ansattes tryghed taler imod.",
        source=L655, valid_from=CHANGE, reviewed=REVIEWED,
        confidence=Confidence.AUTHORITY, confidence_note=CHANGE_CONF,
    ),
    Rule(
        key="offl-9", law=LAW, section="§ 9, stk. 2, nr. 2", group=G, valid_to=date(2024, 6, 30),
        title="Afslag ved retsstridigt formål",
        requires="En anmodning om aktindsigt kan afslås, hvis den må antages at skulle tjene et retsstridigt formål eller lignende.",
        source=SRC, valid_from=date(2020, 2, 24), reviewed=REVIEWED,
        valid_from_note="datoen for LBK 145/2020; reglen er ældre",
    ),
    Rule(
        key="offl-9", law=LAW, section="§ 9, stk. 2, nr. 2 (fra 1.7.2024)", group=G,
        title="Afslag ved retsstridigt eller chikanøst formål",
        requires=(
            "En anmodning om aktindsigt efter § 7 kan afslås, hvis den må antages at skulle tjene et retsstridigt "
            "eller chikanøst formål. Tærsklen er sat væsentligt ned."
        ),
        changed="Chikanøst formål kom med; tærsklen blev sænket.",
        source=L655, valid_from=CHANGE, reviewed=REVIEWED,
        confidence=Confidence.AUTHORITY, confidence_note=CHANGE_CONF,
    ),
)
