"""«Klage til Datatilsynet»: when private information, pictures or recordings of her are posted."""
from __future__ import annotations

from .case import Case
from .model import Cites, Doc, Field, Section, filled, lines, placeholder, slug_date, where_with_links, who

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
        Field("Hvad klager du over?", "Der er lagt oplysninger, billeder eller optagelser af mig ud uden min "
                                      "tilladelse.\n" + where),
        filled("Hvem har lagt det ud?", lines(*(f"Hændelse {i.number}: {who(i)}" for i in case.incidents if who(i))),
               "navn eller profil, og platformen"),
        Field("Hvad har du gjort?", placeholder("fx bedt personen eller platformen om at fjerne det, og hvornår"),
              missing=True),
        Field("Hvad ønsker du?", "At oplysningerne bliver fjernet, og at Datatilsynet vurderer, om behandlingen er "
                                 "lovlig."),
        Field("Reglen", f"{r77.requires} ({r77.law} {r77.section})"),
    ]
    if private_rule is not None:
        fields.append(Field("Bemærk", f"{private_rule.requires} ({private_rule.law}, {private_rule.section})"))
    return Doc("datatilsynet", "Klage til Datatilsynet", PURPOSE, [Section("Klagen", fields)], c.sources,
               f"klage-datatilsynet-{slug_date(case)}.docx")
