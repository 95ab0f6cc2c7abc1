"""Orientation records by hand and from an attendance sheet, through the import pipeline."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.__main__ import main
from app.db.engine import Database
from app.db.models import ImportRecord, Orientation
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.orientation.attendance import (
    import_attendance,
    last_attendance_import,
    parse_hours,
    undo_attendance_import,
)
from app.orientation.service import (
    add_orientation,
    delete_orientation,
    list_orientation,
    update_orientation,
)
from app.programs.service import CycleInfo
from app.roster.values import CellError
from tests.factories import add_people, mentee, mentor

GOOD = (
    "Email,Date attended,Hours,Session\n"
    "ana@res.org,2025-09-10,2,Welcome evening\n"
    'DEE@med.org,2025-09-10,"1,5",Welcome evening\n'
    "ana@res.org,2025-09-24,1 h 30,Giving feedback\n"
)


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> dict[str, int]:
    ana, ben = add_people(
        db, cycle, 0, [mentor("ana@res.org", "Ana"), mentor("ben@res.org", "Ben")]
    )
    (dee,) = add_people(db, cycle, 1, [mentee("dee@med.org", "Dee")])
    return {"ana": ana, "ben": ben, "dee": dee}


def _records(db: Database) -> list[tuple[int, dt.date | None, float | None, str]]:
    with db.read() as session:
        rows = session.scalars(select(Orientation).order_by(Orientation.id))
        return [(r.participant_id, r.held_on, r.hours, r.session) for r in rows]


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_good_csv_through_the_cli_then_again_unchanged(
    db: Database,
    db_path: Path,
    cycle: CycleInfo,
    people: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(GOOD, encoding="utf-8")
    base = ("import-attendance", "--db", str(db_path), "--cycle", cycle.label)
    db.dispose()
    code, out, err = _cli(capsys, *base, str(sheet), "--json")
    report = json.loads(out)
    assert (code, err) == (0, "")
    assert (report["rows"], report["imported"], report["rejected"]) == (3, 3, [])
    assert report["mapping"] == {
        "Email": "email",
        "Date attended": "date",
        "Hours": "hours",
        "Session": "session",
    }
    assert _records(db) == [
        (people["ana"], dt.date(2025, 9, 10), 2.0, "Welcome evening"),
        (people["dee"], dt.date(2025, 9, 10), 1.5, "Welcome evening"),
        (people["ana"], dt.date(2025, 9, 24), 1.5, "Giving feedback"),
    ]
    db.dispose()
    code, out, _ = _cli(capsys, *base, str(sheet))
    assert code == 0
    assert "Imported 0 orientation sessions of 3 rows" in out and "3 already recorded" in out


def test_bad_row_in_xlsx_exits_1_naming_row_and_column_and_keeps_the_good_rows(
    db: Database,
    db_path: Path,
    cycle: CycleInfo,
    people: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    book = Workbook()
    page = book.active
    assert page is not None
    page.append(["Courriel", "Date de la séance", "Heures", "Séance"])
    page.append(["ben@res.org", "2025-09-10", "2", "Accueil"])
    page.append(["ana@res.org", "31/02/2025", "2", "Accueil"])
    page.append(["nobody@res.org", "2025-09-10", "lots", "Accueil"])
    path = tmp_path / "présences.xlsx"
    book.save(path)
    db.dispose()
    base = ("import-attendance", "--db", str(db_path), "--cycle", cycle.label)
    code, out, err = _cli(capsys, *base, str(path), "--json")
    report = json.loads(out)
    assert code == 1 and err == ""
    rejected = {(r["row"], r["column"]): r["error"] for r in report["rejected"]}
    assert set(rejected) == {(3, "Date de la séance"), (4, "Courriel"), (4, "Heures")}
    assert rejected[(4, "Courriel")] == "nobody@res.org is not a participant of this cycle"
    assert "lots" in rejected[(4, "Heures")]
    assert report["imported"] == 1
    assert _records(db) == [(people["ben"], dt.date(2025, 9, 10), 2.0, "Accueil")]
    code, out, _ = _cli(capsys, "import-attendance", "--db", str(db_path), "--cycle",
                        cycle.label, str(path))  # fmt: skip
    assert code == 1 and "row 3, Date de la séance:" in out


def test_dry_run_writes_nothing_and_undo_removes_the_import(
    db: Database,
    db_path: Path,
    cycle: CycleInfo,
    people: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(GOOD.replace(",", ";").replace('"1;5"', "1,5"), encoding="cp1252")
    db.dispose()
    base = ("import-attendance", "--db", str(db_path), "--cycle", cycle.label)
    code, out, _ = _cli(capsys, *base, str(sheet), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["imported"] == 3 and json.loads(out)["dry_run"]
    with db.read() as session:
        assert session.scalar(select(func.count(Orientation.id))) == 0
        assert session.scalar(select(func.count(ImportRecord.id))) == 0
    with db.write() as session:
        add_orientation(session, people["ben"], dt.date(2025, 9, 1), 1.0, "By hand")
        report = import_attendance(session, cycle.id, sheet)
    assert report.imported == 3 and report.import_id is not None
    with db.write() as session:
        record = last_attendance_import(session, cycle.id)
        assert record is not None and record.id == report.import_id
        assert undo_attendance_import(session, record.id) == 3
    assert [r[3] for r in _records(db)] == ["By hand"]  # typed by hand: kept
    with pytest.raises(RuleViolationError), db.write() as session:
        undo_attendance_import(session, report.import_id)


def test_unusable_files_exit_2(
    db: Database,
    db_path: Path,
    cycle: CycleInfo,
    people: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    no_date = tmp_path / "no_date.csv"
    no_date.write_text("Email,Hours\nana@res.org,2\n", encoding="utf-8")
    db.dispose()
    base = ("import-attendance", "--db", str(db_path), "--cycle", cycle.label)
    code, out, err = _cli(capsys, *base, str(no_date))
    assert (code, out) == (2, "")
    assert err.strip() == "mentordesk: no_date.csv has no date column."
    code, _, err = _cli(capsys, *base, str(tmp_path / "missing.csv"))
    assert code == 2 and "does not exist" in err
    quoted = tmp_path / "quoted.csv"
    quoted.write_text('Email,Date\nana@res.org,"2025-09-10\nben@res.org,2025-09-11\n')
    code, _, err = _cli(capsys, *base, str(quoted))
    assert code == 2 and "quoted.csv, row 2: a quotation mark opens in column B" in err
    with db.read() as session:
        assert session.scalar(select(func.count(Orientation.id))) == 0


def test_hours_are_read_or_refused() -> None:
    assert parse_hours("") is None
    assert parse_hours("2") == 2.0 and parse_hours("0,5") == 0.5
    assert parse_hours("90 min") == 1.5 and parse_hours("1h30") == 1.5
    for bad in ("lots", "-2", "30"):
        with pytest.raises(CellError):
            parse_hours(bad)


def test_records_by_hand(db: Database, cycle: CycleInfo, people: dict[str, int]) -> None:
    with db.write() as session:
        first = add_orientation(session, people["ana"], dt.date(2025, 9, 10), 2, " Welcome  ")
        update_orientation(session, first, dt.date(2025, 9, 11), 2.5, "Welcome")
    with db.read() as session:
        (row,) = list_orientation(session, people["ana"])
    assert (row.held_on, row.hours, row.session, row.imported) == (
        dt.date(2025, 9, 11),
        2.5,
        "Welcome",
        False,
    )
    for held_on, hours, said in [
        (None, 1.0, "Orientation: the date is required."),
        (dt.date.today() + dt.timedelta(days=2), 1.0, "is in the future"),
        (dt.date(2025, 9, 1), 30.0, "Orientation: the hours must be between 0 and 24."),
    ]:
        with pytest.raises(UnusableInputError) as caught, db.write() as session:
            add_orientation(session, people["ana"], held_on, hours)
        assert said in caught.value.message
    with db.write() as session:
        delete_orientation(session, first)
    with pytest.raises(NotFoundError), db.write() as session:
        delete_orientation(session, first)
