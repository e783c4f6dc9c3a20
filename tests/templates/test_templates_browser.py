"""The strategy form in the browser: fill in, download the .docx built by Python (Pyodide), read it back."""
from __future__ import annotations

import pytest
import docx

from conftest import AXE_JS

pytestmark = pytest.mark.browser

# The first call starts Pyodide in a worker: about 1-3 s on an idle machine, much more on a loaded one.
ENGINE_WAIT_MS = 60000


def axe_in_content(page) -> list[dict]:
    """axe-core on the page content only: the form's error state is what this test adds.

    (Whole pages, navigation included, are checked by tests/site/test_every_page.py.)
    """
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        """async () => {
            const r = await axe.run(document.querySelector('.md-content'), {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )


def _open(page, base_url):
    page.goto(base_url + "/strategi/")
    assert page.get_by_label("Arbejdspladsens navn").input_value()  # prefilled from arbejdsplads.yml


def test_fill_in_download_and_read_back_with_python_docx(page, base_url, tmp_path):
    _open(page, base_url)
    page.get_by_label("Arbejdspladsens navn").fill("Testkommune <w:p>& Co")
    page.get_by_label("Intern frist for registrering (antal dage)").fill("5")
    page.get_by_label("Leder: navn og kontakt").fill("Mette Leder, 11 22 33 44")
    page.get_by_label("Arbejdsmiljørepræsentant (AMR): navn og kontakt").fill("")
    # Keyboard only: Enter in a text field submits the form.
    page.get_by_label("Tillidsrepræsentant (TR): navn og kontakt").fill("Tina TR")
    with page.expect_download(timeout=ENGINE_WAIT_MS) as info:
        page.get_by_label("Tillidsrepræsentant (TR): navn og kontakt").press("Enter")
    download = info.value
    assert download.suggested_filename == "strategi-digital-chikane-testkommune-w-p-co.docx"
    target = tmp_path / download.suggested_filename
    download.save_as(target)

    d = docx.Document(str(target))
    text = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    assert "Arbejdsplads: Testkommune <w:p>& Co" in text
    assert "senest 5 dage efter hændelsen" in text
    assert "Leder: Mette Leder, 11 22 33 44" in text
    assert "TR: Tina TR" in text
    assert "[udfyld: AMR – navn og kontakt]" in text  # emptied field → placeholder
    assert "Heading 1" in {p.style.name for p in d.paragraphs}

    status = page.locator("#strategi-status")
    assert status.get_attribute("role") == "status"
    assert "er hentet" in status.inner_text()
    assert page.context.guard.blocked == []
    assert page.js_errors == []


def test_errors_are_announced_marked_and_reset_restores_the_defaults(page, base_url):
    _open(page, base_url)
    days = page.get_by_label("Intern frist for registrering (antal dage)")
    original = days.input_value()
    days.fill("ti dage")
    page.get_by_role("button", name="Hent strategien (Word)").click()
    box = page.locator("#strategi-fejlliste")
    box.get_by_role("link").wait_for(timeout=ENGINE_WAIT_MS)
    assert box.get_attribute("role") == "alert"
    assert "Den interne frist skal være et helt antal dage fra 0 til 365." in box.inner_text()
    assert days.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "strategi-fejlliste"
    # The field's own error text is part of its accessible description.
    assert "helt antal dage" in page.locator("#sf-intern_frist_dage-fejl").inner_text()
    assert "sf-intern_frist_dage-fejl" in days.get_attribute("aria-describedby")
    # The link in the error list moves focus to the field.
    box.get_by_role("link").click()
    assert page.evaluate("document.activeElement.id") == "sf-intern_frist_dage"
    assert axe_in_content(page) == []

    page.get_by_role("button", name="Nulstil felterne").click()
    assert days.input_value() == original
    assert days.get_attribute("aria-invalid") is None
    assert box.is_hidden()
    assert page.js_errors == []


def test_default_docx_link_downloads_the_build_time_file(page, base_url, tmp_path):
    _open(page, base_url)
    with page.expect_download() as info:
        page.get_by_role("link", name="Hent strategiskabelonen som Word-dokument (.docx)").click()
    target = tmp_path / "standard.docx"
    info.value.save_as(target)
    assert docx.Document(str(target)).paragraphs[0].style.name == "Title"


# --- the Analyse page ----------------------------------------------------------------------------


def test_analyse_reads_a_forms_export_in_the_browser_and_uploads_nothing(page, base_url, tmp_path):
    import analyse_samples as samples

    xlsx = tmp_path / "Kortlægning(1-30).xlsx"
    xlsx.write_bytes(samples.forms_xlsx())
    page.goto(base_url + "/strategi/analyse/")
    sent = []
    page.on("request", lambda r: sent.append((r.method, r.url)) if r.method != "GET" or r.post_data else None)
    page.set_input_files("#analyse-fil", str(xlsx))
    title = page.locator("#analyse-resultat-titel")
    title.wait_for(timeout=ENGINE_WAIT_MS)
    assert page.evaluate("document.activeElement.id") == "analyse-resultat-titel"
    result = page.locator("#analyse-resultat").inner_text()
    assert "har 30 besvarelser" in result
    assert "67 %" in result and "37 %" in result  # self or colleague, and the national figure
    assert "Ydelseskontoret" in result
    # The first figure's table: Q2 with its counts.
    first = page.locator(".analyse-figur").first
    assert "2. Har du inden for de seneste 12 måneder oplevet" in first.inner_text()
    assert first.locator("tbody tr").count() == 4
    assert first.locator("svg[aria-hidden='true']").count() == 4
    assert "30 besvarelser er læst." in page.locator("#analyse-status").inner_text()
    assert page.locator("#analyse-fejl").is_hidden()

    with page.expect_download() as info:
        page.get_by_role("button", name="Hent rapporten (Word)").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    d = docx.Document(str(target))
    assert d.paragraphs[0].text == "Kortlægning af digital chikane: resultater"
    assert axe_in_content(page) == []
    assert sent == []  # nothing posted anywhere: the file stayed in the browser
    assert page.context.guard.blocked == []
    assert page.js_errors == []


def test_analyse_names_row_and_column_of_a_bad_answer_and_reads_the_rest(page, base_url, tmp_path):
    import csv
    import io

    import analyse_samples as samples

    rows = samples.forms_table()
    rows[3][rows[0].index("Hvor skete det?")] = "Facebook;TikTok;"
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    bad = tmp_path / "svar.csv"
    bad.write_text(buf.getvalue(), encoding="utf-8")
    page.goto(base_url + "/strategi/analyse/")
    page.set_input_files("#analyse-fil", str(bad))
    page.locator("#analyse-resultat-titel").wait_for(timeout=ENGINE_WAIT_MS)
    box = page.locator("#analyse-fejl")
    assert box.get_attribute("role") == "alert"
    assert "Række 4, kolonne I: Svaret «TikTok» er ikke en af svarmulighederne i spørgsmål 4." in box.inner_text()
    assert "har 30 besvarelser" in page.locator("#analyse-resultat").inner_text()
    # A file that is not answers at all: a Danish message, no report.
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    page.set_input_files("#analyse-fil", str(pdf))
    page.wait_for_function("document.getElementById('analyse-status').textContent === 'Filen kunne ikke læses.'")
    assert "ikke en tabel med svar" in box.inner_text()
    assert page.locator("#analyse-resultat").inner_text() == ""
    assert page.get_by_role("button", name="Hent rapporten (Word)").is_hidden()
    assert axe_in_content(page) == []
    assert page.js_errors == []


def test_the_survey_document_is_filled_from_the_same_form(page, base_url, tmp_path):
    _open(page, base_url)
    page.get_by_label("Arbejdspladsens navn").fill("Testkommune")
    page.get_by_label("Hændelsessystem").fill("SafetyNet")
    with page.expect_download(timeout=ENGINE_WAIT_MS) as info:
        page.get_by_role("button", name="Hent spørgeskemaet med vejledning (Word)").click()
    assert info.value.suggested_filename == "kortlaegning-digital-chikane-testkommune.docx"
    target = tmp_path / "k.docx"
    info.value.save_as(target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Arbejdsplads: Testkommune" in text
    assert "8. Blev hændelsen registreret i SafetyNet?" in text
    with page.expect_download(timeout=ENGINE_WAIT_MS) as info:
        page.get_by_role("button", name="Spørgsmål og svarmuligheder (Excel)").click()
    assert info.value.suggested_filename == "kortlaegning-spoergsmaal-testkommune.xlsx"
    # The form no longer names a file a committee member does not know.
    assert "arbejdsplads.yml" not in page.locator("#strategi-form").inner_text()
    assert page.js_errors == []
