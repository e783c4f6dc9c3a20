"""The strategy and survey templates as .docx: readable by python-docx, filled in, escaped, deterministic."""
from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from datetime import date, datetime, timezone
from xml.etree import ElementTree

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chikane import api, markdown, rules
from chikane.blocks import Bullets, Document, Heading, Paragraph, Run, Table
from chikane.docx_writer import build_docx
from chikane.strategi import build, felter, kortlaegning

NOW = "2026-03-27T10:00:00Z"
FULL = {
    "navn": "Testkommune Borgerservice",
    "haendelsessystem": "EASY-A",
    "intern_frist_dage": "7",
    "arkivpostkasse": "arkiv@testkommune.invalid",
    "leder": "Mette Leder, 11 22 33 44",
    "amr": "Anders AMR, 22 33 44 55",
    "personalejura": "Hanne HR, hr@testkommune.invalid",
    "tr": "Tina TR, 33 44 55 66",
}


def call(values, now=NOW, tool="strategi_docx"):
    return api.handle({"tool": tool, "values": values, "now": now})


def docx_bytes(res) -> bytes:
    assert res["ok"] is True, res
    return base64.b64decode(res["docx_base64"])


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def all_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_filled_in_values_appear_and_headings_are_real_word_styles():
    d = open_docx(docx_bytes(call(FULL)))
    text = all_text(d)
    for value in FULL.values():
        if value != "7":
            assert value in text
    assert "senest 7 dage efter hændelsen" in text
    assert "[udfyld: arbejdspladsens navn]" not in text
    styles = [p.style.name for p in d.paragraphs]
    assert styles[0] == "Title"
    assert styles.count("Heading 1") >= 11
    assert "Heading 2" in styles
    assert "List Bullet" in styles
    headings = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["1. Derfor har vi en strategi", "2. Hvad er digital chikane?", "3. Dokumentation"]
    # The roles table names every contact next to its role.
    roles = next(t for t in d.tables if t.cell(0, 0).text == "Rolle" and t.cell(0, 1).text == "Opgaver")
    first_col = [row.cells[0].text for row in roles.rows]
    assert "Leder: Mette Leder, 11 22 33 44" in first_col
    assert "AMR: Anders AMR, 22 33 44 55" in first_col
    assert d.core_properties.title == build.STRATEGY_TITLE
    assert d.core_properties.language == "da-DK"


def test_the_filename_follows_the_workplace_name():
    assert call(FULL)["filename"] == "strategi-digital-chikane-testkommune-borgerservice.docx"
    assert call({"navn": "Ærø Ø-kommune"})["filename"] == "strategi-digital-chikane-aeroe-oe-kommune.docx"
    assert call({})["filename"] == "strategi-digital-chikane.docx"


def test_empty_values_show_highlighted_placeholders():
    res = call({})
    assert res["unfilled"] == [f.label for f in felter.FIELDS]
    d = open_docx(docx_bytes(res))
    text = all_text(d)
    for f in felter.FIELDS:
        assert f"[udfyld: {f.blank}]" in text
    placeholder_runs = [r for p in d.paragraphs for r in p.runs if r.text.startswith("[udfyld:")]
    assert placeholder_runs
    assert all(r.style.name == "Udfyld" for r in placeholder_runs)
    style = d.styles["Udfyld"]
    assert style.font.highlight_color is not None  # yellow in Word
    # A partly filled form: only the empty fields are placeholders.
    partial = all_text(open_docx(docx_bytes(call({"navn": "Egen Arbejdsplads", "tr": ""}))))
    assert "Egen Arbejdsplads" in partial
    assert "[udfyld: arbejdspladsens navn]" not in partial
    assert "[udfyld: TR – navn og kontakt]" in partial


def test_whitespace_only_and_none_count_as_empty():
    res = call({"navn": "   \n\t ", "leder": None, "intern_frist_dage": " "})
    assert "Arbejdspladsens navn" in res["unfilled"]
    assert "Intern frist for registrering (antal dage)" in res["unfilled"]


def test_days_accept_int_and_digit_strings_and_read_in_danish():
    assert "senest 1 dag efter hændelsen" in all_text(open_docx(docx_bytes(call({"intern_frist_dage": 1}))))
    assert "senest 30 dage efter" in all_text(open_docx(docx_bytes(call({"intern_frist_dage": " 30 "}))))


HOSTILE = "<w:p>&amp; </w:t>]]>\"' \x00\x01\x08\x0b\x0c\x1f \ud800 \ufffe\uffff ok"


def _parts_are_well_formed(data: bytes) -> dict[str, str]:
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for name in z.namelist():
            raw = z.read(name)
            ElementTree.fromstring(raw)  # raises on malformed XML
            parts[name] = raw.decode("utf-8")
    return parts


def test_markup_and_control_characters_are_escaped_or_stripped():
    values = {k: HOSTILE for k in FULL if k != "intern_frist_dage"}
    data = docx_bytes(call(values))
    parts = _parts_are_well_formed(data)
    # Escaped in the XML, so the user's text is text, never markup.
    assert "&lt;w:p&gt;&amp;amp; &lt;/w:t&gt;]]&gt;&quot;'" in parts["word/document.xml"]
    text = all_text(open_docx(data))
    # Control characters and non-characters are gone; whitespace runs collapse to one space.
    assert "Arbejdsplads: <w:p>&amp; </w:t>]]>\"' ok" in text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text)


def test_the_json_entry_point_survives_hostile_strings():
    out = json.loads(api.handle_json(json.dumps({"tool": "strategi_docx", "now": NOW,
                                                 "values": {"navn": "<script>\u0000\ud800"}})))
    assert out["ok"] is True
    _parts_are_well_formed(base64.b64decode(out["docx_base64"]))


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_any_text_gives_a_well_formed_document(name, contact):
    res = call({"navn": name, "leder": contact})
    if not res["ok"]:  # only too-long values may be refused (after whitespace collapsing they fit)
        pytest.fail(res)
    _parts_are_well_formed(docx_bytes(res))


def test_writer_escapes_titles_links_and_line_breaks():
    doc = Document("A <b> & \x00 title", [
        Heading(1, [Run("H & <i>")]),
        Paragraph([Run("line1\nline2\tafter tab"), Run("link", link='https://example.invalid/?a=1&b="2"')]),
        Bullets([[Run("x")]]),
        Table([[Run("<th>")]], [[[Run("&cell")]]]),
    ], created=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    data = build_docx(doc)
    parts = _parts_are_well_formed(data)
    assert 'Target="https://example.invalid/?a=1&amp;b=&quot;2&quot;"' in parts["word/_rels/document.xml.rels"]
    d = open_docx(data)
    assert d.core_properties.title == "A <b> &  title"
    assert d.paragraphs[2].text == "line1\nline2\tafter tab" + "link"
    assert d.tables[0].cell(1, 0).text == "&cell"


def test_same_input_gives_identical_bytes_and_the_timestamp_is_the_one_passed_in():
    a, b = docx_bytes(call(FULL)), docx_bytes(call(FULL))
    assert a == b
    c = docx_bytes(call(FULL, now="2026-03-28T10:00:00+02:00"))
    assert c != a
    assert open_docx(c).core_properties.created == datetime(2026, 3, 28, 8, 0, tzinfo=timezone.utc)
    assert open_docx(a).core_properties.created == datetime(2026, 3, 27, 10, 0, tzinfo=timezone.utc)
    with zipfile.ZipFile(io.BytesIO(a)) as z:
        assert {i.date_time for i in z.infolist()} == {(2026, 3, 27, 10, 0, 0)}


@pytest.mark.parametrize(
    ("request_", "field", "fragment"),
    [
        ({"values": {"ukendt": "x"}, "now": NOW}, "ukendt", "Ukendt felt"),
        ({"values": ["navn"], "now": NOW}, "values", "samling af navngivne felter"),
        ({"values": {"intern_frist_dage": "ti"}, "now": NOW}, "intern_frist_dage", "helt antal dage"),
        ({"values": {"intern_frist_dage": -1}, "now": NOW}, "intern_frist_dage", "helt antal dage"),
        ({"values": {"intern_frist_dage": 366}, "now": NOW}, "intern_frist_dage", "helt antal dage"),
        ({"values": {"intern_frist_dage": True}, "now": NOW}, "intern_frist_dage", "helt antal dage"),
        ({"values": {"intern_frist_dage": 2.5}, "now": NOW}, "intern_frist_dage", "helt antal dage"),
        ({"values": {"navn": 5}, "now": NOW}, "navn", "skal være en tekst"),
        ({"values": {"leder": "x" * 201}, "now": NOW}, "leder", "højst være 200 tegn"),
        ({"values": {}}, "now", "mangler"),
        # The one reading of «now» (chikane.localtime.parse_now) since issue 12, with its own words:
        ({"values": {}, "now": "i går"}, "now", "kunne ikke læses"),
        ({"values": {}, "now": "1970-01-01T00:00:00Z"}, "now", "mellem år 2000 og 2199"),
        # ... and a .docx is a ZIP file, whose time stamps end in 2107.
        ({"values": {}, "now": "2108-01-01T00:00:00Z"}, "now", "mellem år 1980 og 2107"),
    ],
)
def test_bad_input_gives_a_danish_error_for_the_field(request_, field, fragment):
    res = api.handle({"tool": "strategi_docx", **request_})
    assert res["ok"] is False
    assert {"field": field} .items() <= res["errors"][0].items()
    assert fragment in res["errors"][0]["message"]
    assert "docx_base64" not in res


def test_every_bad_field_is_reported_at_once():
    res = api.handle({"tool": "strategi_docx", "values": {"navn": 1, "intern_frist_dage": "x"}, "now": "nej"})
    assert [e["field"] for e in res["errors"]] == ["navn", "intern_frist_dage", "now"]


def test_the_survey_docx_has_every_question():
    res = call({"navn": "Testkommune", "haendelsessystem": "EASY-A"}, tool="kortlaegning_docx")
    assert res["filename"] == "kortlaegning-digital-chikane-testkommune.docx"
    d = open_docx(docx_bytes(res))
    questions = [p.text for p in d.paragraphs if p.style.name == "Heading 2" and re.match(r"\d+\. ", p.text)]
    assert len(questions) == len(kortlaegning.QUESTIONS)
    assert "8. Blev hændelsen registreret i EASY-A?" in questions
    text = all_text(d)
    assert f"færre end {kortlaegning.MIN_GROUP} svar" in text
    assert "fritekst" in text.lower()
    # Follow-up questions say which answer they depend on, by the screening question's number.
    screening = next(i for i, q in enumerate(kortlaegning.QUESTIONS, start=1) if q.screening)
    assert questions[screening - 1].startswith(f"{screening}. Har du inden for de seneste 12 måneder oplevet")
    # (Changed with issue 14: the note names the screening question's yes answers, and the «why not» question
    # is routed on «Ingen» in the «whom did you tell» question, not on the screening question.)
    yes = f"Kun til dem, der har svaret «Ja, én gang» eller «Ja, flere gange» i spørgsmål {screening}."
    notes = [p.text for p in d.paragraphs if p.text == yes]
    assert len(notes) == sum(q.follow_up for q in kortlaegning.QUESTIONS) - 1 >= 5
    told = next(i for i, q in enumerate(kortlaegning.QUESTIONS, start=1) if q.key == "fortalt")
    assert kortlaegning.QUESTIONS[told - 1].options[-1] == "Ingen"
    why = next(i for i, q in enumerate(kortlaegning.QUESTIONS, start=1) if q.key == "hvorfor_ikke")
    assert questions[why - 1] == f"{why}. Hvorfor fortalte du det ikke til nogen?"
    assert f"Kun til dem, der har svaret «Ingen» i spørgsmål {told}." in text


def test_every_survey_question_carries_one_instruction_and_stays_on_one_page():
    res = call({}, tool="kortlaegning_docx")
    parts = _parts_are_well_formed(docx_bytes(res))
    paras = open_docx(docx_bytes(res)).paragraphs
    text = "\n".join(p.text for p in paras)
    # Q15 once said «Vælg højst tre. (vælg gerne flere)».
    assert "vælg gerne flere)" not in text and "højst tre." not in text
    for i, q in enumerate(kortlaegning.QUESTIONS, start=1):
        start = next(j for j, p in enumerate(paras) if p.text.startswith(f"{i}. ") and p.style.name == "Heading 2")
        end = next(j for j in range(start + 2, len(paras))
                   if paras[j].style.name != "List Bullet" and paras[j - 1].style.name == "List Bullet")
        hints = [p.text for p in paras[start + 1:end] if p.text.startswith("Vælg ")]
        assert hints == [kortlaegning.choice_hint(q)], (i, hints)
        # From the heading to the second-last option, every paragraph keeps with the next one.
        for p in paras[start + 1:end - 1]:
            assert p.paragraph_format.keep_with_next, (i, p.text)
        assert not paras[end - 1].paragraph_format.keep_with_next
    assert kortlaegning.choice_hint(kortlaegning.QUESTIONS[-1]) == "Vælg op til tre svar."
    assert "<w:keepNext/>" in parts["word/styles.xml"]  # the headings keep with the next paragraph


# --- legal facts come from the rules ----------------------------------------------------------


def test_every_cited_rule_key_exists():
    missing = build.cited_keys() - set(rules.keys())
    assert not missing


def _template_texts() -> list[str]:
    return build.texts((*build.STRATEGY, *kortlaegning.survey_source()))


def test_deadlines_held_by_rules_are_never_typed_in_the_template():
    typed = " ".join(re.sub(r"\{[^}]*\}", "", t) for t in _template_texts())
    for key in ("offerst-10", "offerst-13", "arbskade-31", "strfl-96"):
        for r in rules.versions(key):
            for v in r.params.values():
                assert not re.search(rf"\b{v}\s*(timer|dage|år|måneder)\b", typed), (key, v)


def test_rule_numbers_follow_the_version_in_force_on_the_day():
    old = build.strategy(dict.fromkeys(FULL, ""), date(2021, 6, 1))
    new = build.strategy(dict.fromkeys(FULL, ""), date(2023, 6, 1))

    def frister(built):
        return " ".join("".join(r.text for r in i) for b in built.blocks if isinstance(b, Bullets) for i in b.items)

    old_days = rules.at("arbskade-31", date(2021, 6, 1)).params["days"]
    new_days = rules.at("arbskade-31", date(2023, 6, 1)).params["days"]
    assert old_days != new_days
    assert f"lederen anmelder inden for {old_days} dage" in frister(old)
    assert f"lederen anmelder inden for {new_days} dage" in frister(new)
    hours = rules.at("offerst-10", date(2023, 6, 1)).params["hours"]
    assert f"inden for {hours} timer" in frister(new)


def test_sources_list_every_cited_rule_with_link():
    d = open_docx(docx_bytes(call(FULL)))
    headings = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "Bilag: Kilder"  # (renamed with issue 14: an appendix for HR and lawyers)
    rels = d.part.rels
    targets = {r.target_ref for r in rels.values() if r.is_external}
    for key in build.cited_keys():
        assert rules.current(key, date(2026, 3, 27)).source.url in targets


# --- the survey file (kortlaegning.md) ----------------------------------------------------------


def test_the_survey_text_names_the_smallest_group_the_analysis_reports():
    text = " ".join(build.texts(kortlaegning.survey_source()))
    numbers = re.findall(r"(?:færre end|mindst) (\d+) (?:svar|medarbejdere)", text)
    assert len(numbers) >= 4 and set(numbers) == {str(kortlaegning.MIN_GROUP)}, numbers


_SURVEY = """+++
titel = "Test"
+++
Intro.

### Har du oplevet noget?
nøgle: oplevet · ét svar · screening: «Ja»

- Ja
- Nej

### Hvad?
nøgle: hvad · højst 2 svar · opfølgning

En note.

- A
- B
- C

# Efter
"""


def test_the_survey_markers_read_as_questions():
    title, intro, questions, yes, outro = kortlaegning.read(markdown.parse(_SURVEY, "test.md"))
    assert title == "Test" and len(intro) == 1 and yes == ("Ja",) and outro[0].text == "Efter"
    first, second = questions
    assert first.screening and not first.multiple and first.key == "oplevet"
    assert second.multiple and second.max_choices == 2 and second.follow_up and second.note == "En note."


@pytest.mark.parametrize(("old", "new", "words"), [
    ("nøgle: hvad · højst 2 svar", "højst 2 svar", "nøgle"),
    ("højst 2 svar · opfølgning", "opfølgning", "how many answers"),
    ("· opfølgning", "· opfølgning · hemmelig", "unknown marker"),
    ("screening: «Ja»", "screening: «Måske»", "screening answers"),
    ("· opfølgning", "· kun hvis ukendt: «A»", "names no earlier question"),
    ("· opfølgning", "· kun hvis oplevet: «Måske»", "are not all answers"),
    ("nøgle: hvad", "nøgle: oplevet", "same «nøgle»"),
    ("- A\n", "1. A\n", "list of answers"),
    (" · screening: «Ja»", "", "needs a question marked «screening»"),
])
def test_a_survey_file_off_the_shape_stops_the_build(old, new, words):
    assert old in _SURVEY
    with pytest.raises(markdown.MarkdownError, match=re.escape(words)):
        kortlaegning.read(markdown.parse(_SURVEY.replace(old, new, 1), "test.md"))
