"""Retsplejeloven (the Administration of Justice Act), LBK nr. 1298 af 7.11.2025: reporting, prosecution requests,
complaints about the police and the victim's lawyer; and BEK nr. 1108 af 21.9.2007 on the police's duty to advise
victims (offerrådgivning).

Paraphrases, not quotes. Read in LBK 1298/2025 only; older consolidated texts were not compared, so each version
starts at that LBK and the calculator says so for earlier dates.
"""
from __future__ import annotations

from datetime import date

from ..model import Rule, Source

LAW = "Retsplejeloven"
SRC = Source("Retsplejeloven, LBK nr. 1298 af 7.11.2025 (retsinformation.dk)", "https://www.retsinformation.dk/eli/lta/2025/1298")
SRC_1108 = Source(
    "BEK nr. 1108 af 21.9.2007 om politiets og anklagemyndighedens pligt til at vejlede og orientere forurettede",
    "https://www.retsinformation.dk/eli/lta/2007/1108",
)
REVIEWED = date(2026, 12, 1)
G = "retspleje"
LBK = date(2025, 11, 7)
LBK_NOTE = "Ordlyden er læst i LBK nr. 1298 af 7.11.2025. Ældre udgaver er ikke sammenlignet; bestemmelsen er ældre."

RULES: tuple[Rule, ...] = (
    Rule(
        key="rpl-742", law=LAW, section="§ 742", group=G,
        title="Alle kan anmelde til politiet",
        requires=(
            "Anmeldelser om strafbare forhold indgives til politiet. Politiet efterforsker efter en anmeldelse eller "
            "af egen drift, når et forhold, som det offentlige forfølger, kan være begået (stk. 2). Derfor kan også "
            "din arbejdsgiver anmelde fx trusler (§§ 119 og 266), chikane (§ 119 a), hån (§ 121) og stalking (§ 242)."
        ),
        source=SRC, valid_from=LBK, valid_from_note=LBK_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="rpl-725", law=LAW, section="§ 725, stk. 1", group=G,
        title="Kun du kan rejse en privat sag eller bede om offentlig påtale",
        requires=(
            "Retten til at anlægge en privat straffesag og til at bede om offentlig påtale tilkommer den forurettede – "
            "dig. Det gælder fx ærekrænkelse (straffeloven § 267) og deling af private oplysninger (§§ 264 a-264 e). "
            "Din arbejdsgiver kan ikke gøre det for dig."
        ),
        source=SRC, valid_from=LBK, valid_from_note=LBK_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="rpl-720-2", law=LAW, section="§ 720, stk. 2", group=G,
        title="Din egen anmeldelse tæller som en begæring om påtale",
        requires=(
            "Når du selv anmelder et forhold, hvor offentlig påtale kræver din begæring, regnes anmeldelsen som en "
            "begæring om offentlig påtale, medmindre du skriver andet. Anmelder du selv inden 6 måneder (straffeloven "
            "§ 96), har du dermed også bedt om påtale i tide. Har du selv anlagt en privat sag, kan du ikke bagefter "
            "bede om offentlig påtale."
        ),
        source=SRC, valid_from=LBK, valid_from_note=LBK_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="rpl-749", law=LAW, section="§ 749", group=G,
        title="Når politiet afviser anmeldelsen eller stopper efterforskningen",
        requires=(
            "Politiet afviser en anmeldelse, hvis der ikke er grundlag for at efterforske, og kan indstille en "
            "efterforskning, der ikke fører nogen vegne. Du får besked, og du kan klage til den overordnede "
            "anklagemyndighed (statsadvokaten) (stk. 3)."
        ),
        source=SRC, valid_from=LBK, valid_from_note=LBK_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="rpl-724", law=LAW, section="§ 724, stk. 1", group=G,
        title="Når anklagemyndigheden opgiver sagen",
        requires=(
            "Opgiver anklagemyndigheden påtale (påtaleopgivelse), får du besked, og du kan klage til den "
            "overordnede anklagemyndighed."
        ),
        source=SRC, valid_from=LBK, valid_from_note=LBK_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="rpl-102", law=LAW, section="§ 102, stk. 1", group=G,
        title="Klag over politiets afgørelse inden {param:weeks|uge|uger}",
        requires=(
            "Du kan klage over en afvisning, en indstilling eller en påtaleopgivelse (§§ 724 og 749). "
            "Klagen skal komme inden {param:weeks|uge|uger} efter, at du har fået besked om afgørelsen. Kommer den senere, "
            "behandles den kun, hvis det er undskyldeligt."
        ),
        source=SRC, valid_from=LBK, valid_from_note=LBK_NOTE, reviewed=REVIEWED,
        params={"weeks": 4},
    ),
    Rule(
        key="rpl-741a", law=LAW, section="§ 741 a", group=G,
        title="Bistandsadvokat – en gratis advokat til dig",
        requires=(
            "I sager om bl.a. vold og trusler mod offentligt ansatte (straffeloven § 119) og stalking (§§ 242-246) "
            "beskikker retten en advokat for dig, når du beder om det. Retten kan kun sige nej, hvis sagen er mindre "
            "alvorlig og en advokat åbenbart er unødvendig (stk. 3). I andre sager – fx trusler (§ 266) eller "
            "chikane (§ 119 a) – kan retten beskikke en advokat, når særlige omstændigheder taler for det (stk. 5). "
            "Bed politiet om det, når du anmelder."
        ),
        source=SRC, valid_from=LBK, valid_from_note=LBK_NOTE, reviewed=REVIEWED,
        note="Stalking (§ 242) kom med i stk. 1 ved lov nr. 2600/2021 (jf. lovforslaget L 15, 2021-22).",
    ),
    Rule(
        key="offerraadgivning", law="BEK 1108/2007 om vejledning af forurettede", section="§ 1, stk. 1",
        group=G,
        title="Politiet skal fortælle dig om bistandsadvokat, erstatning og offerrådgivning",
        requires=(
            "Når du anmelder, skal politiet vejlede dig om bistandsadvokat, om at kræve erstatning under straffesagen, "
            "om erstatning fra staten og om muligheden for støtte fra en offerrådgivning. Offerrådgivningen er "
            "gratis og anonym støtte til ofre og vidner."
        ),
        source=SRC_1108, valid_from=date(2007, 9, 21), reviewed=REVIEWED,
        valid_from_note=(
            "Datoen er bekendtgørelsens udstedelsesdato; ikrafttrædelsesdatoen er ikke læst. Selve "
            "offerrådgivningerne har ikke en lovregel i de gemte kilder – at de er gratis og anonyme, er deres egen "
            "oplysning (offerraadgivning.dk)."
        ),
    ),
)
