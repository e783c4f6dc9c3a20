"""Forvaltningsloven, LBK nr. 433 af 22.4.2014 (with lov nr. 655 af 11.6.2024 for § 9 a)."""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "Forvaltningsloven"
SRC = Source("Forvaltningsloven, LBK nr. 433 af 22.4.2014 (retsinformation.dk)", "https://www.retsinformation.dk/eli/lta/2014/433")
L655 = Source("Lov nr. 655 af 11.6.2024 om styrket beskyttelse af offentligt ansatte i sager om aktindsigt (retsinformation.dk)",
              "https://www.retsinformation.dk/eli/lta/2024/655")
REVIEWED = date(2026, 11, 25)
G = "forvaltning"

RULES: tuple[Rule, ...] = (
    Rule(
        key="fvl-32b", law=LAW, section="§ 32 b", group=G,
        title="Afsenderen skal kunne identificeres entydigt",
        requires=(
            "Breve i sager, hvor der træffes afgørelse, skal have en personlig underskrift eller på anden måde "
            "sikre, at man entydigt kan se, hvem afsenderen er, og at brevet er endeligt. Det gælder ikke ved "
            "automatisk sagsbehandling og ikke for kvitteringer, rykkere og andre mindre væsentlige skridt."
        ),
        source=SRC, valid_from=date(2014, 5, 3), reviewed=REVIEWED,
        valid_from_note="i kraft-datoen for LBK 433/2014; bestemmelsen kom ind med lov nr. 1624 af 26.12.2013",
        note=(
            "Om «entydig identifikation» kræver den enkelte medarbejders navn og ikke kun myndighedens, er ikke "
            "afklaret i de kilder, vi har læst. Spørg jeres jurister."
        ),
    ),
    Rule(
        key="fvl-9a", law=LAW, section="§ 9 a, stk. 2", group=G,
        title="Partsaktindsigt kan afslås ved retsstridigt formål",
        requires=(
            "En part kan få afslag på aktindsigt, hvis anmodningen må antages at skulle tjene et retsstridigt "
            "formål eller lignende."
        ),
        source=L655, valid_from=date(2024, 7, 1), reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note="Læst i lovforslaget (L 116, 2023-24) som fremsat; at det blev vedtaget uændret, bygger på en sekundær kilde.",
    ),
)
