"""A large sign-up export is imported in batches: the same rows, row numbers, rejections and
stored values as reading it whole, still all-or-nothing.

The threshold and batch size are lowered so a file of a few rows goes through the batches."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import ImportRecord, Participant, Person
from app.errors import OperationCancelled, UnusableInputError
from app.programs.service import CycleInfo
from app.roster import batches
from app.roster.importer import ImportReport, import_roster

HEADER = ["First name", "Last name", "Email", "Phone", "Areas of interest", ""]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def tricky_file(path: Path) -> Path:
    """Titles above the header, blank rows, a headerless column that only a late row fills,
    a bad email, a repeated email several batches apart and an exported formula."""
    rows = [["Sign-ups 2026"], [], HEADER]
    for i in range(20):
        rows.append([f"Person{i}", "Tremblay", f"p{i}@example.com", "416-555-0100", "A; B", ""])
    rows[6][2] = "not an email"
    rows[9] = []
    rows[12][3] = "'+1 416 555 0199"
    rows.append(["Late", "Repeat", "P1@Example.com", "", "C", ""])
    rows.append(["Last", "Row", "last@example.com", "", "", "a note in a column with no header"])
    return write_csv(path, rows)


def run(db: Database, cycle: CycleInfo, path: Path, **options: Any) -> ImportReport:
    with db.write() as session:
        return import_roster(session, cycle.id, cycle.role_ladder[0], path, **options)


def stored(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        rows = session.execute(
            select(
                Person.email_key,
                Person.first_name,
                Person.phone,
                Participant.interests,
                Participant.custom_fields,
            )
            .join(Participant)
            .order_by(Person.email_key)
        )
        return [tuple(r) for r in rows]


def comparable(report: ImportReport) -> dict[str, object]:
    document = report.to_json()
    document.pop("import_id")
    return document | {"people": [(p.row, p.email, p.status) for p in report.people]}


@pytest.fixture
def in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "STREAM_FROM_BYTES", 0)
    monkeypatch.setattr(batches, "BATCH_ROWS", 4)


def test_batches_import_what_reading_whole_imports(
    db: Database, cycle: CycleInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tricky_file(tmp_path / "signups.csv")
    whole = run(db, cycle, path, dry_run=True)
    assert batches.open_table(path).table.rows  # small: read whole
    monkeypatch.setattr(batches, "STREAM_FROM_BYTES", 0)
    monkeypatch.setattr(batches, "BATCH_ROWS", 4)
    source = batches.open_table(path)
    assert source.table.rows == [] and source.rows == 21
    assert [len(b) for b in source.batches()] == [4, 4, 4, 4, 4, 1]
    streamed = run(db, cycle, path)
    assert comparable(streamed) == comparable(whole) | {"dry_run": False}
    # The last row has a value past the header's last column: flagged, not "Column F".
    assert [(r.row, r.column) for r in streamed.rejected] == [
        (7, "Email"),
        (24, "Email"),
        (25, "Column F"),
    ]
    assert "row 5" in str(streamed.rejected[1].error)  # the first row with that email
    assert streamed.imported == 18
    people = {row[0]: row for row in stored(db)}
    assert people["p9@example.com"][2] == "(416) 555-0199"  # the apostrophe is gone
    assert "last@example.com" not in people
    with db.read() as session:
        record = session.scalars(select(ImportRecord)).one()
        assert (record.rows, record.imported, record.rejected) == (21, 18, 3)


def test_batches_store_the_same_values_as_reading_whole(
    db: Database, cycle: CycleInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tricky_file(tmp_path / "signups.csv")
    run(db, cycle, path)
    whole = stored(db)
    with db.write() as session:
        session.execute(Participant.__table__.delete())
        session.execute(Person.__table__.delete())
    monkeypatch.setattr(batches, "STREAM_FROM_BYTES", 0)
    monkeypatch.setattr(batches, "BATCH_ROWS", 3)
    run(db, cycle, path)
    assert stored(db) == whole


def count(db: Database, model: type[Any]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.usefixtures("in_batches")
def test_cancelling_in_a_later_batch_leaves_nothing_written(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = tricky_file(tmp_path / "signups.csv")
    asked = iter(range(1000))

    def cancelled() -> bool:
        return next(asked) > 30  # well after the first batches were written

    with pytest.raises(OperationCancelled):
        run(db, cycle, path, is_cancelled=cancelled)
    assert (count(db, Person), count(db, Participant), count(db, ImportRecord)) == (0, 0, 0)


@pytest.mark.usefixtures("in_batches")
def test_a_file_changed_between_the_passes_is_refused(tmp_path: Path) -> None:
    path = tricky_file(tmp_path / "signups.csv")
    source = batches.open_table(path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Added,Later,added@example.com,,,\n")
    with pytest.raises(UnusableInputError, match="changed since it was checked"):
        list(source.batches())


@pytest.mark.usefixtures("in_batches")
def test_a_cell_with_line_breaks_is_read_whole_with_the_same_row_numbers(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    rows = [HEADER[:3], ["Ada", "Lovelace", "ada@example.com"]]
    rows += [["Multi\nline", "Name", "bad-email"], ["Grace", "Hopper", "grace@example.com"]]
    path = write_csv(tmp_path / "signups.csv", rows)
    assert len(batches.open_table(path).table.rows) == 3  # left to read_table's checks
    report = run(db, cycle, path)
    assert report.imported == 2
    assert [(r.row, r.column) for r in report.rejected] == [(3, "Email")]


@pytest.mark.usefixtures("in_batches")
def test_an_unusable_large_file_gets_the_sentence_of_a_small_one(tmp_path: Path) -> None:
    path = tmp_path / "signups.csv"
    path.write_bytes(
        "First name,Email\nZoé,zoe@example.com\n".encode() + b"Ren\xe9,r@example.com\n"
    )
    # Mixed encodings are settled by read_table, which names the lines.
    with pytest.raises(UnusableInputError, match="line"):
        batches.open_table(path)


@pytest.mark.usefixtures("in_batches")
def test_a_file_garbled_between_the_passes_is_refused_in_one_sentence(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = tricky_file(tmp_path / "signups.csv")
    source = batches.open_table(path)
    path.write_bytes(path.read_bytes().replace(b"Tremblay", b"Tr\xe9mblay"))  # not UTF-8
    with pytest.raises(UnusableInputError, match="changed since it was checked"):
        list(source.batches())


def test_the_command_line_report_leaves_new_people_out_but_keeps_changes(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = tricky_file(tmp_path / "signups.csv")
    run(db, cycle, path)
    changed = tricky_file(tmp_path / "again.csv")
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Person3,", "Pearl,") + "New,One,n@x.org,,,\n",
        encoding="utf-8",
    )
    listed = run(db, cycle, changed, dry_run=True)
    short = run(db, cycle, changed, dry_run=True, list_new_people=False)
    assert [p.status for p in listed.people].count("new") == 1
    assert [p.email for p in short.people] == [p.email for p in listed.people if p.status != "new"]
    assert short.to_json() == listed.to_json()  # the JSON lists changes only
    assert (short.imported, short.rows) == (listed.imported, listed.rows)
