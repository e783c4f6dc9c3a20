"""The external-request guard itself must be able to fail (a test that cannot fail is a defect)."""
import pytest


@pytest.mark.browser
def test_guard_records_other_origins(page, base_url):
    page.goto(base_url + "/")
    page.evaluate("() => fetch('https://example.invalid/x').catch(() => null)")
    page.wait_for_timeout(200)
    assert page.context.guard.blocked == ["https://example.invalid/x"]


@pytest.mark.browser
def test_axe_detects_a_violation(page, base_url):
    from conftest import run_axe

    page.goto(base_url + "/")
    page.evaluate("() => { const i = document.createElement('img'); i.src = 'data:,'; document.body.prepend(i); }")
    assert any(v["id"] == "image-alt" for v in run_axe(page))
