"""«Anmodning om tilhold»: when she is contacted again and again, or ticked stalking or harassment.

The request is hers («jeg»), and names the person once, as she would: «Jeg beder politiet om at give Jens J. et
tilhold». What the law requires, and how to ask, is guidance to her («du») after the request.
"""
from __future__ import annotations

from ..tekst import cite_text
from .case import Case
from .model import Cites, Doc, Field, Section, filled, for_you, lines, slug_date, what_happened

TRIGGERS = {"strfl-242", "strfl-119a"}
PURPOSE = "Send anmodningen til politiet, fx sammen med anmeldelsen."


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def tilhold_doc(case: Case) -> Doc | None:
    if not (case.choices.repeated_contact or TRIGGERS & set(case.choices.offences)):
        return None
    c = Cites(case.now.date())
    r = c.maybe("tilhold")
    if r is None:
        return None
    ask = c.maybe("tilhold-anmodning")
    p = case.person
    names = _unique([i.hvem for i in case.incidents])
    profiles = _unique([i.profil for i in case.incidents])
    if len(names) == 1:
        whom, them = names[0], "personen"
    elif names:
        # Two incidents may name the same man in two ways («Mads Jensen», «Mads, sms fra hans nummer»):
        # never count him as two; the names are listed below.
        whom, them = "den eller de personer, der er nævnt nedenfor,", "de"
    else:
        whom, them = "den person, der står bag,", "personen"
    fields = [
        Field("Til", "Politiet"),
        filled("Fra", lines(p.navn, p.mail, p.telefon), "dit navn og dine kontaktoplysninger"),
        Field("Anmodning", f"Jeg beder politiet om at give {whom} et tilhold ({cite_text(r)}), så {them} ikke må "
                           "kontakte mig eller følge efter mig."),
        filled("Hvem det drejer sig om", lines(*names, *(f"Profil: {u}" for u in profiles)),
               "navn og adresse, hvis du kender dem"),
        Field("Hvad er der sket?", what_happened(case)),
        filled("Derfor tror jeg, at det fortsætter", "",
               "hvorfor du tror, at det fortsætter, fx at personen er blevet ved, efter du har sagt stop"),
    ]
    guidance = [Field("Reglen", f"{r.requires} ({cite_text(r)})")]
    if ask is not None:
        guidance.append(Field("Sådan beder du om det", f"{ask.requires} ({cite_text(ask)})"))
    return Doc("tilhold", "Anmodning om tilhold", PURPOSE,
               [Section("Anmodningen", fields), for_you("anmodningen", guidance)], c.sources,
               f"tilhold-{slug_date(case)}.docx")
