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
REVIEWED = date(2026, 12, 1)
G = "databeskyttelse"

RULES: tuple[Rule, ...] = (
    Rule(
        key="gdpr-12", law=LAW, section="art. 12, stk. 3", group=G,
        title="Svar på en anmodning om dine oplysninger inden {param:months|måned|måneder}",
        requires=(
            "Den dataansvarlige skal svare på en anmodning fra den registrerede – fx om indsigt eller sletning – "
            "uden unødig forsinkelse og senest {param:months|måned|måneder} efter, at den er modtaget. Fristen kan forlænges med "
            "{param:extension_months|måned|måneder}, hvis det er nødvendigt. Den registrerede skal have besked om forlængelsen og "
            "grunden inden for den første måned. Afslår den dataansvarlige, skal den begrunde det og oplyse "
            "om retten til at klage (stk. 4)."
        ),
        source=SRC, valid_from=date(2018, 5, 25), reviewed=REVIEWED,
        confidence=Confidence.AUTHORITY,
        confidence_note=(
            "Tjekket i en kopi af forordningens tekst og hos den irske datatilsynsmyndighed – ikke direkte i EUR-Lex."
        ),
        note=(
            "Gælder kun, hvor databeskyttelsesreglerne gælder. Rent personlige aktiviteter er undtaget (art. 2, stk. 2, "
            "litra c, jf. databeskyttelsesloven § 1, stk. 2). Klager over en dataansvarlig går til Datatilsynet "
            "(databeskyttelsesloven § 27)."
        ),
        params={"months": 1, "extension_months": 2},
    ),
    Rule(
        key="gdpr-17", law=LAW, section="art. 17", group=G,
        title="Ret til sletning – også i søgemaskiner",
        requires=(
            "Du kan bede den dataansvarlige om at slette oplysninger om dig uden unødig forsinkelse, fx når de er "
            "behandlet ulovligt. Det gælder også søgemaskiner: du kan bede fx Google om at fjerne et søgeresultat med "
            "dit navn (delisting). Retten gælder ikke, når behandlingen er nødvendig for ytrings- og "
            "informationsfriheden (stk. 3, litra a) – fx saglig omtale af din myndighed."
        ),
        source=SRC, valid_from=date(2018, 5, 25), reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note=(
            "Artikelteksten er læst i kopier af den officielle tekst, ikke på EUR-Lex. EU-Domstolens praksis om "
            "delisting er ikke læst her."
        ),
        note="Svarfristen er den samme som i art. 12, stk. 3: 1 måned, som kan forlænges med 2 måneder.",
    ),
)
