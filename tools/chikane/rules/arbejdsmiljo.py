"""Arbejdsmiljø: BEK nr. 1406 af 26.9.2020 om psykisk arbejdsmiljø (in force 1.11.2020)."""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

LAW = "BEK 1406/2020 om psykisk arbejdsmiljø"
SRC = Source("Bekendtgørelse nr. 1406 af 26.9.2020 om psykisk arbejdsmiljø (retsinformation.dk)",
             "https://www.retsinformation.dk/eli/lta/2020/1406")
REVIEWED = date(2026, 12, 1)
START = date(2020, 11, 1)
G = "arbejdsmiljo"
NOTE_2023 = "Bekendtgørelsen er ændret ved BEK nr. 1864 af 19.12.2023; ændringens indhold er ikke gennemgået her."

RULES: tuple[Rule, ...] = (
    Rule(
        key="bek1406-25", law=LAW, section="§ 25", group=G,
        title="Arbejdsrelateret vold — også trusler og chikane",
        requires=(
            "Arbejdsrelateret vold er vold fra personer, der ikke er ansat, fx borgere. Det omfatter også psykisk "
            "vold: trusler og anden krænkende adfærd, herunder chikane — både i og uden for arbejdstid."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, note=NOTE_2023,
    ),
    Rule(
        key="bek1406-33", law=LAW, section="§ 33", group=G,
        title="Vejledning og retningslinjer om vold uden for arbejdstid",
        requires=(
            "Arbejdsgiveren skal vejlede de ansatte og fastsætte retningslinjer for, hvordan de håndterer vold, "
            "trusler og chikane uden for arbejdstid, der har forbindelse med arbejdet."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, note=NOTE_2023,
    ),
    Rule(
        key="bek1406-34", law=LAW, section="§ 34", group=G,
        title="Hjælp til politianmeldelse",
        requires=(
            "Når arbejdsgiveren får kendskab til, at en ansat har været udsat for vold uden for arbejdstid med "
            "forbindelse til arbejdet, skal arbejdsgiveren tilbyde hjælp til at anmelde det til politiet."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, note=NOTE_2023,
    ),
    Rule(
        key="aml-2a", law="Arbejdsmiljøloven", section="§ 2 a", group=G,
        title="Ministeren kan lade reglerne gælde uden for arbejdstid",
        requires=(
            "Arbejdsmiljøloven giver beskæftigelsesministeren hjemmel til at fastsætte regler om, at dele af loven "
            "gælder for arbejdsrelateret vold uden for arbejdstid. Det er sket i bekendtgørelsen om psykisk "
            "arbejdsmiljø § 3 (se nedenfor)."
        ),
        source=Source("Arbejdsmiljøloven, LBK nr. 1108 af 15.9.2025 (retsinformation.dk)",
                      "https://www.retsinformation.dk/eli/lta/2025/1108"),
        valid_from=date(2016, 1, 1), reviewed=REVIEWED,
        confidence=Confidence.SECONDARY,
        confidence_note="Ordlyden er læst i LBK 1108/2025. Datoen 1.1.2016 for ikrafttræden er kun bekræftet i sekundære kilder.",
    ),
    Rule(
        key="bek1406-3", law=LAW, section="§ 3", group=G,
        title="Hvilke regler der gælder uden for arbejdstid",
        requires=(
            "For risikoen for arbejdsrelateret vold uden for arbejdstid gælder kapitel 1, §§ 5-11, 25 og 31-34 og "
            "kapitel 4. Det betyder bl.a., at arbejdsgiveren skal vurdere og forebygge risikoen, vejlede og give "
            "retningslinjer og tilbyde hjælp til politianmeldelse. Reglerne om vold i arbejdstiden (§§ 22-24 og "
            "26-30) gælder ikke uden for arbejdstid."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, note=NOTE_2023,
    ),
    Rule(
        key="bek1406-31", law=LAW, section="§§ 31-32", group=G,
        title="Risikoen for vold uden for arbejdstid skal vurderes og forebygges",
        requires=(
            "Arbejdsgiveren skal vurdere risikoen for arbejdsrelateret vold uden for arbejdstid og forebygge den."
        ),
        source=SRC, valid_from=START, reviewed=REVIEWED, note=NOTE_2023,
    ),
)
