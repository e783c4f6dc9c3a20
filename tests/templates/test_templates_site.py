"""The built site: default .docx files match the source and arbejdsplads.yml; pages show the template and form."""
from __future__ import annotations

import html
import io
import json
import re

import docx

from chikane.strategi import build, felter
from sitebuild.macros import strategy as macros
from sitebuild.workplace import load_workplace


def _values():
    return felter.defaults_from_workplace(load_workplace().as_dict())


def test_default_docx_files_are_the_build_of_the_current_source(site_dir):
    values = felter.parse_values(_values())
    moment = macros.build_moment()
    expected = {
        "skabelon": build.to_docx(build.strategy(values, moment.date()), moment),
        "kortlaegning": build.to_docx(build.survey(values, moment.date()), moment),
    }
    for name, rel in macros.DOCX_FILES.items():
        data = (site_dir / rel).read_bytes()
        assert data == expected[name], f"{rel} is stale: rebuild the site"
        d = docx.Document(io.BytesIO(data))
        assert workplace_name() in "\n".join(p.text for p in d.paragraphs)


def workplace_name() -> str:
    return load_workplace().navn


def test_template_page_shows_values_placeholders_and_linked_citations(site_dir):
    page = (site_dir / "strategi/skabelon/index.html").read_text(encoding="utf-8")
    assert html.escape(workplace_name()) in page
    assert '<mark class="udfyld">[udfyld: dato]</mark>' in page
    assert re.search(r'<h2 id="[^"]+">1\. Derfor har vi en strategi', page)
    assert 'href="https://www.retsinformation.dk/eli/lta/2025/1400"' in page  # offererstatningsloven
    assert 'href="../strategi-skabelon.docx" download' in page


def test_form_has_a_label_for_every_field_and_the_defaults_as_json(site_dir):
    page = (site_dir / "strategi/index.html").read_text(encoding="utf-8")
    for f in felter.FIELDS:
        assert f'<label for="sf-{f.key}">{html.escape(f.label)}</label>' in page
        assert f'name="{f.key}"' in page
    m = re.search(r'<script type="application/json" id="strategi-standard">(.*?)</script>', page, re.S)
    assert m and json.loads(m.group(1)) == felter.parse_values(_values())
    assert 'role="status"' in page and 'role="alert"' in page
    assert '<script type="module" src="../assets/js/strategi.js">' in page


def test_hostile_workplace_values_cannot_break_out_of_the_page():
    from sitebuild.macros import Context

    wp = load_workplace().as_dict()
    wp["navn"] = '</script><script>alert(1)</script>"><b>'
    form = macros.strategy_form(Context("strategi/index.md", wp))
    assert "<script>alert" not in form
    assert form.count("<script") == 2
    page = macros.strategy_page(Context("strategi/skabelon.md", wp))
    assert "<b>" not in page and "&lt;b&gt;" in page


def test_survey_exports_are_written_at_build_time_and_linked(site_dir):
    from chikane.analyse import export_file

    values = felter.parse_values(_values())
    moment = macros.build_moment()
    for name, rel in macros.EXPORT_FILES.items():
        fmt = "xlsx" if name == "spoergsmaal" else name
        assert (site_dir / rel).read_bytes() == export_file(fmt, values, moment)[2], f"{rel} is stale"
    page = (site_dir / "strategi/kortlaegning/index.html").read_text(encoding="utf-8")
    for rel in macros.EXPORT_FILES.values():
        assert f'href="../{rel.split("/")[-1]}" download' in page
    analyse = (site_dir / "strategi/analyse/index.html").read_text(encoding="utf-8")
    assert '<input type="file" id="analyse-fil"' in analyse
    assert '<script type="module" src="../../assets/js/analyse.js">' in analyse
