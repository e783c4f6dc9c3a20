"""«Er det strafbart?»: the questions, declared once, in the order they are asked.

One first question, «what happened?», with several choices; then follow-ups only for what was chosen; then
who is behind it (which decides whether the rules for public employees apply, without asking the user to
judge «is it about my work?»). The reasons for each question and hint are measured in ``spoergsmaal.md``
beside this file. Text and graph change together here, and :mod:`.check` validates both.
"""
from __future__ import annotations

from .model import Condition, Option, Question, when

JA, NEJ = "ja", "nej"


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
            Option("skrevet", "Nogen har skrevet eller sagt noget grimt om dig eller til dig",
                   "Står der også, hvor du bor? Så vælg også «Nogen har taget eller lagt … ud»."),
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
            Option("hus", "Billeder af dit hus eller din opgang, taget fra gaden",
                   "Så kan andre se, hvor du bor — også når billedet er taget fra et sted, der er åbent for alle."),
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
            "Fristen for en privat straffesag løber først, når du ved, hvem det er."
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
