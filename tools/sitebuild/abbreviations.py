"""The glossary: one list of abbreviations, shown as tooltips on every page.

The same list renders the glossary page (macro ``ordliste`` in macros/glossary.py).
"""
from __future__ import annotations


# (abbreviation, meaning) — sorted on the glossary page.
ABBREVIATIONS: dict[str, str] = {
    "AMR": "Arbejdsmiljørepræsentant",
    "TR": "Tillidsrepræsentant",
    "MED": "Medindflydelse og medbestemmelse (MED-udvalg)",
    "SU": "Samarbejdsudvalg",
    "AES": "Arbejdsmarkedets Erhvervssikring",
    "EASY": "Arbejdsmarkedets Erhvervssikrings system til anmeldelse af arbejdsskader (EASY Arbejdsskade)",
    "KFST": "Konkurrence- og Forbrugerstyrelsen (tilsyn med DSA i Danmark)",
    "DSA": "Digital Services Act — EU's forordning om digitale tjenester",
    "GDPR": "Databeskyttelsesforordningen (EU)",
    "BEK": "Bekendtgørelse",
    "LBK": "Lovbekendtgørelse (samlet lovtekst)",
    "AT": "Arbejdstilsynet",
    "HR": "Personaleafdeling (Human Resources)",
    "CPR": "Det Centrale Personregister",
    "LIX": "Læsbarhedsindeks: jo lavere tal, jo lettere er teksten at læse",
    "WCAG": "Web Content Accessibility Guidelines — internationale krav til tilgængelige hjemmesider",
}


def abbreviation_block() -> str:
    lines = [f"*[{abbr}]: {meaning}" for abbr, meaning in ABBREVIATIONS.items()]
    return "\n\n" + "\n".join(lines) + "\n"
