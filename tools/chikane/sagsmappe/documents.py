"""Every document the case needs, as data: sections of labelled fields.

One representation gives three outputs (see render.py): the HTML on the page
(each field copyable on its own), the plain text (the whole document copied at
once) and the .docx. Every § comes from :mod:`chikane.rules` through :class:`Cites`;
every deadline comes from the deadline calculator (:mod:`chikane.deadlines`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .. import frister as deadlines, rules
from .. import localtime as lt
from ..model import Confidence, Prosecution, Rule
from .case import Case, Incident, plan_of_action
from .evidence import Evidence, size_text

# DSA art. 16(2) lists what a notice must contain, as points (a)-(d). The letters and
# their order are checked against a copy of the official text in tests/engine/test_sagsmappe.py.
DSA_PARAGRAPH = "stk. 2"
DSA_ELEMENTS = ("a", "b", "c", "d")
GOOD_FAITH = ("Jeg erklærer i god tro, at oplysningerne og påstandene i denne anmeldelse er korrekte og "
              "fuldstændige.")


@dataclass
class Field:
    label: str
    text: str
    missing: bool = False   # a placeholder the user must fill in
    element: str = ""       # for DSA notices: which point of art. 16(2) the field fulfils


@dataclass
class Section:
    heading: str
    fields: list[Field] = field(default_factory=list)
    pictures: list[Evidence] = field(default_factory=list)
    table: tuple[tuple[str, ...], list[tuple[str, ...]]] | None = None


@dataclass
class Doc:
    id: str
    title: str
    purpose: str
    sections: list[Section]
    sources: list[Rule]
    filename: str

    def missing(self) -> list[str]:
        return [f.label for s in self.sections for f in s.fields if f.missing]


class Cites:
    """Look rules up for one document and remember them for its list of sources."""

    def __init__(self, day: date):
        self.day = day
        self.used: dict[tuple[str, date], Rule] = {}

    def rule(self, key: str, day: date | None = None) -> Rule:
        r = rules.at(key, day or self.day) or rules.current(key, day or self.day)
        self.used[(r.key, r.valid_from)] = r
        return r

    def maybe(self, key: str, day: date | None = None) -> Rule | None:
        try:
            return self.rule(key, day)
        except rules.UnknownRule:
            return None

    def cite(self, key: str, day: date | None = None) -> str:
        r = self.rule(key, day)
        return f"{law_name(r.law)} {r.section}"

    @property
    def sources(self) -> list[Rule]:
        return list(self.used.values())


def law_name(law: str) -> str:
    return law[0].lower() + law[1:] if law[:1].isupper() and " " not in law and not law.isupper() else law


def placeholder(what: str) -> str:
    return f"[udfyld: {what}]"


def _f(label: str, text: str, what: str = "", element: str = "") -> Field:
    if text.strip():
        return Field(label, text, element=element)
    return Field(label, placeholder(what or label.lower()), missing=True, element=element)


def evidence_numbers(case: Case) -> dict[str, int]:
    order: list[Evidence] = []
    for inc in case.incidents:
        order.extend(case.evidence_for(inc.id))
    return {e.id: i for i, e in enumerate(order, start=1)}


def ordered_evidence(case: Case) -> list[Evidence]:
    nums = evidence_numbers(case)
    return sorted((e for e in case.evidence if e.id in nums), key=lambda e: nums[e.id])


def file_time(ev: Evidence) -> str:
    if ev.sidst_aendret is None:
        return "ukendt"
    moment = datetime.fromtimestamp(ev.sidst_aendret / 1000, tz=lt.tz())
    return lt.long_moment(moment)


def quoted(text: str) -> str:
    """The exact words in «», unless she has quoted them herself."""
    t = text.strip()
    return t if t.startswith(("«", '"', "“", "'")) else f"«{t}»"


def _who(inc: Incident) -> str:
    parts = [p for p in (inc.hvem, inc.profil) if p]
    return " – ".join(parts)


def _impact_text(case: Case, inc: Incident) -> str:
    s = case.workplace.paavirkning
    if inc.paavirkning is None:
        return ""
    return f"{inc.paavirkning} på en skala fra {s.skala_fra} til {s.skala_til}"


def _evidence_line(case: Case, inc: Incident) -> str:
    nums = evidence_numbers(case)
    items = [f"Bevis {nums[e.id]}: {e.navn} (SHA-256 {e.sha256})" for e in case.evidence_for(inc.id)]
    return "\n".join(items)


def _slug_date(case: Case) -> str:
    return lt.to_local(case.now).date().isoformat()


# ---------------------------------------------------------------- deadlines (from the calculator)

@dataclass
class IncidentDeadlines:
    incident: Incident
    result: dict[str, Any]
    facts: deadlines.Facts


def deadline_request(case: Case, inc: Incident) -> dict[str, Any]:
    req: dict[str, Any] = {
        "now": lt.to_local(case.now).isoformat(),
        "haendelse_dato": inc.day.isoformat(),
        "offences": list(case.choices.offences),
        "mulig_erstatning": case.choices.compensation,
        "workplace": case.workplace.as_dict(),
    }
    if inc.clock is not None:
        req["haendelse_tid"] = lt.hhmm(inc.clock)
    if case.choices.known_day:
        req["kendt_dato"] = case.choices.known_day.isoformat()
    if case.choices.access_day:
        req["aktindsigt_modtaget"] = case.choices.access_day.isoformat()
    return req


def case_deadlines(case: Case) -> list[IncidentDeadlines]:
    out = []
    for inc in case.incidents:
        facts = deadlines.parse_request(deadline_request(case, inc))
        out.append(IncidentDeadlines(inc, deadlines.result(facts), facts))
    return out


def _deadline(dl: IncidentDeadlines, prefix: str) -> dict[str, Any] | None:
    return next((d for d in dl.result["deadlines"] if d["id"].split(":")[0] == prefix), None)


def _deadline_text(d: dict[str, Any] | None) -> str:
    if d is None:
        return ""
    if d.get("due_text"):
        state = "udløb" if d.get("expired") else "er"
        return f"Fristen {state} {d['due_text']} ({d['countdown']})."
    return d.get("waiting") or "Ingen fast frist."


# ---------------------------------------------------------------- the documents

def log_doc(case: Case, with_pictures: bool = True) -> Doc:
    c = Cites(case.now.date())
    wp = case.workplace
    p = case.person
    pictures = ordered_evidence(case)
    about = Section("Om loggen", [
        _f("Medarbejder", ", ".join(x for x in (p.navn, p.stilling) if x), "dit navn og din stilling"),
        Field("Arbejdsplads", wp.navn),
        Field("Lavet", f"{lt.long_moment(case.now)} med håndbogens sagsmappe. Loggen er lavet på din egen "
                       "computer eller telefon. Intet er sendt nogen steder hen."),
        Field("Indhold", f"{len(case.incidents)} hændelse{'r' if len(case.incidents) != 1 else ''} i tidsorden og "
                         f"{len(pictures)} bevis{'er' if len(pictures) != 1 else ''}."),
    ])
    if wp.arkivpostkasse:
        about.fields.append(Field("Send loggen til", wp.arkivpostkasse))
    sections = [about]
    for inc in case.incidents:
        s = Section(f"Hændelse {inc.number}: {inc.when_text}", [
            Field("Tidspunkt", inc.when_text + ("" if inc.clock else " (klokkeslæt ikke kendt)")),
            _f("Hvor", inc.where, "hvor det skete"),
        ])
        if inc.urls:
            s.fields.append(Field("Links", "\n".join(inc.urls)))
        s.fields += [
            Field("Hvem", _who(inc) or "Ikke kendt"),
            Field("Hvad skete der (de præcise ord)", inc.hvad),
        ]
        if inc.vidner:
            s.fields.append(Field("Vidner", inc.vidner))
        if inc.paavirkning is not None:
            s.fields.append(Field("Påvirkning", _impact_text(case, inc)))
        ev = _evidence_line(case, inc)
        if ev:
            s.fields.append(Field("Beviser", ev))
        sections.append(s)
    if pictures:
        nums = evidence_numbers(case)
        rows = [(str(nums[e.id]), e.navn, size_text(e.stoerrelse), file_time(e), e.sha256,
                 str(next(i.number for i in case.incidents if i.id == e.haendelse))) for e in pictures]
        sections.append(Section("Beviser", [
            Field("Om listen", "Hvert bevis har et fingeraftryk (SHA-256), som er regnet ud fra selve filen. Ændres "
                               "filen bare en smule, ændres fingeraftrykket. Tjek det på Windows med «certutil "
                               "-hashfile FILNAVN SHA256», på Mac eller Linux med «shasum -a 256 FILNAVN». "
                               "Tidspunktet er filens eget tidspunkt på enheden, fx da skærmbilledet blev taget."),
        ], table=(("Nr.", "Fil", "Størrelse", "Filens tidspunkt", "SHA-256", "Hændelse"), rows)))
        if with_pictures:
            sections.append(Section("Billederne", pictures=pictures))
        else:
            sections.append(Section("Billederne", [Field("Billeder", "Billederne er ikke sat ind i denne udgave af "
                                                          "loggen, så den er lille nok til mail. Send billedfilerne "
                                                          "for sig. Fingeraftrykkene ovenfor viser, at det er de "
                                                          "samme filer.")]))
    return Doc("log", "Dokumentationslog: digital chikane",
               "En log over hændelserne i tidsorden med beviserne. Gem den, og send den til arkivpostkassen eller "
               "politiet.", sections, c.sources, f"dokumentationslog-{_slug_date(case)}.docx")


def _offence_lines(case: Case, c: Cites, day: date) -> list[str]:
    lines = []
    for key in case.choices.offences:
        r = c.rule(key, day)
        lines.append(f"{law_name(r.law)} {r.section} ({r.title.lower()})")
    return lines


def police_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc:
    first = case.incidents[0]
    c = Cites(first.day)
    wp = case.workplace
    p = case.person
    what = "\n\n".join(f"Hændelse {i.number} ({i.when_text}): {i.hvad}" for i in case.incidents)
    when = "\n".join(f"Hændelse {i.number}: {i.when_text}" for i in case.incidents)
    where = "\n".join(f"Hændelse {i.number}: {i.where}" + (f" – {' '.join(i.urls)}" if i.urls else "")
                      for i in case.incidents)
    who = "\n".join(f"Hændelse {i.number}: {_who(i)}" for i in case.incidents if _who(i))
    witnesses = "\n".join(f"Hændelse {i.number}: {i.vidner}" for i in case.incidents if i.vidner)
    nums = evidence_numbers(case)
    ev = ordered_evidence(case)
    evidence = ("\n".join(f"Bevis {nums[e.id]}: {e.navn}, {size_text(e.stoerrelse)}, SHA-256 {e.sha256}" for e in ev)
                + ("\n" if ev else "") + "Dokumentationsloggen med billederne kan sendes til politiet.")
    offences = _offence_lines(case, c, first.day)
    offence_text = ("Det kan efter min vurdering være: " + "; ".join(offences) + ". Jeg beder politiet vurdere det."
                    if offences else "Jeg beder politiet vurdere, om det er strafbart.")
    police_rule = c.rule("offerst-10", first.day)
    hours = police_rule.params.get("hours")
    s = Section("Anmeldelsen", [
        Field("Hvad er der sket?", what),
        Field("Hvornår skete det?", when),
        _f("Hvor skete det?", where, "hvor det skete"),
        _f("Hvem gjorde det?", who, "navn eller profil, hvis du kender det"),
        Field("Vidner", witnesses or "Ingen kendte vidner."),
        Field("Beviser", evidence),
        Field("Hvilke regler kan det være?", offence_text),
        Field("Forurettet", "\n".join(x for x in (
            p.navn or placeholder("dit navn"), p.stilling, f"Ansat hos {wp.navn}", p.telefon, p.mail) if x)),
        Field("Sammenhæng med arbejdet", f"Jeg er offentligt ansat hos {wp.navn}. Jeg mener, at det skete på grund "
                                         "af mit arbejde."),
    ])
    if case.choices.compensation:
        lines = [f"Jeg vil kræve erstatning i sagen ({law_name(police_rule.law)} {police_rule.section})."]
        for dl in dls:
            text = _deadline_text(_deadline(dl, "politianmeldelse"))
            if text:
                lines.append(f"Hændelse {dl.incident.number}: anmeld inden {hours} timer. {text}")
        s.fields.append(Field("Erstatning", "\n".join(lines)))
    lawyer = c.maybe("rpl-741a", first.day)  # retsplejeloven: on branch `law` (NEW-RULES.md)
    if lawyer is not None:
        s.fields.append(Field("Bistandsadvokat", f"Jeg beder om en bistandsadvokat, hvis jeg har ret til det. "
                                                 f"{lawyer.requires} ({law_name(lawyer.law)} {lawyer.section})"))
    private = [k for k in case.choices.offences
               if (r := rules.at(k, first.day)) and r.prosecution is Prosecution.PRIVATE_PUBLIC_ON_REQUEST]
    if private:
        s.fields.append(Field("Offentlig påtale", f"Jeg beder om offentlig påtale ({c.cite('strfl-275', first.day)}). "
                                                  "Se den særskilte anmodning."))
    return Doc("politi", "Udkast til politianmeldelse",
               f"Brug teksten, når du anmelder: ring 114, mød op på en politistation, eller skriv til din politikreds. "
               "Kopiér felterne et ad gangen. På politi.dk kan man kun anmelde nogle slags forbrydelser digitalt.",
               [s], c.sources, f"politianmeldelse-{_slug_date(case)}.docx")


def dsa_docs(case: Case) -> list[Doc]:
    docs = []
    for n, (inc, url) in enumerate(((i, u) for i, u in case.urls if i.on_platform), start=1):
        c = Cites(case.now.date())
        r16 = c.rule("dsa-16")
        art = f"{r16.law} {r16.section}, {DSA_PARAGRAPH}"
        offences = _offence_lines(case, c, inc.day)
        if offences:
            reason = ("Indholdet er efter min vurdering ulovligt efter dansk ret. Det kan være: " + "; ".join(offences)
                      + f".\n\nDet, der står eller vises: {quoted(inc.hvad)}")
            if case.choices.private:
                reason += "\n\nIndholdet viser private oplysninger eller billeder af mig, som jeg ikke har givet lov til."
            reason += (f"\n\nJeg er offentligt ansat hos {case.workplace.navn}. Indholdet handler om mig og mit "
                       "arbejde.")
            reason_field = Field(f"Hvorfor indholdet er ulovligt ({art}, litra a)", reason, element="a")
        else:
            reason_field = Field(f"Hvorfor indholdet er ulovligt ({art}, litra a)",
                                 placeholder("hvilken regel indholdet overtræder, og hvorfor") +
                                 f"\n\nDet, der står eller vises: {quoted(inc.hvad)}", missing=True, element="a")
        nums = evidence_numbers(case)
        extra = [f"Platform: {inc.where}", f"Set: {inc.when_text}"]
        if _who(inc):
            extra.append(f"Profil: {_who(inc)}")
        extra += [f"Skærmbillede: {e.navn} (SHA-256 {e.sha256})" for e in case.evidence_for(inc.id) if e.id in nums]
        p = case.person
        sections = [Section("Anmeldelsen", [
            reason_field,
            Field(f"Det præcise link ({art}, litra b)", url + "\n" + "\n".join(extra), element="b"),
            _f(f"Dit navn ({art}, litra c)", p.navn, "dit navn", element="c"),
            _f(f"Din mail ({art}, litra c)", p.mail, "din mail", element="c"),
            Field(f"Erklæring i god tro ({art}, litra d)", GOOD_FAITH, element="d"),
        ])]
        r20 = c.rule("dsa-20")
        kfst = c.rule("dsa-kfst")
        after = [
            Field("Platformen skal svare", f"{r16.requires} ({r16.law} {r16.section})"),
            Field("Hvis platformen ikke fjerner indholdet", f"{r20.requires} ({r20.law} {r20.section})"),
            Field("Klag til tilsynet", f"{kfst.requires}"),
        ]
        r53 = c.maybe("dsa-53")
        if r53 is not None:
            after.append(Field("Klage over platforme i andre lande", f"{r53.requires} ({r53.law} {r53.section})"))
        after.append(Field("Gem det hele", "Gem kvitteringen og platformens svar. Skriv datoen ned. Læg dem i "
                                           "sagsmappen som billeder."))
        sections.append(Section("Hvis platformen ikke handler", after))
        docs.append(Doc(f"dsa-{n}", f"Anmeldelse til {inc.where}: link {n}",
                        "Brug platformens formular til ulovligt indhold, og kopiér felterne ind. Anmeld kun "
                        "indhold, du mener er ulovligt.", sections, c.sources, f"anmeldelse-platform-{n}-{_slug_date(case)}.docx"))
    return docs


def registration_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc:
    wp = case.workplace
    first = case.incidents[0]
    c = Cites(first.day)
    p = case.person
    plan, reasons = plan_of_action(case)
    s = wp.paavirkning
    rule_text = (f"{wp.navn} laver en handleplan, når påvirkningen er over {s.handleplan_over} på skalaen "
                 f"{s.skala_fra}-{s.skala_til}, og når en medarbejder har oplevet chikane flere gange inden for "
                 f"{s.gentagelse_dage} dage.")
    plan_text = ("Ja. " + " ".join(reasons) if plan else
                 "Ikke efter reglen ud fra det, der er skrevet her. Tal med din leder, hvis du har brug for en plan "
                 "alligevel.") + "\n" + rule_text
    fields = [
        Field("Arbejdsplads", wp.navn),
        _f("Medarbejder", ", ".join(x for x in (p.navn, p.stilling) if x), "dit navn og din stilling"),
        Field("Type", f"Digital chikane – arbejdsrelateret vold ({c.cite('bek1406-25', first.day)})"),
    ]
    for inc in case.incidents:
        lines = [inc.when_text, inc.where + (f": {' '.join(inc.urls)}" if inc.urls else ""), inc.hvad]
        if inc.paavirkning is not None:
            lines.append(f"Påvirkning: {_impact_text(case, inc)}")
        fields.append(Field(f"Hændelse {inc.number}", "\n".join(x for x in lines if x)))
    impacts = [i.paavirkning for i in case.incidents if i.paavirkning is not None]
    fields.append(_f("Påvirkning", f"{max(impacts)} på skalaen {s.skala_fra}-{s.skala_til} (den højeste)" if impacts else "",
                     f"hvor hårdt det rammer dig, {s.skala_fra}-{s.skala_til}"))
    fields.append(Field("Handleplan", plan_text))
    due = [(_deadline(dl, "intern-registrering"), dl.incident) for dl in dls]
    due_lines = [f"Hændelse {inc.number}: {_deadline_text(d)}" for d, inc in due if d]
    if due_lines:
        fields.append(Field("Frist for registrering", f"Senest {wp.intern_frist_dage} dage efter hændelsen.\n"
                            + "\n".join(due_lines)))
    fields.append(Field("Politianmeldt", placeholder("ja eller nej, og sagsnummer"), missing=True))
    work_injury = c.rule("arbskade-31", first.day)
    fields.append(Field("Arbejdsulykke", f"Er du fraværende efter hændelsen, eller kan du få brug for erstatning, "
                                         f"skal det anmeldes som en arbejdsulykke ({law_name(work_injury.law)} "
                                         f"{work_injury.section})."))
    fields.append(Field("Bilag", "Dokumentationsloggen med beviserne og deres fingeraftryk (SHA-256)."))
    return Doc("registrering", f"Til registrering i {wp.haendelsessystem}",
               f"Felterne til registreringen i {wp.haendelsessystem}. Registrér sammen med din leder eller AMR.",
               [Section("Registreringen", fields)], c.sources, f"registrering-{_slug_date(case)}.docx")


def prosecution_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc | None:
    first = case.incidents[0]
    keys = [k for k in case.choices.offences
            if (r := rules.at(k, first.day)) and r.prosecution is Prosecution.PRIVATE_PUBLIC_ON_REQUEST]
    if not keys:
        return None
    c = Cites(first.day)
    r275 = c.rule("strfl-275", first.day)
    offences = [f"{law_name(r.law)} {r.section} ({r.title.lower()})" for r in (c.rule(k, first.day) for k in keys)]
    r96 = c.rule("strfl-96", first.day)
    deadline_lines = []
    for dl in dls:
        d = _deadline(dl, "privat-paatale")
        if d:
            deadline_lines.append(f"Hændelse {dl.incident.number}: {_deadline_text(d)}")
    p = case.person
    fields = [
        Field("Til", "Politiet (den politikreds, hvor anmeldelsen er indgivet)"),
        _f("Fra", "\n".join(x for x in (p.navn, p.stilling, f"Ansat hos {case.workplace.navn}", p.mail, p.telefon) if x),
           "dit navn og dine kontaktoplysninger"),
        Field("Anmodning", f"Jeg anmoder om offentlig påtale ({law_name(r275.law)} {r275.section}) for: "
                           + "; ".join(offences) + "."),
        _f("Begrundelse", "", "hvorfor: fx at beskyldningen kan skade dig i din stilling, eller at den er spredt anonymt"),
        Field("Reglen", f"{r275.requires} ({law_name(r275.law)} {r275.section})"),
        Field("Frist", f"{r96.requires} ({law_name(r96.law)} {r96.section})\n" + "\n".join(deadline_lines)),
        Field("Hændelserne", "\n".join(f"Hændelse {i.number} ({i.when_text}): {i.hvad}" for i in case.incidents)),
    ]
    return Doc("paatale", "Anmodning om offentlig påtale",
               "Nogle forbrydelser skal du selv forfølge, medmindre du beder om offentlig påtale. Send anmodningen "
               "sammen med politianmeldelsen eller hurtigst muligt efter. Tal med HR først.",
               [Section("Anmodningen", fields)], c.sources, f"offentlig-paatale-{_slug_date(case)}.docx")


def datatilsynet_doc(case: Case) -> Doc | None:
    privacy_offences = {"strfl-264d", "strfl-264a"}
    if not (case.choices.private or privacy_offences & set(case.choices.offences)):
        return None
    c = Cites(case.now.date())
    r77 = c.rule("gdpr-77")
    private_rule = c.maybe("dt-privat")
    p = case.person
    where = "\n".join(f"Hændelse {i.number} ({i.when_text}): {i.where}" + (f" – {' '.join(i.urls)}" if i.urls else "")
                      for i in case.incidents)
    fields = [
        Field("Til", "Datatilsynet"),
        _f("Klager", "\n".join(x for x in (p.navn, p.mail, p.telefon) if x), "dit navn og dine kontaktoplysninger"),
        Field("Arbejde", f"Jeg er offentligt ansat hos {case.workplace.navn}. Oplysningerne er lagt ud på grund af "
                         "mit arbejde."),
        Field("Hvad klager du over?", "Der er lagt oplysninger, billeder eller optagelser af mig ud uden min "
                                      "tilladelse.\n" + where),
        _f("Hvem har lagt det ud?", "\n".join(f"Hændelse {i.number}: {_who(i)}" for i in case.incidents if _who(i)),
           "navn eller profil, og platformen"),
        Field("Hvad har du gjort?", placeholder("fx bedt personen eller platformen om at fjerne det, og hvornår"), missing=True),
        Field("Hvad ønsker du?", "At oplysningerne bliver fjernet, og at Datatilsynet vurderer, om behandlingen er "
                                 "lovlig."),
        Field("Reglen", f"{r77.requires} ({r77.law} {r77.section})"),
    ]
    if private_rule is not None:
        fields.append(Field("Bemærk", f"{private_rule.requires} ({private_rule.law}, {private_rule.section})"))
    return Doc("datatilsynet", "Klage til Datatilsynet",
               "Brug klagen, hvis personen eller platformen ikke vil fjerne oplysningerne. Datatilsynet vurderer "
               "hver sag for sig.", [Section("Klagen", fields)], c.sources, f"klage-datatilsynet-{_slug_date(case)}.docx")


def access_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc | None:
    day = case.choices.access_day
    if day is None:
        return None
    c = Cites(day)
    r21 = c.rule("offl-21", day)
    r9 = c.rule("offl-9", day)
    p = case.person
    d = _deadline(dls[-1], "aktindsigt") if dls else None
    fields = [
        Field("Til", f"Den, der behandler anmodningen om aktindsigt hos {case.workplace.navn}"),
        _f("Fra", ", ".join(x for x in (p.navn, p.stilling) if x), "dit navn og din stilling"),
        Field("Anmodningen om aktindsigt", f"Modtaget {lt.long_date(day)}."),
        Field("Jeg beder om", "At mit navn ikke bliver udleveret, og at anmodningen bliver vurderet i lyset af "
                              "den chikane, jeg er udsat for."),
        Field("Begrundelse", "Jeg er udsat for digital chikane på grund af mit arbejde. Hændelserne står i den "
                             "vedlagte dokumentationslog:\n" +
                             "\n".join(f"Hændelse {i.number} ({i.when_text}): {i.where}" for i in case.incidents)),
        Field("Reglerne", f"{r21.requires} ({law_name(r21.law)} {r21.section})\n"
                          f"{r9.requires} ({law_name(r9.law)} {r9.section})"),
    ]
    if d:
        fields.append(Field("Frist for afgørelsen", _deadline_text(d)))
    return Doc("aktindsigt", "Anmodning om at holde mit navn tilbage (aktindsigt)",
               "Giv anmodningen til din leder eller den, der behandler aktindsigten, hurtigst muligt.",
               [Section("Anmodningen", fields)], c.sources, f"aktindsigt-navn-{_slug_date(case)}.docx")


def tilhold_doc(case: Case) -> Doc | None:
    """A request for a tilhold; only when the rules hold tilholdsloven (see NEW-RULES.md)."""
    if not (case.choices.repeated_contact or {"strfl-242", "strfl-119a"} & set(case.choices.offences)):
        return None
    c = Cites(case.now.date())
    r = c.maybe("tilhold")  # tilholdsloven: on branch `law` (NEW-RULES.md); without it there is no request
    if r is None:
        return None
    ask = c.maybe("tilhold-anmodning")
    p = case.person
    fields = [
        Field("Til", "Politiet"),
        _f("Fra", "\n".join(x for x in (p.navn, p.mail, p.telefon) if x), "dit navn og dine kontaktoplysninger"),
        _f("Hvem skal have tilholdet?", "\n".join(_who(i) for i in case.incidents if _who(i)), "navn og adresse, hvis du kender dem"),
        Field("Hvad er der sket?", "\n".join(f"Hændelse {i.number} ({i.when_text}): {i.hvad}" for i in case.incidents)),
        Field("Reglen", f"{r.requires} ({law_name(r.law)} {r.section})"),
    ]
    if ask is not None:
        fields.append(Field("Sådan beder du om det", f"{ask.requires} ({law_name(ask.law)} {ask.section})"))
    return Doc("tilhold", "Anmodning om tilhold", "Send anmodningen til politiet, fx sammen med anmeldelsen.",
               [Section("Anmodningen", fields)], c.sources, f"tilhold-{_slug_date(case)}.docx")


def all_docs(case: Case, with_pictures: bool = True) -> tuple[list[Doc], list[IncidentDeadlines]]:
    dls = case_deadlines(case)
    docs: list[Doc | None] = [
        log_doc(case, with_pictures), police_doc(case, dls), *dsa_docs(case), registration_doc(case, dls),
        prosecution_doc(case, dls), tilhold_doc(case), datatilsynet_doc(case), access_doc(case, dls),
    ]
    return [d for d in docs if d is not None], dls


def source_line(r: Rule) -> str:
    text = f"{r.law} {r.section}: {r.source.title}, {r.source.url}. Gælder fra {lt.day_month_year(r.valid_from)}"
    if r.valid_from_note:
        text += f" ({r.valid_from_note})"
    text += f". Senest gennemgået {lt.day_month_year(r.reviewed)}."
    if r.confidence is not Confidence.PRIMARY:
        text += f" {r.confidence.label}. {r.confidence_note}".rstrip()
    return text
