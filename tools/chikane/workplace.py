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
class Impact:
    """The workplace's own scale for how hard an incident hits, and its rule for a plan of action.

    From Aabenraa's guideline (seed 003): «en skala fra 1-10 ... Handleplanen laves ved
    påvirkning over 5 og hvis medarbejderen gentagne gange over et kort tidsrum har oplevet
    digital chikane». ``gentagelse_dage`` is the workplace's own reading of «kort tidsrum».
    """

    skala_fra: int = 1
    skala_til: int = 10
    handleplan_over: int = 5
    gentagelse_dage: int = 30

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


@dataclass(frozen=True)
class Workplace:
    navn: str = "Arbejdspladsen"
    haendelsessystem: str = "arbejdspladsens hændelsessystem"
    intern_frist_dage: int = DEFAULT_INTERNAL_DEADLINE_DAYS
    arkivpostkasse: str = ""
    kontakter: dict[str, Contact] = field(default_factory=dict)
    paavirkning: Impact = field(default_factory=Impact)

    def as_dict(self) -> dict[str, Any]:
        return {
            "navn": self.navn,
            "haendelsessystem": self.haendelsessystem,
            "intern_frist_dage": self.intern_frist_dage,
            "arkivpostkasse": self.arkivpostkasse,
            "kontakter": {k: vars(c) for k, c in self.kontakter.items()},
            "paavirkning": self.paavirkning.as_dict(),
        }


def is_example(value: str) -> bool:
    """A value still as arbejdsplads.yml ships it: the reserved example domain (RFC 2606)."""
    return value.strip().lower().endswith("example.invalid")


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
    impact = parse_impact(raw.get("paavirkning"))
    return Workplace(
        navn=_text(raw, "navn", defaults.navn),
        haendelsessystem=_text(raw, "haendelsessystem", defaults.haendelsessystem),
        intern_frist_dage=days,
        # The shipped example (…@example.invalid, a domain that can never receive mail) counts as not set:
        # nobody is told to send evidence to it; pages say «spørg din leder» instead.
        arkivpostkasse="" if is_example(mailbox := _text(raw, "arkivpostkasse", "")) else mailbox,
        kontakter=contacts,
        paavirkning=impact,
    )


def _whole(raw: Mapping[str, Any], key: str, default: int, low: int, high: int, what: str) -> int:
    value = raw.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(f"paavirkning.{key}", f"{what} skal være et helt tal fra {low} til {high}.")
    return value


def parse_impact(raw: Any) -> Impact:
    """Check ``paavirkning`` (the scale and the local rule for a plan of action)."""
    if raw is None:
        return Impact()
    if not isinstance(raw, Mapping):
        raise InputError("paavirkning", "«paavirkning» skal have felterne skala_fra, skala_til, handleplan_over og gentagelse_dage.")
    unknown = sorted(set(raw) - {"skala_fra", "skala_til", "handleplan_over", "gentagelse_dage"})
    if unknown:
        raise InputError("paavirkning", f"Ukendt felt «{str(unknown[0])[:40]}» under «paavirkning».")
    low = _whole(raw, "skala_fra", 1, 0, 10, "Skalaens laveste værdi")
    high = _whole(raw, "skala_til", 10, 1, 100, "Skalaens højeste værdi")
    if high <= low:
        raise InputError("paavirkning.skala_til", "Skalaens højeste værdi skal være større end den laveste.")
    over = _whole(raw, "handleplan_over", 5, low, high, "Grænsen for en handleplan")
    days = _whole(raw, "gentagelse_dage", 30, 0, 365, "Antal dage for «gentagne gange over et kort tidsrum»")
    return Impact(skala_fra=low, skala_til=high, handleplan_over=over, gentagelse_dage=days)
