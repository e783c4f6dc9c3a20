"""«Er det strafbart?»: the outcomes and when each applies: id, kind, condition and rule keys only.

The words (title, summary, what each role does, the deadline hint) are in ``udfald/<id>.md``, one file per
outcome, named like its page ``/vaerktoejer/er-det-strafbart/udfald/<id>/``; :mod:`.texts` reads them.
The legal facts (§, penalty, who prosecutes, source, dates) are read from :mod:`chikane.rules` through
the rule keys.
"""
from __future__ import annotations

import dataclasses

from ..markdown import MarkdownError
from .model import Always, Condition, NoneFired, Not, Outcome, SomeFired, all_of, any_of, when
from .questions import JA, NEJ
from .texts import TEXTS


def _hvad(*ids: str) -> Condition:
    return when("hvad", *ids)


# Who is behind it decides whether the rules for public employees (§§ 119, 119 a, 121) can apply.
# «Ved ikke» keeps them in: the cards say they apply if it is because of the work.
ARBEJDE = when("hvem", "borger", "arbejde", "ukendt")
IKKE_ARBEJDE = when("hvem", "privat")
BORGER = when("hvem", "borger")


def T(*ids: str) -> Condition:
    return when("trussel_hvad", *ids)


def D(*ids: str) -> Condition:
    return when("delt_hvad", *ids)


def S(*ids: str) -> Condition:
    return when("skrevet_hvad", *ids)


def G(*ids: str) -> Condition:
    return when("gruppe_hvad", *ids)


VOLDSTRUSSEL = any_of(T("vold", "uklar"), G("vold"))
GENTAGET = all_of(_hvad("opsoegt", "kontakt"), when("gentaget", JA))
KRITIK = any_of(S("kritik"), G("kritik"))
# Where you live is out: your address, or a photo of your house taken from the street (walkthrough, issue 10).
ADRESSE = D("adresse", "hus")

LOGIC: tuple[Outcome, ...] = (
    # --- fare: shown first, before anything else ------------------------------
    Outcome("fare", "fare", any_of(_hvad("trussel", "opsoegt"), ADRESSE, G("vold")), ()),
    # --- kan være strafbart -------------------------------------------------
    Outcome("trusler_ansat", "strafbart", all_of(ARBEJDE, VOLDSTRUSSEL), ("strfl-119",)),
    Outcome("trusler_pres", "strafbart", all_of(ARBEJDE, T("pres")), ("strfl-119-2",)),
    Outcome("trusler", "strafbart", T("vold", "uklar", "andet_ondt"), ("strfl-266",)),
    Outcome("chikane_ansat", "strafbart", all_of(ARBEJDE, _hvad("opsoegt", "kontakt", "delt", "falsk")), ("strfl-119a",)),
    Outcome("stalking", "strafbart", GENTAGET, ("strfl-242",)),
    Outcome("fotografering", "strafbart", D("hjemme"), ("strfl-264a",)),
    Outcome("private_oplysninger", "strafbart", D("privat", "hjemme"), ("strfl-264d",)),
    Outcome("falsk_profil", "strafbart", _hvad("falsk"), ("strfl-264e",)),
    Outcome("haan_ansat", "strafbart", all_of(ARBEJDE, S("skaeldsord", "oprindelse", "ved_ikke")), ("strfl-121",)),
    Outcome("aerekraenkelse", "strafbart", S("beskyld", "skaeldsord", "oprindelse", "ved_ikke"), ("strfl-267", "strfl-269")),
    Outcome("bagvaskelse", "strafbart", all_of(S("beskyld"), when("sandt", NEJ)), ("strfl-268",)),
    Outcome("opfordring", "strafbart", G("vold"), ("strfl-266a",)),
    Outcome("skaerpende", "strafbart",
            all_of(ARBEJDE, any_of(T("vold", "uklar", "andet_ondt"), D("privat", "hjemme"),
                                   S("beskyld", "skaeldsord", "oprindelse", "ved_ikke"), GENTAGET, _hvad("falsk"))),
            ("strfl-81-14",)),
    Outcome("gruppe", "strafbart", any_of(G("nedvaerdig"), all_of(S("oprindelse"), when("platform", JA))), ("strfl-266b",)),
    # --- andre veje: remedies, each from a rule ------------------------------
    Outcome("tilhold", "anden_vej", _hvad("trussel", "opsoegt", "kontakt"),
            ("tilhold", "tilhold-straks", "tilhold-opholdsforbud", "tilhold-anmodning")),
    Outcome("adressebeskyttelse", "anden_vej", any_of(ADRESSE, _hvad("opsoegt"), T("vold", "uklar", "andet_ondt")), ("cpr-28",)),
    Outcome("sikkerhed", "anden_vej", all_of(ARBEJDE, any_of(_hvad("trussel", "opsoegt", "kontakt"), ADRESSE)), ("bek1406-3",)),
    Outcome("habilitet", "anden_vej",
            all_of(BORGER, any_of(_hvad("trussel", "opsoegt", "kontakt", "delt", "falsk"),
                                  S("beskyld", "skaeldsord", "oprindelse", "ved_ikke"))), ("fvl-3",)),
    Outcome("kontaktbegraensning", "anden_vej", all_of(BORGER, _hvad("trussel", "opsoegt", "kontakt")), ("kontaktbegraensning",)),
    Outcome("bistandsadvokat", "anden_vej", any_of(all_of(ARBEJDE, any_of(VOLDSTRUSSEL, T("pres"))), GENTAGET), ("rpl-741a",)),
    Outcome("offerraadgivning", "anden_vej", SomeFired("strafbart"), ("offerraadgivning",)),
    Outcome("ukendt_gerningsmand", "anden_vej", all_of(when("hvem", "ukendt"), SomeFired("strafbart")), ("offerst-6",)),
    Outcome("datatilsynet", "anden_vej", D("adresse", "hus", "hjemme", "privat"), ("gdpr-77",)),
    Outcome("optagelse", "anden_vej", _hvad("optagelse"), ("strfl-263-2", "dt-privat")),
    Outcome("aktindsigt", "anden_vej", _hvad("aktindsigt"), ("offl-7", "offl-21", "offl-9", "offl-36")),
    Outcome("platform", "anden_vej", all_of(when("platform", JA), SomeFired("strafbart")), ("dsa-16",)),
    # --- lovligt -------------------------------------------------------------
    Outcome("lovligt", "lovligt", all_of(NoneFired("strafbart"), KRITIK), ()),
    Outcome("ikke_strafbart", "lovligt", all_of(NoneFired("strafbart"), Not(KRITIK)), ()),
    # --- altid ---------------------------------------------------------------
    Outcome("registrer", "altid", Always(), ()),
    Outcome("leder", "altid", Always(), ()),
    # The employer's duties in BEK 1406/2020 concern work-related violence, so this track needs the work.
    Outcome("politihjaelp", "altid", ARBEJDE, ("bek1406-34",)),
    Outcome("stoette", "altid", Always(), ()),
    Outcome("politi72", "altid", SomeFired("strafbart"), ("offerst-10",)),
    # ASL § 6 needs no crime: any work-related incident can cause a psychological injury (review E6).
    Outcome("arbejdsskade", "altid", ARBEJDE, ("arbskade-31", "at-anmeldelse")),
)



def _with_text(o: Outcome) -> Outcome:
    if o.id not in TEXTS:
        raise MarkdownError(f"chikane.flow/udfald/{o.id}.md is missing: every outcome has its text there")
    return dataclasses.replace(o, text=TEXTS[o.id])


# Each outcome with its words. A file that names no outcome is found by check.problems().
OUTCOMES: tuple[Outcome, ...] = tuple(_with_text(o) for o in LOGIC)
OUTCOME_BY_ID: dict[str, Outcome] = {o.id: o for o in OUTCOMES}
# When being taken off the citizen's case (or given other tasks) is a step for today, not for the weeks after:
# a threat, someone at your home, or where you live is out, because of the work (walkthrough, issue 10).
REASSIGN_TODAY = all_of(ARBEJDE, any_of(_hvad("trussel", "opsoegt"), ADRESSE))
KIND_ORDER = ("fare", "strafbart", "lovligt", "anden_vej", "altid")
