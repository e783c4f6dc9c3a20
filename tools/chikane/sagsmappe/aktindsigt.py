"""«Anmodning om at holde mit navn tilbage (aktindsigt)»: when someone asked for access to cases about her."""
from __future__ import annotations

from .. import localtime as lt
from ..tekst import cite_text
from .case import Case
from .frister import IncidentDeadlines, deadline, deadline_text
from .model import Cites, Doc, Field, Section, filled, for_you, slug_date


def access_doc(case: Case, dls: list[IncidentDeadlines]) -> Doc | None:
    day = case.choices.access_day
    if day is None:
        return None
    c = Cites(day)
    r21 = c.rule("offl-21", day)
    r9 = c.rule("offl-9", day)
    p = case.person
    d = deadline(dls[-1], "aktindsigt") if dls else None
    fields = [
        Field("Til", f"Den, der behandler anmodningen om aktindsigt hos {case.workplace.navn}"),
        filled("Fra", ", ".join(x for x in (p.navn, p.stilling) if x), "dit navn og din stilling"),
        Field("Anmodningen om aktindsigt", f"Modtaget {lt.long_date(day)}."),
        Field("Jeg beder om", "At mit navn ikke bliver udleveret, og at anmodningen bliver vurderet i lyset af "
                              "den chikane, jeg er udsat for."),
        Field("Begrundelse", "Jeg er udsat for digital chikane på grund af mit arbejde. Hændelserne står i den "
                             "vedlagte dokumentationslog:\n" +
                             "\n".join(f"Hændelse {i.number} ({i.when_text}): {i.where}" for i in case.incidents)),
        Field("Reglerne", f"{r21.requires} ({cite_text(r21)})\n{r9.requires} ({cite_text(r9)})"),
    ]
    sections = [Section("Anmodningen", fields)]
    if d:
        sections.append(for_you("anmodningen", [Field("Frist for afgørelsen", deadline_text(d))]))
    return Doc("aktindsigt", "Anmodning om at holde mit navn tilbage (aktindsigt)",
               "Giv anmodningen til din leder eller den, der behandler aktindsigten, hurtigst muligt.",
               sections, c.sources, f"aktindsigt-navn-{slug_date(case)}.docx")
