"""Importing sign-up exports into a real SQLite database."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app.db.engine import Database
from app.db.models import AuditEvent, ImportRecord, Match, Participant, Person
from app.errors import NotFoundError, OperationCancelled, RuleViolationError, UnusableInputError
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.importer import ImportReport, RejectedRow, import_roster, preview, undo_import

DATA = Path(__file__).resolve().parents[2] / "data" / "roster"
SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "sample"


def run_import(
    db: Database, cycle: CycleInfo, path: Path, rung: int = 0, **options: Any
) -> ImportReport:
    with db.write() as session:
        return import_roster(session, cycle.id, cycle.role_ladder[rung], path, **options)


def counts(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Participant, ImportRecord, AuditEvent)
        )


def people(db: Database) -> dict[str, Person]:
    with db.read() as session:
        found = {p.email_key: p for p in session.scalars(select(Person))}
        session.expunge_all()  # keep the loaded values after the read session rolls back
        return found


def participants(db: Database, cycle_id: int) -> dict[str, Participant]:
    with db.read() as session:
        rows = session.execute(
            select(Person.email_key, Participant)
            .join(Person)
            .where(Participant.cycle_id == cycle_id)
        )
        found = {key: participant for key, participant in rows}
        session.expunge_all()
        return found


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_utf8_file_imports_every_field(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "utf8.csv")
    assert (report.rows, report.imported, report.updated, report.returning) == (3, 3, 0, 0)
    assert report.rejected == [] and report.unmapped_columns == []
    zoe = people(db)["zoe.lefebvre@example.com"]
    assert (zoe.first_name, zoe.last_name, zoe.phone, zoe.province) == (
        "Zoé",
        "Lefèbvre",
        "(514) 555-0101",
        "Quebec",
    )
    assert zoe.languages == ["French", "English"]
    part = participants(db, cycle.id)["zoe.lefebvre@example.com"]
    assert part.role == "Resident mentor"
    assert part.interests == ["neonatology", "research", "global_health"]  # catalogue keys
    assert part.capacity == 2
    assert part.import_id == report.import_id
    assert part.custom_fields == {"Timestamp": "2025/09/02 9:14:03 AM EDT"}
    assert participants(db, cycle.id)["arjun.mehta@example.com"].capacity == 3
    assert people(db)["arjun.mehta@example.com"].province == "British Columbia"


def test_french_cp1252_semicolon_export(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "cp1252_semicolon.csv")
    assert (report.encoding, report.delimiter, report.imported) == ("cp1252", ";", 3)
    assert report.mapping["Adresse courriel"] == "email"
    assert report.mapping["Combien de mentorés pouvez-vous accueillir?"] == "capacity"
    francois = people(db)["francois.belanger@example.com"]
    assert (francois.first_name, francois.last_name) == ("François", "Bélanger-Côté")
    assert francois.languages == ["French", "English"]
    assert people(db)["amelie.tremblay@example.com"].preferred_language == "fr"
    found = participants(db, cycle.id)
    assert found["francois.belanger@example.com"].capacity == 2
    assert found["zoe.lefebvre@example.com"].institution == "Université de Montréal"
    assert found["zoe.lefebvre@example.com"].stage == "r3"  # catalogue key


def test_utf16_tab_and_bom_files(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "utf16_tab.txt")
    assert (report.encoding, report.delimiter, report.imported) == ("utf-16", "\t", 2)
    assert people(db)["mei.chen@example.com"].last_name == "陈"
    assert run_import(db, cycle, DATA / "utf8_bom.csv", rung=1).imported == 3


def test_title_rows_give_spreadsheet_row_numbers(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "title_rows.csv")
    assert report.header_row == 4 and report.rows == 3 and report.imported == 3


def test_rejections_name_row_and_column_exactly(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "rejections.csv")
    assert report.rows == 9
    assert report.imported == 1
    assert [(r.row, r.column) for r in report.rejected] == [
        (3, "First name"),
        (4, "Email Address"),
        (5, "Email Address"),
        (6, "Phone"),
        (7, "Capacity"),
        (8, "Email Address"),
        (8, "Phone"),
        (8, "Capacity"),
        (9, "Email Address"),
        (10, "Can we share your phone?"),
    ]
    errors = {(r.row, r.column): r.error for r in report.rejected}
    assert errors[(3, "First name")] == "a first name is required"
    assert errors[(4, "Email Address")] == "an email address is required"
    assert errors[(9, "Email Address")] == "same email as row 2"
    assert errors[(10, "Can we share your phone?")] == "expected yes or no"
    assert report.rejected_rows == 8
    assert set(people(db)) == {"good.row@example.com"}
    good = people(db)["good.row@example.com"]
    assert good.share_phone is True and good.phone == "(416) 555-0100"
    payload = report.to_json()
    assert payload["rejected"][0] == {  # type: ignore[index]
        "row": 3,
        "column": "First name",
        "error": "a first name is required",
    }
    json.dumps(payload)


def test_json_document_has_the_cli_keys(db: Database, cycle: CycleInfo) -> None:
    payload = run_import(db, cycle, DATA / "utf8.csv").to_json()
    required = {"file", "encoding", "delimiter", "rows", "imported", "updated", "returning",
                "rejected", "unmapped_columns", "dry_run", "import_id"}  # fmt: skip
    assert required <= set(payload)
    assert payload["file"] == "utf8.csv" and payload["dry_run"] is False
    assert isinstance(payload["import_id"], int)


def test_hostile_names_and_cells_are_stored_exactly(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "hostile_names.csv")
    assert report.rejected == [] and report.imported == 7
    assert report.unmapped_columns == ["Tell us about yourself"]
    found = people(db)
    assert found["obrien.co@example.com"].last_name == "O'Brien & <Co>"
    assert (found["none.na@example.com"].first_name, found["none.na@example.com"].last_name) == (
        "None",
        "NA",
    )
    assert found["mohammed.alhusseini@example.com"].first_name == "محمد"
    assert found["huong.nguyen@example.com"].first_name == "Nguyễn Thị"
    assert found["meiling.wang@example.com"].last_name == "王"
    parts = participants(db, cycle.id)
    assert parts["none.na@example.com"].institution == "0123"
    assert parts["none.na@example.com"].custom_fields["Tell us about yourself"] == "N/A"
    formula = parts["formula.cell@example.com"]
    assert formula.institution == '=HYPERLINK("http://evil.example")'
    assert formula.custom_fields["Tell us about yourself"] == "@SUM(A1:A2)"
    assert parts["obrien.co@example.com"].custom_fields["Tell us about yourself"] == (
        "<script>alert(1)</script>"
    )


def test_ten_thousand_character_cell_is_kept_whole(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    essay = ("Je veux aider. " * 700)[:10_000]
    path = write_csv(
        tmp_path / "long.csv",
        [["First name", "Email", "About you"], ["Ada", "ada@example.com", essay]],
    )
    assert run_import(db, cycle, path).imported == 1
    stored = participants(db, cycle.id)["ada@example.com"].custom_fields["About you"]
    assert len(stored) == 10_000 and stored == essay.strip()


def test_too_long_name_is_rejected_not_truncated(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "shifted.csv", [["First name", "Email"], ["x" * 201, "ada@example.com"]]
    )
    report = run_import(db, cycle, path)
    assert report.rejected == [RejectedRow(2, "First name", "longer than 200 characters")]


def test_duplicate_headers_keep_both_values(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "duplicate_headers.csv")
    # Mentors without a capacity column get that warning too (test_capacity_column_note).
    duplicates = [w for w in report.warnings if "capacity column" not in w]
    assert report.imported == 1 and len(duplicates) == 2 and len(report.warnings) == 3
    assert report.unmapped_columns == ["Notes (2)", "Email (2)"]
    person = people(db)["zoe.lefebvre@example.com"]
    assert person.notes == "first note"
    part = participants(db, cycle.id)["zoe.lefebvre@example.com"]
    assert part.custom_fields == {"Notes (2)": "second note", "Email (2)": "zoe.other@example.com"}


def test_xlsx_import(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Mentor sign-ups"])
    sheet.append([])
    sheet.append(["Prénom", "Nom", "Courriel", "Téléphone", "Capacité"])
    sheet.append(["Zoé", "Lefèbvre", "zoe@example.com", 5145550101, 2])
    sheet.append(["Amélie", "Tremblay", "bad-address", None, 1])
    path = tmp_path / "reponses.xlsx"
    workbook.save(path)
    report = run_import(db, cycle, path)
    assert (report.imported, report.encoding, report.delimiter) == (1, "", "")
    assert report.rejected[0].row == 5 and report.rejected[0].column == "Courriel"
    assert people(db)["zoe@example.com"].phone == "(514) 555-0101"
    assert participants(db, cycle.id)["zoe@example.com"].capacity == 2


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "empty.csv is empty"),
        ("image_renamed.csv", "image_renamed.csv is a PNG image"),
    ],
)
def test_unusable_files_change_nothing(
    db: Database, cycle: CycleInfo, name: str, message: str
) -> None:
    before = counts(db)
    with pytest.raises(UnusableInputError, match=message):
        run_import(db, cycle, DATA / name)
    assert counts(db) == before


def test_missing_required_columns_are_unusable(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    no_email = write_csv(tmp_path / "a.csv", [["First name", "City"], ["Ada", "Toronto"]])
    with pytest.raises(UnusableInputError, match=re.escape("a.csv has no email column")):
        run_import(db, cycle, no_email)
    no_name = write_csv(tmp_path / "b.csv", [["Email", "City"], ["ada@example.com", "Toronto"]])
    message = re.escape("b.csv has no first name or name column")
    with pytest.raises(UnusableInputError, match=message):
        run_import(db, cycle, no_name)


def test_full_name_column_is_split(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "names.csv",
        [
            ["Full name", "Email"],
            ["Siobhán O'Brien", "s@example.com"],
            ["Lefèbvre, Zoé", "z@example.com"],
        ],
    )
    run_import(db, cycle, path)
    found = people(db)
    assert (found["s@example.com"].first_name, found["s@example.com"].last_name) == (
        "Siobhán",
        "O'Brien",
    )
    assert (found["z@example.com"].first_name, found["z@example.com"].last_name) == (
        "Zoé",
        "Lefèbvre",
    )


def test_preferences_from_answers(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "prefs.csv",
        [
            [
                "First name",
                "Email",
                "Local or anywhere",
                "Mentoring style",
                "Gender preference for mentor",
                "Gender",
                "Langue préférée",
            ],
            [
                "Ada",
                "ada@example.com",
                "Local (same city)",
                "Laid-back",
                "Female",
                "Woman",
                "Français",
            ],
            ["Bo", "bo@example.com", "Somewhere sunny", "Hands-on", "No preference", "", "English"],
        ],
    )
    report = run_import(db, cycle, path)
    assert report.rejected == []
    parts = participants(db, cycle.id)
    assert parts["ada@example.com"].preferences == {
        "location": "local",
        "style": "laid_back",
        "gender": "woman",
        "own_gender": "woman",
    }
    assert parts["bo@example.com"].preferences == {"style": "hands_on"}
    assert parts["bo@example.com"].custom_fields == {"Local or anywhere": "Somewhere sunny"}
    assert people(db)["ada@example.com"].preferred_language == "fr"
    assert people(db)["bo@example.com"].preferred_language == "en"


def test_user_mapping_and_ignored_columns(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "odd.csv",
        [
            ["Qui", "Adresse", "Secret", "City"],
            ["Zoé Lefèbvre", "zoe@example.com", "s3cret", "Laval"],
        ],
    )
    mapping = {"Qui": "full_name", "Adresse": "email", "Secret": "ignore", "City": "custom"}
    report = run_import(db, cycle, path, mapping=mapping)
    assert report.mapping == {"Qui": "full_name", "Adresse": "email"}
    assert report.unmapped_columns == ["City"]
    part = participants(db, cycle.id)["zoe@example.com"]
    assert part.custom_fields == {"City": "Laval"}
    assert people(db)["zoe@example.com"].city == ""
    with pytest.raises(UnusableInputError, match="unknown field"):
        run_import(db, cycle, path, mapping={"Qui": "nickname"})


def test_dry_run_writes_nothing_and_reports_the_same(db: Database, cycle: CycleInfo) -> None:
    before = counts(db)
    dry = run_import(db, cycle, DATA / "rejections.csv", dry_run=True)
    assert counts(db) == before
    assert dry.dry_run is True and dry.import_id is None
    real = run_import(db, cycle, DATA / "rejections.csv")
    assert counts(db) != before
    assert (dry.rows, dry.imported, dry.updated, dry.returning, dry.rejected) == (
        real.rows,
        real.imported,
        real.updated,
        real.returning,
        real.rejected,
    )


def test_returning_people_across_two_cycles(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    run_import(db, cycle, DATA / "utf8.csv")
    with db.write() as session:
        next_cycle = programs.create_cycle(session, cycle.program_id, "2026-2027")
    path = write_csv(
        tmp_path / "next.csv",
        [
            ["First name", "Last name", "Email Address", "Phone", "Capacity"],
            ["Zoé", "Lefèbvre", "ZOE.LEFEBVRE@example.com", "514-555-0999", "1"],
            ["Mei", "Chen", "mei.chen@example.com", "", ""],
        ],
    )
    with db.write() as session:
        report = import_roster(session, next_cycle, cycle.role_ladder[0], path)
    assert (report.imported, report.returning, report.updated) == (2, 1, 1)
    found = people(db)
    assert len(found) == 4  # Zoé linked, not duplicated
    assert found["zoe.lefebvre@example.com"].phone == "(514) 555-0999"
    assert found["zoe.lefebvre@example.com"].email == "zoe.lefebvre@example.com"
    parts = participants(db, next_cycle)
    assert parts["zoe.lefebvre@example.com"].is_returning is True
    assert parts["mei.chen@example.com"].is_returning is False
    assert participants(db, cycle.id)["zoe.lefebvre@example.com"].capacity == 2


def test_reimport_into_same_cycle_updates_instead_of_duplicating(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    run_import(db, cycle, DATA / "utf8.csv")
    rows = list(csv.reader((DATA / "utf8.csv").read_text(encoding="utf-8").splitlines()))
    rows[1][8] = "4"  # Zoé's capacity
    rows[2][4] = ""  # a blank phone never erases the known one
    path = write_csv(tmp_path / "again.csv", rows)
    report = run_import(db, cycle, path)
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 2)
    assert participants(db, cycle.id)["zoe.lefebvre@example.com"].capacity == 4
    assert people(db)["siobhan.obrien@example.com"].phone == "(416) 555-0102"
    assert counts(db)[:2] == (3, 3)
    frozen = run_import(db, cycle, DATA / "utf8.csv", update_existing=False)
    assert (frozen.imported, frozen.updated, frozen.unchanged) == (0, 0, 3)
    assert participants(db, cycle.id)["zoe.lefebvre@example.com"].capacity == 4


def test_same_person_may_hold_another_role(db: Database, cycle: CycleInfo) -> None:
    run_import(db, cycle, DATA / "utf8.csv", rung=0)
    report = run_import(db, cycle, DATA / "utf8.csv", rung=1)
    assert (report.imported, report.returning) == (3, 0)
    assert counts(db)[:2] == (3, 6)


def test_import_record_and_audit_hold_no_personal_data(db: Database, cycle: CycleInfo) -> None:
    report = run_import(db, cycle, DATA / "rejections.csv")
    with db.read() as session:
        record = session.get(ImportRecord, report.import_id)
        assert record is not None
        assert (record.file_name, record.rows, record.imported, record.rejected) == (
            "rejections.csv",
            9,
            1,
            8,
        )
        expected = hashlib.sha256((DATA / "rejections.csv").read_bytes()).hexdigest()
        assert record.file_sha256 == expected
        entity_id, details = session.execute(
            select(AuditEvent.entity_id, AuditEvent.details).where(AuditEvent.action == "import")
        ).one()
    assert entity_id == report.import_id
    text = json.dumps(details)
    assert "@" not in text and "Good" not in text and "rejections" not in text


def test_unknown_role_or_cycle(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(UnusableInputError, match="not a role"), db.write() as session:
        import_roster(session, cycle.id, "Youth", DATA / "utf8.csv")
    with pytest.raises(NotFoundError), db.write() as session:
        import_roster(session, 999, "Resident mentor", DATA / "utf8.csv")


def test_progress_and_cancel(db: Database, cycle: CycleInfo) -> None:
    seen: list[tuple[int, int]] = []
    run_import(db, cycle, DATA / "utf8.csv", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    before = counts(db)
    with pytest.raises(OperationCancelled):
        run_import(db, cycle, DATA / "hostile_names.csv", is_cancelled=lambda: True)
    assert counts(db) == before


def test_ten_thousand_rows_use_bulk_statements(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    rows = [["First name", "Last name", "Email", "Phone", "Areas of interest", "Capacity"]]
    rows += [
        [f"Person{i}", "Tremblay", f"p{i}@example.com", f"416-555-{i % 10000:04d}", "A; B", "1"]
        for i in range(10_000)
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        report = run_import(db, cycle, path)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert report.imported == 10_000 and report.rejected == []
    assert counts(db)[:2] == (10_000, 10_000)
    # Bulk: a few statements per 900 rows, never one per row.
    assert len(statements) < 200


def test_sample_files_import_cleanly(db: Database, cycle: CycleInfo) -> None:
    mentors = run_import(db, cycle, SAMPLES / "mentors.csv", rung=0)
    mentees = run_import(db, cycle, SAMPLES / "mentees.csv", rung=1)
    assert (mentors.rows, mentors.imported, mentors.rejected) == (12, 12, [])
    assert (mentees.rows, mentees.imported, mentees.rejected) == (20, 20, [])
    assert mentors.mapping["Capacity"] == "capacity"
    found = people(db)
    assert found["siobhan.obrien@example.com"].first_name == "Siobhán"
    assert found["zoe.lefebvre@example.com"].last_name == "Lefèbvre"
    assert found["amelie.tremblay@example.com"].preferred_language == "fr"


def test_preview_shows_mapping_and_first_rows() -> None:
    shown = preview(DATA / "title_rows.csv", rows=2)
    assert shown.header_row == 4 and shown.total_rows == 3
    assert shown.row_numbers == [5, 7]
    assert shown.rows[0][0] == "Zoé"
    assert shown.mapping == {
        "First name": "first_name",
        "Last name": "last_name",
        "Email Address": "email",
        "City": "city",
    }
    assert shown.problems == []
    assert preview(DATA / "utf16_tab.txt", mapping={"E-mail": "custom"}).problems == [
        "The file has no email column."
    ]


# --- undo -----------------------------------------------------------------------------


def test_undo_removes_added_participants_and_new_persons_only(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    first = run_import(db, cycle, DATA / "utf8.csv")
    path = write_csv(
        tmp_path / "more.csv",
        [
            ["First name", "Email Address", "Phone"],
            ["Zoé", "zoe.lefebvre@example.com", ""],
            ["Daniel", "daniel.okafor@example.com", ""],
        ],
    )
    second = run_import(db, cycle, path, rung=1)
    assert counts(db)[:2] == (4, 5)
    with db.write() as session:
        assert second.import_id is not None
        assert undo_import(session, second.import_id) == 2
    assert set(people(db)) == {
        "zoe.lefebvre@example.com",
        "siobhan.obrien@example.com",
        "arjun.mehta@example.com",
    }
    assert counts(db)[1] == 3
    with db.read() as session:
        record = session.get(ImportRecord, second.import_id)
        assert record is not None and isinstance(record.undone_at, dt.datetime)
        audit_row = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "undo_import")
        ).one()
        assert audit_row.details == {"removed": 2, "persons": 1}
    with pytest.raises(RuleViolationError, match="already undone"), db.write() as session:
        undo_import(session, second.import_id)
    assert first.import_id is not None


def test_undo_refused_when_a_participant_is_matched(db: Database, cycle: CycleInfo) -> None:
    mentors = run_import(db, cycle, DATA / "utf8.csv", rung=0)
    mentees = run_import(db, cycle, DATA / "title_rows.csv", rung=1)
    ids = participants(db, cycle.id)
    with db.write() as session:
        session.add(
            Match(
                cycle_id=cycle.id,
                mentor_id=ids["arjun.mehta@example.com"].id,
                mentee_id=ids["daniel.okafor@example.com"].id,
                status="ended",
            )
        )
    before = counts(db)
    for report in (mentors, mentees):
        assert report.import_id is not None
        with pytest.raises(RuleViolationError, match="in matches"), db.write() as session:
            undo_import(session, report.import_id)
    assert counts(db) == before


def test_undo_unknown_import(db: Database) -> None:
    with pytest.raises(NotFoundError), db.write() as session:
        undo_import(session, 42)


def test_interest_columns_are_combined(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "split.csv",
        [
            ["First name", "Email", "Research interests", "Clinical interests"],
            ["Ada", "ada@example.com", "Research; QI", "Neonatology; research"],
        ],
    )
    mapping = {"Research interests": "interests", "Clinical interests": "interests"}
    run_import(db, cycle, path, mapping=mapping)
    interests = participants(db, cycle.id)["ada@example.com"].interests
    assert interests == ["research", "quality_improvement", "neonatology"]
