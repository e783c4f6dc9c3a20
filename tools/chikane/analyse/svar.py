"""Reading exported survey answers: CSV or XLSX from Microsoft Forms, SurveyXact or a hand-made sheet.

The columns are matched to the questions of :data:`chikane.strategi.kortlaegning.QUESTIONS`:

- by the question's text in the header (Forms and SurveyXact write it), with or without its number;
- by its number alone: ``3``, ``3.``, ``Spørgsmål 3``, ``Spm. 3``, ``S3``, ``Q3`` (a hand-made sheet);
- one column per option (``<question> - <option>`` or ``<question>: <option>``) with 1/0, x or Ja/Nej.

Answers are the option texts (case and spacing do not matter); several answers in one cell are
separated by «;» (Forms writes ``Facebook;Mail;``), or by «,» where that still gives known options;
a whole number 1…n is read as the n-th option (SurveyXact's codes).

Every problem becomes a :class:`Problem` with the row and column a spreadsheet shows (row 1 is the
header), and the rest of the file is still read. Nothing here raises on bad input.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Sequence

from ..strategi import kortlaegning
from .xlsx import XlsxError, column_letter, read_xlsx

MAX_BYTES = 3_000_000


@dataclass(frozen=True)
class Problem:
    message: str
    row: int = 0        # 1-based as in a spreadsheet; 0: the whole file
    column: str = ""    # "C"; "": the whole row or file

    @property
    def text(self) -> str:
        """The message with where it is: «Række 4, kolonne I: …»."""
        if self.row and self.column:
            return f"Række {self.row}, kolonne {self.column}: {self.message}"
        if self.row:
            return f"Række {self.row}: {self.message}"
        if self.column:
            return f"Kolonne {self.column}: {self.message}"
        return self.message

    def as_dict(self) -> dict[str, object]:
        return {"message": self.message, "row": self.row, "column": self.column, "text": self.text}


@dataclass
class Answers:
    """One respondent: question key → the chosen options (a set; single-choice has at most one)."""

    row: int
    chosen: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Reading:
    answers: list[Answers]
    problems: list[Problem]
    columns: dict[str, str]   # question key → the column letter(s) it was read from
    ignored: list[str]        # column letters not used


# --- the file → rows ------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16"):
        if enc == "utf-16" and not data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            continue
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace")  # Excel's «CSV» on Danish Windows


def read_rows(filename: str, data: bytes) -> tuple[list[list[str]], list[Problem]]:
    """The file as rows of strings, or a Danish problem saying why it cannot be read."""
    name = (filename or "").strip().lower()
    if not data:
        return [], [Problem("Filen er tom.")]
    if len(data) > MAX_BYTES:
        return [], [Problem(f"Filen er større end {MAX_BYTES // 1_000_000} MB. Gem kun besvarelserne, "
                            "ikke billeder eller flere ark.")]
    is_zip = data[:4] == b"PK\x03\x04"
    if name.endswith((".xlsx", ".xlsm")) or (is_zip and not name.endswith((".csv", ".txt"))):
        try:
            return read_xlsx(data), []
        except XlsxError as exc:
            return [], [Problem(str(exc))]
    if name.endswith(".xls") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return [], [Problem("Filen er i Excels gamle format (.xls). Åbn den i Excel, og gem den som .xlsx "
                            "eller .csv.")]
    if name.endswith((".docx", ".pdf", ".doc", ".ods", ".numbers")) or data[:5] == b"%PDF-":
        return [], [Problem(f"Filen «{filename[:80]}» er ikke en tabel med svar. Brug den CSV- eller "
                            "Excel-fil (.xlsx), som jeres spørgeskemaværktøj eksporterer.")]
    text = _decode(data)
    if "\x00" in text:
        return [], [Problem("Filen kan ikke læses som tekst. Brug en CSV- eller Excel-fil (.xlsx).")]
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        return [], [Problem(f"Filen kan ikke læses som CSV ({exc}).")]
    return rows, []


# --- matching columns to questions ----------------------------------------------------------------

_META = {
    "id", "start time", "starttidspunkt", "completion time", "fuldførelsestidspunkt", "fuldført",
    "email", "e-mail", "mail", "name", "navn", "last modified time", "tidspunkt for seneste ændring",
    "respondent", "respondentid", "tidspunkt", "tid", "status", "svar-id", "nr", "nr.",
}
_PERSONAL = {"email", "e-mail", "mail", "name", "navn"}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.strip(" .:;?!«»\"'")


def _question_text(q: kortlaegning.Question) -> str:
    # Q8 names the workplace's incident system: match on what comes before it.
    return norm(q.text.split("{", 1)[0])


_NUMBER = re.compile(r"^(?:spørgsmål|spm\.?|sp\.?|q|s)?\s*(\d{1,2})(?:\s*[.):]\s*|\s+|$)(.*)$", re.I)


def _match_question(header: str) -> tuple[int, str] | None:
    """(question index, option text or "") for a header, or None."""
    h = norm(header)
    if not h:
        return None
    texts = [_question_text(q) for q in kortlaegning.QUESTIONS]
    m = _NUMBER.match(h)
    rest = h
    if m and 1 <= int(m.group(1)) <= len(kortlaegning.QUESTIONS):
        number, rest = int(m.group(1)) - 1, norm(m.group(2))
        if not rest:
            return number, ""
        if rest.startswith(texts[number]) or texts[number].startswith(rest):
            tail = norm(rest[len(texts[number]):])
            return number, _option_from_tail(number, tail)
    for i, t in enumerate(texts):
        if rest == t or rest.startswith(t):
            tail = norm(rest[len(t):])
            return i, _option_from_tail(i, tail)
    return None


def _option_from_tail(index: int, tail: str) -> str:
    """What follows the question text in a per-option column header: the option, or ""."""
    q = kortlaegning.QUESTIONS[index]
    if "{" in q.text:  # the tail starts with the workplace's system name: drop it
        parts = re.split(r"\?|\s[-–:|]\s", tail, maxsplit=1)
        tail = parts[1] if len(parts) > 1 else ""
    tail = re.sub(r"^\(.*?\)\s*", "", norm(tail))  # «(vælg gerne flere)»
    tail = norm(tail.lstrip("-–:| "))
    if not tail:
        return ""
    for opt in q.options:
        if norm(opt) == tail:
            return opt
    return tail  # an unknown option: reported by the caller


# --- reading the answers ------------------------------------------------------------------------

_TRUE = {"1", "x", "ja", "sand", "true", "yes", "valgt", "✓", "✔"}
_FALSE = {"", "0", "nej", "falsk", "false", "no", "ikke valgt"}


def _options(q: kortlaegning.Question) -> dict[str, str]:
    return {norm(o): o for o in q.options}


def _split_multi(cell: str, opts: dict[str, str]) -> tuple[list[str], list[str]]:
    """Known options and unknown pieces in a multi-answer cell."""
    known: list[str] = []
    unknown: list[str] = []
    for token in (t for t in cell.split(";") if norm(t)):
        if norm(token) in opts:
            known.append(opts[norm(token)])
            continue
        pieces = token.split(",")
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                candidate = norm(",".join(pieces[i:j]))
                if candidate in opts:
                    known.append(opts[candidate])
                    i = j
                    break
            else:
                if norm(pieces[i]):
                    unknown.append(pieces[i].strip())
                i += 1
    return known, unknown


def _code(cell: str, q: kortlaegning.Question) -> str | None:
    c = cell.strip()
    if re.fullmatch(r"\d{1,2}", c) and 1 <= int(c) <= len(q.options) and norm(c) not in _options(q):
        return q.options[int(c) - 1]
    return None


def read_answers(rows: Sequence[Sequence[str]]) -> Reading:
    problems: list[Problem] = []
    if not rows:
        return Reading([], [Problem("Filen har ingen rækker.")], {}, [])
    header = list(rows[0])
    by_question: dict[int, list[tuple[int, str]]] = {}   # question → [(column, option or "")]
    ignored: list[str] = []
    for c, h in enumerate(header):
        letter = column_letter(c)
        if norm(h) in _META:
            if norm(h) in _PERSONAL and any(
                    norm(r[c]) not in ("", "anonymous", "anonym") for r in rows[1:] if c < len(r)):
                problems.append(Problem(f"Kolonnen «{h.strip()}» indeholder navne eller mailadresser. Analysen "
                                        "bruger dem ikke. Slet kolonnen i jeres kopi af filen, og slå "
                                        "registrering af navn og mail fra næste gang.", 1, letter))
            ignored.append(letter)
            continue
        m = _match_question(h)
        if m is None:
            if norm(h):
                problems.append(Problem(f"Kolonnen «{h.strip()[:80]}» passer ikke til et af spørgsmålene og er "
                                        "ikke brugt.", 1, letter))
            ignored.append(letter)
            continue
        q_i, option = m
        q = kortlaegning.QUESTIONS[q_i]
        if option and q.options and option not in q.options and q.key != "enhed":
            problems.append(Problem(f"Kolonnen «{h.strip()[:80]}» nævner svaret «{option}», som ikke er en "
                                    f"svarmulighed i spørgsmål {q_i + 1}. Kolonnen er ikke brugt.", 1, letter))
            ignored.append(letter)
            continue
        taken = by_question.setdefault(q_i, [])
        if not option and any(not o for _, o in taken):
            problems.append(Problem(f"Spørgsmål {q_i + 1} står i to kolonner. Kun den første er brugt.", 1, letter))
            ignored.append(letter)
            continue
        taken.append((c, option))
    if not by_question:  # e.g. a text file or another survey: say so, rather than report on nothing
        return Reading([], [Problem("Filen ligner ikke svarene fra kortlægningen: ingen kolonne i række 1 passer "
                                    "til et af spørgsmålene. Vælg den fil, I har eksporteret fra Forms, SurveyXact "
                                    "eller jeres regneark.", 1, "")], {}, ignored)
    columns = {kortlaegning.QUESTIONS[i].key: ", ".join(column_letter(c) for c, _ in cols)
               for i, cols in sorted(by_question.items())}
    screening = next(i for i, q in enumerate(kortlaegning.QUESTIONS) if q.screening)
    if screening not in by_question:
        problems.append(Problem(f"Der er ingen kolonne til spørgsmål {screening + 1} («"
                                f"{kortlaegning.QUESTIONS[screening].text}»). Uden den kan rapporten ikke vise, hvor "
                                "mange der har oplevet digital chikane. Tjek overskriften i række 1.", 1, ""))
    answers: list[Answers] = []
    for r_i, row in enumerate(rows[1:], start=2):
        if not any(str(v).strip() for v in row):
            continue
        a = Answers(row=r_i)
        for q_i, cols in by_question.items():
            q = kortlaegning.QUESTIONS[q_i]
            opts = _options(q)
            chosen: list[str] = []
            for c, option in cols:
                cell = str(row[c]) if c < len(row) else ""
                letter = column_letter(c)
                if option:  # one column per option
                    v = norm(cell)
                    if v in _TRUE or v == norm(option):
                        chosen.append(option)
                    elif v not in _FALSE:
                        problems.append(Problem(f"«{cell.strip()[:60]}» er ikke et kryds. Skriv 1 eller x for "
                                                "valgt, 0 eller ingenting for ikke valgt. Cellen er ikke talt med.",
                                                r_i, letter))
                    continue
                if not norm(cell):
                    continue
                if q.key == "enhed":
                    chosen.append(cell.strip()[:80])
                    continue
                code = _code(cell, q)
                if code:
                    chosen.append(code)
                    continue
                if q.multiple:
                    known, unknown = _split_multi(cell, opts)
                    chosen.extend(known)
                else:
                    known = [opts[norm(cell)]] if norm(cell) in opts else []
                    unknown = [] if known else [cell.strip()]
                    chosen.extend(known)
                for u in unknown:
                    problems.append(Problem(
                        f"Svaret «{u[:60]}» er ikke en af svarmulighederne i spørgsmål {q_i + 1}. "
                        "Svaret er ikke talt med.", r_i, letter))
            chosen = list(dict.fromkeys(chosen))
            if not q.multiple and len(chosen) > 1:
                problems.append(Problem(f"Spørgsmål {q_i + 1} har kun ét svar, men rækken har {len(chosen)}. "
                                        "Svarene er ikke talt med.", r_i, columns[q.key]))
                chosen = []
            if q.max_choices and len(chosen) > q.max_choices:
                problems.append(Problem(f"Spørgsmål {q_i + 1} beder om højst {q.max_choices} svar, men rækken har "
                                        f"{len(chosen)}. Alle {len(chosen)} er talt med.", r_i, columns[q.key]))
            if chosen:
                a.chosen[q.key] = chosen
        answers.append(a)
    return Reading(answers, problems, columns, ignored)
