"""«Til registrering i <system>»: the fields for the workplace's incident registration."""
from __future__ import annotations

from ..tekst import cite_text, days, within_days
from .case import Case, plan_of_action
from .frister import IncidentDeadlines, per_incident
from .model import Cites, Doc, Field, Section, filled, for_you, impact_text, placeholder, slug_date, where_with_links


def registration_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc:
    wp = case.workplace
    first = case.incidents[0]
    c = Cites(first.day)
    p = case.person
    plan, reasons = plan_of_action(case)
    s = wp.paavirkning
    rule_text = (f"{wp.navn} laver en handleplan, når påvirkningen er over {s.handleplan_over} på skalaen "
                 f"{s.skala_fra}-{s.skala_til}, og når en medarbejder har oplevet chikane flere gange inden for "
                 f"{days(s.gentagelse_dage)}.")
    plan_text = ("Ja. " + " ".join(reasons) if plan else
                 "Ikke efter reglen ud fra det, der er skrevet her.") + "\n" + rule_text
    fields = [
        Field("Arbejdsplads", wp.navn),
        filled("Medarbejder", ", ".join(x for x in (p.navn, p.stilling) if x), "dit navn og din stilling"),
        Field("Type", f"Digital chikane – arbejdsrelateret vold ({c.cite('bek1406-25', first.day)})"),
    ]
    for inc in case.incidents:
        parts = [inc.when_text, where_with_links(inc, ": "), inc.hvad]
        if inc.paavirkning is not None:
            parts.append(f"Påvirkning: {impact_text(case, inc)}")
        fields.append(Field(f"Hændelse {inc.number}", "\n".join(x for x in parts if x)))
    impacts = [i.paavirkning for i in case.incidents if i.paavirkning is not None]
    fields.append(filled("Påvirkning", f"{max(impacts)} på skalaen {s.skala_fra}-{s.skala_til}"
                         + (" (den højeste af hændelserne)" if len(impacts) > 1 else "")
                         if impacts else "", f"hvor hårdt det rammer dig, {s.skala_fra}-{s.skala_til}"))
    fields.append(Field("Handleplan", plan_text))
    due = [f"Hændelse {inc.number}: {text}" for inc, text in per_incident(dls, "intern-registrering")]
    if due:
        fields.append(Field("Frist for registrering", f"{within_days(wp.intern_frist_dage, 'hændelsen').capitalize()}.\n"
                            + "\n".join(due)))
    fields.append(Field("Politianmeldt", placeholder("ja eller nej, og sagsnummer"), missing=True))
    fields.append(Field("Bilag", "Dokumentationsloggen med beviserne og deres fingeraftryk (SHA-256)."))
    work_injury = c.rule("arbskade-31", first.day)
    guidance = [Field("Arbejdsulykke", "Er du fraværende efter hændelsen, eller kan du få brug for erstatning, "
                                       f"skal det anmeldes som en arbejdsulykke ({cite_text(work_injury)}).")]
    if not plan:
        guidance.insert(0, Field("Handleplan", "Tal med din leder, hvis du har brug for en plan alligevel."))
    return Doc("registrering", f"Til registrering i {wp.haendelsessystem}",
               f"Felterne til registreringen i {wp.haendelsessystem}. Registrér sammen med din leder eller AMR.",
               [Section("Registreringen", fields), for_you("registreringen", guidance)], c.sources,
               f"registrering-{slug_date(case)}.docx")
