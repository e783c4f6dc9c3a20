"""«Anmeldelse til <platform>: link n»: one notice of illegal content per link (DSA art. 16)."""
from __future__ import annotations

from .case import Case, Incident
from .model import Cites, Doc, Field, Section, evidence_numbers, filled, offence_lines, placeholder, quoted, slug_date, who

# DSA art. 16(2) lists what a notice must contain, as points (a)-(d). The letters and
# their order are checked against a copy of the official text in tests/engine/test_sagsmappe.py.
DSA_PARAGRAPH = "stk. 2"
DSA_ELEMENTS = ("a", "b", "c", "d")
GOOD_FAITH = ("Jeg erklærer i god tro, at oplysningerne og påstandene i denne anmeldelse er korrekte og "
              "fuldstændige.")
PURPOSE = ("Brug platformens formular til ulovligt indhold, og kopiér felterne ind. Anmeld kun indhold, du mener er "
           "ulovligt.")
KEEP = "Gem kvitteringen og platformens svar. Skriv datoen ned. Læg dem i sagsmappen som billeder."


def _reason(case: Case, c: Cites, inc: Incident, art: str) -> Field:
    label = f"Hvorfor indholdet er ulovligt ({art}, litra a)"
    offences = offence_lines(case, c, inc.day)
    if not offences:
        return Field(label, placeholder("hvilken regel indholdet overtræder, og hvorfor")
                     + f"\n\nDet, der står eller vises: {quoted(inc.hvad)}", missing=True, element="a")
    reason = ("Indholdet er efter min vurdering ulovligt efter dansk ret. Det kan være: " + "; ".join(offences)
              + f".\n\nDet, der står eller vises: {quoted(inc.hvad)}")
    if case.choices.private:
        reason += "\n\nIndholdet viser private oplysninger eller billeder af mig, som jeg ikke har givet lov til."
    reason += f"\n\nJeg er offentligt ansat hos {case.workplace.navn}. Indholdet handler om mig og mit arbejde."
    return Field(label, reason, element="a")


def dsa_docs(case: Case) -> list[Doc]:
    docs = []
    nums = evidence_numbers(case)
    p = case.person
    for n, (inc, url) in enumerate(((i, u) for i, u in case.urls if i.on_platform), start=1):
        c = Cites(case.now.date())
        r16 = c.rule("dsa-16")
        art = f"{r16.law} {r16.section}, {DSA_PARAGRAPH}"
        extra = [f"Platform: {inc.where}", f"Set: {inc.when_text}"]
        if who(inc):
            extra.append(f"Profil: {who(inc)}")
        extra += [f"Skærmbillede: {e.navn} (SHA-256 {e.sha256})" for e in case.evidence_for(inc.id) if e.id in nums]
        sections = [Section("Anmeldelsen", [
            _reason(case, c, inc, art),
            Field(f"Det præcise link ({art}, litra b)", url + "\n" + "\n".join(extra), element="b"),
            filled(f"Navn ({art}, litra c)", p.navn, "dit navn", element="c"),
            filled(f"Mail ({art}, litra c)", p.mail, "din mail", element="c"),
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
        after.append(Field("Gem det hele", KEEP))
        sections.append(Section("Hvis platformen ikke handler", after, guidance=True))
        docs.append(Doc(f"dsa-{n}", f"Anmeldelse til {inc.where}: link {n}", PURPOSE, sections, c.sources,
                        f"anmeldelse-platform-{n}-{slug_date(case)}.docx"))
    return docs
