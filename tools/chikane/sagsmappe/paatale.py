"""«Anmodning om offentlig påtale»: only for offences the police prosecute when she asks (straffeloven § 275)."""
from __future__ import annotations

from ..tekst import cite_text
from .case import Case
from .frister import IncidentDeadlines, per_incident
from .model import Cites, Doc, Field, Section, filled, for_you, lines, offence_lines, on_request, slug_date, what_happened

PURPOSE = ("Nogle forbrydelser skal du selv forfølge, medmindre du beder om offentlig påtale. Send anmodningen "
           "sammen med politianmeldelsen eller hurtigst muligt efter. Tal med HR først.")


def prosecution_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc | None:
    first = case.incidents[0]
    keys = on_request(case, first.day)
    if not keys:
        return None
    c = Cites(first.day)
    r275 = c.rule("strfl-275", first.day)
    offences = offence_lines(case, c, first.day, keys)
    r96 = c.rule("strfl-96", first.day)
    due = [f"Hændelse {inc.number}: {text}" for inc, text in per_incident(dls, "privat-paatale")]
    p = case.person
    fields = [
        Field("Til", "Politiet (den politikreds, hvor anmeldelsen er indgivet)"),
        filled("Fra", lines(p.navn, p.stilling, f"Ansat hos {case.workplace.navn}", p.mail, p.telefon),
               "dit navn og dine kontaktoplysninger"),
        Field("Anmodning", f"Jeg anmoder om offentlig påtale ({cite_text(r275)}) for: " + "; ".join(offences) + "."),
        filled("Begrundelse", "", "hvorfor: fx at beskyldningen kan skade dig i din stilling, eller at den er spredt "
                                  "anonymt"),
        Field("Hændelserne", what_happened(case)),
    ]
    guidance = [
        Field("Reglen", f"{r275.requires} ({cite_text(r275)})"),
        Field("Frist", f"{r96.requires} ({cite_text(r96)})\n" + "\n".join(due)),
    ]
    return Doc("paatale", "Anmodning om offentlig påtale", PURPOSE,
               [Section("Anmodningen", fields), for_you("anmodningen", guidance)], c.sources,
               f"offentlig-paatale-{slug_date(case)}.docx")
