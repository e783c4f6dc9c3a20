"""«Anmodning om tilhold»: when she is contacted again and again, or ticked stalking or harassment.

The request is hers («jeg»); what the law requires, and how to ask, is guidance to her («du») after the request.
"""
from __future__ import annotations

from ..tekst import cite_text
from .case import Case
from .model import Cites, Doc, Field, Section, filled, for_you, lines, slug_date, what_happened, who

TRIGGERS = {"strfl-242", "strfl-119a"}
PURPOSE = "Send anmodningen til politiet, fx sammen med anmeldelsen."


def tilhold_doc(case: Case) -> Doc | None:
    if not (case.choices.repeated_contact or TRIGGERS & set(case.choices.offences)):
        return None
    c = Cites(case.now.date())
    r = c.maybe("tilhold")
    if r is None:
        return None
    ask = c.maybe("tilhold-anmodning")
    p = case.person
    fields = [
        Field("Til", "Politiet"),
        filled("Fra", lines(p.navn, p.mail, p.telefon), "dit navn og dine kontaktoplysninger"),
        Field("Anmodning", f"Jeg beder om et tilhold ({cite_text(r)})."),
        filled("Hvem skal have tilholdet?", lines(*(who(i) for i in case.incidents if who(i))),
               "navn og adresse, hvis du kender dem"),
        Field("Hvad er der sket?", what_happened(case)),
    ]
    guidance = [Field("Reglen", f"{r.requires} ({cite_text(r)})")]
    if ask is not None:
        guidance.append(Field("Sådan beder du om det", f"{ask.requires} ({cite_text(ask)})"))
    return Doc("tilhold", "Anmodning om tilhold", PURPOSE,
               [Section("Anmodningen", fields), for_you("anmodningen", guidance)], c.sources,
               f"tilhold-{slug_date(case)}.docx")
