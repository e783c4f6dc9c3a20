"""Straffeloven (the Criminal Code), LBK nr. 1294 af 7.11.2025.

Paraphrases, not quotes. Every version below was compared word by word with the
consolidated texts (LBK) in the retsinformation seed: 1260/2007, 1052/2016,
977/2017, 1156/2018, 976/2019, 1650/2020, 1851/2021, 1360/2022, 1145/2024 and
1294/2025. ``valid_from`` is the issue date of the OLDEST consolidated text that
holds the wording (older LBKs were not compared), unless ``first_in_force`` says
a text shows the provision began that day. The calculator computes with the
oldest version for earlier incidents and says that older wording was not checked.
"""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Prosecution, Rule, Source

LAW = "Straffeloven"
SRC = Source("Straffeloven, LBK nr. 1294 af 7.11.2025 (retsinformation.dk)", "https://www.retsinformation.dk/eli/lta/2025/1294")
REVIEWED = date(2026, 12, 1)
G = "straffeloven"

# The oldest consolidated texts the wording was compared back to (issue dates, from the seed files).
LBK_2007 = date(2007, 10, 23)
LBK_2007_NOTE = (
    "Ordlyden er den samme i alle lovbekendtgørelser fra LBK nr. 1260 af 23.10.2007 til LBK nr. 1294 af 7.11.2025. "
    "Ældre udgaver er ikke sammenlignet."
)
LBK_2017 = date(2017, 8, 9)
LBK_2019 = date(2019, 9, 17)
LBK_2019_NOTE = (
    "Ordlyden er den samme i LBK nr. 976 af 17.9.2019 og alle senere lovbekendtgørelser til LBK nr. 1294/2025. "
    "I LBK nr. 1156/2018 lød bestemmelsen anderledes; hvornår ændringen trådte i kraft, er ikke læst."
)
LBK_2022 = date(2022, 9, 28)
RESPEKT = date(2016, 12, 27)
RESPEKT_NOTE = (
    "Datoen er udstedelsesdatoen for lov nr. 1728 af 27.12.2016 (respektpakken); ikrafttrædelsesdatoen er ikke "
    "læst. Ordlyden findes ikke i LBK nr. 1052/2016 og findes i LBK nr. 977 af 9.8.2017."
)


def _lim(years: int) -> str:
    return f"{years} år (straffeloven § 93)"


_119_REQUIRES = (
    "Nogen bruger vold eller truer med vold mod en person i offentlig tjeneste under arbejdet eller "
    "på grund af det. Det gælder også trusler om vold, der fremsættes offentligt eller for at blive spredt. "
    "Det er skærpende, hvis det sker i din fritid. En trussel om at ødelægge dine ting eller om at \"komme hjem "
    "til dig\" er ikke i sig selv en trussel om vold."
)

RULES: tuple[Rule, ...] = (
    Rule(
        key="strfl-119", law=LAW, section="§ 119, stk. 1", group=G,
        title="Vold og trusler om vold mod offentligt ansatte",
        requires=_119_REQUIRES,
        penalty="Bøde eller fængsel indtil 8 år", max_penalty_years=8,
        prosecution=Prosecution.PUBLIC, limitation=_lim(10),
        source=SRC, valid_from=RESPEKT, valid_from_note=RESPEKT_NOTE, valid_to=date(2022, 9, 27), reviewed=REVIEWED,
        note="Offentlige trusler og fritid kom med i respektpakken (lov nr. 1728 af 27.12.2016).",
        changed="Trusler fremsat offentligt og skærpelse for handlinger i fritiden kom med (respektpakken).",
    ),
    Rule(
        key="strfl-119", law=LAW, section="§ 119, stk. 1 og 3", group=G,
        title="Vold og trusler om vold mod offentligt ansatte",
        requires=(
            _119_REQUIRES + " Det er også skærpende, hvis truslen skyldes dine lovlige ytringer i den offentlige "
            "debat (stk. 3)."
        ),
        penalty="Bøde eller fængsel indtil 8 år", max_penalty_years=8,
        prosecution=Prosecution.PUBLIC, limitation=_lim(10),
        source=SRC, valid_from=LBK_2022, reviewed=REVIEWED,
        valid_from_note=(
            "Skærpelsen for ytringer i den offentlige debat (stk. 3, 2. pkt.) står ikke i LBK nr. 1851 af 20.9.2021 "
            "og står i LBK nr. 1360 af 28.9.2022. Datoen er den LBK; ændringslovens ikrafttræden er ikke læst."
        ),
        changed="Stk. 3: skærpelse, når truslen skyldes lovlige ytringer i den offentlige debat.",
    ),
    Rule(
        key="strfl-119-tvang", law=LAW, section="§ 119, stk. 1 (tvang og hindring)", group=G,
        title="Vold eller trusler om vold for at tvinge eller hindre en tjenestehandling",
        requires=(
            "Nogen bruger vold eller truer med vold for at få dig til at træffe en bestemt afgørelse eller gøre noget "
            "bestemt i dit arbejde – eller for at hindre dig i at gøre dit arbejde lovligt."
        ),
        penalty="Bøde eller fængsel indtil 8 år", max_penalty_years=8,
        prosecution=Prosecution.PUBLIC, limitation=_lim(10),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-119-2", law=LAW, section="§ 119, stk. 2", group=G,
        title="Trusler mod den, der træffer afgørelser",
        requires=(
            "Du træffer afgørelser om borgeres retsforhold, fx som sagsbehandler. Nogen truer dig med vold, med at "
            "frihedsberøve dig eller med at anmelde eller beskylde dig for noget strafbart eller ærerørigt – på "
            "grund af dit arbejde eller for at tvinge eller hindre en afgørelse. Fx: \"Ændr afgørelsen, ellers "
            "anmelder jeg dig\"."
        ),
        penalty="Bøde eller fængsel indtil 8 år (som stk. 1)", max_penalty_years=8,
        prosecution=Prosecution.PUBLIC, limitation=_lim(10),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE, reviewed=REVIEWED,
        note="Gælder kun, hvis forholdet ikke allerede er omfattet af stk. 1.",
    ),
    Rule(
        key="strfl-119-4", law=LAW, section="§ 119, stk. 4", group=G,
        title="Hindring af en offentligt ansat i arbejdet",
        requires="Nogen lægger på anden måde hindringer i vejen for, at du kan gøre dit arbejde som offentligt ansat.",
        penalty="Bøde eller fængsel indtil 1 år og 6 måneder", max_penalty_years=1.5,
        prosecution=Prosecution.PUBLIC, limitation=_lim(5),
        source=SRC, valid_from=date(2009, 10, 29), reviewed=REVIEWED,
        valid_from_note=(
            "Strafferammen 1 år og 6 måneder står i LBK nr. 1034 af 29.10.2009 og alle senere lovbekendtgørelser; "
            "ældre udgaver havde en anden ordlyd."
        ),
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
        source=SRC, valid_from=RESPEKT, valid_from_note=RESPEKT_NOTE, reviewed=REVIEWED, first_in_force=True,
        confidence=Confidence.SECONDARY,
        confidence_note=(
            "Ordlyden er tjekket i lovteksten. At offentliggørelse af adresse og billeder er omfattet, bygger på en "
            "høringspart (IT-Politisk Forening) om lovforslagets bemærkninger – ikke på bemærkningerne selv."
        ),
        note="Indført med respektpakken (lov nr. 1728 af 27.12.2016). Stk. 2 (strafudmåling) står fra LBK 976/2019.",
        changed="Ny bestemmelse (respektpakken).",
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
        changed="Strafferammen hævet fra 6 måneder til 1 år.",
    ),
    Rule(
        key="strfl-81-14", law=LAW, section="§ 81, nr. 14", group=G,
        title="Skærpende: forbrydelsen skyldes dit arbejde",
        requires=(
            "Det er en skærpende omstændighed ved enhver forbrydelse, at den har baggrund i dit – eller din "
            "nærmestes – arbejde i offentlig tjeneste. Det gælder fx trusler mod din familie (§ 266), stalking, "
            "ærekrænkelse og deling af private oplysninger."
        ),
        source=SRC, valid_from=LBK_2017, reviewed=REVIEWED,
        valid_from_note=(
            "Står i LBK nr. 977 af 9.8.2017 og alle senere; ikke i LBK nr. 1052/2016. Ændringslovens ikrafttræden "
            "er ikke læst (sandsynligvis respektpakken, lov nr. 1728/2016)."
        ),
        note=(
            "Gælder ikke for kapitel 14 (bl.a. §§ 119, 119 a og 121), som selv handler om offentligt ansatte. "
            "Hærværk mod ting, der tilhører en offentligt ansat, er skærpet efter § 291, stk. 4."
        ),
        changed="Ny skærpelsesgrund.",
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
        source=SRC, valid_from=date(2022, 1, 1), reviewed=REVIEWED, first_in_force=True,
        valid_from_note=(
            "Ordlyden er læst i lov nr. 2600 af 28.12.2021. I LBK nr. 1851/2021 var § 242 ophævet. Datoen 1.1.2022 "
            "står i lovforslaget L 15 (2021-22); lovens egen ikrafttrædelsesbestemmelse er ikke læst."
        ),
        note="Ny bestemmelse fra 1.1.2022 (lov nr. 2600 af 28.12.2021). Før da straffede § 265 forfølgelse efter en advarsel.",
        changed="Ny bestemmelse om stalking; kræver ikke et forudgående tilhold.",
    ),
    Rule(
        key="strfl-263-2", law=LAW, section="§ 263, stk. 2, nr. 2", group=G,
        title="Skjult optagelse af andres samtaler",
        requires=(
            "Det er strafbart skjult at aflytte eller optage samtaler mellem andre eller et lukket møde, som man ikke "
            "selv deltager i. Optager en borger en samtale, han selv deltager i, er det ikke omfattet."
        ),
        penalty="Bøde eller fængsel indtil 6 måneder", max_penalty_years=0.5,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(2),
        source=SRC, valid_from=LBK_2019, reviewed=REVIEWED,
        valid_from_note=(
            "Ordene »som den pågældende ikke selv deltager i« står i LBK nr. 976 af 17.9.2019 og alle senere. "
            "LBK 1294/2025 siger »skjult«, hvor de tidligere sagde »hemmeligt«."
        ),
    ),
    Rule(
        key="strfl-264a", law=LAW, section="§ 264 a", group=G,
        title="Fotografering på et ikke frit tilgængeligt sted",
        requires="Nogen fotograferer dig uden lov, mens du er et sted, der ikke er frit tilgængeligt — fx dit hjem.",
        penalty="Bøde eller fængsel indtil 6 måneder", max_penalty_years=0.5,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(2),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-264d", law=LAW, section="§ 264 d, stk. 1", group=G,
        title="Videregivelse af private oplysninger og billeder",
        requires=(
            "Nogen giver uden lov meddelelser eller billeder videre om en andens private forhold, eller billeder "
            "taget under omstændigheder, som åbenbart kan forlanges holdt væk fra en bredere offentlighed."
        ),
        penalty="Bøde eller fængsel indtil 6 måneder", max_penalty_years=0.5,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(2),
        source=SRC, valid_from=LBK_2019, valid_from_note=LBK_2019_NOTE, reviewed=REVIEWED,
        note="Er det særligt groft, gælder stk. 2 med højere straf og længere forældelse.",
    ),
    Rule(
        key="strfl-264d-2", law=LAW, section="§ 264 d, stk. 2", group=G,
        title="Videregivelse af private oplysninger og billeder – særligt groft",
        requires=(
            "Som stk. 1, men med særligt skærpende omstændigheder på grund af oplysningernes eller delingens "
            "karakter og omfang eller antallet af ramte personer – fx intime billeder delt bredt."
        ),
        penalty="Bøde eller fængsel indtil 3 år", max_penalty_years=3,
        prosecution=Prosecution.PRIVATE_PUBLIC_ON_REQUEST, limitation=_lim(5),
        source=SRC, valid_from=date(2018, 9, 20), reviewed=REVIEWED,
        valid_from_note=(
            "Stk. 2 står i LBK nr. 1156 af 20.9.2018 og alle senere, men ikke i LBK nr. 977/2017. Ændringslovens "
            "ikrafttræden (efter pressen 1.3.2018) er ikke læst."
        ),
        note="Du kan bede om offentlig påtale (§ 275, stk. 2, nr. 1).",
        changed="Ny skærpet strafferamme indtil 3 år; forældelsen bliver 5 år (§ 93, stk. 1, nr. 2).",
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
        source=SRC, valid_from=date(2022, 4, 1), reviewed=REVIEWED, first_in_force=True,
        confidence=Confidence.SECONDARY,
        confidence_note=(
            "Datoen 1.4.2022 for ikrafttræden stammer fra pressen. Bestemmelsen står ikke i LBK nr. 1851/2021 og "
            "står i LBK nr. 1360/2022; ordlyden er tjekket i lovteksten."
        ),
        note="Fra 1.7.2025 omfatter bestemmelsen også seksuelt materiale, der manipulerer en persons fremtræden.",
        changed="Ny bestemmelse om identitetsmisbrug.",
    ),
    Rule(
        key="strfl-266", law=LAW, section="§ 266", group=G,
        title="Trusler",
        requires=(
            "Nogen truer med at begå en strafbar handling på en måde, der kan få dig eller andre til at frygte "
            "alvorligt for liv, helbred eller velfærd. Det gælder også trusler mod din familie og trusler om at "
            "ødelægge dine ting, hvis de kan skabe en sådan frygt."
        ),
        penalty="Bøde eller fængsel indtil 2 år", max_penalty_years=2,
        prosecution=Prosecution.PUBLIC, limitation=_lim(5),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE + " Det gælder stk. 1; stk. 2 kom til i 2022.",
        reviewed=REVIEWED,
        note=(
            "Offentlig påtale, jf. § 275, stk. 1. Fra LBK 1360/2022 er det skærpende, hvis truslen skyldes dine "
            "lovlige ytringer i den offentlige debat (stk. 2)."
        ),
    ),
    Rule(
        key="strfl-266a", law=LAW, section="§ 266 a", group=G,
        title="Offentlig opfordring til vold eller hærværk",
        requires=(
            "Nogen udtaler sig offentligt for at få andre til at begå vold eller hærværk – fx et opslag om, at "
            "jobcentrets ansatte \"burde få en lærestreg\"."
        ),
        penalty="Bøde eller fængsel indtil 1 år", max_penalty_years=1,
        prosecution=Prosecution.PUBLIC, limitation=_lim(2),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE, reviewed=REVIEWED,
        note="Gælder kun, hvis forholdet ikke er omfattet af § 136 eller § 266.",
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
        source=SRC, valid_from=LBK_2022, reviewed=REVIEWED,
        valid_from_note=(
            "Den nuværende liste over grupper står i LBK nr. 1360 af 28.9.2022 og senere. Ældre udgaver nævnte "
            "færre grunde (fx ikke handicap); strafferammen 2 år er den samme."
        ),
        note="Offentlig påtale, jf. § 275, stk. 1. Propaganda er særligt skærpende.",
        changed="Handicap, kønsidentitet, kønsudtryk og kønskarakteristika kom med.",
    ),
    Rule(
        key="strfl-267", law=LAW, section="§ 267", group=G,
        title="Ærekrænkelse",
        requires=(
            "Nogen fremsætter eller udbreder en udtalelse eller gør noget, der kan krænke din ære — fx en "
            "beskyldning, der kan skade dit ry, eller grove fornærmelser."
        ),
        penalty="Bøde eller fængsel indtil 1 år", max_penalty_years=1,
        prosecution=Prosecution.PRIVATE, limitation=_lim(2),
        source=SRC, valid_from=LBK_2019, valid_from_note=LBK_2019_NOTE, reviewed=REVIEWED,
        note=(
            "Privat påtale. Offentlig påtale på din anmodning kun i de tilfælde, § 275, stk. 2, nævner: bagvaskelse "
            "(§ 267 jf. § 268), en beskyldning, der kan koste dig en offentlig stilling, eller en alvorlig "
            "beskyldning spredt anonymt. Før LBK 976/2019 var strafferammen 4 måneder."
        ),
        changed="Ny ordlyd; strafferammen hævet fra 4 måneder til 1 år.",
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
        source=SRC, valid_from=LBK_2019, valid_from_note=LBK_2019_NOTE, reviewed=REVIEWED,
        changed="Ny ordlyd: usand alvorlig beskyldning eller beskyldning i et massemedie.",
    ),
    Rule(
        key="strfl-269", law=LAW, section="§ 269", group=G,
        title="Hvornår en ærekrænkelse er straffri",
        requires=(
            "En ærekrænkelse er straffri, hvis der var rimelig anledning til den. Retten ser bl.a. på, om "
            "beskyldningen er sand eller havde et tilstrækkeligt faktuelt grundlag, og om den blev fremsat i god "
            "tro for at varetage en anerkendelsesværdig interesse."
        ),
        source=SRC, valid_from=LBK_2019, valid_from_note=LBK_2019_NOTE, reviewed=REVIEWED,
        changed="Ny ordlyd: rimelig anledning, faktuelt grundlag og god tro.",
    ),
    Rule(
        key="strfl-271", law=LAW, section="§ 271", group=G,
        title="Sletning efter dom",
        requires=(
            "Bliver nogen dømt efter §§ 264 d, 264 e, 267 eller 267 jf. 268, kan retten bestemme, at udtalelsen "
            "eller billedet skal slettes."
        ),
        source=SRC, valid_from=LBK_2022, reviewed=REVIEWED,
        valid_from_note="§ 264 e står i bestemmelsen fra LBK nr. 1360 af 28.9.2022; før da nævnte den §§ 264 d, 267 og 268.",
        changed="§ 264 e (falske profiler) kom med.",
    ),
    Rule(
        key="strfl-152", law=LAW, section="§ 152, stk. 1 og 3", group=G,
        title="Tavshedspligt",
        requires=(
            "Det er strafbart at videregive fortrolige oplysninger, du har fået i dit arbejde. Fortroligt er det, "
            "som en regel kalder fortroligt, eller som skal holdes hemmeligt for at beskytte væsentlige offentlige "
            "eller private interesser – fx oplysninger om en borgers sag. Alt andet må du gerne tale om."
        ),
        penalty="Bøde eller fængsel indtil 6 måneder", source=SRC, valid_from=LBK_2007,
        valid_from_note=LBK_2007_NOTE, reviewed=REVIEWED,
    ),
)
