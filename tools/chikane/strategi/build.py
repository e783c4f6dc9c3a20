"""The templates compiled to blocks: the strategy (``strategi.md``) and the survey (``kortlaegning.md``).

Each document gets the list of what to fill in at its start and, when it cites rules, the appendix
«Bilag: Kilder» at its end. Nothing reads the clock: the day (which version of a rule applies) and the
moment (the .docx time stamp) are arguments.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Mapping, Sequence

from .. import rules, tekst
from ..blocks import Block, Bullets, Document, Heading, Paragraph, Run, Table
from ..docx_writer import build_docx
from ..markdown import H, L, P, Part, load
from ..model import Confidence, Rule
from .felter import BLANKS, text_values
from .kortlaegning import SURVEY_TITLE, survey_source

# The templates' version, printed in every document's footer with the date of the newest rule review.
TEMPLATE_VERSION = "2"

# Read at import time, so the browser's memory snapshot already holds the template.
_STRATEGY = load(__package__, "strategi.md")
STRATEGY_TITLE: str = _STRATEGY.meta["titel"]
STRATEGY: tuple[Part, ...] = _STRATEGY.parts


@dataclass(frozen=True)
class Built:
    title: str
    blocks: list[Block]
    cited: list[Rule]  # the rules cited, in first-cited order


def _compile(source: Sequence[Part], ctx: tekst.Context) -> list[Block]:
    out: list[Block] = []
    for s in source:
        if isinstance(s, H):
            out.append(Heading(s.level, tekst.compile_text(s.text, ctx)))
        elif isinstance(s, P):
            out.append(Paragraph(tekst.compile_text(s.text, ctx), keep_with_next=s.keep_with_next))
        elif isinstance(s, L):
            if s.ordered:
                raise ValueError("the templates have no numbered lists (the .docx writer has only bullets)")
            out.append(Bullets([tekst.compile_text(i, ctx) for i in s.items], keep_together=s.keep_together))
        else:
            out.append(Table([tekst.compile_text(c, ctx) for c in s.header],
                             [[tekst.compile_text(c, ctx) for c in row] for row in s.rows],
                             widths=s.widths, row_height=s.row_height))
    return out


_CERTAINTY = {
    Confidence.PRIMARY: "Sikkerhed: tjekket i lovteksten.",
    Confidence.AUTHORITY: "Sikkerhed: tjekket hos myndigheden, ikke i lovteksten.",
    Confidence.SECONDARY: "Sikkerhed: kun tjekket i en sekundær kilde, ikke i lovteksten.",
}


def _sources(cited: Sequence[Rule]) -> list[Block]:
    """The appendix: every cited rule with its source, dates and certainty — for HR and lawyers."""
    items: list[list[Run]] = []
    for r in cited:
        runs = [Run(f"{r.law} {r.section}: ", bold=True), Run(r.source.title, link=r.source.url),
                Run(f". Gælder fra {tekst.short_date(r.valid_from)}")]
        if r.valid_from_note:
            runs.append(Run(f" ({r.valid_from_note})"))
        runs.append(Run(f". Sidst gennemgået {tekst.short_date(r.reviewed)}. {_CERTAINTY[r.confidence]}"))
        if r.confidence_note:
            runs.append(Run(f" {r.confidence_note}"))
        items.append(runs)
    return [
        Heading(1, [Run("Bilag: Kilder")]),
        Paragraph([Run("Bilaget er til HR/personalejura og er ikke en del af den tekst, I vedtager. Det viser, "
                       "hvor hver regel står, hvornår den gælder fra, hvornår den sidst er gennemgået, og hvor "
                       "sikkert det er tjekket.")]),
        Bullets(items),
    ]


def placeholder_list(blocks: Sequence[Block], before: str = "før I vedtager dokumentet") -> list[Block]:
    """Every distinct placeholder with the sections it is in, for the start of the document."""
    where: dict[str, list[str]] = {}
    section = "indledningen"

    def visit(runs: Sequence[Run]) -> None:
        for r in runs:
            if r.placeholder:
                places = where.setdefault(r.text, [])
                if section not in places:
                    places.append(section)

    for b in blocks:
        if isinstance(b, Heading):
            if b.level == 1:
                section = f"afsnit «{''.join(r.text for r in b.runs)}»"
            visit(b.runs)
        elif isinstance(b, Paragraph):
            visit(b.runs)
        elif isinstance(b, Bullets):
            for i in b.items:
                visit(i)
        elif isinstance(b, Table):
            for row in (b.header, *b.rows):
                for c in row:
                    visit(c)
    if not where:
        return []
    return [
        Paragraph([Run(f"Det skal I udfylde, {before}", bold=True)], keep_with_next=True),
        Paragraph([Run("Felterne er markeret med gult i dokumentet. Slet denne liste, når alt er udfyldt.")],
                  keep_with_next=True),
        Bullets([[Run(text, placeholder=True), Run(" — " + ", ".join(places))] for text, places in where.items()]),
    ]


def _build(title: str, source: Sequence[Part], values: Mapping[str, str], day: date) -> Built:
    ctx = tekst.Context(day=day, values=text_values(values), blanks=BLANKS)
    blocks = _compile(source, ctx)
    blocks = placeholder_list(blocks) + blocks
    if ctx.cited:
        blocks.extend(_sources(list(ctx.cited.values())))
    return Built(title, blocks, list(ctx.cited.values()))


def strategy(values: Mapping[str, str], day: date) -> Built:
    """The strategy template filled in with ``values`` (as :func:`felter.parse_values` gives them)."""
    return _build(STRATEGY_TITLE, STRATEGY, values, day)


def survey(values: Mapping[str, str], day: date) -> Built:
    """The survey template filled in with ``values``."""
    return _build(SURVEY_TITLE, survey_source(), values, day)


def texts(source: Sequence[Part]) -> list[str]:
    """Every text of the source parts, still in markup (for the checks)."""
    out: list[str] = []
    for s in source:
        if isinstance(s, (H, P)):
            out.append(s.text)
        elif isinstance(s, L):
            out.extend(s.items)
        else:
            out.extend(s.header)
            out.extend(c for row in s.rows for c in row)
    return out


def cited_keys() -> set[str]:
    """Every rule key the templates cite (the tests check that each one exists)."""
    return {key.partition(":")[0] for t in texts((*STRATEGY, *survey_source()))
            for kind, key in tekst.references(t) if kind in ("§", "param")}


def reviewed_day() -> date:
    """A fixed, source-derived date for the build's default documents: the newest review of a cited rule."""
    return max(r.reviewed for k in sorted(cited_keys()) for r in rules.versions(k))


def footer_text(title: str) -> str:
    return f"{title} · skabelon version {TEMPLATE_VERSION} af {tekst.short_date(reviewed_day())}"


def to_docx(built: Built, now: datetime) -> bytes:
    return build_docx(Document(title=built.title, blocks=built.blocks, created=now,
                               subject="Digital chikane mod offentligt ansatte",
                               footer=footer_text(built.title)))


def filename(prefix: str, navn: str) -> str:
    """«strategi-digital-chikane-jobcenter-aeblerod.docx»: the workplace's name in ASCII, at most 40 characters."""
    slug = navn.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    slug = unicodedata.normalize("NFKD", slug).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")[:40].strip("-")
    return f"{prefix}-{slug}.docx" if slug else f"{prefix}.docx"
