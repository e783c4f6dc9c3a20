"""Forvaltningsloven, LBK nr. 433 af 22.4.2014 (with lov nr. 655 af 11.6.2024 for § 9 a)."""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "Forvaltningsloven"
SRC = Source("Forvaltningsloven, LBK nr. 433 af 22.4.2014 (retsinformation.dk)", "https://www.retsinformation.dk/eli/lta/2014/433")
L655 = Source("Lov nr. 655 af 11.6.2024 om styrket beskyttelse af offentligt ansatte i sager om aktindsigt (retsinformation.dk)",
              "https://www.retsinformation.dk/eli/lta/2024/655")
REVIEWED = date(2026, 12, 1)
OMBUD = Source(
    "Folketingets Ombudsmand: Myndighedsguiden #18, Myndigheders mulighed for at begrænse kontakten med den enkelte borger",
    "https://www.ombudsmanden.dk/find-viden/myndighedsguiden/specifikke-sagsomraader/18-myndigheders-mulighed-for-at-begraense-kontakten-med-den-enkelte-borger",
)
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
        confidence=Confidence.AUTHORITY,
        confidence_note=(
            "Læst i lovforslaget L 116 (2023-24), som Folketinget har stadfæstet (ft.dk). Loven er lov nr. 655 af "
            "11.6.2024 (titlen står i retsinformation); den vedtagne ordlyd er ikke læst. Ifølge Kammeradvokaten "
            "kodificerer ændringen gældende ret og sænker ikke tærsklen."
        ),
    ),
    Rule(
        key="fvl-3", law=LAW, section="§ 3", group=G,
        title="Habilitet: du må ikke behandle en sag, hvis der er tvivl om din upartiskhed",
        requires=(
            "Du er inhabil, hvis du selv har en særlig personlig interesse i sagens udfald, eller hvis der i øvrigt er "
            "omstændigheder, der kan vække tvivl om din upartiskhed (stk. 1, nr. 1 og 5). Er du inhabil, må du ikke "
            "træffe afgørelse, deltage i den eller i øvrigt behandle sagen (stk. 3). Truer eller chikanerer en borger "
            "dig, kan det gøre dig inhabil i borgerens sag – så skal en kollega overtage."
        ),
        source=SRC, valid_from=date(2014, 4, 22), reviewed=REVIEWED,
        valid_from_note="Datoen for LBK 433/2014, hvor ordlyden er læst; bestemmelsen er ældre.",
        note=(
            "Inhabilitet foreligger ikke, hvis der ikke er fare for, at afgørelsen påvirkes af uvedkommende hensyn "
            "(stk. 2). At borgeren selv skaber konflikten, gør ikke automatisk medarbejderen inhabil; det er en "
            "konkret vurdering."
        ),
    ),
    Rule(
        key="kontaktbegraensning", law="Forvaltningsret (Ombudsmandens praksis)", section="Myndighedsguiden #18",
        group=G,
        title="Myndigheden kan begrænse en borgers kontakt – på bestemte betingelser",
        requires=(
            "En myndighed kan i særlige tilfælde begrænse en borgers ret til at møde op, ringe eller skrive, fx ved "
            "trusler eller urimeligt pres. Begrænsningen skal være saglig og proportional og som udgangspunkt "
            "tidsbegrænset. Grundlaget skal dokumenteres, og borgeren skal have besked skriftligt om, hvad der er "
            "begrænset, og hvordan kontakten kan blive normal igen. Er begrænsningen væsentlig, er den en afgørelse "
            "med partshøring, begrundelse og klagevejledning."
        ),
        source=OMBUD, valid_from=date(2019, 6, 26), reviewed=REVIEWED,
        valid_from_note="Ombudsmandens overblik er offentliggjort 26.6.2019. Der er ingen lovregel; det bygger på praksis.",
        confidence=Confidence.AUTHORITY,
        confidence_note=(
            "Ingen lovbestemmelse; Ombudsmandens praksis. En begrænset ordning (kun telefon i én sag) var ikke en "
            "afgørelse (FOB 2010 20-2); om en konkret begrænsning er en afgørelse, afhænger af, hvor indgribende den er."
        ),
    ),
)
