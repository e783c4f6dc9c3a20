"""«Klage til Datatilsynet»: when private information, pictures or recordings of her are posted."""
from __future__ import annotations

from ..tekst import cite_text
from .case import Case
from .model import Cites, Doc, Field, Section, filled, for_you, lines, placeholder, slug_date, where_with_links, who

PRIVACY_OFFENCES = {"strfl-264d", "strfl-264a"}
PURPOSE = ("Brug klagen, hvis personen eller platformen ikke vil fjerne oplysningerne. Datatilsynet vurderer hver sag "
           "for sig.")


def datatilsynet_doc(case: Case) -> Doc | None:
    if not (case.choices.private or PRIVACY_OFFENCES & set(case.choices.offences)):
        return None
    c = Cites(case.now.date())
    r77 = c.rule("gdpr-77")
    private_rule = c.maybe("dt-privat")
    p = case.person
    where = "\n".join(f"Hændelse {i.number} ({i.when_text}): {where_with_links(i)}" for i in case.incidents)
    fields = [
        Field("Til", "Datatilsynet"),
        filled("Klager", lines(p.navn, p.mail, p.telefon), "dit navn og dine kontaktoplysninger"),
        Field("Arbejde", f"Jeg er offentligt ansat hos {case.workplace.navn}. Oplysningerne er lagt ud på grund af "
                         "mit arbejde."),
        Field("Det klager jeg over", "Der er lagt oplysninger, billeder eller optagelser af mig ud uden min "
                                     f"tilladelse ({cite_text(r77)}).\n" + where),
        filled("Hvem der har lagt det ud", lines(*(f"Hændelse {i.number}: {who(i)}" for i in case.incidents if who(i))),
               "navn eller profil, og platformen"),
        Field("Det har jeg gjort", placeholder("fx bedt personen eller platformen om at fjerne det, og hvornår"),
              missing=True),
        Field("Det ønsker jeg", "At oplysningerne bliver fjernet, og at Datatilsynet vurderer, om behandlingen er "
                                "lovlig."),
    ]
    guidance = [Field("Reglen", f"{r77.requires} ({r77.law} {r77.section})")]
    if private_rule is not None:
        guidance.append(Field("Bemærk", f"{private_rule.requires} ({private_rule.law}, {private_rule.section})"))
    return Doc("datatilsynet", "Klage til Datatilsynet", PURPOSE,
               [Section("Klagen", fields), for_you("klagen", guidance)], c.sources,
               f"klage-datatilsynet-{slug_date(case)}.docx")
