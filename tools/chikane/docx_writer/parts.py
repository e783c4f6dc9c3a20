"""The fixed XML parts of a .docx: content types, relationships, styles, numbering, settings, properties, footer.

Every string is XML-escaped, and characters that XML 1.0 forbids (most control characters, lone surrogates,
U+FFFE/U+FFFF) are removed, so hostile input such as ``"<w:p>&\\x00"`` can never break the document.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Sequence

from ..blocks import Document

# Everything outside XML 1.0's Char production: C0 controls except tab/LF/CR,
# surrogates (lone ones can arrive from JSON) and the two non-characters.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Remove what XML 1.0 cannot carry."""
    return _FORBIDDEN.sub("", text)


def esc(text: str) -> str:
    """Escape for element content and double-quoted attributes."""
    return (
        clean(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types(footer: bool = False) -> str:
    overrides = {
        "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        "/word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        "/word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    if footer:
        overrides["/word/footer1.xml"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
    parts = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items())
    return (
        HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + parts
        + "</Types>"
    )


def package_rels() -> str:
    return (
        HEAD
        + f'<Relationships xmlns="{PKG_REL}">'
        + f'<Relationship Id="rId1" Type="{REL_BASE}/officeDocument" Target="word/document.xml"/>'
        + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        + 'metadata/core-properties" Target="docProps/core.xml"/>'
        + f'<Relationship Id="rId3" Type="{REL_BASE}/extended-properties" Target="docProps/app.xml"/>'
        + "</Relationships>"
    )


def document_rels(links: Sequence[str], footer: bool = False) -> str:
    rels = [
        f'<Relationship Id="rIdStyles" Type="{REL_BASE}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rIdNumbering" Type="{REL_BASE}/numbering" Target="numbering.xml"/>',
        f'<Relationship Id="rIdSettings" Type="{REL_BASE}/settings" Target="settings.xml"/>',
    ]
    if footer:
        rels.append(f'<Relationship Id="rIdFooter1" Type="{REL_BASE}/footer" Target="footer1.xml"/>')
    for i, url in enumerate(links, start=1):
        rels.append(
            f'<Relationship Id="rIdLink{i}" Type="{REL_BASE}/hyperlink" Target="{esc(url)}" TargetMode="External"/>'
        )
    return HEAD + f'<Relationships xmlns="{PKG_REL}">' + "".join(rels) + "</Relationships>"


def styles(language: str) -> str:
    lang = esc(language)

    def heading(level: int, size: int, before: int, color: str) -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="Heading{level}">'
            f'<w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
            '<w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/>'
            f'<w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr><w:b/><w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
            "</w:style>"
        )

    return (
        HEAD
        + f'<w:styles xmlns:w="{W}">'
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
        + f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>'
        + "</w:rPr></w:rPrDefault>"
        + '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        + "</w:docDefaults>"
        + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        + '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>'
        + '<w:pPr><w:spacing w:after="240"/></w:pPr>'
        + '<w:rPr><w:b/><w:color w:val="1D4F7A"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        + heading(1, 32, 360, "1D4F7A")
        + heading(2, 26, 240, "1D4F7A")
        + heading(3, 23, 200, "123651")
        + '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>'
        + '<w:basedOn w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        + '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>'
        + '<w:contextualSpacing/></w:pPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        + '<w:uiPriority w:val="99"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9298"/></w:tabs>'
        + '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + '<w:rPr><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        + '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
        + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        + '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
        + '<w:rPr><w:color w:val="1A4D78"/><w:u w:val="single"/></w:rPr></w:style>'
        + '<w:style w:type="character" w:styleId="Udfyld"><w:name w:val="Udfyld"/>'
        + '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:qFormat/>'
        + '<w:rPr><w:b/><w:highlight w:val="yellow"/></w:rPr></w:style>'
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        + '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        + '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        + '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        + '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        + '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders></w:tblPr></w:style>"
        + "</w:styles>"
    )


def numbering() -> str:
    # One bullet list definition; Word's "List Bullet" style points at it.
    return (
        HEAD
        + f'<w:numbering xmlns:w="{W}">'
        + '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        + '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
        + '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        + '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:lvl>'
        + "</w:abstractNum>"
        + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        + "</w:numbering>"
    )


def settings(language: str) -> str:
    return (
        HEAD
        + f'<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="720"/>'
        + '<w:characterSpacingControl w:val="doNotCompress"/>'
        + f'<w:themeFontLang w:val="{esc(language)}"/></w:settings>'
    )


def _w3cdtf(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def core(doc: Document) -> str:
    stamp = _w3cdtf(doc.created)
    return (
        HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + f"<dc:title>{esc(doc.title)}</dc:title>"
        + f"<dc:subject>{esc(doc.subject)}</dc:subject>"
        + f"<dc:creator>{esc(doc.creator)}</dc:creator>"
        + f"<cp:keywords>{esc(', '.join(doc.keywords))}</cp:keywords>"
        + f"<cp:lastModifiedBy>{esc(doc.creator)}</cp:lastModifiedBy>"
        + f"<dc:language>{esc(doc.language)}</dc:language>"
        + f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        + "</cp:coreProperties>"
    )


def app() -> str:
    return (
        HEAD
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        + "<Application>chikane.docx_writer</Application></Properties>"
    )


def _field(instr: str, shown: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{shown}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def footer(text: str) -> str:
    """The footer: the given text on the left, «Side N af M» (Word fields) on the right."""
    return (
        HEAD
        + f'<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
        + f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r><w:r><w:tab/></w:r>'
        + '<w:r><w:t xml:space="preserve">Side </w:t></w:r>' + _field("PAGE", "1")
        + '<w:r><w:t xml:space="preserve"> af </w:t></w:r>' + _field("NUMPAGES", "1")
        + "</w:p></w:ftr>"
    )
