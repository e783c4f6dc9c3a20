"""Straffeloven: who brings the case and when the right lapses (§§ 275, 93, 94, 96).

The offences are in ``straffeloven.py``; these rules say what happens to them: who prosecutes, when criminal
liability and the right to a private case lapse. Same sources and comparison as ``straffeloven.py``.
"""
from __future__ import annotations

from ..model import Rule
from .straffeloven import G, LAW, LBK_2007, LBK_2007_NOTE, LBK_2022, REVIEWED, SRC

RULES: tuple[Rule, ...] = (
    Rule(
        key="strfl-275", law=LAW, section="§ 275", group=G,
        title="Hvem rejser sagen (påtale)",
        requires=(
            "Forbrydelser i kapitel 27 (bl.a. §§ 263–268) er undergivet privat påtale. Undtagelsen er "
            "§§ 266–266 b, som politiet selv forfølger. Du kan bede om offentlig påtale 1) for §§ 263–264 e og "
            "for § 267 jf. § 268 (bagvaskelse), 2) når du beskyldes for noget, der kan koste dig en offentlig "
            "stilling, og 3) når en alvorlig beskyldning er spredt anonymt."
        ),
        source=SRC, valid_from=LBK_2022, reviewed=REVIEWED,
        valid_from_note="Henvisningen til § 264 e står fra LBK nr. 1360 af 28.9.2022; før da »§§ 263-264 d«.",
        changed="§ 264 e kom med i stk. 2, nr. 1.",
    ),
    Rule(
        key="strfl-93", law=LAW, section="§ 93", group=G,
        title="Forældelse",
        requires=(
            "Strafansvaret forældes efter {param:up_to_1} år, når strafferammen højst er 1 år; efter {param:up_to_4} "
            "år, når den højst er 4 år; efter {param:up_to_10} år, når den højst er 10 år; og ellers efter "
            "{param:over_10} år. Fristen løber fra den dag, "
            "handlingen ophørte (§ 94). Overtræder én handling flere bestemmelser, gælder den længste frist for dem "
            "alle (stk. 4)."
        ),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE + " Det gælder stk. 1 og reglen om den længste frist.",
        reviewed=REVIEWED,
        note="Reglen om den længste frist var stk. 3 til LBK 976/2019 og er stk. 4 fra LBK 1650/2020.",
        params={"up_to_1": 2, "up_to_4": 5, "up_to_10": 10, "over_10": 15},
    ),
    Rule(
        key="strfl-94", law=LAW, section="§ 94", group=G,
        title="Hvornår forældelsen begynder og afbrydes",
        requires=(
            "Forældelsesfristen løber fra den dag, den strafbare handling ophørte. Den afbrydes, når den "
            "mistænkte får at vide, at han eller hun er sigtet, eller når anklagemyndigheden beder retten om et "
            "skridt, hvor den mistænkte sigtes (stk. 5)."
        ),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE + " Det gælder stk. 1.", reviewed=REVIEWED,
    ),
    Rule(
        key="strfl-96", law=LAW, section="§ 96, stk. 1", group=G,
        title="Frist for privat straffesag",
        requires=(
            "Retten til at anlægge privat straffesag eller bede om offentlig påtale bortfalder {param:months|måned|måneder} efter, "
            "at du har fået tilstrækkelig viden til at gå videre — typisk når du ved, hvem der gjorde det."
        ),
        source=SRC, valid_from=LBK_2007, valid_from_note=LBK_2007_NOTE + " Det gælder stk. 1.", reviewed=REVIEWED,
        params={"months": 6},
    ),
)
