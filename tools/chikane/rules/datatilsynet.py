"""Complaints to Datatilsynet and its practice on private persons' posts."""
from __future__ import annotations

from datetime import date

from ..model import Confidence, Rule, Source

REVIEWED = date(2026, 11, 25)
G = "databeskyttelse"

RULES: tuple[Rule, ...] = (
    Rule(
        key="gdpr-77", law="Databeskyttelsesforordningen", section="artikel 77", group=G,
        title="Klage til Datatilsynet",
        requires=(
            "Du kan klage til Datatilsynet, hvis du mener, at nogen behandler oplysninger om dig i strid med "
            "reglerne (databeskyttelsesloven § 39). Datatilsynet er dansk tilsynsmyndighed (databeskyttelsesloven § 27)."
        ),
        source=Source("Forordning (EU) 2016/679 (EUR-Lex)", "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
        valid_from=date(2018, 5, 25), reviewed=REVIEWED,
    ),
    Rule(
        key="dt-privat", law="Datatilsynets praksis", section="rent private opslag", group=G,
        title="Private personers opslag kan falde uden for reglerne",
        requires=(
            "En privatpersons opslag på nettet kan falde uden for databeskyttelsesreglerne, hvis det er rent privat. "
            "Datatilsynet ser samlet på, om det er sædvanligt, hvilke oplysninger det er, sammenhængen, formålet, og "
            "om der er et kommercielt formål. Det er «ikke frit slag»."
        ),
        source=Source("Datatilsynet: Nye afgørelser om behandling i rent private sammenhænge (16.12.2020)",
                      "https://www.datatilsynet.dk/presse-og-nyheder/nyhedsarkiv/2020/dec/nye-afgoerelser-behandling-af-personoplysninger-i-rent-private-sammenhaenge"),
        valid_from=date(2020, 12, 16), reviewed=REVIEWED, confidence=Confidence.AUTHORITY,
        valid_from_note="datoen for Datatilsynets nyhed",
    ),
)
