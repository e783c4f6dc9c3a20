"""The one text layer (tekst), the content-file reader (markdown) and a rule's own numbers."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from chikane import markdown, rules, tekst
from chikane.blocks import Run
from chikane.model import Rule, RuleTextError, Source
from chikane.workplace import parse_workplace

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(("n", "text"), [(0, "samme dag"), (1, "senest 1 dag efter hændelsesdagen"),
                                         (2, "senest 2 dage efter hændelsesdagen")])
def test_days_read_as_danish(n, text):
    assert tekst.within_days(n) == text
    assert tekst.days(1) == "1 dag" and tekst.days(10) == "10 dage"


def test_dates_and_law_names():
    assert tekst.danish_date(date(2022, 7, 1)) == "1. juli 2022"
    assert tekst.short_date(date(2022, 7, 1)) == "1.7.2022"
    assert tekst.weekday_date(date(2026, 3, 27)) == "fredag den 27. marts 2026"
    assert tekst.law_name("Straffeloven") == "straffeloven"
    assert tekst.law_name("DSA") == "DSA"                       # the «dSA» trap
    assert tekst.law_name("Databeskyttelsesforordningen (GDPR)") == "Databeskyttelsesforordningen (GDPR)"


def test_markup_compiles_rules_numbers_values_and_placeholders():
    ctx = tekst.Context(DAY, values={"navn": "", "system": "SafetyNet"}, blanks={"navn": "arbejdspladsens navn"},
                        question=lambda q: {"hvem": "Hvem står bag?"}[q])
    runs = tekst.compile_text("**Hos** {navn} i {system}: {§strfl-266}, {param:offerst-10:hours} timer, "
                              "[[udfyld: dato]], {spm:hvem}, [se](https://example.invalid/x)", ctx)
    r266 = rules.current("strfl-266", DAY)
    assert runs[0] == Run("Hos", bold=True)
    assert Run("[udfyld: arbejdspladsens navn]", placeholder=True) in runs
    assert Run("SafetyNet") in runs
    assert Run(f"straffeloven {r266.section}", link=r266.source.url) in runs
    assert Run("72") in runs
    assert Run("[udfyld: dato]", placeholder=True) in runs
    assert Run("spørgsmålet «Hvem står bag?»") in runs
    assert Run("se", link="https://example.invalid/x") in runs
    assert set(ctx.cited) == {"strfl-266", "offerst-10"}
    html = tekst.to_html("{navn} <b>", ctx)
    assert html == '<mark class="udfyld">[udfyld: arbejdspladsens navn]</mark> &lt;b&gt;'


@pytest.mark.parametrize("text", ["{ukendt}", "{§findes-ikke}", "{param:offerst-10:days}", "{spm:hvem}"])
def test_an_unknown_reference_stops_instead_of_reaching_a_reader(text):
    with pytest.raises(KeyError):
        tekst.compile_text(text, tekst.Context(DAY))


def test_references_lists_every_kind():
    assert tekst.references("{§a-1} {param:b-2:hours} {fra:c} {spm:d} {navn} **x**") == [
        ("§", "a-1"), ("param", "b-2:hours"), ("fra", "c"), ("spm", "d"), ("value", "navn")]


def test_markdown_subset():
    doc = markdown.parse(
        "+++\ntitel = \"Kort\"\nsvar = { arbejde = \"ja\" }\n+++\n<!-- a maintainer's note\nover two lines -->\n"
        "# Overskrift\n\nEt afsnit\nover to linjer.\n{: keep_with_next}\n\n- et\n- to\n  fortsat\n{: keep_together}\n\n"
        "1. første\n2. anden\n\n| A | B \\| C |\n|---|---|\n| 1 | 2 |\n{: widths=3,4 row_height=100}\n",
        "kort.md")
    assert doc.meta == {"titel": "Kort", "svar": {"arbejde": "ja"}}
    assert doc.parts == (
        markdown.H(1, "Overskrift"),
        markdown.P("Et afsnit over to linjer.", keep_with_next=True),
        markdown.L(("et", "to fortsat"), keep_together=True),
        markdown.L(("første", "anden"), ordered=True),
        markdown.T(("A", "B | C"), (("1", "2"),), widths=(3, 4), row_height=100),
    )
    assert doc.section("Overskrift")[0] == markdown.P("Et afsnit over to linjer.", keep_with_next=True)
    with pytest.raises(KeyError):
        doc.section("Findes ikke")


@pytest.mark.parametrize("text", ["+++\ntitel = 1\n", "+++\ntitel = \n+++\n", "| A |\n| 1 |\n", "{: keep}\n",
                                  "tekst\n{: widths=1,2}\n", "| A | B |\n|---|---|\n| 1 |\n"])
def test_markdown_errors_name_the_file(text):
    with pytest.raises(markdown.MarkdownError, match="^x.md"):
        markdown.parse(text, "x.md")


def _rule(**kw) -> Rule:
    base = dict(key="x-1", law="Loven", section="§ 1", title="Frist", requires="Krav.",
                source=Source("Loven", "https://example.invalid/"), valid_from=DAY, reviewed=DAY, group="g")
    return Rule(**{**base, **kw})


def test_a_rule_writes_its_numbers_once():
    r = _rule(title="Klag inden {param:weeks|uge|uger}", requires="Inden {param:hours} timer.",
              params={"weeks": 4, "hours": 72})
    assert (r.title, r.requires) == ("Klag inden 4 uger", "Inden 72 timer.")
    one = dataclasses.replace(r, params={"weeks": 1, "hours": 48})   # a copy fills the written text again
    assert (one.title, one.requires) == ("Klag inden 1 uge", "Inden 48 timer.")
    with pytest.raises(RuleTextError, match="param:hours"):
        _rule(title="Anmeld inden 72 timer", params={"hours": 72})
    with pytest.raises(RuleTextError, match="no param"):
        _rule(title="Inden {param:days} dage", params={"hours": 72})


def test_every_rule_title_reads_its_numbers_from_params():
    for r in rules.ALL:
        for name in ("title", "requires"):
            assert "{param:" not in getattr(r, name), (r.key, name)


def test_the_example_archive_mailbox_counts_as_not_set():
    wp = parse_workplace({"arkivpostkasse": "dokumentation@example.invalid"})
    assert wp.arkivpostkasse == ""
    assert parse_workplace({"arkivpostkasse": "dok@jobcenter.dk"}).arkivpostkasse == "dok@jobcenter.dk"
