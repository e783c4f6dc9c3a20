"""The JSON tools of the case folder (registered in chikane.api through @tool).

    sagsmappe_bevis    one chosen picture: check it, hash it, describe it
    sagsmappe          every document, as HTML for the page
    sagsmappe_docx     one document as .docx, written to ud/ for the page to download
    sagsmappe_ics      the case's deadlines (every incident) as one .ics
    sagsmappe_gem      the case file (.json, pictures included), written to ud/
    sagsmappe_aabn     a case file the user opened: the form filled in again, pictures back in filer/
    sagsmappe_formular the form (all of it, or one more incident)
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from datetime import datetime
from typing import Any, Mapping

from .. import flow, rules
from .. import frister as calculator, localtime as lt
from ..docx_writer import DOCX_MIME, clean
from ..errors import InputError, InputErrors, error_response
from ..tekst import count
from ..workplace import Workplace, parse_workplace
from . import evidence as ev_mod
from .case import INCIDENT_ID, Case, parse_case
from .documents import all_docs
from .frister import case_deadlines
from .evidence import MAIL_WARN_BYTES, Evidence, parse_record, size_text
from .render import doc_docx, documents_html, evidence_item, form_html, incident_html

CASE_FORMAT = "haandbog-sagsmappe"
CASE_VERSION = 1
MAX_CASE_FILE = 120 * ev_mod.MB


def _now(request: Mapping[str, Any]) -> datetime:
    return lt.parse_now(request.get("now"), "now")


def _wp(request: Mapping[str, Any]) -> Workplace:
    return parse_workplace(request.get("workplace"))


MAX_SAG_FILE = 4 * ev_mod.MB


def raw_sag(request: Mapping[str, Any]) -> Any:
    """The case as the page sent it: inline ("sag"), or, when it is larger than a request may be
    (chikane.api.MAX_REQUEST_CHARS), as JSON the page put in the worker's memory ("sagfil": "ind/<id>")."""
    ref = request.get("sagfil")
    if ref is None:
        return request.get("sag")
    if not isinstance(ref, str) or not ref.startswith("ind/"):
        raise InputError("sag", "Sagsmappen kunne ikke læses. Prøv igen.")
    data = ev_mod.read_bytes("ind", ref[4:])
    if data is None or len(data) > MAX_SAG_FILE:
        raise InputError("sag", "Sagsmappen kunne ikke læses, eller den er for stor. Gør teksterne kortere.")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InputError("sag", "Sagsmappen kunne ikke læses. Prøv igen.") from None


def _case(request: Mapping[str, Any]) -> Case | dict[str, Any]:
    try:
        now, wp = _now(request), _wp(request)
        raw = raw_sag(request)
    except InputError as exc:
        return error_response(exc)
    try:
        return parse_case(raw, now, wp)
    except InputErrors as exc:
        return error_response(*exc.errors)


def _warnings(case: Case) -> list[str]:
    out = []
    total = sum(e.stoerrelse for e in case.evidence)
    if total > MAIL_WARN_BYTES:
        out.append(f"Billederne fylder {size_text(total)}. Loggen med billeder bliver lige så stor, og mange "
                   f"mailsystemer tager ikke imod filer over {size_text(MAIL_WARN_BYTES)}. Hent loggen uden billeder "
                   "til mail, og aflever billederne på anden måde, fx på en USB-nøgle eller i et delt drev på arbejdet.")
    missing = [e for e in case.evidence if ev_mod.verified_bytes(e) is None]
    if missing:
        out.append(f"{len(missing)} billede{'r' if len(missing) != 1 else ''} er ikke åbnet i denne session. "
                   "Fingeraftrykket står i loggen, men billedet kommer ikke med. Vælg billederne igen.")
    if not case.choices.offences and not case.choices.private and any(i.urls and i.on_platform for i in case.incidents):
        out.append("Du har ikke sat kryds ved, hvad det kan være. Skriv selv i anmeldelsen til platformen, hvilken "
                   "regel indholdet overtræder. Anmeld kun indhold, du mener er ulovligt.")
    return out


def sagsmappe_bevis(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"fil": "f3", "navn": "skærmbillede.png", "sidst_aendret": <ms>, "haendelse": "h1", "beviser": [...]}"""
    incident = request.get("haendelse")
    if not isinstance(incident, str) or not INCIDENT_ID.match(incident):
        raise InputError("beviser", "Vælg billederne under en hændelse.")
    before: list[Evidence] = []
    for raw in (request.get("beviser") or [])[:200] if isinstance(request.get("beviser"), list) else []:
        try:
            before.append(parse_record(raw, "beviser"))
        except InputError:
            continue
    file_id = request.get("fil")
    if not isinstance(file_id, str) or not ev_mod.ID_RE.match(file_id):
        raise InputError("beviser", "Filen har et ugyldigt id. Vælg filen igen.")
    ev = ev_mod.register(file_id, request.get("navn"), request.get("sidst_aendret"), incident,
                         sum(e.stoerrelse for e in before), len(before))
    duplicate = next((e for e in before if e.sha256 == ev.sha256), None)
    if duplicate is not None:
        ev_mod.remove("filer", file_id)
        raise InputError("beviser", f"«{ev.navn}» er allerede i sagsmappen (som «{duplicate.navn}»). Det er ikke "
                                    "lagt ind to gange. Det, du har skrevet, er ikke ændret.")
    total = sum(e.stoerrelse for e in before) + ev.stoerrelse
    return {"ok": True, "bevis": ev.as_dict(), "html": evidence_item(ev), "i_alt": total,
            "i_alt_tekst": size_text(total),
            "advarsel": (f"Billederne fylder nu {size_text(total)}. Loggen med billeder kan blive for stor til mail."
                         if total > MAIL_WARN_BYTES else "")}


def sagsmappe(request: Mapping[str, Any]) -> dict[str, Any]:
    case = _case(request)
    if isinstance(case, dict):
        return case
    docs, dls = all_docs(case)
    return {
        "ok": True,
        "html": documents_html(case, docs, dls, _warnings(case)),
        "dokumenter": [{"id": d.id, "titel": d.title, "filnavn": d.filename, "mangler": d.missing()} for d in docs],
        "advarsler": _warnings(case),
        # What the page shows, counted as she sees it: the documents, then the deadlines' own section.
        "status": f"{count(len(docs), 'dokument', 'dokumenter')} og sagens frister er klar.",
    }


def _out_id(name: str) -> str:
    return "u" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def _output(name: str, data: bytes, mime: str) -> dict[str, Any]:
    oid = _out_id(name)
    ev_mod.write("ud", oid, data)
    return {"ok": True, "fil": f"ud/{oid}", "filename": name, "mime": mime, "stoerrelse": len(data)}


def sagsmappe_docx(request: Mapping[str, Any]) -> dict[str, Any]:
    case = _case(request)
    if isinstance(case, dict):
        return case
    with_pictures = request.get("billeder", True) is not False
    docs, _ = all_docs(case, with_pictures=with_pictures)
    wanted = request.get("dokument")
    doc = next((d for d in docs if d.id == wanted), None)
    if doc is None:
        raise InputError("dokument", f"Ukendt dokument. Brug et af: {', '.join(d.id for d in docs)}.")
    name = doc.filename if with_pictures or doc.id != "log" else doc.filename.replace(".docx", "-uden-billeder.docx")
    return _output(name, doc_docx(doc, case), DOCX_MIME)


def merged_ics(case: Case) -> str:
    """The calculator's own .ics for each incident, as one calendar (events only concatenated)."""
    texts = [calculator.to_ics(dl.facts) for dl in case_deadlines(case)]
    head, _, _ = texts[0].partition("BEGIN:VEVENT")
    if "BEGIN:VEVENT" not in texts[0]:
        head = texts[0].rpartition("END:VCALENDAR")[0]
    events = []
    for t in texts:
        for chunk in t.split("BEGIN:VEVENT")[1:]:
            body = chunk.split("END:VEVENT")[0]
            events.append("BEGIN:VEVENT" + body + "END:VEVENT\r\n")
    return head + "".join(dict.fromkeys(events)) + "END:VCALENDAR\r\n"


def sagsmappe_ics(request: Mapping[str, Any]) -> dict[str, Any]:
    case = _case(request)
    if isinstance(case, dict):
        return case
    return {"ok": True, "ics": merged_ics(case), "filename": f"frister-sagsmappe-{lt.to_local(case.now).date().isoformat()}.ics"}


# ---------------------------------------------------------------- the case file

_SHORT = 2100
_LONG = 8000


def _raw_text(value: Any, limit: int) -> str:
    if not isinstance(value, str):
        return ""
    return clean(value).replace("\ue000", "").replace("\ue001", "")[:limit]


def raw_case(raw: Any) -> dict[str, Any]:
    """What the user typed, kept as typed (also when a field is wrong), with only known keys."""
    raw = raw if isinstance(raw, Mapping) else {}
    p = raw.get("person") if isinstance(raw.get("person"), Mapping) else {}
    person = {k: _raw_text(p.get(k), 300) for k in ("navn", "stilling", "mail", "telefon")}
    incidents = []
    for i, r in enumerate((raw.get("haendelser") or [])[:50] if isinstance(raw.get("haendelser"), list) else []):
        r = r if isinstance(r, Mapping) else {}
        hid = r.get("id") if isinstance(r.get("id"), str) and INCIDENT_ID.match(r["id"]) else f"h{i + 1}"
        inc = {"id": hid}
        for k, limit in (("dato", 40), ("tid", 20), ("kanal", 40), ("platform", 300), ("urls", 20 * _SHORT),
                         ("hvem", 300), ("profil", _SHORT), ("hvad", _LONG), ("vidner", 2000), ("paavirkning", 4)):
            inc[k] = _raw_text(r.get(k), limit)
        incidents.append(inc)
    v = raw.get("valg") if isinstance(raw.get("valg"), Mapping) else {}
    offences = [k for k in (v.get("offences") or []) if isinstance(k, str) and re.fullmatch(r"[a-z0-9-]{1,40}", k)] \
        if isinstance(v.get("offences"), list) else []
    valg = {"offences": offences[:30], "kendt_dato": _raw_text(v.get("kendt_dato"), 40),
            "aktindsigt_modtaget": _raw_text(v.get("aktindsigt_modtaget"), 40)}
    for k, default in (("private", False), ("gentaget", False), ("erstatning", False)):
        valg[k] = v.get(k) if isinstance(v.get(k), bool) else default
    return {"person": person, "haendelser": incidents, "valg": valg}


def sagsmappe_gem(request: Mapping[str, Any]) -> dict[str, Any]:
    """The case file: what was typed, the evidence records and the pictures (base64)."""
    now = _now(request)
    given = raw_sag(request)
    sag = raw_case(given)
    records, pictures = [], {}
    raw_ev = given.get("beviser") if isinstance(given, Mapping) else None
    for r in (raw_ev or [])[:200] if isinstance(raw_ev, list) else []:
        try:
            e = parse_record(r, "beviser")
        except InputError:
            continue
        records.append(e.as_dict())
        data = ev_mod.verified_bytes(e)
        if data is not None:
            pictures[e.sha256] = base64.b64encode(data).decode("ascii")
    payload = {"format": CASE_FORMAT, "version": CASE_VERSION, "gemt": lt.to_local(now).isoformat(),
               "sag": {**sag, "beviser": records}, "billeder": pictures}
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    name = f"sagsmappe-{lt.to_local(now).strftime('%Y-%m-%d-%H%M')}.json"
    out = _output(name, data, "application/json")
    out["billeder_med"] = len(pictures)
    out["billeder_uden"] = len(records) - len(pictures)
    return out


def _bad_file() -> InputError:
    return InputError("sagsfil", "Filen er ikke en sagsmappe fra håndbogen. Vælg den fil, du gemte med «Gem "
                                 "sagsmappen» (den hedder sagsmappe-….json). Det, du har skrevet, er ikke ændret.")


def sagsmappe_aabn(request: Mapping[str, Any]) -> dict[str, Any]:
    """{"fil": "i1", "workplace": {...}} → the form filled in again and the evidence records."""
    wp = _wp(request)
    file_id = request.get("fil")
    data = ev_mod.read_bytes("ind", file_id) if isinstance(file_id, str) else None
    if isinstance(file_id, str):
        ev_mod.remove("ind", file_id)
    if data is None:
        raise InputError("sagsfil", "Filen kunne ikke læses. Vælg den igen.")
    if len(data) > MAX_CASE_FILE:
        raise InputError("sagsfil", f"Filen fylder {size_text(len(data))}. En sagsmappe fylder højst "
                                    f"{size_text(MAX_CASE_FILE)}. Det, du har skrevet, er ikke ændret.")
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad_file() from None
    if not isinstance(payload, Mapping) or payload.get("format") != CASE_FORMAT:
        raise _bad_file()
    if payload.get("version") != CASE_VERSION:
        raise InputError("sagsfil", "Sagsmappen er gemt med en anden udgave af håndbogen og kan ikke åbnes her.")
    sag = raw_case(payload.get("sag"))
    ids = {i["id"] for i in sag["haendelser"]}
    pictures = payload.get("billeder") if isinstance(payload.get("billeder"), Mapping) else {}
    raw_ev = payload["sag"].get("beviser") if isinstance(payload.get("sag"), Mapping) else []
    records: list[Evidence] = []
    broken = 0
    for r in raw_ev[:200] if isinstance(raw_ev, list) else []:
        try:
            e = parse_record(r, "beviser")
        except InputError:
            broken += 1
            continue
        if e.haendelse not in ids:
            continue
        new_id = "s" + e.sha256[:16]
        blob = pictures.get(e.sha256)
        if isinstance(blob, str):
            try:
                raw_bytes = base64.b64decode(blob, validate=True)
            except (binascii.Error, ValueError):
                raw_bytes = b""
            if hashlib.sha256(raw_bytes).hexdigest() == e.sha256:
                ev_mod.write("filer", new_id, raw_bytes)
            else:
                broken += 1
        records.append(Evidence(**{**e.as_dict(), "id": new_id}))
    notes = []
    if broken:
        notes.append(f"{broken} billede{'r' if broken != 1 else ''} i filen passede ikke med sit fingeraftryk og er "
                     "ikke lagt ind igen.")
    return {"ok": True, "sag": {**sag, "beviser": [e.as_dict() for e in records]},
            "html": form_html(sag, wp, records), "gemt": payload.get("gemt") if isinstance(payload.get("gemt"), str) else "",
            "noter": notes}


def sagsmappe_formular(request: Mapping[str, Any]) -> dict[str, Any]:
    """The whole form, or with {"haendelse": "h3", "nummer": 3} one more incident."""
    wp = _wp(request)
    hid = request.get("haendelse")
    if hid is not None:
        number = request.get("nummer")
        if not isinstance(hid, str) or not INCIDENT_ID.match(hid) or isinstance(number, bool) \
                or not isinstance(number, int) or not 1 <= number <= 50:
            raise InputError("haendelser", "Der kan højst være 50 hændelser i en sagsmappe.")
        return {"ok": True, "html": incident_html(hid, number, None, wp)}
    given = raw_sag(request)
    sag = given if isinstance(given, Mapping) else {}
    records = []
    for r in (request.get("beviser") or sag.get("beviser") or [])[:200] if isinstance(
            request.get("beviser") or sag.get("beviser") or [], list) else []:
        try:
            records.append(parse_record(r, "beviser"))
        except InputError:
            continue
    return {"ok": True, "html": form_html(raw_case(sag), wp, records)}


def sagsmappe_start(request: Mapping[str, Any]) -> dict[str, Any]:
    """What a link from the flow's or the calculator's result prefills.

    {"svar": "<the flow's state>"} and/or {"offences": "strfl-119a,strfl-266", "haendelse_dato": "24.11.2026",
    "haendelse_tid": "14.30"} (the fragment of the link, as text). Answers only values the form offers.
    """
    offences: list[str] = []
    private = repeated = False
    state = request.get("svar")
    if isinstance(state, str) and state:
        w = flow.parse_state(state)
        if w.next_question is None:
            answers = w.answer_map
            offences = flow.offence_rule_keys(flow.evaluate(answers))
            private = answers.get("private") == "ja"
            repeated = answers.get("kontakt") == "ja"
    raw = request.get("offences")
    if isinstance(raw, str) and raw:
        for key in raw.split(",")[:30]:
            key = key.strip()
            try:
                if any(r.max_penalty_years is not None for r in rules.versions(key)) and key not in offences:
                    offences.append(key)
            except rules.UnknownRule:
                continue
    incident = {}
    for src, dst in (("haendelse_dato", "dato"), ("haendelse_tid", "tid")):
        value = request.get(src)
        if isinstance(value, str) and re.fullmatch(r"[0-9.:/ -]{1,20}", value.strip()):
            incident[dst] = value.strip()
    valg: dict[str, Any] = {"offences": offences}
    if private:
        valg["private"] = True
    if repeated:
        valg["gentaget"] = True
    return {"ok": True, "valg": valg, "haendelse": incident}
