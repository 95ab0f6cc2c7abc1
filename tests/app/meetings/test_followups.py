"""The nudge list CSV (read back as Excel would) and the .ics reminders (RFC 5545)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from app.meetings.engagement import EngagementReport, MatchEngagement
from app.meetings.followups import (
    calendar_text,
    escape_text,
    fold_line,
    nudge_rows,
    write_calendar,
    write_nudge_list,
)

AS_OF = dt.date(2026, 3, 1)


def _match(match_id: int, status: str, mentor: str, **extra: object) -> MatchEngagement:
    values: dict[str, object] = {
        "mentor_name": mentor,
        "mentor_email": f"m{match_id}@res.example.org",
        "mentee_name": "Zoé Tremblay",
        "mentee_email": f"z{match_id}@med.example.org",
        "last_contact": None,
        "days_since_contact": 70,
        "due_on": AS_OF - dt.timedelta(days=10),
    } | extra
    return MatchEngagement(match_id=match_id, status=status, **values)  # type: ignore[arg-type]


REPORT = EngagementReport(
    "2025-2026",
    AS_OF,
    60,
    [
        _match(1, "overdue", '=HYPERLINK("http://x")', last_contact=dt.date(2025, 12, 21)),
        _match(2, "never_met", "Ana; Gagné, MD"),
        _match(3, "due_soon", "Bo Chen", due_on=AS_OF + dt.timedelta(days=5)),
        _match(4, "on_track", "Cy Roy"),
    ],
)


def test_nudge_list_has_both_emails_and_neutralised_formulas(tmp_path: Path) -> None:
    out = tmp_path / "nudge.csv"
    assert write_nudge_list(nudge_rows(REPORT), out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads accents right with the BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["Mentor", "Mentor email", "Mentee", "Mentee email"]
    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    assert rows[1][1:6] == [
        "m1@res.example.org", "Zoé Tremblay", "z1@med.example.org", "Overdue", "2025-12-21",
    ]  # fmt: skip
    assert rows[2][0] == "Ana; Gagné, MD" and rows[2][4] == "Never met"
    assert len(rows) == 3


def test_text_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "é" * 80
    folded = fold_line(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_calendar_has_one_event_per_follow_up(tmp_path: Path) -> None:
    now = dt.datetime(2026, 3, 1, 14, 30, tzinfo=dt.UTC)
    text, count = calendar_text(REPORT, now)
    assert count == 3  # overdue, never met, due soon; on track needs no reminder
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith(
        "END:VCALENDAR\r\n"
    )
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == 3
    assert "UID:mentordesk-match-3-20260306@mentordesk.invalid" in unfolded
    assert "DTSTART;VALUE=DATE:20260301" in unfolded  # overdue: follow up today
    assert "DTSTAMP:20260301T143000Z" in unfolded
    assert "SUMMARY:Follow up: Ana\\; Gagné\\, MD ↔ Zoé Tremblay" in unfolded
    out = tmp_path / "followups.ics"
    assert write_calendar(REPORT, out, now) == 3
    assert out.read_bytes() == text.encode("utf-8")


def test_calendar_parses_with_a_strict_reader() -> None:
    icalendar = __import__("pytest").importorskip("icalendar")
    text, _ = calendar_text(REPORT)
    calendar = icalendar.Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    assert str(events[1]["SUMMARY"]) == "Follow up: Ana; Gagné, MD ↔ Zoé Tremblay"
