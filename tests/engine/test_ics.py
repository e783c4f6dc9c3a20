"""The RFC 5545 writer: parsed back with the ``icalendar`` package; folding and escaping edge cases."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chikane import api, ics
from chikane import localtime as lt

UTC = timezone.utc
STAMP = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

TRICKY = "Komma, semikolon; backslash \\ og\nny linje – æøå ÆØÅ 😀 «citat»"


def _events() -> list[ics.Event]:
    return [
        ics.Event(
            uid="a@x", summary=TRICKY, description=TRICKY * 3,
            start=datetime(2026, 3, 30, 8, 30, tzinfo=UTC), end=datetime(2026, 3, 30, 9, 0, tzinfo=UTC),
            alarm_trigger="-PT12H", alarm_text="Påmindelse, snart", url="https://www.retsinformation.dk/eli/lta/2025/1400",
        ),
        ics.Event(
            uid="b@x", summary="Heldagsfrist", description="Kort",
            start=date(2026, 12, 4), end=date(2026, 12, 5), alarm_trigger="-PT15H", alarm_text="I morgen",
        ),
    ]


def _physical_lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    body = text[:-2]
    assert "\n" not in body.replace("\r\n", "")  # no bare LF
    assert "\r" not in body.replace("\r\n", "")  # no bare CR
    return body.split("\r\n")


def test_roundtrip_through_icalendar() -> None:
    text = ics.calendar(_events(), STAMP)
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == ics.PRODID
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    events = cal.walk("VEVENT")
    assert len(events) == 2
    timed, allday = events
    assert str(timed["SUMMARY"]) == TRICKY
    assert str(timed["DESCRIPTION"]) == TRICKY * 3
    assert timed.decoded("DTSTART") == datetime(2026, 3, 30, 8, 30, tzinfo=UTC)
    assert timed.decoded("DTSTAMP") == STAMP
    assert str(timed["URL"]) == "https://www.retsinformation.dk/eli/lta/2025/1400"
    assert allday.decoded("DTSTART") == date(2026, 12, 4)
    assert allday.decoded("DTEND") == date(2026, 12, 5)
    alarms = timed.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0].decoded("TRIGGER") == -timedelta(hours=12)
    assert str(alarms[0]["ACTION"]) == "DISPLAY"


def test_lines_are_crlf_and_at_most_75_octets() -> None:
    text = ics.calendar(_events(), STAMP)
    lines = _physical_lines(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line
    # byte-level check: splitting the encoded file at CRLF never leaves half a character
    for chunk in text.encode("utf-8").split(b"\r\n"):
        chunk.decode("utf-8")


def test_timed_values_are_utc_and_dates_are_value_date() -> None:
    lines = _physical_lines(ics.calendar(_events(), STAMP))
    assert "DTSTART:20260330T083000Z" in lines
    assert "DTSTAMP:20261125T090000Z" in lines
    assert "DTSTART;VALUE=DATE:20261204" in lines
    assert "DTEND;VALUE=DATE:20261205" in lines


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("a\\b", "a\\\\b"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\nb"),
        ("a\rb", "a\\nb"),
        ("\\n", "\\\\n"),          # a literal backslash-n stays literal
        ("tab\there", "tab\there"),
        ("bell\x07", "bell"),       # control characters are dropped
        ("lone\ud800", "lone"),     # cannot be UTF-8 encoded
        ("æøå:\"", "æøå:\""),       # colon and quote need no escaping in TEXT
    ],
)
def test_escape_text(raw: str, escaped: str) -> None:
    assert ics.escape_text(raw) == escaped


@pytest.mark.parametrize("filler", ["a", "æ", "😀", "a€", "€😀æ"])
@pytest.mark.parametrize("length", [1, 70, 74, 75, 76, 149, 150, 151, 300])
def test_fold_never_splits_a_character(filler: str, length: int) -> None:
    line = "DESCRIPTION:" + (filler * length)[:length]
    folded = ics.fold(line)
    parts = folded.split("\r\n")
    for i, part in enumerate(parts):
        assert len(part.encode("utf-8")) <= 75
        if i:
            assert part.startswith(" ")
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_fold_leaves_short_lines_alone() -> None:
    assert ics.fold("SUMMARY:kort") == "SUMMARY:kort"
    exact = "X" * 75
    assert ics.fold(exact) == exact
    assert ics.fold(exact + "Y") == exact + "\r\n Y"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text_survives_escape_fold_and_icalendar(text: str) -> None:
    ev = ics.Event(uid="u@x", summary=text, description=text, start=date(2026, 1, 1), end=date(2026, 1, 2),
                   alarm_trigger="-PT15H", alarm_text=text)
    out = ics.calendar([ev], STAMP)
    for line in _physical_lines(out):
        assert len(line.encode("utf-8")) <= 75
    parsed = icalendar.Calendar.from_ical(out).walk("VEVENT")[0]
    # what survives: the text with CR/CRLF as LF and without the characters iCalendar cannot carry
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(
        ch for ch in normalised
        if ch in "\t\n" or (ord(ch) >= 0x20 and ord(ch) != 0x7F and not 0xD800 <= ord(ch) <= 0xDFFF)
    )
    assert str(parsed["SUMMARY"]) == expected


# ------------------------------------------------------------ the frister_ics tool

REQUEST = {
    "tool": "frister_ics", "now": "2026-11-25T10:00", "haendelse_dato": "20.11.2026", "haendelse_tid": "14:30",
    "mulig_erstatning": True, "fravaer_foerste_dag": "23.11.2026", "kendt_dato": "21.11.2026",
    "anmodning_modtaget": "31.10.2026", "aktindsigt_modtaget": "19.11.2026", "offences": ["strfl-119a", "strfl-267"],
    "workplace": {"navn": "Jobcenter, Syd; Nord", "haendelsessystem": "EASY-A", "intern_frist_dage": 10},
}


def test_tool_returns_a_calendar_outlook_can_read() -> None:
    out = api.handle(REQUEST)
    assert out["ok"] is True, out
    assert out["filename"] == "frister.ics"
    text = out["ics"]
    cal = icalendar.Calendar.from_ical(text)
    events = cal.walk("VEVENT")
    dated = [d for d in api.handle({**REQUEST, "tool": "frister"})["deadlines"] if d["due"]]
    # Changed behaviour: limitation dates (the police's deadlines) stay out unless she asks for them.
    assert len(events) == len([d for d in dated if not d.get("limitation")])
    assert not any("Forældelse" in str(e["SUMMARY"]) for e in events)
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    for e in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
            assert prop in e, prop
        assert e.decoded("DTSTAMP") == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        assert len(e.walk("VALARM")) == 1
        assert "Kilde: https://" in str(e["DESCRIPTION"]) or "ikke en lov" in str(e["DESCRIPTION"])
    police = next(e for e in events if "politiet" in str(e["SUMMARY"]))
    assert police.decoded("DTEND") == datetime(2026, 11, 23, 13, 30, tzinfo=UTC)  # 14:30+01:00 + 72 h
    board = next(e for e in events if "Erstatningsnævnet" in str(e["SUMMARY"]))
    assert board.decoded("DTSTART") == date(2028, 11, 20)
    assert board.decoded("DTEND") == date(2028, 11, 21)


def test_uid_is_deterministic_and_independent_of_now() -> None:
    first = api.handle(REQUEST)["ics"]
    again = api.handle(REQUEST)["ics"]
    later = api.handle({**REQUEST, "now": "2026-11-26T08:00"})["ics"]
    assert first == again
    uids = lambda text: sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT"))  # noqa: E731
    assert uids(first) == uids(later)
    assert "DTSTAMP:20261126T070000Z" in later


def test_ics_errors_are_danish() -> None:
    out = api.handle({**REQUEST, "haendelse_dato": "31.02.2026"})
    assert out["ok"] is False
    assert out["errors"][0]["field"] == "haendelse_dato"
    assert "findes ikke" in out["errors"][0]["message"]


def test_dst_deadline_in_utc() -> None:
    out = api.handle({**REQUEST, "now": "2026-03-28T12:00", "haendelse_dato": "27.03.2026", "haendelse_tid": "10:00",
                      "fravaer_foerste_dag": None, "kendt_dato": None, "anmodning_modtaget": None,
                      "aktindsigt_modtaget": None, "offences": []})
    events = icalendar.Calendar.from_ical(out["ics"]).walk("VEVENT")
    police = next(e for e in events if "politiet" in str(e["SUMMARY"]))
    # 2026-03-30 11:00+02:00 = 09:00Z
    assert police.decoded("DTEND") == datetime(2026, 3, 30, 9, 0, tzinfo=UTC)
    assert lt.add_hours(lt.parse_now("2026-03-27T10:00"), 72).isoformat() == "2026-03-30T11:00:00+02:00"


@pytest.mark.parametrize("text", ["C:\\new\\n;,", "\\\\,\\;", "slut med backslash\\", "\\n\nx"])
def test_backslash_sequences_roundtrip(text: str) -> None:
    ev = ics.Event(uid="u@x", summary=text, description=text, start=date(2026, 1, 1), end=date(2026, 1, 2),
                   alarm_trigger="-PT15H", alarm_text="x")
    parsed = icalendar.Calendar.from_ical(ics.calendar([ev], STAMP)).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == text
    assert str(parsed["DESCRIPTION"]) == text


def test_limitation_dates_join_the_calendar_only_when_asked() -> None:
    without = icalendar.Calendar.from_ical(api.handle(REQUEST)["ics"]).walk("VEVENT")
    with_them = icalendar.Calendar.from_ical(
        api.handle({**REQUEST, "foraeldelse_i_kalender": True})["ics"]
    ).walk("VEVENT")
    summaries = [str(e["SUMMARY"]) for e in with_them]
    assert len(with_them) == len(without) + 2   # § 119 a (5 years) and § 267 (2 years)
    assert sum("Forældelse" in s for s in summaries) == 2
    lim_267 = next(e for e in with_them if "§ 267" in str(e["SUMMARY"]))
    assert lim_267.decoded("DTSTART") == date(2028, 11, 20)   # 20.11.2026 + 2 years (§ 93 stk. 1 nr. 1)


def test_new_deadlines_are_in_the_calendar() -> None:
    req = {**REQUEST, "politi_afgoerelse": "indstillet", "politi_afgoerelse_dato": "01.12.2026",
           "aes_afgoerelse_modtaget": "02.12.2026", "now": "2026-12-03T10:00"}
    events = icalendar.Calendar.from_ical(api.handle(req)["ics"]).walk("VEVENT")
    by_summary = {str(e["SUMMARY"]): e for e in events}
    police = next(e for s, e in by_summary.items() if "politiets afgørelse" in s)
    assert police.decoded("DTSTART") == date(2026, 12, 29)   # 1.12 + 4 weeks (rpl § 102)
    aes = next(e for s, e in by_summary.items() if "arbejdsskade inden" in s)
    assert aes.decoded("DTSTART") == date(2026, 12, 30)      # 2.12 + 4 weeks (ASL § 44 stk. 2)
    at = next(e for s, e in by_summary.items() if "Arbejdstilsynet" in s)
    assert at.decoded("DTSTART") == date(2026, 12, 7)        # first absence 23.11 + 14 days (BEK 799/2022 § 1)
