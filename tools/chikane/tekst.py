"""The one text layer: the markup every text uses that cites a rule, a number, a question or a value.

Every tool, template, card and outcome writes its words in the same markup and has it compiled here, to the
same runs (``blocks.Run``) and, from them, the same HTML:

- ``{§key}``             a linked citation of the rule in force («straffeloven § 266»)
- ``{param:key:name}``   a number of a rule («72»), so a number is written once, in its rule
- ``{fra:key}``          the day the newest version of a rule applies from («1.7.2022»)
- ``{spm:id}``           a question of the flow, by its text («spørgsmålet «Hvem står bag?»»)
- ``{name}``             a value the caller supplies (a workplace value, a form field); missing → a placeholder
- ``[[udfyld: what]]``   a placeholder the reader fills in
- ``**bold**`` and ``[text](https://…)``

The small words live here too, once: ``law_name`` («straffeloven» inside a sentence), Danish dates, and how
many days («1 dag», «samme dag»).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Mapping

from . import rules
from .blocks import Run
from .model import Confidence, Rule

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli",
          "august", "september", "oktober", "november", "december")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

SECONDARY_MARK = "(kun bekræftet i en sekundær kilde)"
# The mark as a run (italic in a .docx); in HTML it is the flow's «usikker» note (see run_html).
SECONDARY_RUN = Run(" " + SECONDARY_MARK, italic=True)


# --- the small words ------------------------------------------------------------------------------

def law_name(law: str) -> str:
    """«Straffeloven» reads «straffeloven» inside a sentence; names with spaces or in capitals keep their case."""
    return law[0].lower() + law[1:] if law[:1].isupper() and " " not in law and not law.isupper() else law


def cite_text(r: Rule) -> str:
    """«straffeloven § 266»: a rule's citation as it reads inside a sentence."""
    return f"{law_name(r.law)} {r.section}"


def danish_date(d: date) -> str:
    """«1. juli 2022»."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def short_date(d: date) -> str:
    """«1.7.2022»."""
    return f"{d.day}.{d.month}.{d.year}"


def weekday_date(d: date) -> str:
    """«fredag den 27. marts 2026» (no locale: the names are in code)."""
    return f"{WEEKDAYS[d.weekday()]} den {danish_date(d)}"


def count(n: int, one: str, many: str) -> str:
    """«1 måned», «2 måneder»: a number with its unit in singular or plural."""
    return f"{n} {one if n == 1 else many}"


def and_list(items: list[str]) -> str:
    """«A», «A og B», «A, B og C»."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def days(n: int) -> str:
    """«1 dag», «10 dage»."""
    return count(n, "dag", "dage")


def within_days(n: int, after: str = "hændelsesdagen") -> str:
    """«samme dag», «senest 1 dag efter hændelsesdagen», «senest 10 dage efter hændelsesdagen»."""
    return "samme dag" if n == 0 else f"senest {days(n)} efter {after}"


# --- the markup -----------------------------------------------------------------------------------

TOKEN = re.compile(
    r"\{§(?P<cite>[a-z0-9-]+)\}"
    r"|\{param:(?P<pkey>[a-z0-9-]+):(?P<pname>[a-z_]+)\}"
    r"|\{fra:(?P<fra>[a-z0-9-]+)\}"
    r"|\{spm:(?P<spm>[a-z0-9_-]+)\}"
    r"|\{(?P<value>[a-z_]+)\}"
    r"|\[\[udfyld: (?P<blank>[^\]]+)\]\]"
    r"|\*\*(?P<bold>[^*]+)\*\*"
    r"|\[(?P<ltext>[^\]]+)\]\((?P<lurl>https://[^)\s]+)\)"
)


@dataclass
class Context:
    """What a text is compiled against. ``cited`` collects every rule the text cited (for a source list)."""

    day: date
    values: Mapping[str, str] = field(default_factory=dict)
    # Placeholder wording for a value that may be empty: ``{navn}`` empty → «[udfyld: arbejdspladsens navn]».
    blanks: Mapping[str, str] = field(default_factory=dict)
    question: Callable[[str], str] | None = None   # question id → its text, for ``{spm:id}``
    mark_secondary: bool = False                  # add «(kun bekræftet i en sekundær kilde)» after such a cite
    cite_as_written: bool = False                 # cite «Straffeloven § 266» (Rule.citation), as the cards do
    cited: dict[str, Rule] = field(default_factory=dict)

    def rule(self, key: str) -> Rule:
        r = rules.current(key, self.day)
        self.cited[key] = r
        return r


def compile_text(text: str, ctx: Context) -> list[Run]:
    """Markup → runs, with rules, numbers, questions and values filled in. An unknown name is a KeyError:
    a typo in a content file stops the build instead of reaching a reader."""
    out: list[Run] = []
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos:m.start()]))
        pos = m.end()
        if key := m.group("cite"):
            r = ctx.rule(key)
            out.append(Run(r.citation if ctx.cite_as_written else cite_text(r), link=r.source.url))
            if ctx.mark_secondary and r.confidence is Confidence.SECONDARY:
                out.append(SECONDARY_RUN)
        elif key := m.group("pkey"):
            name = m.group("pname")
            params = ctx.rule(key).params
            if name not in params:
                raise KeyError(f"rule {key!r} has no parameter {name!r}")
            out.append(Run(str(params[name])))
        elif key := m.group("fra"):
            out.append(Run(short_date(rules.versions(key)[-1].valid_from)))
        elif key := m.group("spm"):
            if ctx.question is None:
                raise KeyError(f"{{spm:{key}}} used where no questions are known")
            out.append(Run(f"spørgsmålet «{ctx.question(key)}»"))
        elif key := m.group("value"):
            if key not in ctx.values and key not in ctx.blanks:
                raise KeyError(f"unknown value {{{key}}} in text")
            value = ctx.values.get(key, "")
            if value:
                out.append(Run(value))
            else:
                out.append(Run(f"[udfyld: {ctx.blanks.get(key, key)}]", placeholder=True))
        elif blank := m.group("blank"):
            out.append(Run(f"[udfyld: {blank}]", placeholder=True))
        elif bold := m.group("bold"):
            out.append(Run(bold, bold=True))
        else:
            out.append(Run(m.group("ltext"), link=m.group("lurl")))
    if pos < len(text):
        out.append(Run(text[pos:]))
    return out


def plain_text(text: str, ctx: Context) -> str:
    """The markup compiled to plain text (for .ics, messages, titles)."""
    return "".join(r.text for r in compile_text(text, ctx))


def run_html(r: Run) -> str:
    """One run as escaped HTML; a placeholder is a highlighted ``<mark>``."""
    if r == SECONDARY_RUN:
        return f' <span class="flow-usikker">{html.escape(SECONDARY_MARK)}</span>'
    text = html.escape(r.text)
    if r.placeholder:
        return f'<mark class="udfyld">{text}</mark>'
    if r.bold:
        text = f"<strong>{text}</strong>"
    if r.italic:
        text = f"<em>{text}</em>"
    if r.link:
        text = f'<a href="{html.escape(r.link)}">{text}</a>'
    return text


def runs_html(runs: list[Run] | tuple[Run, ...]) -> str:
    return "".join(run_html(r) for r in runs if r.text)


def to_html(text: str, ctx: Context) -> str:
    """The markup compiled to escaped HTML."""
    return runs_html(compile_text(text, ctx))


def references(text: str) -> list[tuple[str, str]]:
    """Every reference in a text, as (kind, key): kind is "§", "param", "fra", "spm" or "value".
    For checks: every cited rule exists, every question id is a question, every value is known."""
    found: list[tuple[str, str]] = []
    for m in TOKEN.finditer(text):
        for kind, group in (("§", "cite"), ("param", "pkey"), ("fra", "fra"), ("spm", "spm"), ("value", "value")):
            if m.group(group):
                found.append((kind, m.group(group) if kind != "param" else f"{m.group('pkey')}:{m.group('pname')}"))
    return found
