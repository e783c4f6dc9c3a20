"""«Anmodning om tilhold»: when she is contacted again and again, or ticked stalking or harassment."""
from __future__ import annotations

from .case import Case
from .model import Cites, Doc, Field, Section, filled, lines, slug_date, what_happened, who
from ..tekst import cite_text

TRIGGERS = {"strfl-242", "strfl-119a"}


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
        filled("Hvem skal have tilholdet?", lines(*(who(i) for i in case.incidents if who(i))),
               "navn og adresse, hvis du kender dem"),
        Field("Hvad er der sket?", what_happened(case)),
        Field("Reglen", f"{r.requires} ({cite_text(r)})"),
    ]
    if ask is not None:
        fields.append(Field("Sådan beder du om det", f"{ask.requires} ({cite_text(ask)})"))
    return Doc("tilhold", "Anmodning om tilhold", "Send anmodningen til politiet, fx sammen med anmeldelsen.",
               [Section("Anmodningen", fields)], c.sources, f"tilhold-{slug_date(case)}.docx")
