"""The workplace's own deadline for registering the incident (arbejdsplads.yml, not a law)."""
from __future__ import annotations

from datetime import timedelta

from .. import localtime as lt
from ..tekst import within_days
from ..workplace import Workplace
from .deadline import Deadline
from .facts import Facts

ID = "intern-registrering"
RULE = None  # the workplace's own rule: no paragraph
WHO = "medarbejder"


def _clean(text: str) -> str:
    """Workplace texts go into HTML, JSON and iCalendar: drop control characters and lone surrogates."""
    return "".join(ch for ch in text if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF).strip()


def compute(f: Facts, notes: list[str]) -> list[Deadline]:
    wp = f.workplace
    system = _clean(wp.haendelsessystem) or Workplace().haendelsessystem
    name = _clean(wp.navn) or Workplace().navn
    days = wp.intern_frist_dage
    return [Deadline(
        id=ID, who=WHO, who_label="Dig eller din leder", unit="dage",
        start=f.incident, due=lt.end_of_day(f.incident_date + timedelta(days=days)), end_of_day=True,
        title=f"Registrér hændelsen i {system}",
        todo=f"Registrér hændelsen i {system}. Tag skærmbilleder med, og skriv dato og klokkeslæt.",
        explanation=(
            f"{name} har selv bestemt, at hændelser skal registreres {within_days(days)}. Fristen står ikke i en lov, "
            "men i arbejdspladsens egne retningslinjer."
        ),
        citation="Arbejdspladsens egen retningslinje (ikke en lov)",
        extra={"rule_key": None, "source_note": "Fristen kommer fra arbejdspladsens egne regler – der er ingen paragraf."},
    )]
