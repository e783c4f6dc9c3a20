"""A minimal, deterministic WordprocessingML (.docx) writer — standard library only.

Why not python-docx: the engine runs in Pyodide in the browser too, where only
the standard library is available. The writer supports what the documents need
and nothing more: headings with real Word heading styles, paragraphs, bullet
lists, simple tables, bar charts, external hyperlinks, highlighted placeholders
and pictures. It writes the document model of :mod:`chikane.blocks`.

- :mod:`.parts`     the fixed XML parts (styles, numbering, properties, footer) and XML escaping
- :mod:`.body`      the blocks as WordprocessingML, column widths
- :mod:`.write`     :func:`build_docx`: the parts in a deterministic ZIP file
- :mod:`.pictures`  pictures put in after :func:`build_docx` (the case folder)

Determinism: the same document and the same ``created`` timestamp give the same
bytes; nothing reads the clock.
"""
from __future__ import annotations

from .body import TEXT_WIDTH, column_widths
from .parts import clean, esc
from .pictures import Picture, add_pictures, build_docx_with_pictures, picture_extent, picture_marker
from .write import DOCX_MIME, build_docx, check_created

__all__ = [
    "DOCX_MIME", "TEXT_WIDTH", "Picture", "add_pictures", "build_docx", "build_docx_with_pictures", "check_created",
    "clean", "column_widths", "esc", "picture_extent", "picture_marker",
]
