"""Forordning (EU) 2022/2065 om digitale tjenester (DSA)."""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "DSA"
SRC = Source("Forordning (EU) 2022/2065 om digitale tjenester (EUR-Lex)", "https://eur-lex.europa.eu/eli/reg/2022/2065/oj")
KFST = Source("Konkurrence- og Forbrugerstyrelsen: Digital Services Act", "https://www.kfst.dk/")
REVIEWED = date(2026, 12, 1)
REVIEWED_BEFORE = date(2026, 11, 25)  # art. 16 and 20: not re-read in December
LOV1765 = Source(
    "Lov nr. 1765 af 28.12.2023 om håndhævelse af forordningen om digitale tjenester (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2023/1765",
)
COPY = "Artikelteksten er læst i kopier af den officielle tekst, ikke direkte på EUR-Lex."
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
        source=SRC, valid_from=START, reviewed=REVIEWED_BEFORE,
        confidence=Confidence.SECONDARY,
        confidence_note="Artikelteksten er læst i en kopi af den officielle tekst, ikke direkte på EUR-Lex.",
    ),
    Rule(
        key="dsa-20", law=LAW, section="artikel 20", group=G,
        title="Klag over platformens afgørelse",
        requires="Er du uenig i platformens afgørelse, kan du klage i platformens eget klagesystem i mindst 6 måneder.",
        source=SRC, valid_from=START, reviewed=REVIEWED_BEFORE,
        confidence=Confidence.SECONDARY,
        confidence_note="Kun læst i en sekundær kopi af artiklen.",
    ),
    Rule(
        key="dsa-kfst", law=LAW, section="artikel 53", group=G,
        title="Klag til Konkurrence- og Forbrugerstyrelsen – over enhver platform",
        requires=(
            "Konkurrence- og Forbrugerstyrelsen er Danmarks koordinator for digitale tjenester. Bor eller arbejder du "
            "i Danmark, kan du klage til styrelsen over en platform, der ikke overholder DSA – også når platformen er "
            "etableret i et andet EU-land, fx Facebook, TikTok eller X. Styrelsen sender så klagen videre til "
            "koordinatoren i det land (art. 53). Styrelsen er udpeget i lov nr. 1765 af 28.12.2023."
        ),
        source=LOV1765, valid_from=START, reviewed=REVIEWED, first_in_force=True,
        valid_from_note="Lov nr. 1765/2023 § 17: »Loven træder i kraft den 17. februar 2024« (retsinformation).",
        confidence=Confidence.SECONDARY,
        confidence_note=(
            "Udpegningen af styrelsen (§ 3) og datoen er læst i den danske lov. Klageadgangen efter art. 53 er læst i "
            "kopier af forordningens tekst, ikke på EUR-Lex."
        ),
        changed="Loven om håndhævelse af DSA trådte i kraft.",
    ),
    Rule(
        key="dsa-17", law=LAW, section="artikel 17", group=G,
        title="Platformen skal begrunde, når den fjerner eller begrænser indhold",
        requires=(
            "Fjerner eller begrænser platformen et opslag, skal den give den, der skrev det, en klar begrundelse: "
            "hvad der er gjort, hvorfor, og hvordan man kan klage. Den, der har chikaneret dig, får altså at vide, at "
            "indholdet er fjernet – men ikke nødvendigvis, hvem der anmeldte det."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, confidence=Confidence.SECONDARY, confidence_note=COPY,
    ),
    Rule(
        key="dsa-21", law=LAW, section="artikel 21", group=G,
        title="Tvistløsning uden for retten",
        requires=(
            "Er du uenig i platformens afgørelse, kan du vælge et godkendt organ til tvistløsning uden for retten. "
            "Platformen skal deltage i god tro. Du kan stadig gå til domstolene."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, confidence=Confidence.SECONDARY, confidence_note=COPY,
        note="Det interne klagesystem (art. 20) er kun en pligt for onlineplatforme, ikke for mikro- og små virksomheder (art. 19).",
    ),
    Rule(
        key="dsa-23", law=LAW, section="artikel 23, stk. 2", group=G,
        title="Mange grundløse anmeldelser kan give en pause",
        requires=(
            "En platform skal i en rimelig periode og efter en advarsel stoppe med at behandle anmeldelser fra den, der "
            "ofte sender anmeldelser, som åbenbart er grundløse. Anmeld derfor det, du mener er ulovligt, og skriv "
            "hvorfor. Send ikke mange anmeldelser af lovlig kritik."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, confidence=Confidence.SECONDARY, confidence_note=COPY,
    ),
)
