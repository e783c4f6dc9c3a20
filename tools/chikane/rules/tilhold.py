"""Tilholdsloven: lov nr. 112 af 3.2.2012 om tilhold, opholdsforbud og bortvisning, with lov nr. 1724 af 27.12.2016
(strakstilhold, § 2 a).

Paraphrases, not quotes. The retsinformation seed holds the law as enacted (2012) and the texts that amending laws
inserted (1724/2016 § 2 a; 367/2025 §§ 4 a and 21 a; 2600/2021 shows only its straffelov part). It holds NO
consolidated current text (LBK), so amendments by lov 434/2013, 633/2013 and 2600/2021 to §§ 1-3, 5, 14 and 21 could
not be compared. Each rule says so in ``confidence_note``; the wording of the provisions themselves is primary.
"""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "Tilholdsloven"
SRC = Source(
    "Lov nr. 112 af 3.2.2012 om tilhold, opholdsforbud og bortvisning (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2012/112",
)
SRC_2016 = Source(
    "Lov nr. 1724 af 27.12.2016 om ændring af lov om tilhold, opholdsforbud og bortvisning (strakstilhold)",
    "https://www.retsinformation.dk/eli/lta/2016/1724",
)
REVIEWED = date(2026, 12, 1)
G = "tilhold"
START = date(2012, 3, 1)
START_NOTE = (
    "Loven er udstedt 3.2.2012. Datoen 1.3.2012 for ikrafttræden bygger på Dansk Stalking Center (sekundær); "
    "lovens egen ikrafttrædelsesbestemmelse er ikke i de gemte kilder."
)
NO_LBK = (
    "Ordlyden er læst i loven fra 2012. En samlet gældende udgave (lovbekendtgørelse) findes ikke i de gemte kilder, "
    "så senere ændringer af netop denne bestemmelse (lov 434/2013, 633/2013 og 2600/2021) er ikke sammenlignet."
)

RULES: tuple[Rule, ...] = (
    Rule(
        key="tilhold", law=LAW, section="§§ 1-2", group=G,
        title="Tilhold: et forbud mod at kontakte dig",
        requires=(
            "Politiet kan forbyde en person at kontakte dig – personligt, mundtligt, skriftligt eller elektronisk, "
            "fx på sms, mail og sociale medier – og at følge efter dig. Det kræver, at der er begrundet mistanke "
            "om, at personen har krænket din fred ved at forfølge eller genere dig med kontakt, eller har begået "
            "noget strafbart mod dig, der svarer til det. Og der skal være bestemte grunde til at tro, at det "
            "fortsætter."
        ),
        source=SRC, valid_from=START, valid_from_note=START_NOTE, first_in_force=True, reviewed=REVIEWED,
        confidence=Confidence.PRIMARY, confidence_note=NO_LBK,
        note="Et tilhold kan også gives efter grov vold m.m., hvis du ikke skal tåle kontakt (§ 2, stk. 2).",
        changed="Loven samlede reglerne om tilhold, opholdsforbud og bortvisning.",
    ),
    Rule(
        key="tilhold-straks", law=LAW, section="§ 2 a", group=G,
        title="Strakstilhold: et foreløbigt tilhold med det samme",
        requires=(
            "Politiet kan give et tilhold med det samme, mens sagen undersøges. Det kræver rimelig grund til at "
            "mistænke personen for at krænke din fred, grunde til at tro, at det fortsætter, og at personen ikke "
            "har en rimelig grund til at kontakte dig. Det gælder, indtil politiet har truffet den endelige "
            "afgørelse – så vidt muligt inden 60 dage."
        ),
        source=SRC_2016, valid_from=date(2017, 1, 1), first_in_force=True, reviewed=REVIEWED,
        valid_from_note="Lov nr. 1724/2016 § 2: »Loven træder i kraft den 1. januar 2017« (retsinformation).",
        changed="Nyt: strakstilhold (foreløbigt tilhold).",
    ),
    Rule(
        key="tilhold-opholdsforbud", law=LAW, section="§§ 3-4", group=G,
        title="Opholdsforbud: et forbud mod at komme i nærheden",
        requires=(
            "Politiet kan forbyde en person at opholde sig eller færdes i et afgrænset område nær din bolig, din "
            "arbejdsplads eller et andet sted, hvor du ofte er. Det bruges, når et tilhold ikke er nok, fx ved "
            "gentagne krænkelser eller brud på et tilhold (§ 4)."
        ),
        source=SRC, valid_from=START, valid_from_note=START_NOTE, first_in_force=True, reviewed=REVIEWED,
        confidence_note=NO_LBK,
        note="Fra 2025 kan et opholdsforbud suppleres med elektronisk kontrol (fodlænke) som forsøg (lov 367/2025, § 4 a).",
    ),
    Rule(
        key="tilhold-varighed", law=LAW, section="§ 5", group=G,
        title="Hvor længe et tilhold og et opholdsforbud gælder",
        requires=(
            "Et tilhold gives for en bestemt periode på op til 5 år. Et opholdsforbud gives for op til 1 år. Et "
            "strakstilhold gælder, indtil den endelige afgørelse er truffet."
        ),
        source=SRC, valid_from=START, valid_from_note=START_NOTE, first_in_force=True, reviewed=REVIEWED,
        confidence_note=NO_LBK + " Henvisningen til strakstilhold blev indsat ved lov 1724/2016 (retsinformation).",
    ),
    Rule(
        key="tilhold-anmodning", law=LAW, section="§ 14", group=G,
        title="Du beder selv om tilholdet",
        requires=(
            "Politiet beslutter et tilhold eller et opholdsforbud, når du beder om det, eller når almene hensyn "
            "kræver det. Du beder om det hos politiet – fx samtidig med, at du anmelder."
        ),
        source=SRC, valid_from=START, valid_from_note=START_NOTE, first_in_force=True, reviewed=REVIEWED,
        confidence_note=NO_LBK,
        note="Lovforslaget L 15 (2021-22) indførte en klagefrist på 4 uger i tilholdsloven; den vedtagne ordlyd er ikke læst.",
    ),
    Rule(
        key="tilhold-21", law=LAW, section="§ 21", group=G,
        title="Brud på et tilhold er strafbart",
        requires=(
            "Den, der med vilje bryder et tilhold eller et opholdsforbud, kan straffes med bøde eller fængsel indtil "
            "2 år. Det er skærpende, hvis bruddet er led i systematisk forfølgelse. Politiet forfølger bruddet, når "
            "du beder om det, eller når almene hensyn kræver det (stk. 3)."
        ),
        penalty="Bøde eller fængsel indtil 2 år",
        limitation="5 år (straffeloven § 93)",
        source=SRC, valid_from=START, valid_from_note=START_NOTE, first_in_force=True, reviewed=REVIEWED,
        confidence_note=NO_LBK,
        note="Et brud på et tilhold kan give ret til offererstatning (offererstatningsloven § 1).",
    ),
    Rule(
        key="tilhold-bortvisning", law=LAW, section="§§ 7-8", group=G,
        title="Bortvisning gælder kun i hjemmet",
        requires=(
            "Bortvisning betyder, at en person skal forlade det fælles hjem. Det gælder kun personer i samme "
            "husstand – ikke en borger, der chikanerer dig på grund af dit arbejde."
        ),
        source=SRC, valid_from=START, valid_from_note=START_NOTE, first_in_force=True, reviewed=REVIEWED,
        confidence_note=NO_LBK,
    ),
)
