"""«Dokumentationslog: digital chikane»: the incidents in time order, with every picture and its fingerprint."""
from __future__ import annotations

from .. import localtime as lt
from .case import Case
from .evidence import size_text
from .model import (
    Cites, Doc, Field, Section, evidence_numbers, file_time, filled, impact_text, lines, ordered_evidence, slug_date,
    who,
)

TITLE = "Dokumentationslog: digital chikane"
PURPOSE = "En log over hændelserne i tidsorden med beviserne. Gem den, og send den til arkivpostkassen eller politiet."
HASH_NOTE = ("Hvert bevis har et fingeraftryk (SHA-256), som er regnet ud fra selve filen. Ændres filen bare en smule, "
             "ændres fingeraftrykket. Tjek det på Windows med «certutil -hashfile FILNAVN SHA256», på Mac eller Linux "
             "med «shasum -a 256 FILNAVN». Tidspunktet er filens eget tidspunkt på enheden, fx da skærmbilledet blev "
             "taget.")
NO_PICTURES = ("Billederne er ikke sat ind i denne udgave af loggen, så den er lille nok til mail. Send billedfilerne "
               "for sig. Fingeraftrykkene ovenfor viser, at det er de samme filer.")


def _plural(n: int, one: str, more: str) -> str:
    return f"{n} {one if n == 1 else more}"


def log_doc(case: Case, with_pictures: bool = True) -> Doc:
    c = Cites(case.now.date())
    wp = case.workplace
    p = case.person
    pictures = ordered_evidence(case)
    nums = evidence_numbers(case)
    about = Section("Om loggen", [
        filled("Medarbejder", ", ".join(x for x in (p.navn, p.stilling) if x), "dit navn og din stilling"),
        Field("Arbejdsplads", wp.navn),
        Field("Lavet", f"{lt.long_moment(case.now)} med håndbogens sagsmappe. Jeg har lavet loggen på min egen "
                       "computer eller telefon. Intet er sendt nogen steder hen."),
        Field("Indhold", f"{_plural(len(case.incidents), 'hændelse', 'hændelser')} i tidsorden og "
                         f"{_plural(len(pictures), 'bevis', 'beviser')}."),
    ])
    if wp.arkivpostkasse:
        about.fields.append(Field("Send loggen til", wp.arkivpostkasse))
    sections = [about]
    for inc in case.incidents:
        s = Section(f"Hændelse {inc.number}: {inc.when_text}", [
            Field("Tidspunkt", inc.when_text + ("" if inc.clock else " (klokkeslæt ikke kendt)")),
            filled("Hvor", inc.where, "hvor det skete"),
        ])
        if inc.urls:
            s.fields.append(Field("Links", "\n".join(inc.urls)))
        s.fields += [
            Field("Hvem", who(inc) or "Ikke kendt"),
            Field("Hvad skete der (de præcise ord)", inc.hvad),
        ]
        if inc.vidner:
            s.fields.append(Field("Vidner", inc.vidner))
        if inc.paavirkning is not None:
            s.fields.append(Field("Påvirkning", impact_text(case, inc)))
        ev = lines(*(f"Bevis {nums[e.id]}: {e.navn} (SHA-256 {e.sha256})" for e in case.evidence_for(inc.id)))
        if ev:
            s.fields.append(Field("Beviser", ev))
        sections.append(s)
    if pictures:
        rows = [(str(nums[e.id]), e.navn, size_text(e.stoerrelse), file_time(e), e.sha256,
                 str(next(i.number for i in case.incidents if i.id == e.haendelse))) for e in pictures]
        sections.append(Section("Beviser", [Field("Om listen", HASH_NOTE)],
                                table=(("Nr.", "Fil", "Størrelse", "Filens tidspunkt", "SHA-256", "Hændelse"), rows)))
        if with_pictures:
            sections.append(Section("Billederne", pictures=pictures))
        else:
            sections.append(Section("Billederne", [Field("Billeder", NO_PICTURES)]))
    return Doc("log", TITLE, PURPOSE, sections, c.sources, f"dokumentationslog-{slug_date(case)}.docx")
