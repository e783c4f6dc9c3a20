"""«Er det strafbart?» — the questions, the outcomes and their conditions, declared once.

This module is the one source for the browser tool, the pre-rendered no-JS pages,
the Mermaid diagram and the tests. The legal facts (§, penalty, who prosecutes,
source, dates) are read from :mod:`chikane.rules` through ``rule_keys``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from . import rules
from .errors import InputError
from .request_fields import request_day
from .flow_model import (
    END,
    Always,
    Answers,
    Condition,
    NoneFired,
    Not,
    Option,
    Outcome,
    Question,
    SomeFired,
    all_of,
    any_of,
    may_hold,
    when,
)
from .workplace import Workplace, parse_workplace

JA, NEJ = "ja", "nej"

# --- the questions ----------------------------------------------------------------
# One first question, «what happened?», with several choices; then follow-ups only for
# what was chosen; then who is behind it (which decides whether the rules for public
# employees apply, without asking the user to judge «is it about my work?»). The reasons
# for each question and hint are measured in docs/udvikler/spoergsmaal.md.


def _hvad(*ids: str) -> Condition:
    return when("hvad", *ids)


QUESTIONS: tuple[Question, ...] = (
    Question(
        "hvad",
        "Hvad er der sket? Vælg alt, der passer.",
        "Du kan vælge flere. Du kan rette dine svar bagefter.",
        (
            Option("trussel", "Nogen har truet dig eller din familie",
                   "Også i en sms, en mail eller et opslag — og også når truslen ikke er sagt direkte."),
            Option("opsoegt", "Nogen venter på dig, følger efter dig eller er kommet til dit hjem"),
            Option("kontakt", "Du bliver kontaktet igen og igen",
                   "Fx mange beskeder, opkald eller mails fra den samme person."),
            Option("delt", "Nogen har taget eller lagt billeder, video eller oplysninger om dig ud",
                   "Fx din adresse, billeder af dig eller oplysninger om din familie."),
            Option("skrevet", "Nogen har skrevet eller sagt noget grimt om dig eller til dig"),
            Option("falsk", "Nogen udgiver sig for at være dig",
                   "Fx en falsk profil i dit navn eller et redigeret billede af dig."),
            Option("gruppe", "Nogen skriver hadefuldt eller truende om en gruppe",
                   "Fx om «jobcentrets ansatte», om indvandrere eller om en religion — uden at nævne dig."),
            Option("optagelse", "Et møde med dig er optaget og lagt ud",
                   "Fx en video eller lydfil fra en samtale, lagt på YouTube eller Facebook."),
            Option("aktindsigt", "Nogen har bedt om aktindsigt i oplysninger om dig",
                   "Fx i din personalesag."),
            Option("andet", "Noget andet"),
        ),
        multi=True,
    ),
    Question(
        "trussel_hvad",
        "Hvad truer personen med? Vælg det alvorligste.",
        "Forstår du det som en trussel om vold, så vælg vold — også hvis ordet ikke er sagt.",
        (
            Option("vold", "Vold: at slå, skade eller dræbe dig eller din familie"),
            Option("uklar", "Det er ikke sagt direkte, men du bliver bange",
                   "Fx «Jeg ved, hvor du bor, og hvor dine børn går i skole.»"),
            Option("andet_ondt", "At gøre noget andet strafbart mod dig",
                   "Fx at ødelægge dine ting eller lægge billeder af dig ud."),
            Option("pres", "At anmelde dig eller hænge dig ud, hvis du ikke gør, som personen vil",
                   "Fx «Ændr afgørelsen, ellers anmelder jeg dig til politiet.» At klage over dig eller din "
                   "afgørelse er ikke en trussel. Det er en ret."),
        ),
        ask_if=_hvad("trussel"),
    ),
    Question(
        "gentaget",
        "Er det sket flere gange?",
        "Tæl hver besked, hvert opkald og hver gang personen har ventet på dig eller fulgt efter dig.",
        (
            Option(JA, "Ja, flere gange, eller det bliver ved"),
            Option("en_gang", "Nej, én gang indtil nu"),
        ),
        ask_if=_hvad("opsoegt", "kontakt"),
    ),
    Question(
        "delt_hvad",
        "Hvad er taget eller lagt ud? Vælg alt, der passer.",
        "Det gælder, uanset om det er lagt på nettet eller kun er taget.",
        (
            Option("adresse", "Din adresse, dit telefonnummer eller din nummerplade",
                   "Også hvis der står, at folk kan «besøge» dig."),
            Option("hjemme", "Billeder eller video taget i dit hjem, din have eller et andet sted, der ikke er åbent for alle",
                   "Fx gennem dit vindue. Er du i tvivl, om stedet er åbent for alle, så vælg dette."),
            Option("privat", "Oplysninger eller billeder om dit privatliv",
                   "Fx om dit helbred, din familie eller dit parforhold."),
            Option("offentligt", "Billeder eller video af dig på arbejdet, et offentligt sted eller fra en profil",
                   "Fx i et supermarked, på gaden eller dit billede fra LinkedIn. Et møde med en borger: vælg «Et møde "
                   "med dig er optaget» i første spørgsmål."),
        ),
        ask_if=_hvad("delt"),
        multi=True,
    ),
    Question(
        "skrevet_hvad",
        "Hvad står der? Vælg alt, der passer.",
        "Vælg «Jeg er i tvivl», hvis du ikke ved, hvor ordene hører til. Så viser vi, hvad de kan være.",
        (
            Option("beskyld", "At du har gjort noget bestemt forkert",
                   "Fx at du lyver, snyder, tager imod bestikkelse eller har begået noget strafbart."),
            Option("skaeldsord", "Skældsord eller grove fornærmelser",
                   "Fx «svin», «idiot», «klovn» eller «heks» — skrevet til dig eller om dig."),
            Option("oprindelse", "Nedsættende ord om din hudfarve, oprindelse, tro, handicap eller seksualitet"),
            Option("kritik", "Kritik eller vurderinger af dig eller dit arbejde",
                   "Fx «inkompetent», «uden empati», «magtbegærlig», «en skændsel», «racist», eller at en afgørelse "
                   "er forkert eller ulovlig."),
            Option("ved_ikke", "Jeg er i tvivl om, hvad det er"),
        ),
        ask_if=_hvad("skrevet"),
        multi=True,
        dont_know="«Jeg er i tvivl» viser de regler, ordene kan falde ind under. Politiet vurderer det, når du anmelder.",
    ),
    Question(
        "sandt",
        "Er beskyldningen sand?",
        "",
        (
            Option(NEJ, "Nej, den er ikke sand"),
            Option("delvist", "Der kan være noget om det"),
            Option("ved_ikke", "Ved ikke", "Fx hvis beskyldningen handler om hele jobcentret."),
        ),
        ask_if=when("skrevet_hvad", "beskyld"),
        dont_know="«Ved ikke» giver det samme som «Der kan være noget om det». Er beskyldningen usand, kan det være bagvaskelse.",
    ),
    Question(
        "gruppe_hvad",
        "Hvad står der om gruppen? Vælg alt, der passer.",
        "",
        (
            Option("vold", "At nogen i gruppen burde slås, skydes eller på anden måde skades"),
            Option("nedvaerdig", "At gruppen er mindre værd på grund af hudfarve, oprindelse, tro, handicap eller seksualitet"),
            Option("kritik", "Grim kritik af gruppen", "Fx at de ansatte er dovne eller burde fyres."),
        ),
        ask_if=_hvad("gruppe"),
        multi=True,
    ),
    Question(
        "hvem",
        "Hvem står bag?",
        "",
        (
            Option("borger", "En borger, jeg har eller har haft en sag med"),
            Option("arbejde", "En anden, der er vred over mit arbejde eller min arbejdsplads"),
            Option("privat", "En, jeg kender privat. Det har intet med mit arbejde at gøre"),
            Option("ukendt", "Ved ikke", "Fx en anonym profil."),
        ),
        dont_know=(
            "«Ved ikke» viser både de regler, der gælder, fordi du er offentligt ansat, og de almindelige regler. "
            f"Fristen for en privat straffesag løber først, når du ved, hvem det er."
        ),
    ),
    Question(
        "platform",
        "Ligger noget af det på en platform som Facebook, YouTube, TikTok, Instagram eller X?",
        "",
        (
            Option(JA, "Ja"),
            Option(NEJ, "Nej", "Fx kun sms, mail, brev eller ansigt til ansigt."),
        ),
        ask_if=_hvad("trussel", "delt", "skrevet", "falsk", "gruppe", "optagelse"),
    ),
)

START = QUESTIONS[0].id
QUESTION_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}


def _param(key: str, name: str) -> int | str:
    """A number the texts below mention, read from the rule (the newest version) so it is never typed twice."""
    return rules.versions(key)[-1].params[name]


POLICE_HOURS = _param("offerst-10", "hours")
PRIVATE_CASE_MONTHS = _param("strfl-96", "months")
AKTINDSIGT_DAYS = _param("offl-36", "working_days")

# Who is behind it decides whether the rules for public employees (§§ 119, 119 a, 121) can apply.
# «Ved ikke» keeps them in: the cards say they apply if it is because of the work.
ARBEJDE = when("hvem", "borger", "arbejde", "ukendt")
IKKE_ARBEJDE = when("hvem", "privat")
BORGER = when("hvem", "borger")


def T(*ids: str) -> Condition:
    return when("trussel_hvad", *ids)


def D(*ids: str) -> Condition:
    return when("delt_hvad", *ids)


def S(*ids: str) -> Condition:
    return when("skrevet_hvad", *ids)


def G(*ids: str) -> Condition:
    return when("gruppe_hvad", *ids)


VOLDSTRUSSEL = any_of(T("vold", "uklar"), G("vold"))
GENTAGET = all_of(_hvad("opsoegt", "kontakt"), when("gentaget", JA))
KRITIK = any_of(S("kritik"), G("kritik"))

OUTCOMES: tuple[Outcome, ...] = (
    # --- fare: shown first, before anything else ------------------------------
    Outcome(
        "fare", "fare", "Er du i fare? Ring 112",
        "Er du i fare lige nu, eller står personen uden for dit hjem, så ring 112. Det gælder, uanset hvad der er sagt "
        "eller skrevet.",
        any_of(_hvad("trussel", "opsoegt"), D("adresse"), G("vold")),
    ),
    # --- kan være strafbart -------------------------------------------------
    Outcome(
        "trusler_ansat", "strafbart", "Trussel om vold mod en offentligt ansat",
        "En trussel om vold mod dig på grund af dit arbejde kan være strafbar. Det gælder også en trussel, der ikke er "
        "sagt direkte, og trusler i et offentligt opslag — også mod «de ansatte» som gruppe.",
        all_of(ARBEJDE, VOLDSTRUSSEL), ("strfl-119",),
        {"leder": ("Vurder i dag, hvad der skal gøres for medarbejderens sikkerhed, også uden for arbejdstid.",)},
    ),
    Outcome(
        "trusler_pres", "strafbart", "Pres for at ændre en afgørelse",
        "Det kan være strafbart at true dig med at anmelde dig eller hænge dig ud for at få dig til at ændre en "
        "afgørelse eller for at hindre dig i dit arbejde.",
        all_of(ARBEJDE, T("pres")), ("strfl-119-2",),
        {"leder": ("Tag sagen fra medarbejderen, hvis presset fortsætter, og lad en anden træffe afgørelsen.",)},
    ),
    Outcome(
        "trusler", "strafbart", "Trusler",
        "En trussel om at gøre noget strafbart kan være strafbar for alle, når den kan gøre dig alvorligt bange for "
        "dit eget eller andres liv, helbred eller velfærd — også uden for arbejdet.",
        T("vold", "uklar", "andet_ondt"), ("strfl-266",),
    ),
    Outcome(
        "chikane_ansat", "strafbart", "Chikane af en offentligt ansat",
        "Det kan være strafbart at chikanere dig på grund af dit arbejde: at opsøge, følge eller kontakte dig, at "
        "lægge din adresse eller billeder af dig ud, eller at udgive sig for at være dig.",
        all_of(ARBEJDE, _hvad("opsoegt", "kontakt", "delt", "falsk")), ("strfl-119a",),
        {"leder": ("Aftal med medarbejderen i dag, hvem der anmelder til politiet, og følg op.",)},
    ),
    Outcome(
        "stalking", "strafbart", "Stalking",
        "Når nogen igen og igen kontakter, følger eller chikanerer dig, kan det være stalking. Der er ikke noget fast "
        "antal gange eller uger.",
        GENTAGET, ("strfl-242",),
    ),
    Outcome(
        "fotografering", "strafbart", "Fotograferet et sted, der ikke er åbent for alle",
        "Det kan være strafbart at fotografere dig uden lov, når du er et sted, der ikke er åbent for alle, fx i dit "
        "hjem. Det gælder, også når billederne ikke er lagt ud.",
        D("hjemme"), ("strfl-264a",),
    ),
    Outcome(
        "private_oplysninger", "strafbart", "Oplysninger eller billeder om dit privatliv delt",
        "Det kan være strafbart at give oplysninger eller billeder om dit privatliv videre, fx om dit helbred, din "
        "familie eller billeder fra dit hjem. Din adresse alene regnes som regel ikke som et privat forhold.",
        D("privat", "hjemme"), ("strfl-264d",),
    ),
    Outcome(
        "falsk_profil", "strafbart", "Falsk profil eller misbrug af din identitet",
        "Det kan være strafbart at udgive sig for at være dig eller bruge dit navn eller billede, så det ligner dig.",
        _hvad("falsk"), ("strfl-264e",),
        {"kollega": ("Meld også selv profilen til platformen.",)},
    ),
    Outcome(
        "haan_ansat", "strafbart", "Hån og skældsord mod en offentligt ansat",
        "Hån, skældsord og grove fornærmelser kan være strafbare, når de bliver sagt eller skrevet til dig på grund "
        "af dit arbejde. Kritik af dig eller en afgørelse er ikke hån.",
        all_of(ARBEJDE, S("skaeldsord", "oprindelse", "ved_ikke")), ("strfl-121",),
    ),
    Outcome(
        "aerekraenkelse", "strafbart", "Ærekrænkelse",
        "Beskyldninger, der kan skade dit ry, og grove fornærmelser kan være ærekrænkelse — også når de er skrevet om "
        "dig til andre. Det er straffrit, hvis der var rimelig anledning til det. Retten ser bl.a. på, om "
        "beskyldningen er sand.",
        S("beskyld", "skaeldsord", "oprindelse", "ved_ikke"), ("strfl-267", "strfl-269"),
    ),
    Outcome(
        "bagvaskelse", "strafbart", "Bagvaskelse",
        "En alvorlig beskyldning, der er usand, kan straffes strengere end anden ærekrænkelse. Det samme gælder en "
        "beskyldning, der er spredt i et massemedie og kan skade dig væsentligt.",
        all_of(S("beskyld"), when("sandt", NEJ)), ("strfl-268",),
    ),
    Outcome(
        "opfordring", "strafbart", "Opfordring til vold",
        "Det kan være strafbart offentligt at opfordre til vold eller hærværk, fx at skrive, at jobcentrets ansatte "
        "burde skydes. Politiet rejser sagen.",
        G("vold"), ("strfl-266a",),
    ),
    Outcome(
        "skaerpende", "strafbart", "Skærpende: det skyldes dit arbejde",
        "Sker en forbrydelse mod dig eller din familie på grund af dit arbejde, tæller det som skærpende, når straffen "
        "bliver fastsat. Det gælder fx trusler, deling af private billeder, ærekrænkelse og stalking.",
        all_of(ARBEJDE, any_of(T("vold", "uklar", "andet_ondt"), D("privat", "hjemme"),
                               S("beskyld", "skaeldsord", "oprindelse", "ved_ikke"), GENTAGET, _hvad("falsk"))),
        ("strfl-81-14",),
    ),
    Outcome(
        "gruppe", "strafbart", "Racistiske eller nedværdigende udtalelser",
        "Offentlige udtalelser, der truer, håner eller nedværdiger en gruppe på grund af fx hudfarve, oprindelse, "
        "tro, handicap eller seksualitet, kan være strafbare. Politiet rejser sagen.",
        any_of(G("nedvaerdig"), all_of(S("oprindelse"), when("platform", JA))), ("strfl-266b",),
    ),
    # --- andre veje: remedies, each from a rule ------------------------------
    Outcome(
        "tilhold", "anden_vej", "Tilhold, strakstilhold og opholdsforbud",
        "Politiet kan forbyde personen at kontakte dig (tilhold) — også med det samme, mens sagen undersøges "
        "(strakstilhold) — og forbyde personen at komme i nærheden af dit hjem eller din arbejdsplads "
        "(opholdsforbud). Du beder selv politiet om det, fx når du anmelder.",
        _hvad("trussel", "opsoegt", "kontakt"), ("tilhold", "tilhold-straks", "tilhold-opholdsforbud", "tilhold-anmodning"),
        {"ansat": ("Bed politiet om et tilhold, når du anmelder. Sig, om du har brug for det med det samme.",)},
    ),
    Outcome(
        "adressebeskyttelse", "anden_vej", "Navne- og adressebeskyttelse",
        "Du kan bede din kommune om navne- og adressebeskyttelse i CPR. Så må din adresse ikke gives videre til "
        "private, fx firmaer, der sælger adresser.",
        any_of(D("adresse"), _hvad("opsoegt"), T("vold", "uklar", "andet_ondt")), ("cpr-28",),
        {"ansat": ("Bed din kommune om navne- og adressebeskyttelse.",)},
    ),
    Outcome(
        "sikkerhed", "anden_vej", "Arbejdsgiveren skal passe på din sikkerhed",
        "Arbejdsgiveren skal vurdere risikoen og gøre noget ved den — også uden for arbejdstid. Fx at du ikke mødes "
        "alene med borgeren, at en kollega overtager sagen, og at I aftaler, hvordan du kommer sikkert hjem.",
        all_of(ARBEJDE, any_of(_hvad("trussel", "opsoegt", "kontakt"), D("adresse"))), ("bek1406-3",),
        {"leder": ("Aftal sikkerheden med medarbejderen i dag: ingen møder alene med borgeren, en anden på sagen, "
                   "vejen hjem.",)},
    ),
    Outcome(
        "habilitet", "anden_vej", "Du kan blive taget af borgerens sag",
        "Har borgeren truet eller chikaneret dig, kan der være tvivl om, hvorvidt du kan behandle hans sag upartisk. "
        "Så må du ikke selv behandle den. Tal med din leder om, at en kollega overtager sagen. Lederen afgør det.",
        all_of(BORGER, any_of(_hvad("trussel", "opsoegt", "kontakt", "delt", "falsk"),
                              S("beskyld", "skaeldsord", "oprindelse", "ved_ikke"))), ("fvl-3",),
        {"leder": ("Vurder, om en kollega skal overtage borgerens sag.",)},
    ),
    Outcome(
        "kontaktbegraensning", "anden_vej", "Arbejdspladsen kan begrænse borgerens kontakt",
        "Arbejdspladsen kan i særlige tilfælde bestemme, at borgeren fx kun må skrive og ikke møde op. Det er en "
        "afgørelse: den skal være saglig og rimelig og som udgangspunkt gælde for en bestemt tid.",
        all_of(BORGER, _hvad("trussel", "opsoegt", "kontakt")), ("kontaktbegraensning",),
        {"leder": ("Overvej at begrænse borgerens kontakt. Det er en afgørelse, så lad en jurist hjælpe.",)},
    ),
    Outcome(
        "bistandsadvokat", "anden_vej", "Bistandsadvokat: en gratis advokat til dig",
        "I sager om trusler mod offentligt ansatte og om stalking har du ret til en advokat, som staten betaler. Bed "
        "politiet om det, når du anmelder.",
        any_of(all_of(ARBEJDE, any_of(VOLDSTRUSSEL, T("pres"))), GENTAGET), ("rpl-741a",),
        {"ansat": ("Bed politiet om en bistandsadvokat.",)},
    ),
    Outcome(
        "offerraadgivning", "anden_vej", "Hjælp som offer",
        "Når du anmelder, skal politiet fortælle dig om bistandsadvokat, om erstatning og om offerrådgivning, hvor du "
        "kan tale med nogen om det, der er sket.",
        SomeFired("strafbart"), ("offerraadgivning",),
    ),
    Outcome(
        "ukendt_gerningsmand", "anden_vej", "Erstatning, selv om du ikke ved, hvem det er",
        "Du kan få erstatning fra staten, selv om gerningspersonen er ukendt, fx bag en anonym profil. Anmeld det "
        "alligevel til politiet.",
        all_of(when("hvem", "ukendt"), SomeFired("strafbart")), ("offerst-6",),
    ),
    Outcome(
        "datatilsynet", "anden_vej", "Klage til Datatilsynet kan være en mulighed",
        "Databeskyttelsesreglerne kan gælde, når nogen lægger oplysninger eller billeder af dig ud. En privatpersons "
        "opslag kan falde uden for reglerne, hvis det er rent privat. Datatilsynet vurderer det konkret.",
        D("adresse", "hjemme", "privat"), ("gdpr-77",),
        {"ansat": ("Bed platformen om at fjerne det. Hjælper det ikke, kan du klage til Datatilsynet.",)},
    ),
    Outcome(
        "optagelse", "anden_vej", "Optagelse af et møde er lagt ud",
        "En borger må gerne optage et møde, han selv er med i. Det er kun strafbart at optage andres samtaler i "
        "skjul. At lægge optagelsen ud er ikke i sig selv strafbart, og en privatpersons opslag kan falde uden for "
        "databeskyttelsesreglerne. Følges optagelsen af chikane eller trusler, gælder de andre svar her.",
        _hvad("optagelse"), ("strfl-263-2", "dt-privat"),
        {"leder": ("Tal med medarbejderen om, hvordan optagelsen påvirker arbejdet, og om mødeformen skal ændres.",)},
    ),
    Outcome(
        "aktindsigt", "anden_vej", "En anmodning om aktindsigt",
        f"Enhver kan bede om aktindsigt, også i oplysninger om en ansat. Myndigheden skal som hovedregel svare inden "
        f"{AKTINDSIGT_DAYS} arbejdsdage. Personalesager er undtaget, bortset fra bl.a. stilling, uddannelse og løn. Dit "
        "navn skal holdes tilbage, hvis hensynet til din tryghed taler imod at udlevere det. En anmodning med et "
        "chikanøst formål kan afvises.",
        _hvad("aktindsigt"), ("offl-7", "offl-21", "offl-9", "offl-36"),
        {"ansat": ("Fortæl HR, hvis du er utryg ved, at dit navn bliver udleveret, og hvorfor.",),
         "leder": ("Lad HR eller en jurist behandle anmodningen, og fortæl medarbejderen, hvad der bliver udleveret.",)},
    ),
    Outcome(
        "platform", "anden_vej", "Anmeld det ulovlige indhold til platformen",
        "Platformen skal have en let måde at anmelde ulovligt indhold på. Skriv, hvilken regel du mener er overtrådt "
        "(se ovenfor), og indsæt links. Platformen skal svare uden unødig forsinkelse — der er ingen fast frist.",
        all_of(when("platform", JA), SomeFired("strafbart")), ("dsa-16",),
        {"ansat": ("Brug platformens anmeldeformular. Gem kvitteringen.",),
         "kollega": ("Anmeld også selv opslaget. Skriv ikke i kommentarfeltet.",)},
    ),
    # --- lovligt -------------------------------------------------------------
    Outcome(
        "lovligt", "lovligt", "Lovligt — det skal du tåle",
        "Ud fra dine svar er det kritik, som er lovlig. Borgere må gerne kritisere en myndighed, dens afgørelser og den "
        "måde, du udfører dit arbejde på — også skarpt og offentligt. Som offentligt ansat skal du tåle mere end "
        "andre. Det kan stadig være hårdt. Du skal ikke stå alene med det.",
        all_of(NoneFired("strafbart"), KRITIK),
    ),
    Outcome(
        "ikke_strafbart", "lovligt", "Ikke strafbart ud fra dine svar",
        "Ud fra dine svar kan vi ikke pege på en regel i straffeloven, der er overtrådt. Det betyder ikke, at du skal "
        "klare det alene. Se, hvad du og arbejdspladsen kan gøre.",
        all_of(NoneFired("strafbart"), Not(KRITIK)),
    ),
    # --- altid ---------------------------------------------------------------
    Outcome(
        "registrer", "altid", "Registrer hændelsen",
        "Registrer hændelsen i {system} senest {dage} dage efter hændelsesdagen. Det gælder også, når det ikke er "
        "strafbart.",
        Always(), (),
        {"leder": ("Sørg for, at hændelsen bliver registreret, og at medarbejderen ikke skal gøre det alene.",)},
        deadline_hint="Fristberegneren viser datoen for den interne frist.",
    ),
    Outcome(
        "leder", "altid", "Fortæl det til din leder",
        "Din leder skal vide det, så arbejdspladsen kan hjælpe dig og vurdere, om andre er berørt.",
        Always(), (),
        {"kollega": ("Spørg, om du skal gå med til lederen.",),
         "leder": ("Tal med medarbejderen samme dag. Spørg, hvad der hjælper lige nu.",)},
    ),
    # The employer's duties in BEK 1406/2020 concern work-related violence, so this track needs the work.
    Outcome(
        "politihjaelp", "altid", "Arbejdsgiveren skal tilbyde hjælp til politianmeldelse",
        "Når arbejdsgiveren ved, at du er udsat for vold, trusler eller chikane uden for arbejdstid på grund af dit "
        "arbejde, skal arbejdsgiveren tilbyde dig hjælp til at anmelde det til politiet.",
        ARBEJDE, ("bek1406-34",),
        {"leder": ("Tilbyd konkret hjælp til anmeldelsen: skriv den sammen, find sagsnummeret, tag med.",)},
    ),
    Outcome(
        "stoette", "altid", "Få støtte",
        "Tal med din arbejdsmiljørepræsentant eller tillidsrepræsentant. Spørg om psykologhjælp, hvis det fylder.",
        Always(), (),
        {"amr": ("Tilbyd en samtale, og vurder sammen med lederen, om andre er udsat.",),
         "kollega": ("Spørg, hvordan det går. Del ikke opslaget videre, og skriv ikke i kommentarerne.",)},
    ),
    Outcome(
        "politi72", "altid", f"Anmeld til politiet inden {POLICE_HOURS} timer, hvis du vil kunne få erstatning",
        f"Vil du have mulighed for erstatning fra staten, skal du som hovedregel anmelde til politiet inden "
        f"{POLICE_HOURS} timer efter hændelsen. Der er undtagelser.",
        SomeFired("strafbart"), ("offerst-10",),
        deadline_hint="Fristberegneren viser det præcise tidspunkt.",
    ),
    # ASL § 6 needs no crime: any work-related incident can cause a psychological injury (review E6).
    Outcome(
        "arbejdsskade", "altid", "Det kan være en arbejdsulykke",
        "En psykisk skade efter trusler, chikane eller en hård oplevelse på grund af arbejdet kan være en "
        "arbejdsulykke — også når det ikke er strafbart. {arbejdsskade_taerskel}",
        ARBEJDE, ("arbskade-31", "at-anmeldelse"),
        {"leder": ("{arbejdsskade_leder}",)},
        deadline_hint="Fristberegneren viser fristen for anmeldelse.",
    ),
)

OUTCOME_BY_ID: dict[str, Outcome] = {o.id: o for o in OUTCOMES}
KIND_ORDER = ("fare", "strafbart", "lovligt", "anden_vej", "altid")

# --- state in the URL ---------------------------------------------------------
# "hvad.trussel,delt-trussel_hvad.vold": enumerated ids only, never free text (it lands in the URL and history).
_ID = r"[a-z_]+"
_STATE_RE = re.compile(rf"^{_ID}\.{_ID}(?:,{_ID})*(?:-{_ID}\.{_ID}(?:,{_ID})*)*\Z")
MAX_STATE_CHARS = 400
NONE_CHOSEN = "Vælg mindst én af mulighederne. Passer ingen, så vælg «Noget andet»."


@dataclass(frozen=True)
class Walk:
    """A validated sequence of answers and where it leads."""

    answers: tuple[tuple[str, str], ...]
    next_question: Question | None  # None when the flow is complete

    @property
    def state(self) -> str:
        return encode_state(self.answers)

    @property
    def answer_map(self) -> dict[str, str]:
        return dict(self.answers)


def encode_state(answers: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    return "-".join(f"{q}.{o}" for q, o in answers)


def next_after(index: int, answers: Answers) -> Question | None:
    """The first question after position ``index`` whose ``ask_if`` holds (index -1: the first question)."""
    for q in QUESTIONS[index + 1:]:
        if q.ask_if is None or q.ask_if.holds(answers, frozenset()):
            return q
    return None


def questions_left(w: "Walk") -> int:
    """At most how many questions are left, the current one included (for «Spørgsmål 2 af højst 5»)."""
    if w.next_question is None:
        return 0
    given = w.answer_map
    i = QUESTIONS.index(w.next_question)
    return 1 + sum(1 for q in QUESTIONS[i + 1:] if q.ask_if is None or may_hold(q.ask_if, given))


def _check_answer(q: Question, value: str, position: int) -> None:
    ids = value.split(",") if value else []
    if not ids:
        raise InputError(q.id, NONE_CHOSEN)
    if len(ids) > 1 and not q.multi:
        raise InputError("svar", f"Spørgsmål {position} har kun ét svar. Start forfra.")
    order = [o.id for o in q.options]
    for oid in ids:
        if oid not in order:
            raise InputError("svar", f"«{oid}» er ikke et muligt svar på spørgsmål {position}. Start forfra.")
    if len(set(ids)) != len(ids) or ids != sorted(ids, key=order.index):
        raise InputError("svar", f"Svarene på spørgsmål {position} er skrevet forkert i linket. Start forfra.")


def walk(answers: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> Walk:
    """Follow the answers from the start; raise InputError if they do not fit the flow."""
    given: dict[str, str] = {}
    current = next_after(-1, given)
    for i, (qid, value) in enumerate(answers):
        if current is None:
            raise InputError("svar", "Der er flere svar, end der er spørgsmål. Start forfra.")
        if qid != current.id:
            raise InputError("svar", "Svarene passer ikke til spørgsmålene. Start forfra, eller ret dit sidste svar.")
        _check_answer(current, value, i + 1)
        given[qid] = value
        current = next_after(QUESTIONS.index(current), given)
    return Walk(tuple(answers), current)


def parse_state(state: Any) -> Walk:
    if state is None or state == "":
        return walk([])
    if not isinstance(state, str):
        raise InputError("svar", "Svarene i linket skal være tekst.")
    if len(state) > MAX_STATE_CHARS:
        raise InputError("svar", "Linket indeholder svar, som værktøjet ikke kan læse. Start forfra.")
    if state.endswith(".") and _STATE_RE.match(state + "x"):
        # The last question was sent with nothing chosen (a multiple-choice form): say so, by the question.
        head, _, qid = state[:-1].rpartition("-")
        w = walk([tuple(p.split(".", 1)) for p in head.split("-")] if head else [])
        if w.next_question is not None and w.next_question.id == qid:
            raise InputError(qid, NONE_CHOSEN)
    if not _STATE_RE.match(state):
        raise InputError("svar", "Linket indeholder svar, som værktøjet ikke kan læse. Start forfra.")
    pairs = [tuple(part.split(".", 1)) for part in state.split("-")]
    return walk([(q, o) for q, o in pairs])


# --- evaluation ---------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    outcome: Outcome
    reasons: tuple[tuple[str, str], ...]  # (question id, option id) that made it apply


def evaluate(answers: Answers) -> list[Finding]:
    """Every outcome that applies to a complete set of answers, in display order."""
    fired_kinds: set[str] = set()
    found: list[Finding] = []
    # Two passes: outcomes that look at other outcomes (NoneFired/SomeFired) come after those they look at.
    for phase in ("fare", "strafbart", "anden_vej", "lovligt", "altid"):
        for o in OUTCOMES:
            if o.kind != phase:
                continue
            if o.condition.holds(answers, frozenset(fired_kinds)):
                reasons = tuple(dict.fromkeys(o.condition.reasons(answers, frozenset(fired_kinds))))
                found.append(Finding(o, reasons))
        if any(f.outcome.kind == phase for f in found):
            fired_kinds.add(phase)
    return sorted(found, key=lambda f: (KIND_ORDER.index(f.outcome.kind), OUTCOMES.index(f.outcome)))


def offence_rule_keys(findings: list[Finding]) -> list[str]:
    """The criminal-law rule keys of the findings (what the deadline calculator needs for § 93)."""
    keys: list[str] = []
    for f in findings:
        if f.outcome.kind == "strafbart":
            keys.extend(k for k in f.outcome.rule_keys if rules.versions(k)[-1].max_penalty_years is not None)
    return list(dict.fromkeys(keys))


def work_injury_threshold(today: date) -> tuple[str, str]:
    """The one wording of when the employer must report a work accident, from the rule in force on ``today``.

    Returns (for the employee, for the leader). ASL § 31 stk. 1-2: absence beyond the day of the
    incident (from 1.7.2026 the rule's own minimum), or a possible claim for ydelser, e.g. treatment.
    """
    r = rules.current("arbskade-31", today)
    n = int(r.params.get("min_absence_days", 1))
    absence = f"{n} dag" if n == 1 else f"{n} dage"
    cond = (f"hvis du er sygemeldt i mindst {absence} ud over dagen for hændelsen, eller hvis du kan få brug for "
            "ydelser som betaling for psykologhjælp")
    at = rules.current("at-anmeldelse", today)
    at_n = int(at.params.get("min_absence_days", 1))
    at_absence = f"{at_n} dag" if at_n == 1 else f"{at_n} dage"
    leader = (f"Anmeld arbejdsulykken, hvis medarbejderen er sygemeldt i mindst {absence} ud over dagen for "
              "hændelsen, eller kan få brug for ydelser som betaling for psykologhjælp. Anmeld den også til "
              f"Arbejdstilsynet, når fraværet er mindst {at_absence} ud over dagen for hændelsen.")
    employee = (f"Arbejdsgiveren skal anmelde den, {cond}. Arbejdsgiveren anmelder den også til Arbejdstilsynet, "
                f"når fraværet er mindst {at_absence} ud over dagen for hændelsen.")
    return employee, leader


def fill(text: str, workplace: Workplace, today: date | None = None) -> str:
    from .request_fields import default_day

    employee, leader = work_injury_threshold(today or default_day())
    return text.format(navn=workplace.navn, system=workplace.haendelsessystem, dage=workplace.intern_frist_dage,
                       arbejdsskade_taerskel=employee, arbejdsskade_leder=leader)


# --- the JSON tool --------------------------------------------------------------

def one_answer_ahead(w: Walk) -> list[Walk]:
    """The walks one answer further on: one per option of the current question.

    None for a multiple-choice question: its answers are combinations, asked for when sent.
    """
    q = w.next_question
    if q is None or q.multi:
        return []
    return [walk(w.answers + ((q.id, o.id),)) for o in q.options]


def walk_from_request(request: Mapping[str, Any]) -> Walk:
    return parse_state(request.get("state"))
