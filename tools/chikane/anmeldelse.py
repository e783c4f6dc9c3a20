"""How to report a crime to the police, in one wording for the flow, the calculator, the case folder
and the pages (tests hold the pages to it).

What it rests on, read 2 December 2026: Anklagemyndigheden, «Anmeldelse» (SOURCE_URL). You report by
phone, in writing (e-mail too) or in person at a police station. politi.dk takes online reports only for
some crimes: theft, vandalism, cyber attacks, IT-related economic crime and sexual offences on the
internet. politi.dk's own page on stalking says that stalking cannot be reported on the website. So
«report it on politi.dk» is wrong advice for threats and harassment.
"""
from __future__ import annotations

CALL = "ring 114"  # the flow makes this part a tel: link
OTHER_WAYS = "mød op på en politistation, eller skriv til politikredsen"
SHORT = f"{CALL}, {OTHER_WAYS}"
HOW = SHORT[0].upper() + SHORT[1:] + "."
SOURCE_URL = "https://anklagemyndigheden.dk/da/anmeldelse-ofre"
SOURCE_TITLE = "Sådan anmelder du (Anklagemyndigheden)"
