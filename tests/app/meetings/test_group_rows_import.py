"""A contact import whose rows name a group: group meetings with attendance, dry run, undo."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import insert, select

from app.cli import main
from app.db.engine import Database
from app.db.models import Group, Meeting, MeetingAttendance, Participant, Person, group_member
from app.meetings.importer import import_meetings, last_import, undo_meeting_import
from app.sentences import render
from tests.app.meetings.conftest import MADE_ON, Pairs

TODAY = dt.date(2026, 3, 1)
HEADER = ["Group", "Date of the meeting", "How did you meet?", "Absent"]


def _ids(db: Database, cycle_id: int) -> dict[str, int]:
    with db.read() as session:
        rows = session.execute(
            select(Person.first_name, Participant.id)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.cycle_id == cycle_id)
        )
        return {name: pid for name, pid in rows}


def _group(db: Database, pairs: Pairs, name: str, people: dict[int, bool], status: str) -> int:
    with db.write() as session:
        group = Group(
            cycle_id=pairs.cycle.id, name=name, relation=pairs.cycle.role_ladder[1], status=status,
            created_at=dt.datetime.combine(MADE_ON, dt.time(9)),
        )  # fmt: skip
        session.add(group)
        session.flush()
        session.execute(
            insert(group_member),
            [
                {"group_id": group.id, "participant_id": p, "is_mentor": m}
                for p, m in people.items()
            ],
        )
        return group.id


@pytest.fixture
def groups(db: Database, pairs: Pairs) -> dict[str, int]:
    """Circle A (Ana mentoring Zoé and Liam, confirmed), Circle B twice, Old circle ended."""
    ids = _ids(db, pairs.cycle.id)
    made = {
        "a": _group(
            db,
            pairs,
            "Circle A",
            {ids["Ana"]: True, ids["Zoé"]: False, ids["Liam"]: False},
            "confirmed",
        ),
        "b1": _group(db, pairs, "Circle B", {ids["Bo"]: True, ids["Mei"]: False}, "active"),
        "b2": _group(db, pairs, "circle  b", {ids["Bo"]: True}, "active"),
        "old": _group(db, pairs, "Old circle", {ids["Bo"]: True}, "ended"),
    }
    return made | {f"person:{k}": v for k, v in ids.items()}


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def _attendance(db: Database) -> list[tuple[int, str, bool]]:
    with db.read() as session:
        rows = session.execute(
            select(Meeting.group_id, Person.first_name, MeetingAttendance.present)
            .join(MeetingAttendance, MeetingAttendance.meeting_id == Meeting.id)
            .join(Participant, Participant.id == MeetingAttendance.participant_id)
            .join(Person, Person.id == Participant.person_id)
            .order_by(Meeting.held_on, Person.first_name)
        )
        return [(g, n, bool(p)) for g, n, p in rows]


def _status(db: Database, group_id: int) -> str:
    with db.read() as session:
        group = session.get(Group, group_id)
        assert group is not None
        return group.status


def test_group_rows_become_group_meetings_with_absences(
    db: Database, pairs: Pairs, groups: dict[str, int], tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "checkins.csv",
        [
            ["circle a", "2026-01-10", "Zoom", "liam@med.example.org"],
            ["CIRCLE A", "2026-02-10", "in person", ""],
            ["", "2026-01-12", "phone", ""],  # a pair row: no group, and no email either
        ],
        [*HEADER, "Mentor email"],
    )
    with db.write() as session:
        report = import_meetings(session, pairs.cycle.id, path, today=TODAY)
    assert (report.imported, report.rejected_rows) == (2, 1)
    assert [(r.row, r.column) for r in report.rejected] == [(4, "Mentor email")]
    assert _attendance(db) == [
        (groups["a"], "Ana", True), (groups["a"], "Liam", False), (groups["a"], "Zoé", True),
        (groups["a"], "Ana", True), (groups["a"], "Liam", True), (groups["a"], "Zoé", True),
    ]  # fmt: skip
    assert _status(db, groups["a"]) == "active"  # a confirmed group starts at its first meeting
    assert report.warnings == [
        "Group meetings (rows 2 and 3): recorded as meetings of the group each row names, "
        "with the attendance read from the column Absent (every other member present)."
    ]
    assert render(report.warnings[0], "fr").startswith("Rencontres de groupe (lignes 2 et 3)")


def test_unknown_ambiguous_and_ended_groups_and_strangers_are_row_errors(
    db: Database, pairs: Pairs, groups: dict[str, int], tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "bad.csv",
        [
            ["Circle Z", "2026-01-10", "Zoom", ""],
            ["Circle B", "2026-01-10", "Zoom", ""],
            ["Old circle", "2026-01-10", "Zoom", ""],
            ["Circle A", "2026-01-10", "Zoom", "mei@med.example.org"],
            ["Circle A", "2026-01-10", "Zoom", "Liam Roy; Nobody Here"],
        ],
    )
    with db.read() as session:
        report = import_meetings(session, pairs.cycle.id, path, dry_run=True, today=TODAY)
    errors = {(r.row, r.column): r.error for r in report.rejected}
    assert errors == {
        (2, "Group"): "no group of this cycle is named “Circle Z”",
        (3, "Group"): "2 groups of this cycle are named “Circle B”; rename them so that each "
        "name is used once",
        (4, "Group"): "the group “Old circle” has ended",
        (5, "Absent"): "“mei@med.example.org” is not a member of the group “Circle A”",
        (6, "Absent"): "“Nobody Here” is not a member of the group “Circle A”",
    }
    assert report.imported == 0


def test_without_an_attendance_column_everyone_was_there_and_the_report_says_so(
    db: Database, pairs: Pairs, groups: dict[str, int], tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Groupe", "Date", "Mode"])
    sheet.append(["Circle A", "2026-01-20", "Teams"])
    path = tmp_path / "rencontres.xlsx"
    book.save(path)
    with db.write() as session:
        report = import_meetings(session, pairs.cycle.id, path, today=TODAY)
    assert report.imported == 1
    assert [present for _, _, present in _attendance(db)] == [True, True, True]
    assert "with every member present (add an Absent column" in report.warnings[0]
    assert "tous les membres présents" in render(report.warnings[0], "fr")


def test_a_present_column_marks_everyone_else_absent(
    db: Database, pairs: Pairs, groups: dict[str, int], tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "present.csv",
        [["Circle A", "2026-01-10", "video", "ana@res.example.org, Zoé Tremblay"]],
        ["Group", "Date", "Mode", "Attendees"],
    )
    with db.write() as session:
        import_meetings(session, pairs.cycle.id, path, today=TODAY)
    assert [(n, p) for _, n, p in _attendance(db)] == [
        ("Ana", True), ("Liam", False), ("Zoé", True),
    ]  # fmt: skip


def test_dry_run_writes_nothing_and_undo_removes_meetings_and_attendance(
    db: Database, pairs: Pairs, groups: dict[str, int], tmp_path: Path
) -> None:
    path = _csv(tmp_path / "c.csv", [["Circle A", "2026-01-10", "Zoom", "Liam Roy"]])
    with db.read() as session:
        dry = import_meetings(session, pairs.cycle.id, path, dry_run=True, today=TODAY)
    assert dry.imported == 1 and _attendance(db) == [] and _status(db, groups["a"]) == "confirmed"
    with db.write() as session:
        import_meetings(session, pairs.cycle.id, path, today=TODAY)
    with db.write() as session:  # the same file again adds nothing
        again = import_meetings(session, pairs.cycle.id, path, today=TODAY)
    assert (again.imported, again.unchanged) == (0, 1)
    with db.write() as session:
        info = last_import(session, pairs.cycle.id)
        assert info is not None
        assert undo_meeting_import(session, info.id) == 1
    assert _attendance(db) == []
    assert _status(db, groups["a"]) == "confirmed"


def test_cli_imports_group_rows_and_reports_rejected_rows(
    db: Database, db_path: Path, pairs: Pairs, groups: dict[str, int], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    path = _csv(
        tmp_path / "cli.csv",
        [["Circle A", "2026-01-10", "Zoom", ""], ["Nope", "2026-01-10", "Zoom", ""]],
    )
    base = ["import-meetings", "--db", str(db_path), "--cycle", pairs.cycle.label, str(path)]
    assert main([*base, "--dry-run"]) == 1
    assert _attendance(db) == []
    out = capsys.readouterr().out
    assert "row 3, Group: no group of this cycle is named “Nope”" in out
    assert "Warning: Group meetings (row 2)" in out
    assert main([*base, "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["imported"] == 1
    assert document["rejected"] == [
        {"row": 3, "column": "Group", "error": "no group of this cycle is named “Nope”"}
    ]
    assert len(_attendance(db)) == 3
