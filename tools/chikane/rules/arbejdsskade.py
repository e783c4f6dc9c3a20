"""Arbejdsskadesikringsloven (occupational injury insurance), LBK nr. 1279 af 4.11.2025.

Paraphrases, not quotes. § 31 has three versions, chosen by the day of the
accident: the old 9-day rule (wording read in LBK 278/2013 and LBK 977/2019),
the 14-day rule from 1.7.2022 (LBK 1279/2025), and the 3-day absence threshold
from 1.7.2026 (L 31 2025-26; the enacted wording was not read, so SECONDARY).
"""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "Arbejdsskadesikringsloven"
SRC = Source(
    "Arbejdsskadesikringsloven, LBK nr. 1279 af 4.11.2025 (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2025/1279",
)
SRC_2019 = Source(
    "Arbejdsskadesikringsloven, LBK nr. 977 af 9.9.2019 (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2019/977",
)
SRC_485 = Source(
    "BEK nr. 485 af 21.5.2024 om anmeldelse af ulykker efter arbejdsskadesikringsloven (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2024/485",
)
SRC_799 = Source(
    "BEK nr. 799 af 3.6.2022 om anmeldelse af arbejdsulykker m.v. til Arbejdstilsynet (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2022/799",
)
SRC_1990 = Source(
    "BEK nr. 1990 af 9.12.2020 om anmeldelse af arbejdsulykker m.v. til Arbejdstilsynet (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2020/1990",
)
SRC_2025_AMENDMENT = Source(
    "Lov nr. 1626 af 16.12.2025 (L 31, 2025-26) (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2025/1626",
)
REVIEWED = date(2026, 12, 1)
G = "arbejdsskade"

_OLDEST_READ = date(2013, 3, 21)  # LBK 278/2013 in force
_OLDEST_READ_NOTE = "Gælder senest fra LBK nr. 278 af 14.3.2013 (i kraft 21.3.2013); ældre udgaver er ikke tjekket."

RULES: tuple[Rule, ...] = (
    Rule(
        key="arbskade-31", law=LAW, section="§ 31, stk. 1-2 (før 1.7.2022)", group=G,
        title="Arbejdsgiveren anmelder arbejdsulykken (gammel regel)",
        requires=(
            "En arbejdsulykke, der kunne give ret til ydelser, skulle anmeldes snarest muligt og senest "
            "{param:days|dag|dage} efter ulykken. Var den ikke anmeldt, skulle den anmeldes senest på 5-ugers-dagen, hvis "
            "den tilskadekomne ikke ventedes at kunne arbejde fuldt igen til den tid (stk. 2)."
        ),
        source=SRC_2019, valid_from=_OLDEST_READ, valid_from_note=_OLDEST_READ_NOTE,
        valid_to=date(2022, 6, 30), reviewed=REVIEWED,
        confidence_note=(
            "Ordlyden er læst i LBK 278/2013 og LBK 977/2019. Hvornår 9-dagesreglen begyndte, er ikke tjekket."
        ),
        note=(
            "Erstattet af 14-dagesreglen fra 1.7.2022. Her talte fristen fra ulykken. »9 dage efter første "
            "fraværsdag« var derimod reglen for anmeldelsen til Arbejdstilsynet før 1.7.2022 (BEK 1990/2020 § 1)."
        ),
        changed="",
        params={"days": 9},
    ),
    Rule(
        key="arbskade-31", law=LAW, section="§ 31, stk. 1-2", group=G,
        title="Arbejdsgiveren anmelder arbejdsulykken inden {param:days|dag|dage}",
        requires=(
            "Giver ulykken fravær ud over skadedagen, skal arbejdsgiveren anmelde den senest {param:days|dag|dage} efter "
            "første fraværsdag. Giver den ikke fravær, men kan den give ret til ydelser efter loven – fx betaling af "
            "sygebehandling som psykolog, eller erstatning – skal den anmeldes senest {param:days|dag|dage} efter skadedagen (stk. 2)."
        ),
        source=SRC, valid_from=date(2022, 7, 1), valid_to=date(2026, 6, 30), reviewed=REVIEWED, first_in_force=True,
        valid_from_note=(
            "BEK 941/2022 § 17 og BEK 799/2022 § 10: i kraft 1.7.2022 (ordlyden i LBK 314/2022 og 1279/2025). "
            "Overgangen gælder efter BEK 941/2022 ulykker, der anmeldes fra 1.7.2022; her regnes efter ulykkesdagen."
        ),
        changed="Fristen blev 14 dage efter første fraværsdag (før: 9 dage efter ulykken).",
        params={"days": 14, "min_absence_days": 1},
    ),
    Rule(
        key="arbskade-31", law=LAW, section="§ 31, stk. 1-2 (fra 1.7.2026)", group=G,
        title="Arbejdsgiveren anmelder arbejdsulykken ved mindst {param:min_absence_days} dages fravær",
        requires=(
            "Giver ulykken mindst {param:min_absence_days} dages fravær ud over skadedagen, skal arbejdsgiveren anmelde den senest "
            "{param:days|dag|dage} efter første fraværsdag. Ulykker, der kan give ret til ydelser – fx sygebehandling eller "
            "erstatning – skal stadig anmeldes senest {param:days|dag|dage} efter skadedagen."
        ),
        changed="Anmeldepligt på grund af fravær først ved mindst 3 dages fravær (lov nr. 1626/2025, efter lovforslaget).",
        source=SRC_2025_AMENDMENT, valid_from=date(2026, 7, 1), reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note=(
            "Bygger på lovforslaget (L 31, 2025-26). Teksten i den vedtagne lov nr. 1626/2025 er ikke læst her. "
            "Er du i tvivl, så anmeld: en anmeldelse for meget skader ikke."
        ),
        note=(
            "L 31 som fremsat 8.10.2025 indsætter »mindst 3 dages« i § 31, stk. 1, med virkning fra 1.7.2026 (ft.dk). "
            "Lov nr. 1626 af 16.12.2025 (»Lempelse af anmeldepligten for arbejdsulykker«, status gældende) findes i "
            "retsinformation uden tekst i de gemte kilder. Lov nr. 1624/2025 handler om Sikkerhedsstyrelsens tilsyn "
            "med asbest, ikke om anmeldelse til Arbejdstilsynet."
        ),
        params={"days": 14, "min_absence_days": 3},
    ),
    Rule(
        key="arbskade-36", law=LAW, section="§ 36, stk. 1", group=G,
        title="Du kan selv kræve erstatning inden {param:years} år",
        requires=(
            "Er arbejdsulykken ikke anmeldt til tiden, kan du selv rejse kravet inden {param:years} år fra skaden. "
            "Fristen gælder ikke, når det er dokumenteret, at du har været udsat for en arbejdsskade og har "
            "ret til erstatning."
        ),
        source=SRC, valid_from=_OLDEST_READ, valid_from_note=_OLDEST_READ_NOTE, reviewed=REVIEWED,
        note="Selve kravet forældes efter 5 år (§ 36, stk. 3).",
        params={"years": 1},
    ),
    Rule(
        key="arbskade-6", law=LAW, section="§ 6", group=G,
        title="Hvad er en arbejdsulykke",
        requires=(
            "En ulykke er en personskade, der skyldes en hændelse eller en påvirkning, som sker pludseligt eller "
            "inden for 5 dage. Skaden kan være fysisk eller psykisk, og den behøver ikke at kræve behandling (stk. 2)."
        ),
        source=SRC, valid_from=date(2019, 9, 9), reviewed=REVIEWED,
        valid_from_note=(
            "Ordlyden er den samme i LBK nr. 977 af 9.9.2019 og LBK nr. 1279/2025; stk. 2 står ikke i LBK 216/2017. "
            "Ændringslovens ikrafttræden er ikke læst."
        ),
        note=(
            "Skyldes skaden chikane over flere uger, er det måske ikke en ulykke (»inden for 5 dage«), men en "
            "erhvervssygdom (§ 7). Så regnes din frist på 1 år fra, du fik at vide, at sygdommen kan skyldes arbejdet "
            "(§ 36, stk. 1, 2. pkt.). Anmeld alligevel – Arbejdsmarkedets Erhvervssikring vurderer det."
        ),
    ),
    Rule(
        key="arbskade-49a", law=LAW, section="§§ 49 a-49 b", group=G,
        title="Voldsskadeforsikringen",
        requires=(
            "Arbejdsgivere i social-, ældre-, sundheds- og undervisningssektoren, hvis ansatte er i særlig risiko, skal "
            "have en voldsskadeforsikring. Den dækker erstatning for vold, trusler og andre voldsomme hændelser på "
            "arbejdet fra personer, de ansatte drager omsorg for. Forsikringsselskabet eller den selvforsikrede "
            "arbejdsgiver afgør, om skaden er dækket (§ 49 b, stk. 1)."
        ),
        source=SRC, valid_from=date(2024, 6, 25), reviewed=REVIEWED,
        valid_from_note=(
            "Står i LBK nr. 894 af 25.6.2024 og senere, ikke i LBK nr. 1186/2022. Ændringslovens ikrafttræden er ikke læst."
        ),
        note="Chikane fra en borger på nettet eller i fritiden er normalt ikke omfattet – det er ikke en person, du drager omsorg for på arbejdet.",
        changed="Ny forsikring mod vold fra personer, de ansatte drager omsorg for.",
    ),
    Rule(
        key="arbskade-44", law=LAW, section="§ 44, stk. 2", group=G,
        title="Klag over Arbejdsmarkedets Erhvervssikrings afgørelse inden {param:weeks|uge|uger}",
        requires=(
            "Du kan klage over Arbejdsmarkedets Erhvervssikrings afgørelse til Ankestyrelsen. Klagen skal komme inden "
            "{param:weeks|uge|uger} efter, at du har modtaget afgørelsen. Du sender den til Arbejdsmarkedets Erhvervssikring, som "
            "først vurderer sagen igen (stk. 7). Ankestyrelsen kan se bort fra en overskridelse, når der er særlig "
            "grund (stk. 3)."
        ),
        source=SRC, valid_from=_OLDEST_READ, valid_from_note=_OLDEST_READ_NOTE, reviewed=REVIEWED,
        params={"weeks": 4},
    ),
    Rule(
        key="arbskade-bek485", law="BEK 485/2024 om anmeldelse af ulykker", section="§§ 3, 5-7 og 10",
        group=G,
        title="Sådan anmeldes en arbejdsulykke",
        requires=(
            "Fravær betyder, at du ikke helt eller delvist kan klare dit sædvanlige arbejde ud over skadedagen (§ 3). "
            "Pligten gælder også vold, trusler og anden krænkende adfærd uden for arbejdstid, når den har med "
            "arbejdet at gøre (§ 5, stk. 4). Anmelder arbejdsgiveren ikke, kan du selv anmelde inden 1 år på "
            "borger.dk eller aes.dk (§§ 6 og 10, stk. 3). Arbejdsgiveren behøver ikke dit samtykke, men du kan altid "
            "bede Arbejdsmarkedets Erhvervssikring om ikke at behandle sagen (§ 7). En anmeldelse er rettidig, når "
            "den er sendt senest kl. 23.59 på fristdagen (§ 10, stk. 4)."
        ),
        source=SRC_485, valid_from=date(2024, 5, 21), reviewed=REVIEWED,
        valid_from_note="Udstedelsesdatoen for BEK 485/2024, hvor ordlyden er læst; ikrafttrædelsesdatoen er ikke læst.",
    ),
    Rule(
        key="at-anmeldelse", law="BEK 1990/2020 om anmeldelse til Arbejdstilsynet",
        section="§ 1, stk. 1-2", group=G,
        title="Arbejdsgiveren anmelder til Arbejdstilsynet (gammel regel)",
        requires=(
            "Gav ulykken arbejdsudygtighed i 1 dag eller mere ud over skadedagen, skulle arbejdsgiveren anmelde den "
            "til Arbejdstilsynet snarest og inden {param:days|dag|dage} efter første fraværsdag. Det gjaldt også arbejdsrelateret "
            "vold, trusler og anden krænkende adfærd uden for arbejdstid."
        ),
        source=SRC_1990, valid_from=date(2021, 1, 1), valid_to=date(2022, 6, 30), first_in_force=True,
        reviewed=REVIEWED, valid_from_note="BEK 1990/2020 § 10: »træder i kraft den 1. januar 2021«.",
        params={"days": 9, "min_absence_days": 1},
    ),
    Rule(
        key="at-anmeldelse", law="BEK 799/2022 om anmeldelse til Arbejdstilsynet", section="§§ 1-3",
        group=G,
        title="Arbejdsgiveren anmelder til Arbejdstilsynet inden {param:days|dag|dage}",
        requires=(
            "Giver ulykken arbejdsudygtighed i 1 dag eller mere ud over skadedagen, skal arbejdsgiveren anmelde den "
            "til Arbejdstilsynet senest {param:days|dag|dage} efter første fraværsdag. Det gælder også arbejdsrelateret vold, "
            "trusler og anden krænkende adfærd uden for arbejdstid (§ 1, stk. 2). Anmeldelsen sker i EASY (§ 2). "
            "Du skal have en kopi, og arbejdsmiljørepræsentanten skal have adgang til den (§ 3)."
        ),
        penalty="Bøde eller fængsel indtil 2 år for arbejdsgiveren (§ 9)",
        source=SRC_799, valid_from=date(2022, 7, 1), first_in_force=True, reviewed=REVIEWED,
        valid_from_note="BEK 799/2022 § 10: »Bekendtgørelsen træder i kraft den 1. juli 2022«.",
        confidence_note="",
        note=(
            "Det er en anden pligt end anmeldelsen efter arbejdsskadesikringsloven § 31 – også efter 1.7.2026, hvor "
            "den grænse efter lovforslaget bliver 3 dage. Om BEK 799/2022 er ændret i 2026, er ikke tjekket; de gemte "
            "kilder (februar 2026) viser den gældende uændret."
        ),
        changed="Fristen blev 14 dage efter første fraværsdag (før: 9 dage).",
        params={"days": 14, "min_absence_days": 1},
    ),
)
