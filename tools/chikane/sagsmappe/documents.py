"""Every document the case needs, in the order the page shows them.

Each document is made in its own module, named like what she sees: dokumentationslog.py, politianmeldelse.py,
platform.py (one notice per link), registrering.py, paatale.py, tilhold.py, datatilsynet.py, aktindsigt.py.
Their shared shape (sections of labelled fields) is in model.py; every deadline comes from frister.py.
"""
from __future__ import annotations

from .aktindsigt import access_doc
from .case import Case
from .datatilsynet import datatilsynet_doc
from .dokumentationslog import log_doc
from .frister import IncidentDeadlines, case_deadlines
from .model import Doc
from .paatale import prosecution_doc
from .platform import dsa_docs
from .politianmeldelse import police_doc
from .registrering import registration_doc
from .tilhold import tilhold_doc


def all_docs(case: Case, with_pictures: bool = True) -> tuple[list[Doc], list[IncidentDeadlines]]:
    dls = case_deadlines(case)
    docs: list[Doc | None] = [
        log_doc(case, with_pictures), police_doc(case, dls), *dsa_docs(case), registration_doc(case, dls),
        prosecution_doc(case, dls), tilhold_doc(case), datatilsynet_doc(case), access_doc(case, dls),
    ]
    return [d for d in docs if d is not None], dls
