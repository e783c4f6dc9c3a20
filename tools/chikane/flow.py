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
from .api import tool
from .errors import InputError
from .request_fields import request_day
from .flow_model import (
    END,
    Always,
    Answers,
    NoneFired,
    Option,
    Outcome,
    Question,
    SomeFired,
    all_of,
    any_of,
    when,
)
from .workplace import Workplace, parse_workplace

JA, NEJ = "ja", "nej"


def yes_no(next_yes: str, next_no: str, yes: str = "Ja", no: str = "Nej") -> tuple[Option, ...]:
    return (Option(JA, yes, next_yes), Option(NEJ, no, next_no))


START = "arbejde"

QUESTIONS: tuple[Question, ...] = (
    Question(
        "arbejde",
        "Handler det om dit arbejde som offentligt ansat?",
        "Svar ja, hvis det sker på arbejdet, eller hvis det sker i din fritid, men er på grund af dit arbejde.",
        yes_no("trussel", "trussel"),
    ),
    Question(
        "trussel",
        "Bliver du eller din familie truet?",
        "Fx med vold, med at nogen kommer hjem til dig, eller med at skade dine ting. Det gælder også trusler i opslag og kommentarer.",
        yes_no("private", "private"),
    ),
    Question(
        "private",
        "Har nogen delt private oplysninger eller billeder af dig?",
        "Fx din adresse, dit telefonnummer, oplysninger om din familie eller billeder fra dit privatliv.",
        yes_no("privat_sted", "anklage"),
    ),
    Question(
        "privat_sted",
        "Er billedet eller videoen taget et sted, der ikke er åbent for alle?",
        "Fx i dit hjem, i din have eller i et lukket lokale. Et møde på dit kontor tæller ikke her. Svar nej, hvis der ikke er billeder.",
        yes_no("anklage", "anklage"),
    ),
    Question(
        "anklage",
        "Bliver du beskyldt for noget, der kan skade dit ry?",
        "Fx at du lyver, snyder, tager imod bestikkelse eller bryder loven.",
        (
            Option("usand", "Ja, og beskyldningen er ikke sand", "haan"),
            Option("uvis", "Ja, men der kan være noget om det", "haan"),
            Option(NEJ, "Nej", "haan"),
        ),
    ),
    Question(
        "haan",
        "Bliver du hånet, kaldt grimme ting eller groft fornærmet?",
        "Fx skældsord om dig som person. Kritik af en afgørelse er ikke hån.",
        yes_no("gruppe", "gruppe"),
    ),
    Question(
        "gruppe",
        "Bliver en gruppe hånet, truet eller nedværdiget på grund af fx hudfarve, oprindelse, tro, handicap eller seksuel orientering?",
        "Det gælder udtalelser, der er offentlige eller skal spredes til mange — fx grove udtalelser om «jer indvandrere» eller om en religion. At kalde dig racist er ikke omfattet her.",
        yes_no("kontakt", "kontakt"),
    ),
    Question(
        "kontakt",
        "Bliver du kontaktet, fulgt eller opsøgt igen og igen?",
        "Fx mange beskeder, opkald, eller at personen venter ved dit hjem eller følger efter dig.",
        yes_no("systematisk", "falsk_profil"),
    ),
    Question(
        "systematisk",
        "Er det sket systematisk og over længere tid?",
        "Fx flere gange om ugen i flere uger.",
        yes_no("falsk_profil", "falsk_profil"),
    ),
    Question(
        "falsk_profil",
        "Har nogen lavet en falsk profil eller brugt dit navn eller billede, så det ligner dig?",
        "Fx en profil på Facebook i dit navn, eller et billede af dig, der er redigeret.",
        yes_no("optagelse", "optagelse"),
    ),
    Question(
        "optagelse",
        "Er en optagelse af et møde med dig lagt på nettet?",
        "Fx en video eller lydfil fra en samtale på jobcentret, lagt på YouTube eller Facebook.",
        yes_no("platform", "platform"),
    ),
    Question(
        "platform",
        "Ligger det på en platform som Facebook, YouTube, TikTok, Instagram eller X?",
        "Svar nej, hvis det fx kun er sms, mail eller brev.",
        yes_no(END, END),
    ),
)

QUESTION_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}

def _param(key: str, name: str) -> int | str:
    """A number the texts below mention, read from the rule (the newest version) so it is never typed twice."""
    return rules.versions(key)[-1].params[name]


POLICE_HOURS = _param("offerst-10", "hours")
PRIVATE_CASE_MONTHS = _param("strfl-96", "months")

ARBEJDE = when("arbejde", JA)
IKKE_ARBEJDE = when("arbejde", NEJ)

OUTCOMES: tuple[Outcome, ...] = (
    # --- kan være strafbart -------------------------------------------------
    Outcome(
        "trusler_ansat", "strafbart", "Trusler mod en offentligt ansat",
        "En trussel mod dig på grund af dit arbejde kan være strafbar. Det gælder også trusler i et offentligt opslag.",
        all_of(ARBEJDE, when("trussel", JA)), ("strfl-119",),
        {"ansat": ("Tag skærmbilleder nu, og anmeld truslen til politiet på 114.",),
         "leder": ("Tilbyd at hjælpe med politianmeldelsen, og vurder om der skal gøres noget for medarbejderens sikkerhed i dag.",)},
    ),
    Outcome(
        "trusler", "strafbart", "Trusler",
        "En trussel, der kan gøre dig alvorligt bange for liv, helbred eller velfærd, kan være strafbar for alle — også uden for arbejdet.",
        when("trussel", JA), ("strfl-266",),
        {"ansat": ("Er du i fare nu, så ring 112.",)},
    ),
    Outcome(
        "chikane_ansat", "strafbart", "Chikane af en offentligt ansat",
        "Det kan være strafbart at chikanere dig på grund af dit arbejde, fx ved at lægge din adresse eller billeder ud eller ved at kontakte og følge dig.",
        all_of(ARBEJDE, any_of(when("private", JA), when("kontakt", JA))), ("strfl-119a",),
        {"ansat": ("Gem dokumentation for hver gang. Skriv dato og klokkeslæt på.",),
         "leder": ("Aftal med medarbejderen, hvem der anmelder til politiet, og følg op.",)},
    ),
    Outcome(
        "stalking", "strafbart", "Stalking",
        "Når nogen systematisk og vedvarende kontakter, følger eller chikanerer dig, kan det være stalking.",
        all_of(when("kontakt", JA), when("systematisk", JA)), ("strfl-242",),
        {"ansat": ("Før en log: dato, tid, hvad der skete. Politiet kan bruge den.",)},
    ),
    Outcome(
        "private_oplysninger", "strafbart", "Private oplysninger eller billeder delt",
        "Det kan være strafbart at dele oplysninger eller billeder om dine private forhold uden lov.",
        when("private", JA), ("strfl-264d",),
        {"ansat": ("Bed platformen om at fjerne opslaget, og gem et skærmbillede først.",)},
    ),
    Outcome(
        "fotografering", "strafbart", "Fotografering et lukket sted",
        "Det kan være strafbart at fotografere dig uden lov et sted, der ikke er åbent for alle, fx i dit hjem.",
        all_of(when("private", JA), when("privat_sted", JA)), ("strfl-264a",),
    ),
    Outcome(
        "falsk_profil", "strafbart", "Falsk profil eller misbrug af din identitet",
        "Det kan være strafbart at udgive sig for at være dig eller bruge dit navn eller billede, så det ligner dig.",
        when("falsk_profil", JA), ("strfl-264e",),
        {"ansat": ("Meld profilen til platformen som «udgiver sig for at være mig».",)},
    ),
    Outcome(
        "haan_ansat", "strafbart", "Hån og skældsord mod en offentligt ansat",
        "Hån, skældsord og groft fornærmende tiltale mod dig på grund af dit arbejde kan være strafbart.",
        all_of(ARBEJDE, when("haan", JA)), ("strfl-121",),
    ),
    Outcome(
        "aerekraenkelse", "strafbart", "Ærekrænkelse",
        "Beskyldninger, der kan skade dit ry, og grove fornærmelser kan være ærekrænkelse. Det er straffrit, hvis der var rimelig anledning til det — retten ser bl.a. på, om beskyldningen er sand.",
        any_of(when("anklage", "usand", "uvis"), all_of(IKKE_ARBEJDE, when("haan", JA))), ("strfl-267", "strfl-269", "strfl-275"),
        {"ansat": (f"Tal med HR eller din fagforening, før du selv rejser en sag. Fristen er {PRIVATE_CASE_MONTHS} måneder fra du ved, hvem det er.",)},
    ),
    Outcome(
        "bagvaskelse", "strafbart", "Bagvaskelse",
        "En alvorlig beskyldning, der er usand, kan straffes strengere end anden ærekrænkelse. Det samme gælder en beskyldning, der er spredt i et massemedie og kan skade dig væsentligt.",
        when("anklage", "usand"), ("strfl-268", "strfl-275"),
    ),
    Outcome(
        "gruppe", "strafbart", "Racistiske eller nedværdigende udtalelser",
        "Offentlige udtalelser, der truer, håner eller nedværdiger en gruppe på grund af fx hudfarve, oprindelse, tro, handicap eller seksuel orientering, kan være strafbare. Politiet rejser sagen.",
        when("gruppe", JA), ("strfl-266b",),
    ),
    # --- andre veje ----------------------------------------------------------
    Outcome(
        "datatilsynet", "anden_vej", "Klage til Datatilsynet kan være en mulighed",
        "Databeskyttelsesreglerne kan gælde, når nogen lægger oplysninger eller optagelser om dig ud. Men en privatpersons opslag kan falde uden for reglerne, hvis det er rent privat. Datatilsynet vurderer det konkret.",
        any_of(when("private", JA), when("optagelse", JA)), ("gdpr-77",),
        {"ansat": ("Bed først den, der har lagt det ud, om at fjerne det. Hjælper det ikke, kan du klage til Datatilsynet.",)},
    ),
    Outcome(
        "optagelse", "anden_vej", "Optagelse af et møde er lagt ud",
        "En borger må som regel gerne optage et møde med dig. At lægge optagelsen ud er ikke i sig selv strafbart. Datatilsynet har i en sag fundet, at det faldt uden for databeskyttelsesreglerne, fordi de ansatte optrådte som myndighedens repræsentanter. Følges optagelsen af chikane eller trusler, gælder de andre svar her.",
        when("optagelse", JA), ("gdpr-77",),
        {"leder": ("Tal med medarbejderen om, hvordan optagelsen påvirker arbejdet, og om der skal ændres i mødeformen.",)},
    ),
    Outcome(
        "platform", "anden_vej", "Anmeld indholdet til platformen",
        "Platformen skal have en let måde at anmelde ulovligt indhold på. Skriv, hvilken regel du mener er overtrådt, og indsæt links. Platformen skal svare uden unødig forsinkelse — der er ingen fast frist.",
        when("platform", JA), ("dsa-16",),
        {"ansat": ("Brug platformens anmeldeformular. Gem kvitteringen.",),
         "kollega": ("Anmeld også selv opslaget. Skriv ikke i kommentarfeltet.",)},
    ),
    # --- lovligt -------------------------------------------------------------
    Outcome(
        "lovligt", "lovligt", "Lovligt — det skal du tåle",
        "Ud fra dine svar er det kritik, som er lovlig. Borgere må gerne kritisere en myndighed, dens afgørelser og den måde, du udfører dit arbejde på — også skarpt og offentligt. Som offentligt ansat skal du tåle mere end andre. Det kan stadig være hårdt. Du skal ikke stå alene med det.",
        NoneFired("strafbart"),
    ),
    # --- altid ---------------------------------------------------------------
    Outcome(
        "registrer", "altid", "Registrer hændelsen",
        "Registrer hændelsen i {system} senest {dage} dage efter hændelsesdagen. Det gælder også, når det ikke er strafbart.",
        Always(), (),
        {"ansat": ("Registrer hændelsen. Vedhæft skærmbilleder.",),
         "leder": ("Sørg for, at hændelsen bliver registreret, og at medarbejderen ikke skal gøre det alene.",)},
        deadline_hint="Fristberegneren viser datoen for den interne frist.",
    ),
    Outcome(
        "leder", "altid", "Fortæl det til din leder",
        "Din leder skal vide det, så arbejdspladsen kan hjælpe dig og vurdere, om andre er berørt.",
        Always(), (),
        {"ansat": ("Fortæl det til din leder i dag.",),
         "kollega": ("Spørg, om du skal gå med til lederen.",),
         "leder": ("Tal med medarbejderen samme dag. Spørg, hvad der hjælper lige nu.",)},
    ),
    # The employer's duties in BEK 1406/2020 concern work-related violence, so this track needs arbejde=ja.
    Outcome(
        "politihjaelp", "altid", "Arbejdsgiveren skal tilbyde hjælp til politianmeldelse",
        "Når arbejdsgiveren ved, at du er udsat for vold, trusler eller chikane uden for arbejdstid på grund af dit arbejde, skal arbejdsgiveren tilbyde dig hjælp til at anmelde det til politiet.",
        ARBEJDE, ("bek1406-34",),
        {"leder": ("Tilbyd konkret hjælp: find sagsnummer, skriv anmeldelsen sammen, tag med.",)},
    ),
    Outcome(
        "stoette", "altid", "Få støtte",
        "Tal med din arbejdsmiljørepræsentant eller tillidsrepræsentant. Spørg om psykologhjælp, hvis det fylder.",
        Always(), (),
        {"amr": ("Tilbyd en samtale, og vurder sammen med lederen, om andre er udsat.",),
         "kollega": ("Spørg, hvordan det går. Del ikke opslaget videre.",)},
    ),
    Outcome(
        "politi72", "altid", f"Anmeld til politiet inden {POLICE_HOURS} timer, hvis du vil kunne få erstatning",
        f"Vil du have mulighed for erstatning fra staten, skal du som hovedregel anmelde til politiet inden {POLICE_HOURS} timer efter hændelsen. Der er undtagelser.",
        SomeFired("strafbart"), ("offerst-10",),
        {"ansat": (f"Anmeld på politi.dk eller ring 114 — inden {POLICE_HOURS} timer.",)},
        deadline_hint="Fristberegneren viser det præcise tidspunkt.",
    ),
    Outcome(
        "arbejdsskade", "altid", "Det kan være en arbejdsulykke",
        "En psykisk skade efter trusler eller chikane på grund af arbejdet kan være en arbejdsulykke. Arbejdsgiveren skal anmelde den, hvis du er fraværende eller kan have krav på erstatning.",
        all_of(ARBEJDE, SomeFired("strafbart")), ("arbskade-31",),
        {"leder": ("Anmeld arbejdsulykken, hvis medarbejderen er fraværende ud over dagen for hændelsen.",)},
        deadline_hint="Fristberegneren viser fristen for anmeldelse.",
    ),
)

OUTCOME_BY_ID: dict[str, Outcome] = {o.id: o for o in OUTCOMES}
KIND_ORDER = ("strafbart", "lovligt", "anden_vej", "altid")

# --- state in the URL ---------------------------------------------------------
# "arbejde.ja-trussel.nej": enumerated ids only, never free text (it lands in the URL and history).
_STATE_RE = re.compile(r"^[a-z_]+\.[a-z_]+(?:-[a-z_]+\.[a-z_]+)*$")
MAX_STATE_CHARS = 400


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


def walk(answers: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> Walk:
    """Follow the answers from the start; raise InputError if they do not fit the flow."""
    current: str = START
    for i, (qid, oid) in enumerate(answers):
        if current == END:
            raise InputError("svar", "Der er flere svar, end der er spørgsmål. Start forfra.")
        if qid != current:
            raise InputError("svar", "Svarene passer ikke til spørgsmålene. Start forfra, eller ret dit sidste svar.")
        option = QUESTION_BY_ID[qid].option(oid)
        if option is None:
            raise InputError("svar", f"«{oid}» er ikke et muligt svar på spørgsmål {i + 1}. Start forfra.")
        current = option.next
    return Walk(tuple(answers), None if current == END else QUESTION_BY_ID[current])


def parse_state(state: Any) -> Walk:
    if state is None or state == "":
        return walk([])
    if not isinstance(state, str):
        raise InputError("svar", "Svarene i linket skal være tekst.")
    if len(state) > MAX_STATE_CHARS or not _STATE_RE.match(state):
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
    for phase in ("strafbart", "anden_vej", "lovligt", "altid"):
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


def fill(text: str, workplace: Workplace) -> str:
    return text.format(navn=workplace.navn, system=workplace.haendelsessystem, dage=workplace.intern_frist_dage)


# --- the JSON tool --------------------------------------------------------------

def one_answer_ahead(w: Walk) -> list[Walk]:
    """The walks one answer further on: one per option of the current question."""
    q = w.next_question
    if q is None:
        return []
    return [walk(w.answers + ((q.id, o.id),)) for o in q.options]


@tool("flow")
def flow_tool(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"tool": "flow", "state": "arbejde.ja-...", "workplace": {...}, "today": "2026-11-25", "lookahead": true}

    With ``"lookahead": true`` the answer also holds ``"next"``: the answer for each
    walk in :func:`one_answer_ahead`, keyed by its state, so the browser can show the
    next step the moment an option is chosen and ask for the one after it meanwhile.
    """
    lookahead = request.get("lookahead", False)
    if not isinstance(lookahead, bool):
        raise InputError("lookahead", "«lookahead» skal være true eller false.")
    w = walk_from_request(request)
    workplace = parse_workplace(request.get("workplace"))
    today = request_day(request)
    out = _flow_answer(w, workplace, today)
    if lookahead:
        out["next"] = {nxt.state: _flow_answer(nxt, workplace, today) for nxt in one_answer_ahead(w)}
    return out


def _flow_answer(w: Walk, workplace: Workplace, today: date) -> dict[str, Any]:
    from .views_flow import render_step  # views import this module; import late to avoid a cycle

    findings = evaluate(w.answer_map) if w.next_question is None else []
    return {
        "ok": True,
        "state": w.state,
        "complete": w.next_question is None,
        "question": w.next_question.id if w.next_question else None,
        "outcomes": [
            {"id": f.outcome.id, "kind": f.outcome.kind, "rules": list(f.outcome.rule_keys),
             "why": [list(r) for r in f.reasons]}
            for f in findings
        ],
        "offences": offence_rule_keys(findings),
        "title": w.next_question.text if w.next_question else "Resultat",
        "html": render_step(w, findings, workplace, today),
    }


def walk_from_request(request: Mapping[str, Any]) -> Walk:
    return parse_state(request.get("state"))
