"""The words of the outcomes, read from ``udfald/<id>.md``, and the values they are filled with.

Each file is what people reword: TOML front matter with ``titel``, one summary paragraph, then optional
sections ``## ansat`` / ``## kollega`` / ``## leder`` / ``## amr`` (a ``- `` list: what that role does) and
``## frist`` (one paragraph: why the deadline calculator is relevant). The text is in the one text layer's
markup (:mod:`chikane.tekst`); the values it may use come from the workplace and the rules:

- ``{navn}``, ``{system}``: the workplace's name and its incident-registration system;
- ``{intern_frist}``: «senest 10 dage efter hændelsesdagen», «senest 1 dag …», «samme dag»;
- ``{arbejdsskade_taerskel}``, ``{arbejdsskade_leder}``: when the employer must report a work accident,
  from the rule in force on the day (for the employee, for the leader);
- ``{dage}``: the bare number of days (kept for older texts; ``{intern_frist}`` reads better).

Read at import time, so the browser's memory snapshot already holds them.
"""
from __future__ import annotations

from datetime import date

from .. import rules, tekst
from ..markdown import Doc, H, L, MarkdownError, P, load_folder
from ..request_fields import default_day
from ..workplace import Workplace
from .model import ROLES, OutcomeText
from .questions import QUESTION_BY_ID

PACKAGE, FOLDER = "chikane.flow", "udfald"
HINT = "frist"
VALUES = ("navn", "system", "intern_frist", "dage", "arbejdsskade_taerskel", "arbejdsskade_leder")


def _title(raw: str) -> str:
    # A title is shown where no day or workplace is known (diagram, quiz, page titles): rules only, read
    # as on the build day.
    return tekst.plain_text(raw, tekst.Context(day=default_day()))


def read(doc: Doc) -> OutcomeText:
    """One outcome's words from its file; anything outside the shape above stops the build."""
    if set(doc.meta) != {"titel"} or not isinstance(doc.meta["titel"], str) or not doc.meta["titel"]:
        raise MarkdownError(f"{doc.name}: the front matter holds exactly one text, titel = \"…\"")
    parts = list(doc.parts)
    if not parts or not isinstance(parts[0], P) or (len(parts) > 1 and not isinstance(parts[1], H)):
        raise MarkdownError(f"{doc.name}: the summary is one paragraph, right after the front matter")
    summary = parts[0].text
    steps: dict[str, tuple[str, ...]] = {}
    hint = ""
    rest = parts[1:]
    while rest:
        head, body, rest = rest[0], rest[1:2], rest[2:]
        if not isinstance(head, H) or head.level != 2 or len(body) != 1:
            raise MarkdownError(f"{doc.name}: each section is «## name» and one block under it")
        if head.text in ROLES and isinstance(body[0], L) and not body[0].ordered:
            steps[head.text] = body[0].items
        elif head.text == HINT and isinstance(body[0], P) and not hint:
            hint = body[0].text
        else:
            raise MarkdownError(f"{doc.name}: «## {head.text}» is not a role ({', '.join(ROLES)}) with a "
                                f"«- » list, nor «## {HINT}» with one paragraph")
    ordered = {role: steps[role] for role in ROLES if role in steps}
    return OutcomeText(_title(doc.meta["titel"]), summary, ordered, hint)


TEXTS: dict[str, OutcomeText] = {name: read(doc) for name, doc in load_folder(PACKAGE, FOLDER).items()}


def work_injury_threshold(today: date) -> tuple[str, str]:
    """The one wording of when the employer must report a work accident, from the rule in force on ``today``.

    Returns (for the employee, for the leader). ASL § 31 stk. 1-2: absence beyond the day of the
    incident (from 1.7.2026 the rule's own minimum), or a possible claim for ydelser, e.g. treatment.
    """
    r = rules.current("arbskade-31", today)
    absence = tekst.days(int(r.params.get("min_absence_days", 1)))
    cond = (f"hvis du er sygemeldt i mindst {absence} ud over dagen for hændelsen, eller hvis du kan få brug for "
            "ydelser som betaling for psykologhjælp")
    at = rules.current("at-anmeldelse", today)
    at_absence = tekst.days(int(at.params.get("min_absence_days", 1)))
    leader = (f"Anmeld arbejdsulykken, hvis medarbejderen er sygemeldt i mindst {absence} ud over dagen for "
              "hændelsen, eller kan få brug for ydelser som betaling for psykologhjælp. Anmeld den også til "
              f"Arbejdstilsynet, når fraværet er mindst {at_absence} ud over dagen for hændelsen.")
    employee = (f"Arbejdsgiveren skal anmelde den, {cond}. Arbejdsgiveren anmelder den også til Arbejdstilsynet, "
                f"når fraværet er mindst {at_absence} ud over dagen for hændelsen.")
    return employee, leader


def context(workplace: Workplace, today: date | None = None) -> tekst.Context:
    """What the outcome texts are compiled against: the workplace's values and the rules in force on ``today``."""
    day = today or default_day()
    employee, leader = work_injury_threshold(day)
    values = {
        "navn": workplace.navn,
        "system": workplace.haendelsessystem,
        "intern_frist": tekst.within_days(workplace.intern_frist_dage),
        "dage": str(workplace.intern_frist_dage),
        "arbejdsskade_taerskel": employee,
        "arbejdsskade_leder": leader,
    }
    return tekst.Context(day=day, values=values, question=lambda qid: QUESTION_BY_ID[qid].text)


def fill(text: str, workplace: Workplace, today: date | None = None) -> str:
    """A text of the flow with the workplace's values filled in, as plain text (the caller escapes it)."""
    return tekst.plain_text(text, context(workplace, today))
