"""Forordning (EU) 2022/2065 om digitale tjenester (DSA)."""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "DSA"
SRC = Source("Forordning (EU) 2022/2065 om digitale tjenester (EUR-Lex)", "https://eur-lex.europa.eu/eli/reg/2022/2065/oj")
KFST = Source("Konkurrence- og Forbrugerstyrelsen: Digital Services Act", "https://www.kfst.dk/")
REVIEWED = date(2026, 11, 25)
START = date(2024, 2, 17)  # the DSA applies to all services from 17.2.2024
G = "dsa"

RULES: tuple[Rule, ...] = (
    Rule(
        key="dsa-16", law=LAW, section="artikel 16", group=G,
        title="Anmeld ulovligt indhold til platformen",
        requires=(
            "Platformen skal have en let, elektronisk måde at anmelde ulovligt indhold på. Skriv hvorfor indholdet "
            "er ulovligt, de præcise links, dit navn og din mail. Platformen skal bekræfte og svare uden unødig "
            "forsinkelse. Der er ingen fast frist i timer eller dage."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note="Artikelteksten er læst i en kopi af den officielle tekst, ikke direkte på EUR-Lex.",
    ),
    Rule(
        key="dsa-20", law=LAW, section="artikel 20", group=G,
        title="Klag over platformens afgørelse",
        requires="Er du uenig i platformens afgørelse, kan du klage i platformens eget klagesystem i mindst 6 måneder.",
        source=SRC, valid_from=START, reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note="Kun læst i en sekundær kopi af artiklen.",
    ),
    Rule(
        key="dsa-kfst", law=LAW, section="tilsyn i Danmark", group=G,
        title="Konkurrence- og Forbrugerstyrelsen fører tilsyn",
        requires=(
            "Konkurrence- og Forbrugerstyrelsen er dansk tilsyn med DSA. Styrelsen tager imod klager over tjenester, "
            "der er etableret i Danmark, fra 17.2.2024."
        ),
        source=KFST, valid_from=START, reviewed=REVIEWED, confidence=Confidence.AUTHORITY,
    ),
)
