"""The form fields the strategy and the survey are filled in with, and the check of what a form sends."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from .. import tekst
from ..docx_writer import clean
from ..errors import InputError, InputErrors

MAX_VALUE_CHARS = 200


@dataclass(frozen=True)
class Field:
    key: str
    label: str        # the form label
    blank: str        # what the "[udfyld: …]" placeholder says
    hint: str = ""    # help text under the field
    kind: str = "text"  # "text", "email" or "days"


FIELDS: tuple[Field, ...] = (
    Field("navn", "Arbejdspladsens navn", "arbejdspladsens navn", "Fx «Jobcenter og Borgerservice»."),
    Field("haendelsessystem", "Hændelsessystem", "navnet på jeres hændelsessystem",
          "Det system, I registrerer arbejdsmiljøhændelser i."),
    Field("intern_frist_dage", "Intern frist for registrering (antal dage)", "antal dage",
          "Hvor mange dage efter hændelsen den senest skal være registreret. Et helt tal fra 0 til 365.",
          kind="days"),
    Field("arkivpostkasse", "Arkivpostkasse", "mailadresse til dokumentation",
          "Den fælles postkasse, som dokumentation sendes til.", kind="email"),
    Field("leder", "Leder: navn og kontakt", "leder – navn og kontakt", "Fx navn, telefon og mail."),
    Field("amr", "Arbejdsmiljørepræsentant (AMR): navn og kontakt", "AMR – navn og kontakt"),
    Field("personalejura", "HR / personalejura: navn og kontakt", "HR/personalejura – navn og kontakt"),
    Field("tr", "Tillidsrepræsentant (TR): navn og kontakt", "TR – navn og kontakt"),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
_CONTACT_FIELD = {
    "leder": "leder",
    "arbejdsmiljoerepraesentant": "amr",
    "personalejura": "personalejura",
    "tillidsrepraesentant": "tr",
}


def defaults_from_workplace(workplace: Mapping[str, Any]) -> dict[str, str]:
    """Form values prefilled from ``arbejdsplads.yml`` (as ``Workplace.as_dict()`` gives it)."""
    values = {f.key: "" for f in FIELDS}
    for key in ("navn", "haendelsessystem", "arkivpostkasse"):
        values[key] = str(workplace.get(key) or "")
    days = workplace.get("intern_frist_dage")
    values["intern_frist_dage"] = "" if days is None else str(days)
    for role, c in (workplace.get("kontakter") or {}).items():
        if role in _CONTACT_FIELD and isinstance(c, Mapping):
            values[_CONTACT_FIELD[role]] = ", ".join(
                str(c.get(k) or "").strip() for k in ("navn", "telefon", "mail") if str(c.get(k) or "").strip()
            )
    return values


_SPACE = re.compile(r"\s+")


def parse_values(raw: Any) -> dict[str, str]:
    """Check the form values; raise every problem at once as :class:`InputErrors` (Danish messages)."""
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise InputErrors([InputError("values", "Felterne skal sendes som en samling af navngivne felter.")])
    errors: list[InputError] = []
    values = {f.key: "" for f in FIELDS}
    for key, value in raw.items():
        f = FIELD_BY_KEY.get(key) if isinstance(key, str) else None
        if f is None:
            errors.append(InputError(str(key)[:40], f"Ukendt felt «{clean(str(key))[:40]}». "
                                     f"Brug et af: {', '.join(FIELD_BY_KEY)}."))
            continue
        if value is None:
            continue
        if f.kind == "days":
            if isinstance(value, str) and value.strip().isdecimal():
                value = int(value.strip())
            if isinstance(value, str) and not value.strip():
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
                errors.append(InputError(key, "Den interne frist skal være et helt antal dage fra 0 til 365."))
                continue
            values[key] = str(value)
            continue
        if not isinstance(value, str):
            errors.append(InputError(key, f"«{f.label}» skal være en tekst."))
            continue
        # One line per field: the form has single-line inputs, and XML-forbidden characters go.
        text = _SPACE.sub(" ", clean(value)).strip()
        if len(text) > MAX_VALUE_CHARS:
            errors.append(InputError(key, f"«{f.label}» må højst være {MAX_VALUE_CHARS} tegn."))
            continue
        values[key] = text
    if errors:
        raise InputErrors(errors)
    return values


def unfilled(values: Mapping[str, str]) -> list[str]:
    """The labels of the fields left empty (the form lists them after a download)."""
    return [f.label for f in FIELDS if not values.get(f.key)]


def text_values(values: Mapping[str, str]) -> dict[str, str]:
    """The values as the templates' text shows them: a «days» field reads «1 dag» / «10 dage»."""
    out = {}
    for f in FIELDS:
        value = values.get(f.key, "")
        out[f.key] = tekst.days(int(value)) if value and f.kind == "days" else value
    return out


BLANKS: dict[str, str] = {f.key: f.blank for f in FIELDS}  # a field left empty → «[udfyld: <blank>]»
