"""«Udkast til politianmeldelse»: what she sends in writing to the police, or brings when she calls 114 or goes to the station.

The draft is in her voice («jeg»); what she needs to know around it (the deadline for compensation, her right to a
lawyer) is guidance to her («du») in the last section.
"""
from __future__ import annotations

from .. import anmeldelse
from ..tekst import cite_text, count
from .case import Case
from .evidence import size_text
from .frister import IncidentDeadlines, per_incident
from .model import (
    Cites, Doc, Field, Section, evidence_numbers, filled, for_you, lines, offence_lines, on_request, ordered_evidence,
    placeholder, slug_date, what_happened, where_with_links, who,
)

TITLE = "Udkast til politianmeldelse"
# How the site tells her to report (chikane.anmeldelse); the test holds the pages to the same words.
REPORT_HOW = anmeldelse.HOW
PURPOSE = (f"{REPORT_HOW} Teksten her er din anmeldelse. Skriver du, så sæt teksten ind i din mail. "
           "Ringer du eller møder du op, har du udkastet med og læser op fra det.")


def police_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc:
    first = case.incidents[0]
    c = Cites(first.day)
    wp = case.workplace
    p = case.person
    nums = evidence_numbers(case)
    ev = ordered_evidence(case)
    evidence = lines(*(f"Bevis {nums[e.id]}: {e.navn}, {size_text(e.stoerrelse)}, SHA-256 {e.sha256}" for e in ev),
                     # Said only when there are pictures: a draft for the police must not claim evidence it lacks.
                     "Jeg har en dokumentationslog med billederne, som politiet kan få." if ev else "")
    offences = offence_lines(case, c, first.day)
    offence_text = ("Det kan efter min vurdering være: " + "; ".join(offences) + ". Jeg beder politiet vurdere det."
                    if offences else "Jeg beder politiet vurdere, om det er strafbart.")
    police_rule = c.rule("offerst-10", first.day)
    hours = police_rule.params.get("hours")
    s = Section("Anmeldelsen", [
        Field("Hvad er der sket?", what_happened(case, "\n\n")),
        Field("Hvornår skete det?", "\n".join(f"Hændelse {i.number}: {i.when_text}" for i in case.incidents)),
        filled("Hvor skete det?", "\n".join(f"Hændelse {i.number}: {where_with_links(i)}" for i in case.incidents),
               "hvor det skete"),
        filled("Hvem gjorde det?", lines(*(f"Hændelse {i.number}: {who(i)}" for i in case.incidents if who(i))),
               "navn eller profil, hvis du kender det"),
        Field("Vidner", lines(*(f"Hændelse {i.number}: {i.vidner}" for i in case.incidents if i.vidner))
              or "Jeg kender ingen vidner."),
        filled("Beviser", evidence, "beviser, fx skærmbilleder, og hvor de er gemt"),
        Field("Hvilke regler kan det være?", offence_text),
        Field("Forurettet", lines(p.navn or placeholder("dit navn"), p.stilling, f"Ansat hos {wp.navn}", p.telefon,
                                  p.mail)),
        Field("Sammenhæng med arbejdet", f"Jeg er offentligt ansat hos {wp.navn}. Jeg mener, at det skete på grund "
                                         "af mit arbejde."),
    ])
    guidance = []
    if case.choices.compensation:
        s.fields.append(Field("Erstatning", f"Jeg vil kræve erstatning i sagen ({cite_text(police_rule)})."))
        guidance.append(Field("Frist for erstatning", "\n".join(
            [f"Vil du kunne få erstatning fra staten, skal du anmelde inden {count(hours, 'time', 'timer')} ({cite_text(police_rule)})."]
            + [f"Hændelse {inc.number}: {text}" for inc, text in per_incident(dls, "politianmeldelse")])))
    lawyer = c.maybe("rpl-741a", first.day)
    if lawyer is not None:
        s.fields.append(Field("Bistandsadvokat", f"Jeg beder om en bistandsadvokat, hvis jeg har ret til det "
                                                 f"({cite_text(lawyer)})."))
        guidance.append(Field("Din ret til en bistandsadvokat", f"{lawyer.requires} ({cite_text(lawyer)})"))
    if on_request(case, first.day):
        s.fields.append(Field("Offentlig påtale", f"Jeg beder om offentlig påtale ({c.cite('strfl-275', first.day)}). "
                                                  "Se min særskilte anmodning."))
    sections = [s] + ([for_you("anmeldelsen", guidance)] if guidance else [])
    return Doc("politi", TITLE, PURPOSE, sections, c.sources, f"politianmeldelse-{slug_date(case)}.docx")
