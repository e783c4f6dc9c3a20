"""The notice to the platform (DSA art. 16): no fixed deadline, so it is listed last."""
from __future__ import annotations

from .deadline import Deadline, version
from .facts import Facts

ID = "dsa-anmeldelse"
RULE = "dsa-16"
WHO = "platform"


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    # The platform's duty runs from the notice, which is sent now, not from the incident.
    r = version(RULE, f.now.date(), "Anmeldelse til platformen (DSA)", notes)
    return [Deadline(
        id=ID, who=WHO, who_label="Du anmelder – platformen skal svare", unit="ingen fast frist", rule=r,
        rule_date=f.now.date(), start=f.incident,
        title="Anmeld indholdet til platformen",
        todo=(
            "Brug platformens formular til at anmelde ulovligt indhold. Skriv de præcise links, hvorfor indholdet er "
            "ulovligt – fx hvilken paragraf i straffeloven – og dit navn og din e-mail."
        ),
        explanation=(
            "Platformen skal behandle anmeldelsen rettidigt, omhyggeligt og objektivt og give dig besked om sin "
            "afgørelse uden unødig forsinkelse. Der er ingen fast frist i timer eller dage. Er du uenig i afgørelsen, "
            "kan du klage i platformens interne klagesystem (art. 20). Du kan også klage til Konkurrence- og "
            "Forbrugerstyrelsen, Danmarks koordinator for digitale tjenester – også over platforme, der er etableret i "
            "et andet EU-land. Styrelsen sender klagen videre (art. 53)."
        ),
    )]
