"""MkDocs hooks: a thin adapter from MkDocs events to ``tools/sitebuild``.

Keep logic out of here: Material announces its end of life in 2027, and
everything below should move to another generator by rewriting this file only.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from mkdocs.structure.files import File, Files  # noqa: E402

from sitebuild import generated, macros, mermaid_script, search_index, vendor  # noqa: E402
from sitebuild.abbreviations import abbreviation_block  # noqa: E402
from sitebuild.workplace import load_workplace  # noqa: E402

_state: dict = {}


def on_config(config, **_):
    _state["workplace"] = load_workplace().as_dict()
    config.extra["arbejdsplads"] = _state["workplace"]
    return config


def on_files(files: Files, config, **_):
    for page in generated.pages(_state["workplace"]):
        files.append(File.generated(config, page.path, content=page.markdown))
    return files


def on_page_markdown(markdown: str, page, config, files, **_):
    ctx = macros.Context(page_path=page.file.src_uri, workplace=_state["workplace"])
    return macros.expand(markdown, ctx) + abbreviation_block()


def on_post_page(output: str, page, config, **_):
    return mermaid_script.add_if_needed(output, page.url)


def on_post_build(config, **_):
    search_index.clean(Path(config.site_dir))
    vendor.vendor_all(Path(config.site_dir), _state["workplace"])
