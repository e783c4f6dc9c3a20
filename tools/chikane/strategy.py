"""The MED committee's strategy template and the local survey template, as data.

One source renders three things: the web pages (via ``sitebuild.macros.strategy``),
the default Word documents written at build time, and the Word document a
committee fills in on the page (the ``strategi_docx`` tool, run in Pyodide).

Text is written as short strings in a tiny markup:

- ``{navn}``                a form value; empty values become a highlighted "[udfyld: …]"
- ``{§strfl-96}``           a linked citation of a rule in :mod:`chikane.rules`
- ``{param:offerst-10:hours}``  a number the rule holds (deadlines are never typed here)
- ``**bold**`` and ``[text](https://…)``
- ``[[udfyld: …]]``         a placeholder that is always left for the committee to fill in

Standard library only; nothing reads the clock (``now`` is an argument).
"""
from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from typing import Any, Mapping, Sequence

from . import rules
from .docx_writer import DOCX_MIME, Block, Bullets, Document, Heading, Paragraph, Run, Table, build_docx, clean
from .errors import InputError, error_response
from .model import Confidence

MAX_VALUE_CHARS = 200
# The templates' version, printed in every document's footer with the date of the newest rule review.
TEMPLATE_VERSION = "2"
MIN_GROUP = 5  # the survey reports no group with fewer answers than this


# --- the form fields -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    key: str
    label: str        # the form label
    blank: str        # what the "[udfyld: …]" placeholder says
    hint: str = ""    # help text under the field
    kind: str = "text"  # "text", "email" or "days"


FIELDS: tuple[Field, ...] = (
    Field("navn", "Arbejdspladsens navn", "arbejdspladsens navn", "Fx «Jobcenter og Borgerservice»."),
    Field("haendelsessystem", "Hændelsessystem", "navnet på jeres hændelsessystem",
          "Det system, I registrerer arbejdsmiljøhændelser i."),
    Field("intern_frist_dage", "Intern frist for registrering (antal dage)", "antal dage",
          "Hvor mange dage efter hændelsen den senest skal være registreret. Et helt tal fra 0 til 365.",
          kind="days"),
    Field("arkivpostkasse", "Arkivpostkasse", "mailadresse til dokumentation",
          "Den fælles postkasse, som dokumentation sendes til.", kind="email"),
    Field("leder", "Leder: navn og kontakt", "leder – navn og kontakt", "Fx navn, telefon og mail."),
    Field("amr", "Arbejdsmiljørepræsentant (AMR): navn og kontakt", "AMR – navn og kontakt"),
    Field("personalejura", "HR / personalejura: navn og kontakt", "HR/personalejura – navn og kontakt"),
    Field("tr", "Tillidsrepræsentant (TR): navn og kontakt", "TR – navn og kontakt"),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
_CONTACT_FIELD = {
    "leder": "leder",
    "arbejdsmiljoerepraesentant": "amr",
    "personalejura": "personalejura",
    "tillidsrepraesentant": "tr",
}


def defaults_from_workplace(workplace: Mapping[str, Any]) -> dict[str, str]:
    """Form values prefilled from ``arbejdsplads.yml`` (as ``Workplace.as_dict()`` gives it)."""
    values = {f.key: "" for f in FIELDS}
    for key in ("navn", "haendelsessystem", "arkivpostkasse"):
        values[key] = str(workplace.get(key) or "")
    days = workplace.get("intern_frist_dage")
    values["intern_frist_dage"] = "" if days is None else str(days)
    for role, c in (workplace.get("kontakter") or {}).items():
        if role in _CONTACT_FIELD and isinstance(c, Mapping):
            values[_CONTACT_FIELD[role]] = ", ".join(
                str(c.get(k) or "").strip() for k in ("navn", "telefon", "mail") if str(c.get(k) or "").strip()
            )
    return values


_SPACE = re.compile(r"\s+")


def parse_values(raw: Any) -> dict[str, str]:
    """Check the form values; collect every problem as a Danish :class:`InputError`."""
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise_all([InputError("values", "Felterne skal sendes som en samling af navngivne felter.")])
    errors: list[InputError] = []
    values = {f.key: "" for f in FIELDS}
    for key, value in raw.items():
        f = FIELD_BY_KEY.get(key) if isinstance(key, str) else None
        if f is None:
            errors.append(InputError(str(key)[:40], f"Ukendt felt «{clean(str(key))[:40]}». "
                                     f"Brug et af: {', '.join(FIELD_BY_KEY)}."))
            continue
        if value is None:
            continue
        if f.kind == "days":
            if isinstance(value, str) and value.strip().isdecimal():
                value = int(value.strip())
            if isinstance(value, str) and not value.strip():
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
                errors.append(InputError(key, "Den interne frist skal være et helt antal dage fra 0 til 365."))
                continue
            values[key] = str(value)
            continue
        if not isinstance(value, str):
            errors.append(InputError(key, f"«{f.label}» skal være en tekst."))
            continue
        # One line per field: the form has single-line inputs, and XML-forbidden characters go.
        text = _SPACE.sub(" ", clean(value)).strip()
        if len(text) > MAX_VALUE_CHARS:
            errors.append(InputError(key, f"«{f.label}» må højst være {MAX_VALUE_CHARS} tegn."))
            continue
        values[key] = text
    if errors:
        raise_all(errors)
    return values


class InputErrors(Exception):
    """Several field errors at once, so a form can mark every wrong field in one go."""

    def __init__(self, errors: Sequence[InputError]) -> None:
        super().__init__(errors)
        self.errors = list(errors)


def raise_all(errors: Sequence[InputError]) -> None:
    raise InputErrors(errors)


def parse_now(raw: Any) -> datetime:
    if not isinstance(raw, str) or len(raw) > 40:
        raise InputError("now", "Tidspunktet «now» mangler. Send det som dato og tid, fx 2026-03-27T10:00:00Z.")
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise InputError("now", "Tidspunktet «now» er ikke en gyldig dato og tid, fx 2026-03-27T10:00:00Z.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    # A .docx is a ZIP file, and ZIP time stamps run from 1980 to 2107.
    try:
        year = moment.astimezone(timezone.utc).year
    except (OverflowError, ValueError):
        year = 0
    if not 1980 <= year <= 2107:
        raise InputError("now", "Tidspunktet «now» skal ligge mellem år 1980 og 2107.")
    return moment


# --- the markup ----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\{§(?P<cite>[a-z0-9-]+)\}"
    r"|\{param:(?P<pkey>[a-z0-9-]+):(?P<pname>[a-z_]+)\}"
    r"|\{(?P<field>[a-z_]+)\}"
    r"|\[\[udfyld: (?P<blank>[^\]]+)\]\]"
    r"|\*\*(?P<bold>[^*]+)\*\*"
    r"|\[(?P<ltext>[^\]]+)\]\((?P<lurl>https://[^)\s]+)\)"
)


def law_name(law: str) -> str:
    """«Straffeloven» reads «straffeloven» inside a sentence; names with spaces keep their case."""
    return law[0].lower() + law[1:] if law[:1].isupper() and " " not in law and not law.isupper() else law


@dataclass
class _Ctx:
    values: Mapping[str, str]
    day: date
    cited: dict[str, Any]

    def rule(self, key: str) -> Any:
        r = rules.current(key, self.day)
        self.cited[key] = r
        return r


def _field_text(key: str, value: str) -> str:
    if FIELD_BY_KEY[key].kind == "days":
        return "1 dag" if value == "1" else f"{value} dage"
    return value


def compile_text(text: str, ctx: _Ctx) -> list[Run]:
    """Markup → runs, with values, citations and rule numbers filled in."""
    runs: list[Run] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos:m.start()]))
        pos = m.end()
        if m.group("cite"):
            r = ctx.rule(m.group("cite"))
            runs.append(Run(f"{law_name(r.law)} {r.section}", link=r.source.url))
        elif m.group("pkey"):
            r = ctx.rule(m.group("pkey"))
            runs.append(Run(str(r.params[m.group("pname")])))
        elif m.group("field"):
            key = m.group("field")
            if key not in FIELD_BY_KEY:
                raise KeyError(f"unknown field {key!r} in template text")
            value = ctx.values.get(key, "")
            if value:
                runs.append(Run(_field_text(key, value)))
            else:
                runs.append(Run(f"[udfyld: {FIELD_BY_KEY[key].blank}]", placeholder=True))
        elif m.group("blank"):
            runs.append(Run(f"[udfyld: {m.group('blank')}]", placeholder=True))
        elif m.group("bold"):
            runs.append(Run(m.group("bold"), bold=True))
        else:
            runs.append(Run(m.group("ltext"), link=m.group("lurl")))
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return runs


# Source blocks: tiny constructors so the template below reads like the document.
@dataclass(frozen=True)
class H:
    level: int
    text: str


@dataclass(frozen=True)
class P:
    text: str
    keep_with_next: bool = False


@dataclass(frozen=True)
class L:
    items: tuple[str, ...]
    keep_together: bool = False


@dataclass(frozen=True)
class T:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()   # relative column widths; empty: fitted to the content
    row_height: int = 0            # minimum body row height in twips (room for a signature)


Part = H | P | L | T


def _compile(source: Sequence[Part], ctx: _Ctx) -> list[Block]:
    out: list[Block] = []
    for s in source:
        if isinstance(s, H):
            out.append(Heading(s.level, compile_text(s.text, ctx)))
        elif isinstance(s, P):
            out.append(Paragraph(compile_text(s.text, ctx), keep_with_next=s.keep_with_next))
        elif isinstance(s, L):
            out.append(Bullets([compile_text(i, ctx) for i in s.items], keep_together=s.keep_together))
        else:
            out.append(Table([compile_text(c, ctx) for c in s.header],
                             [[compile_text(c, ctx) for c in row] for row in s.rows],
                             widths=s.widths, row_height=s.row_height))
    return out


# --- the strategy template -----------------------------------------------------------------------

STRATEGY_TITLE = "Strategi for håndtering af digital chikane"

STRATEGY: tuple[Part, ...] = (
    P("**Arbejdsplads:** {navn}"),
    P("**Vedtaget i MED-udvalget/SU:** [[udfyld: dato]]. **Næste gennemgang:** [[udfyld: dato, senest et år "
      "efter vedtagelsen]]."),
    P("Strategien fortæller, hvordan vi forebygger digital chikane mod medarbejdere, og hvad vi gør, når det sker. "
      "Den gælder alle ansatte og ledere hos {navn}."),

    H(1, "1. Derfor har vi en strategi"),
    P("Når en medarbejder bliver hængt ud på nettet, rammer det hele arbejdspladsen. Kollegerne bliver også "
      "berørt og kan være i tvivl om, hvad de skal gøre. Derfor behandler vi digital chikane som et fælles problem. "
      "Den enkelte medarbejder står aldrig alene med det."),
    P("Arbejdsgiveren skal vejlede medarbejderne og fastsætte retningslinjer for vold, trusler og chikane uden for "
      "arbejdstid, når det har forbindelse med arbejdet ({§bek1406-33}). Denne strategi er vores retningslinje."),
    # E13 (legal review): only part of BEK 1406 applies outside working hours (its § 3 lists which);
    # AML § 2 a only empowers the minister. The two duties below are among those that apply.
    P("Uden for arbejdstid gælder kun en del af reglerne om psykisk arbejdsmiljø. Arbejdsgiveren skal blandt "
      "andet vejlede og have retningslinjer ({§bek1406-33}) og tilbyde hjælp til en politianmeldelse "
      "({§bek1406-34})."),
    P("Ifølge aftalen om trivsel og sundhed skal kommuner og regioner også have retningslinjer om vold, mobning "
      "og chikane. Spørg HR, hvilken aftale der gælder hos jer."),

    H(1, "2. Hvad er digital chikane?"),
    P("Digital chikane er krænkende, truende eller udstillende adfærd mod en medarbejder på grund af arbejdet. "
      "Den sker på sociale medier, i mails, i sms'er, på hjemmesider eller i debatfora. Den kan ske i og uden for "
      "arbejdstiden."),
    P("Eksempler:"),
    L((
        "Private oplysninger bliver lagt på nettet, fx adresse, telefonnummer eller billeder af medarbejderen.",
        "Hån, skældsord og nedsættende omtale af medarbejderens person, køn, alder, etnicitet eller uddannelse.",
        "Trusler i beskeder, opslag eller kommentarer.",
        "Falske profiler, der bruger medarbejderens navn eller billede.",
        "Video, billeder eller lydoptagelser af medarbejderen, som bliver delt for at udstille vedkommende.",
        "En borger opsøger, følger eller filmer medarbejderen i fritiden.",
    )),
    P("Chikane og trusler fra borgere er arbejdsrelateret vold efter {§bek1406-25}. Det gælder også psykisk vold, "
      "og også når det sker i fritiden."),
    P("**Kritik er ikke chikane.** Borgere må gerne kritisere myndigheden og den måde, vi gør vores arbejde "
      "på. Som offentligt ansatte skal vi tåle mere end andre. Men oplever en medarbejder noget som krænkende, "
      "registrerer vi det altid. Om det er strafbart, vurderer vi bagefter sammen med HR/personalejura."),

    H(1, "3. Dokumentation"),
    H(2, "Hvad dokumenterer vi?"),
    L((
        "Skærmbilleder af opslag, kommentarer, profiler og beskeder — hele tråden, ikke kun det værste.",
        "Dato og klokkeslæt, afsenderens navn eller profil og webadressen (linket) til opslaget.",
        "Mails og sms'er gemmes uændret. Slet dem ikke.",
        "En kort beskrivelse af, hvad der skete, og hvem der har set det.",
    )),
    H(2, "Sådan gør vi"),
    L((
        "Dokumentér med det samme. Opslag kan blive slettet eller ændret.",
        "Medarbejderen behøver ikke selv at læse det hele. En kollega eller lederen kan tage skærmbillederne.",
        "Svar ikke på opslaget, og del det ikke videre.",
        "Send dokumentationen til arkivpostkassen: {arkivpostkasse}.",
        "Registrér hændelsen i {haendelsessystem} senest {intern_frist_dage} efter hændelsen. Medarbejderen gør "
        "det sammen med lederen eller AMR.",
    )),
    H(2, "Hvem opbevarer dokumentationen?"),
    P("Vi har en arkivfunktion. [[udfyld: navn eller funktion]] modtager og opbevarer dokumentationen i "
      "arkivpostkassen {arkivpostkasse}. Kun arkivfunktionen, lederen og HR/personalejura har adgang. "
      "Dokumentationen indeholder personoplysninger. Vi sletter den, når sagen er afsluttet og fristerne er "
      "udløbet ([[udfyld: slettefrist]])."),

    H(1, "4. Dialog med borgeren"),
    L((
        "Lederen vurderer, om og hvordan vi tager kontakt til borgeren. Medarbejderen skal ikke selv tage kontakten.",
        "Formålet er at genskabe en god relation. Lyt til borgerens utilfredshed, og forklar borgerens muligheder "
        "for at klage.",
        "Lederen kan bede borgeren om at fjerne opslaget. Det er en anmodning, ikke en trussel om sanktioner.",
        "Overvej at give sagen til en anden medarbejder, eller at være to til møder med borgeren.",
        "Skriv ned, hvad der blev aftalt med borgeren, og send det til arkivpostkassen.",
    )),

    H(1, "5. Anmeldelse og opfølgning"),
    P("Tabellen viser, hvem der anmelder hvad, og hvem der følger op."),
    T(
        ("Hvad", "Hvem gør det", "Frist", "Hvem følger op"),
        (
            ("Registrere hændelsen i {haendelsessystem}", "Medarbejderen sammen med lederen eller AMR",
             "Senest {intern_frist_dage} efter hændelsen", "AMR"),
            ("Anmelde opslaget til platformen (fx Facebook) efter {§dsa-16}", "Lederen sammen med medarbejderen",
             "Hurtigst muligt. Der er ingen fast frist for platformens svar.", "Lederen"),
            ("Klage over platformens afgørelse ({§dsa-20})", "Lederen sammen med medarbejderen",
             "Platformens klagesystem skal være åbent en periode efter afgørelsen", "Lederen"),
            ("Anmelde til politiet", "Medarbejderen. Arbejdsgiveren skal tilbyde hjælp ({§bek1406-34}). "
             "Kan medarbejderen ikke selv, anmelder lederen (se nedenfor)",
             "Inden for {param:offerst-10:hours} timer, hvis medarbejderen vil kunne få erstatning ({§offerst-10})",
             "HR/personalejura"),
            ("Klage til Datatilsynet over private oplysninger på nettet ({§gdpr-77})",
             "HR/personalejura sammen med medarbejderen", "Når platformen ikke fjerner oplysningerne",
             "HR/personalejura"),
            ("Anmelde arbejdsulykke, når betingelserne i {§arbskade-31} er opfyldt, fx ved fravær",
             "Lederen", "Inden for {param:arbskade-31:days} dage. Se hvornår fristen begynder i {§arbskade-31}",
             "Lederen og AMR"),
            ("Søge erstatning hos Erstatningsnævnet ({§offerst-13})", "Medarbejderen med hjælp fra HR/personalejura",
             "Som udgangspunkt senest {param:offerst-13:years} år efter forbrydelsen", "HR/personalejura"),
        ),
    ),
    P("Selv om politiet ikke rejser en sag, kan anmeldelsen have betydning for erstatning ({§offerst-10})."),
    # G9 (legal review): who reports is our own choice; the 72 hours are the law's.
    P("**Det er loven:** Vil medarbejderen kunne få erstatning, skal anmeldelsen ske inden for "
      "{param:offerst-10:hours} timer ({§offerst-10}). Arbejdsgiveren skal tilbyde hjælp til anmeldelsen "
      "({§bek1406-34}). Nogle sager kan kun medarbejderen selv føre videre, fx ærekrænkelser ({§strfl-275})."),
    P("**Det er vores egen aftale:** Medarbejderen bestemmer som udgangspunkt selv, om der skal anmeldes. Lederen "
      "anmelder efter aftale med medarbejderen. Kan medarbejderen ikke selv nå at tage stilling inden for "
      "{param:offerst-10:hours} timer, fx på grund af sygdom eller chok, anmelder lederen, så fristen ikke "
      "går tabt. Medarbejderen får besked hurtigst muligt. Vi drøfter anmeldelsen med HR/personalejura, når vi er "
      "i tvivl."),

    H(1, "6. Juridisk hjælp"),
    L((
        "HR/personalejura ({personalejura}) vurderer, om chikanen kan være strafbar, og hjælper med anmeldelser "
        "og klager.",
        "Nogle sager skal medarbejderen selv føre som privat straffesag, fx ærekrænkelser ({§strfl-267}, "
        "{§strfl-275}). Sagen skal anlægges senest {param:strfl-96:months} måneder efter, at medarbejderen ved "
        "nok til at gå videre ({§strfl-96}).",
        "Vi aftaler på forhånd, hvornår arbejdspladsen betaler for en advokat: [[udfyld: aftale om advokatbistand]].",
        "Medarbejderen kan også få råd hos sin fagforening. TR ({tr}) kan hjælpe med kontakten.",
        "Hvert år vurderer vi i MED-udvalget, om vi har den juridiske viden, vi har brug for.",
    )),

    H(1, "7. Hjælp til medarbejderen"),
    H(2, "Omsorg og støtte"),
    L((
        "Lederen ({leder}) tager kontakt samme dag og følger op på medarbejderens trivsel i tiden efter.",
        "Kolleger viser omsorg, lytter og sørger for, at medarbejderen ikke er alene.",
        "Psykisk førstehjælp og psykologhjælp: [[udfyld: jeres psykologordning og hvordan man får den]].",
        "Fri eller andre opgaver i en periode, hvis medarbejderen har brug for det.",
    )),
    H(2, "Praktisk beskyttelse"),
    L((
        "Sagen kan flyttes til en kollega, så medarbejderen ikke længere har kontakt med borgeren.",
        "Vi overvejer, om medarbejderens navn skal stå på breve og navneskilte. Breve skal stadig identificere "
        "afsenderen entydigt ({§fvl-32b}). Om "
        "det kræver medarbejderens eget navn, er ikke afklaret. Spørg HR/personalejura, hvad der er muligt.",
        # E14: mandatory since lov 655/2024 — «meddeles dog ikke … hvis væsentlige hensyn til den ansattes
        # tryghed taler herimod».
        "Får vi en anmodning om aktindsigt i en personalesag, udleverer vi ikke medarbejderens navn, hvis "
        "væsentlige hensyn til medarbejderens tryghed taler imod det ({§offl-21}). Det er en pligt, ikke et valg.",
        "Medarbejderen kan søge om navne- og adressebeskyttelse i folkeregistret. Det sker hos Borgerservice i "
        "bopælskommunen.",
        "Vi hjælper medarbejderen med at gennemgå egne sociale medier og privatlivsindstillinger.",
    )),

    H(1, "8. Forebyggelse"),
    L((
        "Alle kender strategien. Nye medarbejdere får den ved introduktionen.",
        "Medarbejdere med borgerkontakt lærer konflikthåndtering og får sparring og supervision.",
        "Vi må gerne være to på svære sager og til svære samtaler.",
        "Vi skriver tydeligt og forståeligt og vejleder altid om klagemuligheder.",
        "Vi tager risikoen for digital chikane med i arbejdspladsvurderingen (APV).",
        "Vi undersøger med jævne mellemrum, hvor meget chikane medarbejderne oplever (kortlægning).",
    )),

    H(1, "9. Roller og frister"),
    T(
        ("Rolle", "Opgaver"),
        (
            ("Medarbejderen", "Dokumenterer eller beder om hjælp til det. Fortæller det til lederen. Registrerer "
             "hændelsen sammen med lederen eller AMR."),
            ("Kolleger", "Støtter og lytter. Hjælper med skærmbilleder. Fortæller det til lederen."),
            ("Leder: {leder}", "Tager hånd om medarbejderen. Sørger for registrering. Vurderer dialog med "
             "borgeren. Anmelder til platformen. Tilbyder hjælp til politianmeldelse."),
            ("AMR: {amr}", "Hjælper med registrering. Følger op på hændelser og på strategien i MED-udvalget."),
            ("HR/personalejura: {personalejura}", "Vurderer jura. Hjælper med politianmeldelse og klager. "
             "Aftaler advokatbistand."),
            ("TR: {tr}", "Støtter medarbejderen og hjælper med kontakt til fagforeningen."),
            ("Arkivfunktionen: [[udfyld: navn eller funktion]]", "Modtager og opbevarer dokumentationen i "
             "{arkivpostkasse}."),
            ("MED-udvalget/SU", "Vedtager strategien, følger op på hændelser og gennemgår strategien hvert år."),
        ),
    ),
    H(2, "Frister"),
    L((
        "**Intern registrering:** senest {intern_frist_dage} efter hændelsen i {haendelsessystem}.",
        "**Politianmeldelse:** inden for {param:offerst-10:hours} timer, hvis medarbejderen vil kunne få erstatning "
        "efter {§offerst-10}. Arbejdsgiveren skal tilbyde hjælp til anmeldelsen ({§bek1406-34}).",
        "**Arbejdsulykke:** lederen anmelder inden for {param:arbskade-31:days} dage. Hvornår fristen "
        "begynder, står i {§arbskade-31}.",
        "**Erstatningsnævnet:** som udgangspunkt senest {param:offerst-13:years} år efter forbrydelsen "
        "({§offerst-13}).",
        "**Privat straffesag:** senest {param:strfl-96:months} måneder efter, at medarbejderen ved nok til at gå "
        "videre ({§strfl-96}).",
    )),

    H(1, "10. Samarbejde med politiet"),
    P("Politiets lokalråd findes i hver kommune. Her kan kommunen — både som arbejdsgiver og som lokal aktør — "
      "drøfte kriminalitetsforebyggelse med politiet og andre aktører. Vi bruger lokalrådet til at tage digital "
      "chikane mod medarbejdere op. Vi kan også lave en samarbejdsaftale med politiet."),
    P("Vores kontakt til lokalrådet: [[udfyld: navn og kontakt]]."),

    H(1, "11. Vedtagelse og opfølgning"),
    L((
        "MED-udvalget/SU drøfter og vedtager strategien. Formand og næstformand underskriver.",
        "Vi fortæller alle medarbejdere om strategien og lægger den, hvor alle kan finde den.",
        "AMR giver hvert kvartal MED-udvalget et overblik over registrerede hændelser — uden navne.",
        "Vi gennemgår strategien mindst én gang om året og efter alvorlige sager.",
    )),
    T(
        ("Rolle", "Navn", "Dato", "Underskrift"),
        (
            ("Formand for MED-udvalget/SU", "[[udfyld: navn]]", "", ""),
            ("Næstformand for MED-udvalget/SU", "[[udfyld: navn]]", "", ""),
        ),
        widths=(28, 26, 14, 32), row_height=1000,
    ),

    H(1, "Kontakter"),
    T(
        ("Rolle", "Navn og kontakt"),
        (
            ("Leder", "{leder}"),
            ("Arbejdsmiljørepræsentant (AMR)", "{amr}"),
            ("HR / personalejura", "{personalejura}"),
            ("Tillidsrepræsentant (TR)", "{tr}"),
            ("Arkivpostkasse", "{arkivpostkasse}"),
            ("Hændelsessystem", "{haendelsessystem}"),
        ),
    ),
)


# --- the survey template -------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    text: str
    options: tuple[str, ...]
    multiple: bool = False
    note: str = ""
    screening: bool = False   # the question that decides who answers the follow-ups
    follow_up: bool = False   # only for those who answered yes to the screening question
    max_choices: int = 0      # with ``multiple``: at most this many (0: any number)
    # Asked only of those who gave one of these answers to question number ``[0]`` (1-based),
    # instead of the screening question's yes answers.
    only_if: tuple[int, tuple[str, ...]] | None = None
    key: str = ""             # a short name for the analysis (``analyse``), stable across wording changes


_SCALE = ("Slet ikke", "I lille grad", "I nogen grad", "I høj grad", "I meget høj grad")

QUESTIONS: tuple[Question, ...] = (
    Question("Hvilken enhed arbejder du i?", ("[[udfyld: jeres enheder — kun enheder med mindst 5 "
                                               "medarbejdere]]",),
             note=f"Brug brede grupper. Slå enheder med færre end {MIN_GROUP} medarbejdere sammen."),
    Question("Har du inden for de seneste 12 måneder oplevet digital chikane på grund af dit arbejde?",
             ("Ja, én gang", "Ja, flere gange", "Nej", "Ved ikke"), screening=True),
    Question("Hvad har du oplevet?", (
        "Nedsættende eller krænkende omtale på sociale medier",
        "Mine private oplysninger blev lagt på nettet (fx adresse, telefonnummer)",
        "Billeder, video eller lydoptagelser af mig blev delt",
        "Trusler i beskeder, mails eller opslag",
        "Falske profiler eller misbrug af mit navn eller billede",
        "Gentagne uønskede henvendelser",
        "Andet",
    ), multiple=True, follow_up=True),
    Question("Hvor skete det?", ("Facebook", "Andre sociale medier", "Mail", "Sms eller opkald til arbejdsmobil",
                                  "Hjemmesider eller debatfora", "Andet"), multiple=True, follow_up=True),
    Question("Skete det i eller uden for din arbejdstid?", ("I arbejdstiden", "Uden for arbejdstiden", "Begge dele",
                                                            "Ved ikke"), follow_up=True),
    Question("Hvor meget påvirkede det dig?", _SCALE, follow_up=True),
    Question("Hvem fortalte du det til på arbejdspladsen?", ("Min leder", "AMR", "TR", "En kollega",
                                                             "Ingen"), multiple=True, follow_up=True),
    Question("Blev hændelsen registreret i {haendelsessystem}?", ("Ja", "Nej", "Ved ikke"), follow_up=True),
    Question("Hvorfor fortalte du det ikke til nogen?", (
        "Jeg troede ikke, det ville hjælpe",
        "Jeg vidste ikke, hvem jeg skulle gå til",
        "Det virkede for småt",
        "Jeg ville ikke være til besvær",
        "Andet",
    ), multiple=True, follow_up=True, only_if=(7, ("Ingen",))),
    Question("Fik du den hjælp, du havde brug for?", ("Ja", "Delvist", "Nej", "Jeg havde ikke brug for hjælp"),
             follow_up=True),
    Question("Har du inden for de seneste 12 måneder set en kollega blive udsat for digital chikane?",
             ("Ja", "Nej", "Ved ikke")),
    Question("Hvor bekymret er du for at blive udsat for digital chikane?", _SCALE),
    Question("Ved du, hvad du skal gøre, hvis du bliver udsat for digital chikane?", ("Ja", "Delvist", "Nej")),
    Question("Har du ændret adfærd på grund af risikoen, fx lukket profiler eller undgået bestemte opgaver?",
             ("Ja", "Nej")),
    Question("Hvad ville hjælpe dig mest?", (
        "Klare procedurer",
        "Hjælp til at dokumentere",
        "Juridisk hjælp",
        "Kursus i konflikthåndtering",
        "At vi er to på svære sager",
        "Beskyttelse af mit navn eller min adresse",
        "Psykologhjælp",
        "Andet",
    ), multiple=True, max_choices=3),
)

SCREENING_YES = ("Ja, én gang", "Ja, flere gange")

# Short, stable names for the analysis of the answers (chikane.analyse), one per question.
QUESTION_KEYS = ("enhed", "oplevet", "hvad", "kanal", "tidspunkt", "paavirkning", "fortalt", "registreret",
                 "hvorfor_ikke", "hjaelp", "kollega", "bekymring", "ved_hvad", "adfaerd", "hjaelpe_mest")
QUESTIONS = tuple(replace(q, key=k) for q, k in zip(QUESTIONS, QUESTION_KEYS, strict=True))


def _quoted(answers: Sequence[str]) -> str:
    q = [f"«{a}»" for a in answers]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " eller " + q[-1]


def choice_hint(q: Question) -> str:
    """What the respondent may tick: the one instruction a question carries."""
    if not q.multiple:
        return "Vælg ét svar."
    if q.max_choices:
        return f"Vælg op til {_NUMBERS.get(q.max_choices, str(q.max_choices))} svar."
    return "Vælg gerne flere svar."


_NUMBERS = {2: "to", 3: "tre", 4: "fire", 5: "fem"}


def routing(q: Question) -> tuple[int, tuple[str, ...]] | None:
    """(question number, answers) that lead to this question, or None if everyone answers it."""
    if q.only_if:
        return q.only_if
    if q.follow_up:
        screening = next(i for i, x in enumerate(QUESTIONS, start=1) if x.screening)
        return (screening, SCREENING_YES)
    return None


def routing_text(q: Question) -> str:
    r = routing(q)
    if r is None:
        return ""
    return f"Kun til dem, der har svaret {_quoted(r[1])} i spørgsmål {r[0]}."

SURVEY_TITLE = "Kortlægning af digital chikane"

SURVEY_INTRO: tuple[Part, ...] = (
    P("**Arbejdsplads:** {navn}"),
    P("Med kortlægningen finder I ud af, hvor meget digital chikane medarbejderne oplever, og hvad de har brug "
      "for. Resultatet bruger MED-udvalget/SU til at tilpasse strategien. Gentag kortlægningen hvert år med de "
      "samme spørgsmål, så I kan se udviklingen."),
    H(1, "Sådan holder I besvarelserne anonyme"),
    L((
        "Brug arbejdspladsens eget spørgeskemaværktøj, fx det I bruger til APV eller trivselsmålinger. Brug ikke "
        "gratis tjenester på nettet.",
        "Slå registrering af IP-adresse, navn, mail og tidspunkt fra. Brug et fælles link, ikke personlige links.",
        f"Vis aldrig resultater for grupper med færre end {MIN_GROUP} svar. Slå små grupper sammen.",
        "Brug ingen fritekstfelter. Fritekst kan afsløre, hvem der har svaret.",
        "Spørg kun om enhed — ikke om alder, køn eller stilling. Kombinationer kan afsløre den enkelte.",
        "Kun to navngivne personer ser rådata, fx AMR og en fra HR. Slet rådata, når rapporten er færdig.",
        "Spørg jeres databeskyttelsesrådgiver (DPO), om værktøjet gemmer personoplysninger.",
        "Fortæl medarbejderne, hvad kortlægningen bruges til, hvem der ser svarene, og at det er frivilligt at "
        "svare.",
    )),
    H(1, "Spørgsmålene"),
    P("Svarmulighederne står under hvert spørgsmål. Under hvert spørgsmål står også, om man vælger ét eller flere "
      "svar, og hvem spørgsmålet er til."),
)

SURVEY_OUTRO: tuple[Part, ...] = (
    H(1, "Sådan melder I tilbage"),
    H(2, "Til MED-udvalget/SU"),
    L((
        "Svarprocent og antal svar.",
        "Hvor mange der har oplevet digital chikane, og hvilke former og kanaler.",
        "Hvor meget det påvirkede medarbejderne.",
        "Hvor mange hændelser der blev fortalt og registreret — sammenlign med tallene fra {haendelsessystem}.",
        "Hvad medarbejderne mener ville hjælpe.",
        f"Kun tal for grupper med mindst {MIN_GROUP} svar.",
    )),
    H(2, "Til medarbejderne"),
    L((
        "Fortæl om resultatet på et personalemøde og på intranettet inden [[udfyld: antal]] uger.",
        "Fortæl, hvad MED-udvalget/SU vil gøre nu, og hvem der har ansvaret.",
        "Gentag, hvad man gør, hvis man bliver udsat for digital chikane, og hvem man kontakter.",
    )),
    H(2, "Tidsplan"),
    T(
        ("Trin", "Hvem", "Hvornår"),
        (
            ("MED-udvalget/SU beslutter kortlægningen", "MED-udvalget/SU", "[[udfyld: dato]]"),
            ("Spørgeskemaet sættes op og testes", "AMR og HR", "[[udfyld: dato]]"),
            ("Medarbejderne får besked", "Ledelsen", "[[udfyld: dato]]"),
            ("Besvarelse (fx to uger)", "Alle medarbejdere", "[[udfyld: dato]]"),
            ("Resultat til MED-udvalget/SU", "AMR og HR", "[[udfyld: dato]]"),
            ("Tilbagemelding til medarbejderne", "Ledelsen og AMR", "[[udfyld: dato]]"),
        ),
    ),
)


def survey_source() -> tuple[Part, ...]:
    out: list[Part] = list(SURVEY_INTRO)
    for i, q in enumerate(QUESTIONS, start=1):
        out.append(H(2, f"{i}. {q.text}"))
        # The heading, its notes and every option stay on one page (no heading alone at a page end).
        if q.note:
            out.append(P(q.note, keep_with_next=True))
        if routing(q):
            out.append(P(routing_text(q), keep_with_next=True))
        out.append(P(choice_hint(q), keep_with_next=True))
        out.append(L(q.options, keep_together=True))
    out.extend(SURVEY_OUTRO)
    return tuple(out)


# --- documents -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    title: str
    blocks: list[Block]
    cited: list[Any]  # the rules cited, in first-cited order


def dk_date(d: date) -> str:
    """The one date format of the documents: 1.12.2026."""
    return f"{d.day}.{d.month}.{d.year}"


_CERTAINTY = {
    Confidence.PRIMARY: "Sikkerhed: tjekket i lovteksten.",
    Confidence.AUTHORITY: "Sikkerhed: tjekket hos myndigheden, ikke i lovteksten.",
    Confidence.SECONDARY: "Sikkerhed: kun tjekket i en sekundær kilde, ikke i lovteksten.",
}


def _sources(cited: Sequence[Any]) -> list[Block]:
    """The appendix: every cited rule with its source, dates and certainty — for HR and lawyers."""
    items: list[list[Run]] = []
    for r in cited:
        runs = [Run(f"{r.law} {r.section}: ", bold=True), Run(r.source.title, link=r.source.url),
                Run(f". Gælder fra {dk_date(r.valid_from)}")]
        if r.valid_from_note:
            runs.append(Run(f" ({r.valid_from_note})"))
        runs.append(Run(f". Sidst gennemgået {dk_date(r.reviewed)}. {_CERTAINTY[r.confidence]}"))
        if r.confidence_note:
            runs.append(Run(f" {r.confidence_note}"))
        items.append(runs)
    return [
        Heading(1, [Run("Bilag: Kilder")]),
        Paragraph([Run("Bilaget er til HR/personalejura og er ikke en del af den tekst, I vedtager. Det viser, "
                       "hvor hver regel står, hvornår den gælder fra, hvornår den sidst er gennemgået, og hvor "
                       "sikkert det er tjekket.")]),
        Bullets(items),
    ]


def placeholder_list(blocks: Sequence[Block], before: str = "før I vedtager dokumentet") -> list[Block]:
    """Every distinct placeholder with the sections it is in, for the start of the document."""
    where: dict[str, list[str]] = {}
    section = "indledningen"

    def visit(runs: Sequence[Run]) -> None:
        for r in runs:
            if r.placeholder:
                places = where.setdefault(r.text, [])
                if section not in places:
                    places.append(section)

    for b in blocks:
        if isinstance(b, Heading):
            if b.level == 1:
                section = f"afsnit «{''.join(r.text for r in b.runs)}»"
            visit(b.runs)
        elif isinstance(b, Paragraph):
            visit(b.runs)
        elif isinstance(b, Bullets):
            for i in b.items:
                visit(i)
        elif isinstance(b, Table):
            for row in (b.header, *b.rows):
                for c in row:
                    visit(c)
    if not where:
        return []
    return [
        Paragraph([Run(f"Det skal I udfylde, {before}", bold=True)], keep_with_next=True),
        Paragraph([Run("Felterne er markeret med gult i dokumentet. Slet denne liste, når alt er udfyldt.")],
                  keep_with_next=True),
        Bullets([[Run(text, placeholder=True), Run(" — " + ", ".join(places))] for text, places in where.items()]),
    ]


def _build(title: str, source: Sequence[Part], values: Mapping[str, str], day: date) -> Built:
    ctx = _Ctx(values=values, day=day, cited={})
    blocks = _compile(source, ctx)
    blocks = placeholder_list(blocks) + blocks
    if ctx.cited:
        blocks.extend(_sources(list(ctx.cited.values())))
    return Built(title, blocks, list(ctx.cited.values()))


def strategy(values: Mapping[str, str], day: date) -> Built:
    return _build(STRATEGY_TITLE, STRATEGY, values, day)


def survey(values: Mapping[str, str], day: date) -> Built:
    return _build(SURVEY_TITLE, survey_source(), values, day)


def cited_keys() -> set[str]:
    """Every rule key the templates cite (the tests check that each one exists)."""
    found: set[str] = set()
    texts: list[str] = []
    for s in (*STRATEGY, *survey_source()):
        if isinstance(s, (H, P)):
            texts.append(s.text)
        elif isinstance(s, L):
            texts.extend(s.items)
        else:
            texts.extend(s.header)
            texts.extend(c for row in s.rows for c in row)
    for t in texts:
        for m in _TOKEN.finditer(t):
            found.update(k for k in (m.group("cite"), m.group("pkey")) if k)
    return found


def reviewed_day() -> date:
    """A fixed, source-derived date for the build's default documents: the newest review of a cited rule."""
    return max(r.reviewed for k in sorted(cited_keys()) for r in rules.versions(k))


def unfilled(values: Mapping[str, str]) -> list[str]:
    return [f.label for f in FIELDS if not values.get(f.key)]


def footer_text(title: str) -> str:
    return f"{title} · skabelon version {TEMPLATE_VERSION} af {dk_date(reviewed_day())}"


def to_docx(built: Built, now: datetime) -> bytes:
    return build_docx(Document(title=built.title, blocks=built.blocks, created=now,
                               subject="Digital chikane mod offentligt ansatte",
                               footer=footer_text(built.title)))


def filename(prefix: str, navn: str) -> str:
    slug = navn.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    slug = unicodedata.normalize("NFKD", slug).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")[:40].strip("-")
    return f"{prefix}-{slug}.docx" if slug else f"{prefix}.docx"


def _docx_tool(request: Mapping[str, Any], kind: str) -> dict[str, Any]:
    errors: list[InputError] = []
    values: dict[str, str] = {}
    try:
        values = parse_values(request.get("values"))
    except InputErrors as exc:
        errors.extend(exc.errors)
    try:
        now = parse_now(request.get("now"))
    except InputError as exc:
        errors.append(exc)
    if errors:
        return error_response(*errors)
    day = now.date()
    if kind == "strategi":
        built, prefix = strategy(values, day), "strategi-digital-chikane"
    else:
        built, prefix = survey(values, day), "kortlaegning-digital-chikane"
    data = to_docx(built, now)
    return {
        "ok": True,
        "filename": filename(prefix, values.get("navn", "")),
        "mime": DOCX_MIME,
        "docx_base64": base64.b64encode(data).decode("ascii"),
        "unfilled": unfilled(values),
    }


def strategi_docx(request: Mapping[str, Any]) -> dict[str, Any]:
    """``{"tool": "strategi_docx", "values": {...}, "now": "<ISO>"}`` → the filled-in strategy as .docx."""
    return _docx_tool(request, "strategi")


def kortlaegning_docx(request: Mapping[str, Any]) -> dict[str, Any]:
    """The survey template as .docx, with the same values (only name and incident system are used)."""
    return _docx_tool(request, "kortlaegning")
