"""The survey loop: exported answers (Forms CSV/XLSX, a hand-made sheet) read into one report; the under-5 rule."""
from __future__ import annotations

import base64
import io
import re
import zipfile

import docx
import pytest

import analyse_samples as samples
from chikane import api
from chikane.analyse import analyse_bytes, rapport, svar
from chikane.analyse.xlsx import XlsxError, read_xlsx, write_xlsx
from chikane.strategi import kortlaegning

NOW = "2026-12-01T10:00:00Z"
VALUES = {"navn": "Jobcenter Testby", "haendelsessystem": samples.SYSTEM}


def run(filename: str, data: bytes, values=VALUES):
    return api.handle({"tool": "analyse", "filename": filename, "now": NOW, "values": values,
                       "data_base64": base64.b64encode(data).decode("ascii")})


def fig(rep, key):
    return next(f for f in rep.figures if f.key == key)


def counts(f):
    return {r.label: (r.count, r.percent) for r in f.rows}


SOURCES = {
    "forms.csv": samples.forms_csv,
    "forms.xlsx": samples.forms_xlsx,
    "haandlavet.csv": samples.handmade_csv,
    "haandlavet.xlsx": lambda: write_xlsx(samples.handmade_rows()),
}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_format_gives_the_same_report(name):
    rep, reading = analyse_bytes(name, SOURCES[name](), VALUES)
    assert reading.problems == []
    reference, _ = analyse_bytes("forms.csv", samples.forms_csv(), VALUES)
    assert rep == reference


def test_the_numbers():
    rep, _ = analyse_bytes("forms.xlsx", samples.forms_xlsx(), VALUES)
    assert rep.n == 30
    assert counts(fig(rep, "oplevet")) == {"Ja, én gang": (7, 23), "Ja, flere gange": (10, 33),
                                          "Nej": (13, 43), "Ved ikke": (0, 0)}
    # Follow-ups count only those who said yes to question 2.
    kanal = fig(rep, "kanal")
    assert kanal.base == 17
    assert counts(kanal)["Facebook"] == (17, 100)
    assert counts(kanal)["Mail"] == (5, 29)  # i = 0, 4, 12, 16, 24
    told = counts(fig(rep, "fortalt"))
    assert told["Ingen"] == (6, 35) and told["Min leder"] == (11, 65)
    # «Why not» goes to those who answered «Ingen» in question 7: 6 of them.
    why = fig(rep, "hvorfor_ikke")
    assert why.base == 6
    assert counts(why)["Jeg troede ikke, det ville hjælpe"] == (5, 83)  # i = 3, 9, 13, 15, 21
    assert counts(fig(rep, "paavirkning"))["I høj grad"] == (7, 41)
    # Self or colleague (question 2 or 11) against the national 37 %: 17 + 3 colleagues only = 20 of 30.
    assert rep.self_or_colleague == (20, 67)
    assert [(r.label, r.count, r.percent) for r in rep.units] == [
        ("Borgerservice", 6, 55), ("Jobcenter", 10, 71), ("Ydelseskontoret", 1, 20)]


def test_groups_under_five_are_never_shown():
    rows = samples.forms_table()
    # Nobody answered question 5 (in or outside working hours): hidden, not «0 %».
    rep, _ = analyse_bytes("a.xlsx", samples.xlsx_shared_strings(rows), VALUES)
    assert fig(rep, "tidspunkt").rows == () and "færre end 5" in fig(rep, "tidspunkt").hidden
    # Ydelseskontoret with 4 answers: the other units would give it away, so no unit is shown.
    fewer = rows[:-1]
    rep, _ = analyse_bytes("a.xlsx", samples.xlsx_shared_strings(fewer), VALUES)
    assert rep.units == () and "kunne regnes ud" in rep.units_hidden
    # Only 4 answered «Ingen» in question 7: question 9 is hidden.
    col = rows[0].index(kortlaegning.QUESTIONS[6].text)
    fewer_none = [r[:] for r in rows]
    fewer_none[4][col] = "Min leder;"  # respondent i = 3
    fewer_none[10][col] = "Min leder;"  # i = 9
    rep, _ = analyse_bytes("a.csv", _csv(fewer_none), VALUES)
    assert fig(rep, "hvorfor_ikke").rows == ()
    # Four answers in all: no figure at all, in HTML or Word.
    res = run("a.csv", _csv(rows[:5]))
    assert res["ok"] and res["n"] == 4 and res["shown"] is False
    assert "<table" not in res["html"] and "mindst 5" in res["html"]
    d = docx.Document(io.BytesIO(base64.b64decode(res["docx_base64"])))
    assert not d.tables


def _csv(rows) -> bytes:
    import csv
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode("utf-8")


def test_bad_cells_are_named_by_row_and_column_and_the_rest_is_read():
    rows = samples.forms_table()
    rows[3][rows[0].index(kortlaegning.QUESTIONS[3].text)] = "Facebook;TikTok;"   # row 4, an unknown channel
    rows[5][rows[0].index(kortlaegning.QUESTIONS[1].text)] = "Måske"              # row 6, unknown in Q2
    rows[0].append("Alder")
    for r in rows[1:]:
        r.append("40")
    res = run("svar.csv", _csv(rows))
    assert res["ok"] is True and res["n"] == 30
    problems = {(p["row"], p["column"]): p["message"] for p in res["problems"]}
    col_q4 = svar.column_letter(rows[0].index(kortlaegning.QUESTIONS[3].text))
    assert "«TikTok» er ikke en af svarmulighederne i spørgsmål 4" in problems[(4, col_q4)]
    col_q2 = svar.column_letter(rows[0].index(kortlaegning.QUESTIONS[1].text))
    assert "«Måske»" in problems[(6, col_q2)]
    assert "«Alder» passer ikke" in problems[(1, svar.column_letter(len(rows[0]) - 1))]
    # Facebook in row 4 still counts; the respondent in row 6 is still in the other questions.
    rep, _ = analyse_bytes("svar.csv", _csv(rows), VALUES)
    assert counts(fig(rep, "kanal"))["Facebook"][0] == 16  # 17 yes, minus row 6 (i = 4) who no longer has a Q2 answer
    assert "Række 4, kolonne" in _docx_text(res)


def _docx_text(res) -> str:
    d = docx.Document(io.BytesIO(base64.b64decode(res["docx_base64"])))
    return "\n".join(p.text for p in d.paragraphs)


@pytest.mark.parametrize(("filename", "data", "fragment"), [
    ("svar.pdf", b"%PDF-1.4 ...", "ikke en tabel med svar"),
    ("svar.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "gamle format (.xls)"),
    ("svar.xlsx", b"PK\x03\x04 not really a zip", "ikke en Excel-fil"),
    ("svar.csv", b"", "tom"),
])
def test_a_wrong_file_gets_a_danish_message(filename, data, fragment):
    res = run(filename, data)
    assert res["ok"] is True and res["n"] == 0 and res["html"] == ""
    assert fragment in res["problems"][0]["message"]
    assert "docx_base64" not in res


def test_a_file_without_the_screening_question_says_so():
    rows = [[c for j, c in enumerate(r) if j != 6] for r in samples.forms_table()]  # drop Q2
    res = run("svar.csv", _csv(rows))
    assert any("ingen kolonne til spørgsmål 2" in p["message"] for p in res["problems"])
    assert res["n"] == 30  # the other questions are still read


def test_names_and_mails_are_flagged_not_used():
    rows = samples.forms_table()
    rows[2][3] = "anna@testby.invalid"
    res = run("svar.csv", _csv(rows))
    assert any(p["column"] == "D" and "mailadresser" in p["message"] for p in res["problems"])
    assert "anna@" not in res["html"] and "anna@" not in _docx_text(res)


def test_bad_requests():
    res = api.handle({"tool": "analyse", "filename": "x.csv", "data_base64": "***", "now": NOW})
    assert res["ok"] is False and res["errors"][0]["field"] == "data_base64"
    res = api.handle({"tool": "analyse", "data_base64": "", "now": NOW})
    assert res["errors"][0]["field"] == "filename"


def test_html_has_a_table_for_every_chart_and_national_figure_with_source():
    res = run("forms.csv", samples.forms_csv())
    html = res["html"]
    # Every chart is its table: one bar (SVG, hidden from screen readers) in each row, beside the figures.
    tables = re.findall(r'<table class="analyse-tabel analyse-graf">.*?</table>', html, re.S)
    assert len(tables) == 10  # 9 shown questions and the units
    for t in tables:
        assert t.count("<tr>") - 1 == t.count('<svg class="analyse-bjaelke"') == t.count(' %</td>') >= 2
    assert html.count('aria-hidden="true"') == html.count("<svg")
    assert "37 %" in html and "1.071 sagsbehandlere" in html and "67 %" in html
    d = docx.Document(io.BytesIO(base64.b64decode(res["docx_base64"])))
    assert d.paragraphs[0].text == "Kortlægning af digital chikane: resultater"
    assert len(d.tables) == 11  # 9 shown questions (5 have no answers in the sample), units, national


# --- the exports ---------------------------------------------------------------------------------


def export(fmt: str, values=VALUES):
    res = api.handle({"tool": "kortlaegning_eksport", "format": fmt, "values": values, "now": NOW})
    assert res["ok"] is True, res
    return res, base64.b64decode(res["data_base64"])


def test_questions_spreadsheet_round_trips_and_can_be_read_back():
    res, data = export("xlsx")
    assert res["filename"] == "kortlaegning-spoergsmaal-jobcenter-testby.xlsx"
    rows = read_xlsx(data)
    assert rows[0][:5] == ["Nr.", "Spørgsmål", "Type", "Højst antal svar", "Hvem svarer"]
    assert len(rows) == len(kortlaegning.QUESTIONS) + 1
    assert rows[8][1] == "Blev hændelsen registreret i EASY-A?"
    assert rows[15][2:4] == ["Flere svar", "3"]
    assert rows[9][4] == "Kun til dem, der har svaret «Ingen» i spørgsmål 7."
    assert [c for c in rows[4][5:] if c] == list(kortlaegning.QUESTIONS[3].options)


def test_forms_import_document_has_only_questions_and_options():
    _, data = export("forms")
    d = docx.Document(io.BytesIO(data))
    questions = [p.text for p in d.paragraphs if re.match(r"\d+\. ", p.text)]
    assert len(questions) == len(kortlaegning.QUESTIONS)
    assert questions[14] == "15. Hvad ville hjælpe dig mest? (vælg op til tre svar)"
    bullets = [p.text for p in d.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == sum(len(q.options) for q in kortlaegning.QUESTIONS) + 2  # three unit lines for one


def test_paper_answer_sheet_has_a_box_for_every_option():
    _, data = export("svarark")
    d = docx.Document(io.BytesIO(data))
    boxes = [p.text for p in d.paragraphs if p.text.startswith("\u2610")]
    assert len(boxes) == sum(len(q.options) for q in kortlaegning.QUESTIONS) + 2
    assert "Svar kun, hvis du har svaret «Ingen» i spørgsmål 7." in [p.text for p in d.paragraphs]


def test_xlsx_reader_refuses_broken_parts_in_danish():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<not xml")
    with pytest.raises(XlsxError, match="ødelagt"):
        read_xlsx(buf.getvalue())
    with pytest.raises(XlsxError, match="ikke en Excel-fil"):
        read_xlsx(b"hello")


def test_engine_modules_stay_stdlib_only():
    import ast
    import pathlib
    import sys

    for path in pathlib.Path(svar.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for n in names:
                assert n.split(".")[0] in sys.stdlib_module_names or n == "__future__", (path.name, n)
    assert rapport.MIN == kortlaegning.MIN_GROUP == 5


def test_many_problems_are_bounded_and_counted():
    rows = samples.forms_table()
    col = rows[0].index(kortlaegning.QUESTIONS[1].text)
    big = rows + [r[:col] + ["Måske"] + r[col + 1:] for r in rows[1:]] * 5  # 150 unknown answers
    res = run("svar.csv", _csv(big))
    assert len(res["problems"]) == 101
    assert res["problems"][-1]["text"] == "… og 50 ting mere, der ikke kunne læses. Ret de første, og prøv igen."
    assert res["n"] == 180


def test_a_file_with_no_survey_column_is_named_as_not_the_survey():
    # (Found by a committee member trying a text file: it was read as «1 besvarelser».)
    import base64 as b64

    from chikane import api as api_
    r = api_.handle({"tool": "analyse", "filename": "noter.txt", "now": "2026-11-25T10:00:00Z", "values": {},
                     "data_base64": b64.b64encode("Hej\nmed dig\n".encode()).decode()})
    assert r["ok"] is True and r["n"] == 0
    assert "ligner ikke svarene fra kortlægningen" in r["problems"][0]["message"]
    assert not r.get("docx_base64")
