"""Offererstatningsloven (victim compensation from the state), LBK nr. 1400 af 26.11.2025.

Paraphrases, not quotes. Checked against the consolidated texts LBK 1400/2025 and
LBK 1209/2014 (research sheet, section 1). The deadline calculator reads the
numbers from ``params``; nothing else may repeat them.
"""
from __future__ import annotations

from datetime import date

from ..model import Rule, Source

LAW = "Offererstatningsloven"
SRC = Source(
    "Offererstatningsloven, LBK nr. 1400 af 26.11.2025 (retsinformation.dk)",
    "https://www.retsinformation.dk/eli/lta/2025/1400",
)
REVIEWED = date(2026, 12, 1)
G = "offererstatning"

# 72 hours is in LBK 1209/2014; it very probably dates from lov nr. 412/2011, whose
# in-force date was not verified, so the version starts at the oldest text we read.
_SINCE_2014 = date(2014, 11, 18)
_SINCE_2014_NOTE = (
    "Gælder senest fra LBK nr. 1209 af 18.11.2014. Reglen er sandsynligvis fra 2011 "
    "(lov nr. 412 af 9.5.2011), men datoen for ikrafttræden er ikke tjekket."
)

RULES: tuple[Rule, ...] = (
    Rule(
        key="offerst-10", law=LAW, section="§ 10, stk. 1", group=G,
        title="Anmeld til politiet inden {param:hours|time|timer}",
        requires=(
            "Du kan kun få erstatning fra staten, hvis forbrydelsen er anmeldt til politiet inden {param:hours|time|timer}. "
            "Kommer der en straffesag, skal du også kræve erstatning under sagen. Fristen kan fraviges, hvis "
            "forholdene taler for det (stk. 2)."
        ),
        source=Source(
            "Offererstatningsloven, LBK nr. 1209 af 18.11.2014 (retsinformation.dk)",
            "https://www.retsinformation.dk/eli/lta/2014/1209",
        ),
        valid_from=_SINCE_2014, valid_from_note=_SINCE_2014_NOTE, valid_to=date(2025, 11, 25), reviewed=REVIEWED,
        note=(
            "I LBK 1209/2014 havde § 10 kun stk. 1 (72 timer), stk. 2 (kan fraviges) og stk. 3 (politiets vejledning). "
            "Hvornår undtagelserne for seksualforbrydelser og for pleje- og omsorgspersonale kom til, er ikke læst; "
            "slutdatoen er dagen før LBK 1400/2025."
        ),
        params={"hours": 72},
    ),
    Rule(
        key="offerst-10", law=LAW, section="§ 10, stk. 1", group=G,
        title="Anmeld til politiet inden {param:hours|time|timer}",
        requires=(
            "Du kan kun få erstatning fra staten, hvis forbrydelsen er anmeldt til politiet inden {param:hours|time|timer}. "
            "Kommer der en straffesag, skal du også kræve erstatning under sagen. Fristen gælder ikke for "
            "visse seksualforbrydelser (stk. 2). Den skal fraviges for pleje- og omsorgspersonale, når "
            "pædagogiske eller behandlingsmæssige hensyn taler imod en anmeldelse (stk. 3). Og den kan "
            "fraviges, hvis forholdene taler for det (stk. 4)."
        ),
        source=SRC, valid_from=date(2025, 11, 26), reviewed=REVIEWED,
        valid_from_note=(
            "Datoen er LBK 1400/2025, hvor stk. 2-4 er læst. Ændringslovene mellem 2014 og 2025 er ikke læst, så "
            "stk. 2 og 3 kan gælde fra før."
        ),
        note=(
            "Højesteret underkendte i 2018 nævnets strammere praksis for pædagoger (dom af 4.9.2018, sag 145/2017)."
        ),
        changed="Undtagelser for visse seksualforbrydelser (stk. 2) og for pleje- og omsorgspersonale (stk. 3).",
        params={"hours": 72},
    ),
    Rule(
        key="offerst-13", law=LAW, section="§ 13, stk. 1-2", group=G,
        title="Søg Erstatningsnævnet inden {param:years} år",
        requires=(
            "Erstatningsnævnet kan ikke behandle en ansøgning, der kommer mere end {param:years} år efter forbrydelsen, "
            "medmindre der er særlige grunde. Er der faldet dom, løber fristen fra dommen blev endelig. "
            "Har politiet efterforsket sagen uden at rejse en straffesag, løber den fra politiets afgørelse om at "
            "indstille efterforskningen (stk. 2)."
        ),
        source=SRC, valid_from=_SINCE_2014, valid_from_note=_SINCE_2014_NOTE, reviewed=REVIEWED,
        note="Stk. 1 og 2 er ordret de samme i LBK 1209/2014 og LBK 1400/2025. Ansøgningen skal sendes digitalt.",
        params={"years": 2},
    ),
    Rule(
        key="offerst-13-3", law=LAW, section="§ 13, stk. 3", group=G,
        title="Fristen ved afslag fra voldsskadeforsikringen",
        requires=(
            "Kun ved voldsskadeforsikringen: Afviser forsikringsselskabet eller den selvforsikrede arbejdsgiver, at "
            "skaden er dækket af voldsskadeforsikringen (arbejdsskadesikringslovens § 49 b, stk. 1), løber de {param:years} år "
            "fra den afgørelse – hvis du anmeldte skaden til dem inden {param:years} år efter forbrydelsen. Voldsskadeforsikringen "
            "dækker vold og trusler på arbejdet fra personer, du drager omsorg for, i social-, ældre-, sundheds- og "
            "undervisningssektoren (§ 49 a). Et afslag på en almindelig arbejdsskade flytter ikke fristen."
        ),
        source=SRC, valid_from=date(2025, 11, 26), reviewed=REVIEWED,
        valid_from_note=(
            "Datoen er LBK 1400/2025, hvor ordlyden er læst. I LBK 1209/2014 handlede stk. 3 om noget andet (nye krav "
            "i en afsluttet sag). Voldsskadeforsikringen (§§ 49 a-49 b) står i arbejdsskadesikringsloven fra "
            "LBK 894/2024, ikke i LBK 1186/2022. Hvornår stk. 3 trådte i kraft, er ikke læst."
        ),
        changed="Ny regel: fristen løber fra voldsskadeforsikringens afslag.",
        params={"years": 2},
    ),
    Rule(
        key="offerst-6", law=LAW, section="§ 6", group=G,
        title="Erstatning, selv om gerningspersonen er ukendt",
        requires=(
            "Du kan få erstatning, selv om gerningspersonen er ukendt eller ikke kan findes – fx bag en anonym "
            "profil – er under 15 år eller ikke kan straffes. Du kan også få erstatning, selv om den tiltalte "
            "frifindes, når lovens betingelser i øvrigt er opfyldt."
        ),
        source=SRC, valid_from=_SINCE_2014, valid_from_note=_SINCE_2014_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="offerst-7", law=LAW, section="§ 7", group=G,
        title="Staten betaler kun det, andre ikke dækker",
        requires=(
            "Staten betaler ikke det, som gerningspersonen betaler, eller som dækkes af en forsikring eller andre "
            "ydelser, der er egentlig erstatning – fx en arbejdsskadeerstatning. Søg derfor også de andre steder."
        ),
        source=SRC, valid_from=_SINCE_2014, valid_from_note=_SINCE_2014_NOTE, reviewed=REVIEWED,
    ),
    Rule(
        key="offerst-11c", law=LAW, section="§ 11 c", group=G,
        title="Nævnet venter på straffesagen",
        requires=(
            "Nævnet træffer først afgørelse, når straffesagen er afgjort ved endelig dom, eller efterforskningen er "
            "indstillet. Det venter også for at se, om skaden dækkes andre steder. Det kan gøre undtagelser, hvis "
            "forholdene taler for det (stk. 2). Søg alligevel inden fristen."
        ),
        source=SRC, valid_from=date(2025, 11, 26), reviewed=REVIEWED,
        valid_from_note="Ordlyden er læst i LBK 1400/2025; § 11 c står ikke i LBK 1209/2014. Ikrafttræden er ikke læst.",
        changed="Ny regel om, at nævnet venter på straffesagen.",
    ),
    Rule(
        key="offerst-1", law=LAW, section="§ 1, stk. 1", group=G,
        title="Hvad giver ret til offererstatning",
        requires=(
            "Staten erstatter personskade – også psykisk – der skyldes en overtrædelse af straffeloven eller af "
            "tilholdsloven (fx et brud på et tilhold), begået i Danmark."
        ),
        source=SRC, valid_from=date(2025, 11, 26), reviewed=REVIEWED,
        valid_from_note="Ordlyden er læst i LBK 1400/2025. Ældre udgaver er ikke sammenlignet for denne bestemmelse.",
    ),
    Rule(
        key="erstatningsnaevnet-digital", law="BEK 772/2021 om Erstatningsnævnets behandling af ansøgninger",
        section="§§ 1-2", group=G,
        title="Søg digitalt",
        requires=(
            "Ansøgningen skal sendes med Erstatningsnævnets digitale selvbetjening. En ansøgning, der ikke er sendt "
            "digitalt, bliver afvist. Kan du ikke bruge den digitale løsning – fx på grund af handicap eller manglende "
            "it-kompetencer – kan nævnet give dispensation (§ 2)."
        ),
        source=Source(
            "BEK nr. 772 af 29.4.2021 om Erstatningsnævnets behandling af ansøgninger (retsinformation.dk)",
            "https://www.retsinformation.dk/eli/lta/2021/772",
        ),
        valid_from=date(2021, 5, 1), first_in_force=True, reviewed=REVIEWED,
        valid_from_note="§ 8: »Bekendtgørelsen træder i kraft den 1. maj 2021.«",
        changed="Digital ansøgning blev obligatorisk.",
    ),
)
