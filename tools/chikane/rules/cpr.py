"""CPR-loven (lov om Det Centrale Personregister), LBK nr. 1010 af 23.6.2023: navne- og adressebeskyttelse (§ 28).

Paraphrase, not a quote. § 28 is word for word the same in LBK 702/2022 and LBK 1010/2023; LBK 646/2017 differs.
"""
from __future__ import annotations

from datetime import date

from ..model import Rule, Source

LAW = "CPR-loven"
SRC = Source("CPR-loven, LBK nr. 1010 af 23.6.2023 (retsinformation.dk)", "https://www.retsinformation.dk/eli/lta/2023/1010")
REVIEWED = date(2026, 12, 1)
G = "cpr"

RULES: tuple[Rule, ...] = (
    Rule(
        key="cpr-28", law=LAW, section="§ 28", group=G,
        title="Navne- og adressebeskyttelse",
        requires=(
            "Du har ret til at få navne- og adressebeskyttelse ved at bede din bopælskommune om det. Så må dit navn "
            "og din adresse i CPR ikke gives videre til private – fx til oplysningstjenester. Beskyttelsen gælder i "
            "{param:years} år, medmindre kommunen finder helt særlige forhold, der begrunder en længere periode. Du søger digitalt "
            "(på borger.dk); kan du ikke det, skal kommunen tilbyde en anden måde (stk. 3)."
        ),
        source=SRC, valid_from=date(2022, 5, 23), reviewed=REVIEWED,
        valid_from_note=(
            "Ordlyden er den samme i LBK nr. 702 af 23.5.2022 og LBK nr. 1010 af 23.6.2023. LBK nr. 646/2017 lød "
            "anderledes (bl.a. uden kravet om digital ansøgning); ældre udgaver er ikke gennemgået."
        ),
        note=(
            "Beskyttelsen gælder over for private, ikke over for myndigheder, og nogle undtagelser står i §§ 34, 38, "
            "42, 43 og 45. Den skjuler ikke en adresse, som allerede er lagt på nettet."
        ),
        params={"years": 1},
    ),
)
