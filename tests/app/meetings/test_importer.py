"""Importing a check-in form export: row-level validation, dry run, one transaction, undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.__main__ import main
from app.db.engine import Database
from app.db.models import ImportRecord, Match, Meeting
from app.errors import UnusableInputError
from app.matching.service import end_match
from app.meetings.importer import import_meetings, last_import, undo_meeting_import
from app.meetings.service import log_meeting
from tests.app.meetings.conftest import Pairs

DATA = Path(__file__).parents[2] / "data" / "meetings"
TODAY = dt.date(2026, 3, 1)


def _meetings(db: Database) -> list[Meeting]:
    with db.read() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.held_on))
        return [
            Meeting(
                match_id=m.match_id, held_on=m.held_on, mode=m.mode, concern=m.concern,
                duration_minutes=m.duration_minutes, import_id=m.import_id,
                concern_note=m.concern_note, initiated_by=m.initiated_by,
            )
            for m in rows
        ]  # fmt: skip


def test_dry_run_reports_every_bad_row_and_writes_nothing(db: Database, pairs: Pairs) -> None:
    with db.read() as session:
        report = import_meetings(
            session, pairs.cycle.id, DATA / "checkins.csv", dry_run=True, today=TODAY
        )
    assert (report.rows, report.imported, report.unchanged) == (10, 4, 1)
    rejected = {(r.row, r.column): r.error for r in report.rejected}
    assert set(rejected) == {
        (4, "Mentor email"),
        (5, "Mentor email"),
        (6, "Date of the meeting"),
        (7, "How did you meet?"),
        (11, "How long (minutes)?"),
    }
    # A topic in the participant's own words is kept in the notes, not a rejected row.
    assert report.warnings == [
        "row 10, Topics discussed: “Underwater basket weaving” is not in the topic catalogue; "
        "it is kept in the contact's notes (add the topic to the catalogue to count it)."
    ]
    assert "in 2 matches" in rejected[(4, "Mentor email")]
    assert "not in a match" in rejected[(5, "Mentor email")]
    assert "future" in rejected[(6, "Date of the meeting")]
    assert report.unmapped_columns == ["Timestamp"]
    assert report.to_json()["rejected"][0] == {
        "row": 4,
        "column": "Mentor email",
        "error": rejected[(4, "Mentor email")],
    }
    assert _meetings(db) == [] and report.import_id is None


def test_import_writes_accepted_rows_once_and_undo_removes_them(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        report = import_meetings(session, pairs.cycle.id, DATA / "checkins.csv", today=TODAY)
    meetings = _meetings(db)
    assert len(meetings) == 4 and {m.import_id for m in meetings} == {report.import_id}
    first, second, _, third = meetings
    assert (first.match_id, first.held_on, first.mode) == (
        pairs.ids[0],
        dt.date(2026, 1, 15),
        "video",
    )
    assert first.initiated_by == "mentee" and not first.concern
    assert (second.match_id, second.held_on, second.duration_minutes) == (
        pairs.ids[1], dt.date(2026, 1, 20), 60,
    )  # fmt: skip
    assert third.held_on == dt.date(2026, 2, 1) and third.duration_minutes == 90
    assert third.concern and "missed two meetings" in third.concern_note
    with db.read() as session:
        record = session.get(ImportRecord, report.import_id)
        assert record is not None and record.kind == "meetings" and record.imported == 4
        statuses = {m.id: m.status for m in session.scalars(select(Match))}
        info = last_import(session, pairs.cycle.id)
    assert statuses == {pairs.ids[0]: "active", pairs.ids[1]: "active", pairs.ids[2]: "active"}
    assert info is not None and info.id == report.import_id

    with db.write() as session:  # the same export again adds nothing
        again = import_meetings(session, pairs.cycle.id, DATA / "checkins.csv", today=TODAY)
    assert (again.imported, again.unchanged, again.import_id) == (0, 5, None)

    with db.write() as session:
        assert undo_meeting_import(session, report.import_id or 0) == 4
    assert _meetings(db) == []
    with db.read() as session:
        assert last_import(session, pairs.cycle.id) is None
        restored = {m.id: m.status for m in session.scalars(select(Match))}
    assert restored == dict.fromkeys(pairs.ids, "confirmed")  # as before the import


def test_undo_puts_back_the_statuses_the_import_changed(db: Database, pairs: Pairs) -> None:
    """Undo returns each match to where it was, unless later work depends on "active"."""
    first, second, third = pairs.ids
    with db.write() as session:
        session.get(Match, second).status = "notified"
    with db.write() as session:
        report = import_meetings(session, pairs.cycle.id, DATA / "checkins.csv", today=TODAY)
    with db.write() as session:  # later: a contact logged by hand, and a match ended
        log_meeting(session, first, dt.date(2026, 2, 20), "phone", today=TODAY)
        end_match(session, third, "Mentee left the program")
    with db.write() as session:
        undo_meeting_import(session, report.import_id or 0)
    with db.read() as session:
        statuses = {m.id: m.status for m in session.scalars(select(Match))}
    # first keeps its hand-logged contact; third was ended since; second goes back.
    assert statuses == {first: "active", second: "notified", third: "ended"}


def test_undo_of_an_import_that_changed_no_status_changes_none(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        for match in session.scalars(select(Match)):
            match.status = "active"
    with db.write() as session:
        report = import_meetings(session, pairs.cycle.id, DATA / "checkins.csv", today=TODAY)
        undo_meeting_import(session, report.import_id or 0)
    with db.read() as session:
        assert {m.status for m in session.scalars(select(Match))} == {"active"}


def test_workbook_in_french_with_real_dates(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        report = import_meetings(session, pairs.cycle.id, DATA / "checkins_fr.xlsx", today=TODAY)
    assert report.rejected == [] and report.imported == 2
    with db.read() as session:
        meetings = list(session.scalars(select(Meeting).order_by(Meeting.held_on)))
        assert [(m.held_on, m.mode, m.duration_minutes) for m in meetings] == [
            (dt.date(2026, 1, 12), "in_person", 60),
            (dt.date(2026, 2, 3), "phone", 45),
        ]
        assert sorted(t.name for t in meetings[0].topics) == ["Learning resources", "Taking call"]


def test_unusable_file_is_refused_whole(db: Database, pairs: Pairs) -> None:
    with db.write() as session, pytest.raises(UnusableInputError, match="no date column"):
        import_meetings(session, pairs.cycle.id, DATA / "no_date.csv", today=TODAY)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exit_codes_and_report(
    db: Database, db_path: Path, pairs: Pairs, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    base = ("import-meetings", "--db", str(db_path), "--cycle", pairs.cycle.label)
    code, out, _ = _cli(capsys, *base, str(DATA / "bad_only.csv"), "--dry-run", "--json")
    report = json.loads(out)
    assert code == 1 and report["imported"] == 0 and len(report["rejected"]) == 2
    assert {"file", "encoding", "delimiter", "rows", "imported", "updated", "returning",
            "rejected", "unmapped_columns"} <= set(report)  # fmt: skip
    code, out, err = _cli(capsys, *base, str(DATA / "no_date.csv"))
    assert code == 2 and out == "" and "no date column" in err
    code, out, _ = _cli(capsys, *base, str(DATA / "checkins_fr.xlsx"))
    assert code == 0 and "Imported 2 contacts" in out
    with db.read() as session:
        assert session.scalar(select(func.count(Meeting.id))) == 2
