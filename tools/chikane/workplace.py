"""The workplace's own settings (name, incident system, internal deadline, contacts).

The values come from ``arbejdsplads.yml`` at build time and travel to the
browser as JSON; this module only checks them and fills in defaults.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import InputError

DEFAULT_INTERNAL_DEADLINE_DAYS = 10
CONTACT_ROLES = ("leder", "arbejdsmiljoerepraesentant", "personalejura", "tillidsrepraesentant")


@dataclass(frozen=True)
class Contact:
    titel: str
    navn: str = ""
    telefon: str = ""
    mail: str = ""


@dataclass(frozen=True)
class Workplace:
    navn: str = "Arbejdspladsen"
    haendelsessystem: str = "arbejdspladsens hændelsessystem"
    intern_frist_dage: int = DEFAULT_INTERNAL_DEADLINE_DAYS
    arkivpostkasse: str = ""
    kontakter: dict[str, Contact] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "navn": self.navn,
            "haendelsessystem": self.haendelsessystem,
            "intern_frist_dage": self.intern_frist_dage,
            "arkivpostkasse": self.arkivpostkasse,
            "kontakter": {k: vars(c) for k, c in self.kontakter.items()},
        }


def _text(raw: Mapping[str, Any], key: str, default: str) -> str:
    value = raw.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise InputError(key, f"«{key}» skal være en tekst.")
    return value.strip() or default


def parse_workplace(raw: Mapping[str, Any] | None) -> Workplace:
    """Check a workplace mapping; raise :class:`InputError` with a Danish message."""
    if raw is None:
        return Workplace()
    if not isinstance(raw, Mapping):
        raise InputError("arbejdsplads", "Arbejdspladsens oplysninger skal være en samling af felter.")
    days = raw.get("intern_frist_dage", DEFAULT_INTERNAL_DEADLINE_DAYS)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
        raise InputError("intern_frist_dage", "Den interne frist skal være et helt antal dage fra 0 til 365.")
    contacts_raw = raw.get("kontakter") or {}
    if not isinstance(contacts_raw, Mapping):
        raise InputError("kontakter", "«kontakter» skal være en samling af roller.")
    contacts: dict[str, Contact] = {}
    for role, c in contacts_raw.items():
        if role not in CONTACT_ROLES:
            raise InputError("kontakter", f"Ukendt kontaktrolle «{role}». Brug en af: {', '.join(CONTACT_ROLES)}.")
        c = c or {}
        if not isinstance(c, Mapping):
            raise InputError("kontakter", f"Kontakten «{role}» skal have felterne titel, navn, telefon og mail.")
        contacts[role] = Contact(
            titel=_text(c, "titel", role),
            navn=_text(c, "navn", ""),
            telefon=_text(c, "telefon", ""),
            mail=_text(c, "mail", ""),
        )
    defaults = Workplace()
    return Workplace(
        navn=_text(raw, "navn", defaults.navn),
        haendelsessystem=_text(raw, "haendelsessystem", defaults.haendelsessystem),
        intern_frist_dage=days,
        arkivpostkasse=_text(raw, "arkivpostkasse", ""),
        kontakter=contacts,
    )
