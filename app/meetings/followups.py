"""Follow-ups of quiet matches: the nudge list (CSV) and calendar reminders (iCalendar).

The CSV is opened in Excel, so cells go through the export's formula neutraliser and the
file is UTF-8 with a BOM. The .ics is written by hand to RFC 5545: CRLF line ends, lines
folded at 75 octets without splitting a UTF-8 character, and text values escaped. Both
are written through :mod:`app.safe_files` (never over the database or a backup; renamed
into place so a failure leaves no half-written file).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from app.meetings.engagement import NEEDS_FOLLOW_UP, EngagementReport, MatchEngagement
from app.roster.export import neutralise
from app.safe_files import write_bytes

STATUS_WORDS = {
    "overdue": "Overdue",
    "never_met": "Never met",
    "due_soon": "Due soon",
    "on_track": "On track",
}
NUDGE_HEADERS = [
    "Mentor", "Mentor email", "Mentee", "Mentee email", "Status", "Last contact",
    "Days since contact", "Contacts logged",
]  # fmt: skip
PRODID = "-//MentorDesk//Follow-up reminders//EN"
_FOLD_AT = 75


def nudge_rows(report: EngagementReport) -> list[MatchEngagement]:
    """The pairs to nudge: overdue and never met, longest silence first."""
    return [m for m in report.matches if m.status in NEEDS_FOLLOW_UP]


def write_nudge_list(matches: Sequence[MatchEngagement], out: Path) -> int:
    """Write the nudge list CSV to ``out``; returns how many pairs it lists."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(NUDGE_HEADERS)
    for m in matches:
        writer.writerow(
            neutralise(v)
            for v in (
                m.mentor_name, m.mentor_email, m.mentee_name, m.mentee_email,
                STATUS_WORDS[m.status], m.last_contact.isoformat() if m.last_contact else "",
                m.days_since_contact, m.contacts,
            )
        )  # fmt: skip
    write_bytes(Path(out), buffer.getvalue().encode("utf-8-sig"), "the nudge list")
    return len(matches)


def escape_text(value: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets joined by CRLF + space."""
    parts: list[str] = []
    current, size = "", 0
    limit = _FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
            limit = _FOLD_AT - 1  # continuation lines start with one space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _event(m: MatchEngagement, on: dt.date, stamp: str) -> list[str]:
    last = m.last_contact.isoformat() if m.last_contact else "none since the match was made"
    description = (
        f"{STATUS_WORDS[m.status]}: {m.days_since_contact} days without contact.\n"
        f"Last contact: {last}.\n"
        f"Mentor: {m.mentor_name} <{m.mentor_email}>\n"
        f"Mentee: {m.mentee_name} <{m.mentee_email}>"
    )
    return [
        "BEGIN:VEVENT",
        f"UID:mentordesk-match-{m.match_id}-{on:%Y%m%d}@mentordesk.invalid",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{on:%Y%m%d}",
        f"DTEND;VALUE=DATE:{on + dt.timedelta(days=1):%Y%m%d}",
        "SUMMARY:" + escape_text(f"Follow up: {m.mentor_name} ↔ {m.mentee_name}"),
        "DESCRIPTION:" + escape_text(description),
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:" + escape_text(f"Follow up with {m.mentor_name} and {m.mentee_name}"),
        "TRIGGER:PT9H",
        "END:VALARM",
        "END:VEVENT",
    ]


def follow_up_date(m: MatchEngagement, as_of: dt.date) -> dt.date:
    """When to follow up: the day the contact is due, or ``as_of`` if that has passed."""
    return max(m.due_on or as_of, as_of)


def calendar_text(report: EngagementReport, now: dt.datetime | None = None) -> tuple[str, int]:
    """The .ics text with one all-day event per match needing a follow-up (or soon)."""
    now = now or dt.datetime.now(dt.UTC)
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    lines.append("X-WR-CALNAME:" + escape_text(f"MentorDesk follow-ups {report.cycle}"))
    count = 0
    for m in report.matches:
        if m.status == "on_track":
            continue
        lines += _event(m, follow_up_date(m, report.as_of), stamp)
        count += 1
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines), count


def write_calendar(report: EngagementReport, out: Path, now: dt.datetime | None = None) -> int:
    """Write the follow-up reminders to ``out`` (.ics); returns how many events it holds."""
    text, count = calendar_text(report, now)
    write_bytes(Path(out), text.encode("utf-8"), "the calendar reminders")
    return count
