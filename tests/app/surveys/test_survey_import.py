"""Survey answers from Forms exports, through the real import pipeline and a real database:
known and unknown emails, anonymous surveys, surveys learned from CSV and XLSX files, dry
runs, re-imports and undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from app.cli import main
from app.db.engine import Database
from app.db.models import AuditEvent, ImportRecord, Survey, SurveyAnswer, SurveyResponse
from app.errors import UnusableInputError
from app.roster.importer import RejectedRow
from app.surveys import service
from app.surveys.importer import import_survey_answers, last_survey_import, undo_survey_import
from tests.app.meetings.conftest import Pairs
from tests.app.surveys.conftest import ANA, BO, LIAM, MEI, ZOE, write_csv

CHECK_IN = [
    "Horodateur",
    "Adresse e-mail",
    "How satisfied are you with your match so far (1 to 5)?",
    "Comment se passe le jumelage pour vous?",
    "Is there anything the coordinator should know?",
    "A column nobody asked",
]
LEARN_HEADER = [
    "Timestamp",
    "Email Address",
    "Was the year positive?",
    "Did it increase your interest?",
    "Avez-vous gagné en confiance?",
    "Overall rating",
    "Which activities helped?",
    "What should change?",
]
LEARN_ROWS = [
    ["2026/05/01 10:00:00", ANA, "Yes", "To a high extent", "Tout à fait d'accord", "5",
     "Meetings; Group events", "More socials"],
    ["2026/05/01 11:00:00", BO, "no", "not at all", "D'accord", "4", "Meetings",
     "Nothing, it was great"],
    ["2026/05/02 09:00:00", ZOE, "YES", "to a  HIGH extent", "d'accord", "3",
     "Group events;Orientation", "Shorter forms"],
    ["2026/05/02 12:00:00", LIAM, "Yes", "To some extent", "En désaccord", "5", "Meetings",
     ""],
]  # fmt: skip


def _check_in(db: Database, pairs: Pairs, anonymous: bool = False) -> int:
    with db.write() as session:
        survey_id = service.create_from_template(session, pairs.cycle.id, "match_check_in")
        if anonymous:
            draft = service.load_draft(session, survey_id)
            draft.anonymous = True
            service.save_survey(session, survey_id, draft)
    return survey_id


def _import(db: Database, pairs: Pairs, name: str, path: Path, **options: object):  # type: ignore[no-untyped-def]
    scope = db.read() if options.get("dry_run") else db.write()
    with scope as session:
        return import_survey_answers(session, pairs.cycle.id, name, path, **options)  # type: ignore[arg-type]


def test_known_people_are_linked_and_unknown_emails_rejected(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    survey_id = _check_in(db, pairs)
    path = write_csv(tmp_path / "check-in.csv", [
        CHECK_IN,
        ["2026-11-02 10:00", ZOE.upper(), "5 – Very satisfied", "Bon jumelage", "", "x"],
        ["2026-11-02 11:00", LIAM, "2", "not a good fit", "We never met.", ""],
        ["2026-11-03 08:00", "stranger@example.org", "4", "Good fit", "", ""],
        ["2026-11-03 09:00", MEI, "9", "maybe", "", ""],
    ])  # fmt: skip
    report = _import(db, pairs, "Match check-in (30 days)", path)
    assert (report.rows, report.imported, report.rejected_rows) == (4, 2, 2)
    assert report.rejected == [
        RejectedRow(4, "Adresse e-mail", "stranger@example.org is not a participant of this cycle"),
        RejectedRow(5, CHECK_IN[2], "“9” is not a number from 1 to 5"),
        RejectedRow(5, CHECK_IN[3], "“maybe” is not one of the answers "
                    "(Good fit / Still deciding / Not a good fit)"),
    ]  # fmt: skip
    assert report.unmapped_columns == ["A column nobody asked"]
    assert not report.survey_created
    with db.read() as session:
        responses = session.scalars(select(SurveyResponse)).all()
        assert {r.role for r in responses} == {pairs.cycle.role_ladder[1]}
        assert all(r.participant_id and r.survey_id == survey_id for r in responses)
        values = sorted((tuple(a.value) for a in session.scalars(select(SurveyAnswer))), key=str)
    assert values == [("We never met.",), ("good_fit",), ("not_fit",), (2,), (5,)]
    again = _import(db, pairs, "match check-in (30 DAYS)", path)
    assert (again.imported, again.unchanged) == (0, 2)


def test_a_person_answering_twice_in_one_file_is_rejected(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    _check_in(db, pairs)
    path = write_csv(tmp_path / "twice.csv", [
        CHECK_IN[:4], ["", ZOE, "5", "Good fit"], ["", ZOE, "4", "Good fit"],
    ])  # fmt: skip
    report = _import(db, pairs, "Match check-in (30 days)", path)
    assert report.rejected == [RejectedRow(3, "Adresse e-mail", f"{ZOE} already answered on row 2")]


def test_an_anonymous_survey_keeps_no_link_and_no_email(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    _check_in(db, pairs, anonymous=True)
    path = write_csv(tmp_path / "anon.csv", [
        CHECK_IN[:4],
        ["2026-11-02", ANA, "4", "Good fit"],
        ["2026-11-02", "someone@elsewhere.org", "3", "Still deciding"],
        ["2026-11-03", "", "1", "Not a good fit"],
    ])  # fmt: skip
    report = _import(db, pairs, "Match check-in (30 days)", path)
    assert (report.imported, report.rejected_rows) == (3, 0)
    with db.read() as session:
        responses = session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)).all()
        assert [r.participant_id for r in responses] == [None, None, None]
        assert [r.role for r in responses] == [pairs.cycle.role_ladder[0], "", ""]
        stored = [
            str(row)
            for table in ("survey_response", "survey_answer", "import_record", "audit_event")
            for row in session.execute(text(f"SELECT * FROM {table}"))
        ]
    assert not [row for row in stored if "@" in row]
    again = _import(db, pairs, "Match check-in (30 days)", path)
    assert (again.imported, again.unchanged) == (0, 3)


def test_a_file_without_emails_is_refused_for_a_named_survey(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    _check_in(db, pairs)
    path = write_csv(tmp_path / "noemail.csv", [CHECK_IN[2:4], ["4", "Good fit"]])
    with pytest.raises(UnusableInputError) as refused:
        _import(db, pairs, "Match check-in (30 days)", path)
    assert refused.value.message == (
        "noemail.csv has no email column, and the survey “Match check-in (30 days)” is not "
        "anonymous."
    )
    other = write_csv(tmp_path / "other.csv", [["Email", "Favourite colour"], [ANA, "Blue"]])
    with pytest.raises(UnusableInputError) as unrelated:
        _import(db, pairs, "Match check-in (30 days)", other)
    assert "has no column matching a question" in unrelated.value.message


def _learned(db: Database, name: str) -> dict[str, tuple[str, list[str]]]:
    with db.read() as session:
        survey = session.scalars(select(Survey).where(Survey.name == name)).one()
        return {
            q.text: (q.kind, [c.get("label") or c["en"] for c in q.choices])
            for q in survey.questions
        }


EXPECTED_KINDS = {
    "Was the year positive?": ("yes_no", ["Yes", "No"]),
    "Did it increase your interest?": (
        "likert", ["Not at all", "To some extent", "To a high extent", "To a very high extent"]),
    "Avez-vous gagné en confiance?": (
        "likert", ["Fortement en désaccord", "En désaccord", "Ni en accord ni en désaccord",
                   "D'accord", "Tout à fait d'accord"]),
    "Overall rating": ("scale", ["1", "2", "3", "4", "5"]),
    "Which activities helped?": ("multiple", ["Meetings", "Group events", "Orientation"]),
    "What should change?": ("text", []),
}  # fmt: skip


def test_a_new_survey_learns_its_questions_from_a_csv(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "year.csv", [LEARN_HEADER, *LEARN_ROWS], delimiter=";")
    dry = _import(db, pairs, "Year end", path, dry_run=True)
    assert (dry.imported, dry.survey_created, dry.import_id) == (4, True, None)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Survey)) == 0
        assert session.scalar(select(func.count()).select_from(ImportRecord)) == 0
    report = _import(db, pairs, "Year end", path)
    assert report.imported == 4 and report.survey_created
    assert report.mapping["Timestamp"] == "submitted"
    assert report.mapping["Email Address"] == "email"
    learned = _learned(db, "Year end")
    assert learned == EXPECTED_KINDS
    with db.read() as session:
        survey = session.scalars(select(Survey)).one()
        assert not survey.anonymous
        confidence = next(q for q in survey.questions if q.text.startswith("Avez"))
        assert confidence.choices[4]["key"] == "strongly_agree"  # the scale's own keys


def test_a_new_survey_learns_from_an_xlsx_too(db: Database, pairs: Pairs, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [LEARN_HEADER, *LEARN_ROWS]:
        sheet.append([int(c) if c.isdigit() else c for c in row])
    path = tmp_path / "year.xlsx"
    book.save(path)
    report = _import(db, pairs, "Year end (Excel)", path)
    assert (report.format, report.imported, report.rejected_rows) == ("xlsx", 4, 0)
    assert _learned(db, "Year end (Excel)") == EXPECTED_KINDS


def test_undo_removes_the_answers_and_the_learned_survey(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "year.csv", [LEARN_HEADER, *LEARN_ROWS])
    _import(db, pairs, "Year end", path)
    with db.write() as session:
        record = last_survey_import(session, pairs.cycle.id)
        assert record is not None and record.role == "Year end"
        assert undo_survey_import(session, record.id) == 4
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 0
        assert session.scalar(select(func.count()).select_from(SurveyAnswer)) == 0
        assert session.scalar(select(func.count()).select_from(Survey)) == 0
        assert last_survey_import(session, pairs.cycle.id) is None
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "undo_import" in actions


def test_the_cli_reports_like_the_other_imports(
    db: Database, pairs: Pairs, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    db.dispose()
    path = write_csv(tmp_path / "year.csv", [LEARN_HEADER, *LEARN_ROWS, ["", "x@y.org", "Yes"]])
    args = ["survey", "import", "--db", str(db_path), "--cycle", pairs.cycle.label,
            "--survey", "Year end", str(path), "--json"]  # fmt: skip
    assert main([*args, "--dry-run"]) == 1
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["imported"] == 4 and dry["survey_created"]
    assert dry["rejected"] == [
        {"row": 6, "column": "Email Address", "error": "x@y.org is not a participant of this cycle"}
    ]
    assert set(dry) >= {"file", "encoding", "delimiter", "rows", "imported", "updated",
                        "returning", "rejected", "unmapped_columns"}  # fmt: skip
    missing = tmp_path / "missing.csv"
    assert main([*args[:-2], str(missing)]) == 2
    assert capsys.readouterr().err == f"mentordesk: {missing} does not exist or is not a file.\n"
