"""Straffeloven (the Criminal Code), LBK nr. 1294 af 2025.

Paraphrases, not quotes. Penalty maxima and prosecution rules checked against the
consolidated text (research sheet, CONFIRMED-P unless the rule says otherwise).
"""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Prosecution, Rule, Source

LAW = "Straffeloven"
SRC = Source("Straffeloven, LBK nr. 1294 af 2025 (retsinformation.dk)", "https://www.retsinformation.dk/eli/lta/2025/1294")
REVIEWED = date(2026, 11, 25)
G = "straffeloven"
# LBK 1294/2025 is in force from 13.11.2025. For provisions whose earlier history we have not checked,
# the version starts there and says so; an incident before it is flagged by the calculators.
CHECKED = date(2025, 11, 13)
CHECKED_NOTE = "Ordlyden er tjekket i LBK 1294/2025 (i kraft 13.11.2025). Bestemmelsen er ældre; tidligere udgaver er ikke gennemgået her."
RESPEKT = date(2016, 12, 27)
RESPEKT_NOTE = "Datoen er udstedelsesdatoen for lov nr. 1728 af 27.12.2016 (respektpakken); ikrafttrædelsesdatoen er ikke kontrolleret."


def _lim(years: int) -> str:
    return f"{years} år (straffeloven § 93)"


RULES: tuple[Rule, ...] = (
    Rule(
        key="strfl-119", law=LAW, section="§ 119, stk. 1", group=G,
        title="Vold og trusler mod offentligt ansatte",
        requires=(
            "Nogen bruger vold eller truer med vold mod en person i offentlig tjeneste under arbejdet eller "
            "på grund af det. Det gælder også trusler om vold, der fremsættes offentligt eller for at blive spredt. "
            "Det er skærpende, hvis det sker i din fritid (stk. 1) eller skyldes dine lovlige ytringer i den "
            "offentlige debat (stk. 3)."
        ),
        penalty="Bøde eller fængsel indtil 8 år", max_penalty_years=8,
        prosecution=Prosecution.PUBLIC, limitation=_lim(10),
        source=SRC, valid_from=RESPEKT, valid_from_note=RESPEKT_NOTE, reviewed=REVIEWED,
        note="Offentlige trusler og fritid kom med i respektpakken (lov nr. 1728 af 27.12.2016).",
        confidence_note="",
    ),
    Rule(
        key="strfl-119a", law=LAW, section="§ 119 a", group=G,
        title="Chikane af offentligt ansatte",
        requires=(
            "Nogen krænker freden for en person i offentlig tjeneste ved at kontakte, forfølge eller på anden "
            "måde chikanere personen under arbejdet eller på grund af det. Det kan også være at lægge almindelige "
            "personoplysninger som adresse eller billeder ud på nettet."
        ),
        penalty="Bøde eller fængsel indtil 2 år", max_penalty_years=2,
        prosecution=Prosecution.PUBLIC, limitation=_lim(5),
        source=SRC, valid_from=RESPEKT, valid_from_note=RESPEKT_NOTE, reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note=(
            "At offentliggørelse af adresse og billeder er omfattet, bygger på en høringspart (IT-Politisk "
            "Forening) om lovforslagets bemærkninger — ikke på bemærkningerne selv."
        ),
        note="Indført med respektpakken (lov nr. 1728 af 27.12.2016).",
    ),
    Rule(
        key="strfl-121", law=LAW, section="§ 121", group=G,
        title="Hån og skældsord mod offentligt ansatte",
        requires=(
            "Nogen håner, bruger skældsord eller anden fornærmende tiltale mod en person i offentlig tjeneste "
            "under arbejdet eller på grund af det."
        ),
        penalty="Bøde eller fængsel indtil 1 år", max_penalty_years=1,
        prosecution=Prosecution.PUBLIC, limitation=_lim(2),
        source=SRC, valid_from=RESPEKT, valid_from_note=RESPEKT_NOTE, reviewed=REVIEWED,
        note="Strafferammen blev hævet fra 6 måneder til 1 år med respektpakken.",
    ),
    Rule(
        key="strfl-242", law=LAW, section="§ 242", group=G,
        title="Stalking",
        requires=(
            "Nogen kontakter, følger eller chikanerer dig systematisk og vedvarende på en måde, der er egnet "
            "til at krænke din fred."
        ),
        penalty="Bøde eller fængsel indtil 3 år", max_penalty_years=3,
        prosecution=Prosecution.PUBLIC, limitation=_lim(5),
        source=SRC, valid_from=date(2022, 1, 1), reviewed=REVIEWED,
        note="Ny bestemmelse fra 1.1.2022 (lov nr. 2600 af 28.12.2021). Den gamle § 265 er ophævet.",
    ),
    Rule(
        key="strfl-264a", law=LAW, section="§ 264 a", group=G,
        title="Fotografering på et ikke frit tilgængeligt sted",
        requires="Nogen fotograferer dig uden lov, mens du er et sted, der ikke er frit tilgængeligt — fx dit hjem.",
        penalty="Bøde eller fængsel indtil 6 måneder", max_penalty_years=0.5,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(2),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-264d", law=LAW, section="§ 264 d", group=G,
        title="Videregivelse af private oplysninger og billeder",
        requires=(
            "Nogen giver uden lov meddelelser eller billeder videre om en andens private forhold, eller billeder "
            "taget under omstændigheder, som åbenbart kan forlanges holdt væk fra offentligheden. Er det "
            "særlig groft, fx intime billeder, er strafferammen højere (stk. 2)."
        ),
        penalty="Bøde eller fængsel indtil 6 måneder; under særligt skærpende omstændigheder indtil 3 år",
        max_penalty_years=0.5,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(2),
        source=SRC, valid_from=date(2018, 3, 1), reviewed=REVIEWED,
        note=(
            "Stk. 2 (indtil 3 år) gælder fra 1.3.2018 og bruges ved særligt skærpende omstændigheder. Om den "
            "højere ramme giver 5 års forældelse i en konkret sag, er ikke afklaret her."
        ),
    ),
    Rule(
        key="strfl-264e", law=LAW, section="§ 264 e", group=G,
        title="Misbrug af identitet",
        requires=(
            "Nogen bruger dit navn, billede eller andet, der kan identificere dig, så det ligner, at det er dig — "
            "fx en falsk profil — eller manipulerer dit udseende."
        ),
        penalty="Bøde eller fængsel indtil 6 måneder", max_penalty_years=0.5,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(2),
        source=SRC, valid_from=date(2022, 4, 1), reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note="Datoen 1.4.2022 for ikrafttræden stammer fra pressen; selve bestemmelsen er tjekket i lovteksten.",
        note="Fra 1.7.2025 omfatter bestemmelsen også seksuelt materiale, der manipulerer en persons fremtræden.",
    ),
    Rule(
        key="strfl-266", law=LAW, section="§ 266", group=G,
        title="Trusler",
        requires=(
            "Nogen truer med at begå en strafbar handling på en måde, der kan få dig eller andre til at frygte "
            "alvorligt for liv, helbred eller velfærd."
        ),
        penalty="Bøde eller fængsel indtil 2 år", max_penalty_years=2,
        prosecution=Prosecution.PUBLIC, limitation=_lim(5),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
        note="Offentlig påtale, jf. § 275, stk. 1.",
    ),
    Rule(
        key="strfl-266b", law=LAW, section="§ 266 b", group=G,
        title="Racistiske og nedværdigende udtalelser om en gruppe",
        requires=(
            "Nogen udtaler sig offentligt eller for at sprede det, så en gruppe trues, hånes eller nedværdiges "
            "på grund af race, hudfarve, nationale eller etniske oprindelse, tro, handicap, seksuel orientering, "
            "kønsidentitet, kønsudtryk eller kønskarakteristika."
        ),
        penalty="Bøde eller fængsel indtil 2 år", max_penalty_years=2,
        prosecution=Prosecution.PUBLIC, limitation=_lim(5),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
        note="Offentlig påtale, jf. § 275, stk. 1. Propaganda er særligt skærpende.",
    ),
    Rule(
        key="strfl-267", law=LAW, section="§ 267", group=G,
        title="Ærekrænkelse",
        requires=(
            "Nogen fremsætter eller udbreder en udtalelse eller gør noget, der kan krænke din ære — fx en "
            "beskyldning, der kan skade dit ry, eller grove fornærmelser."
        ),
        penalty="Bøde eller fængsel indtil 1 år", max_penalty_years=1,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(2),
        source=SRC, valid_from=date(2019, 1, 1), reviewed=REVIEWED,
        note=(
            "Strafferammen blev hævet fra 4 måneder til 1 år fra 1.1.2019. Privat påtale; offentlig påtale "
            "efter anmodning bl.a. hvis beskyldningen kan føre til, at du mister din stilling (§ 275, stk. 2)."
        ),
    ),
    Rule(
        key="strfl-268", law=LAW, section="§ 268", group=G,
        title="Bagvaskelse",
        requires=(
            "Ærekrænkelsen er grovere, hvis en alvorlig beskyldning er usand, eller hvis en beskyldning er "
            "spredt gennem et massemedie og kan skade dig væsentligt."
        ),
        penalty="Bøde eller fængsel indtil 2 år", max_penalty_years=2,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(5),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-269", law=LAW, section="§ 269", group=G,
        title="Hvornår en ærekrænkelse er straffri",
        requires=(
            "En ærekrænkelse er straffri, hvis der var rimelig anledning til den. Retten ser bl.a. på, om "
            "beskyldningen er sand eller havde et tilstrækkeligt faktuelt grundlag, og om den blev fremsat i god "
            "tro for at varetage en anerkendelsesværdig interesse."
        ),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-271", law=LAW, section="§ 271", group=G,
        title="Sletning efter dom",
        requires=(
            "Bliver nogen dømt efter §§ 264 d, 264 e, 267 eller 267 jf. 268, kan retten bestemme, at udtalelsen "
            "eller billedet skal slettes."
        ),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-275", law=LAW, section="§ 275", group=G,
        title="Hvem rejser sagen (påtale)",
        requires=(
            "Forbrydelser i kapitel 27 (bl.a. §§ 264 a–268) er undergivet privat påtale. Undtagelsen er "
            "§§ 266–266 b, som politiet selv forfølger. Du kan bede om offentlig påtale for §§ 263–264 e og "
            "§ 267 jf. § 268, når du beskyldes for noget, der kan koste dig en offentlig stilling, og når en "
            "alvorlig beskyldning er spredt anonymt."
        ),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-93", law=LAW, section="§ 93", group=G,
        title="Forældelse",
        requires=(
            "Strafansvaret forældes efter 2 år, når strafferammen højst er 1 år; efter 5 år, når den højst er "
            "4 år; efter 10 år, når den højst er 10 år; og ellers efter 15 år. Fristen løber fra den dag, "
            "handlingen ophørte (§ 94). Overtræder én handling flere bestemmelser, gælder den længste frist."
        ),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
        params={"up_to_1": 2, "up_to_4": 5, "up_to_10": 10, "over_10": 15},
    ),
    Rule(
        key="strfl-94", law=LAW, section="§ 94", group=G,
        title="Hvornår forældelsen begynder og afbrydes",
        requires=(
            "Forældelsesfristen løber fra den dag, den strafbare handling ophørte. Den afbrydes, når den "
            "mistænkte får at vide, at han eller hun er sigtet."
        ),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-96", law=LAW, section="§ 96", group=G,
        title="Frist for privat straffesag",
        requires=(
            "Retten til at anlægge privat straffesag eller bede om offentlig påtale bortfalder 6 måneder efter, "
            "at du har fået tilstrækkelig viden til at gå videre — typisk når du ved, hvem der gjorde det."
        ),
        source=SRC, valid_from=CHECKED, valid_from_note=CHECKED_NOTE, reviewed=REVIEWED,
        params={"months": 6},
    ),
)
