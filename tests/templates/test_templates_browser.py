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
    page.get_by_role("button", name="Hent udfyldt Word-dokument").click()
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
