"""Databeskyttelsesforordningen (GDPR, Regulation (EU) 2016/679) and the Danish data protection act.

Paraphrase, not a quote. EUR-Lex is the authoritative text; the research checked
Art. 12(3) in a copy of the official text and on the Irish supervisory authority's
site, not in EUR-Lex itself (research sheet, section 5).
"""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "Databeskyttelsesforordningen"
SRC = Source(
    "Forordning (EU) 2016/679 (databeskyttelsesforordningen), EUR-Lex",
    "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
)
REVIEWED = date(2026, 11, 25)
G = "databeskyttelse"

RULES: tuple[Rule, ...] = (
    Rule(
        key="gdpr-12", law=LAW, section="art. 12, stk. 3", group=G,
        title="Svar på en anmodning om dine oplysninger inden 1 måned",
        requires=(
            "Den dataansvarlige skal svare på en anmodning fra den registrerede – fx om indsigt eller sletning – "
            "uden unødig forsinkelse og senest 1 måned efter, at den er modtaget. Fristen kan forlænges med "
            "2 måneder, hvis det er nødvendigt. Den registrerede skal have besked om forlængelsen og "
            "grunden inden for den første måned. Afslår den dataansvarlige, skal den begrunde det og oplyse "
            "om retten til at klage (stk. 4)."
        ),
        source=SRC, valid_from=date(2018, 5, 25), reviewed=REVIEWED,
        confidence=Confidence.AUTHORITY,
        confidence_note=(
            "Tjekket i en kopi af forordningens tekst og hos den irske datatilsynsmyndighed – ikke direkte i EUR-Lex."
        ),
        note="Klager over en dataansvarlig går til Datatilsynet (databeskyttelsesloven § 27).",
        params={"months": 1, "extension_months": 2},
    ),
)
