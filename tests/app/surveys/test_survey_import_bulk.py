"""Survey answers written in bulk (one statement for the responses, one for the answers, each
distinct cell read once): repeated bad cells are still reported row by row, each answer lands
on its own response when responses already exist, dates read back as the ORM wrote them, and
a closed cycle refuses the import before anything is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from app.cli import main
from app.cycles.guard import ClosedCycleError
from app.db.engine import Database
from app.db.models import (
    Cycle,
    ImportRecord,
    Participant,
    Person,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from app.roster.importer import RejectedRow
from app.surveys.importer import import_survey_answers, last_survey_import, undo_survey_import
from tests.app.meetings.conftest import Pairs
from tests.app.surveys.conftest import ANA, BO, LIAM, MEI, ZOE, write_csv

HEADER = ["Timestamp", "Email Address", "Was the year positive?", "Overall rating", "Comments"]


def _import(db: Database, pairs: Pairs, path: Path, name: str = "Year end"):  # type: ignore[no-untyped-def]
    with db.write() as session:
        return import_survey_answers(session, pairs.cycle.id, name, path)


def _answers_by_email(db: Database) -> dict[str, dict[str, list[object]]]:
    """Email → question text → answer, read back through the ORM."""
    found: dict[str, dict[str, list[object]]] = {}
    with db.read() as session:
        query = (
            select(Person.email, SurveyQuestion.text, SurveyAnswer.value)
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .join(Participant, Participant.id == SurveyResponse.participant_id)
            .join(Person, Person.id == Participant.person_id)
        )
        for email, question, value in session.execute(query):
            found.setdefault(email, {})[question] = value
    return found


def test_the_same_bad_cell_on_several_rows_is_reported_on_each(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "year.csv", [
        HEADER,
        ["2026-05-01 10:00", ANA, "Yes", "4", "Good"],
        ["2026-05-01 11:00", BO, "No", "5", ""],
        ["2026-05-02 09:00", ZOE, "Yes", "3", ""],
    ])  # fmt: skip
    _import(db, pairs, path)  # learns yes/no and a 1–5 rating
    again = write_csv(tmp_path / "again.csv", [
        HEADER,
        ["2026-05-03 10:00", LIAM, "maybe", "9", ""],
        ["2026-05-03 11:00", MEI, "maybe", "9", ""],
    ])  # fmt: skip
    report = _import(db, pairs, again)
    assert report.imported == 0
    assert report.rejected == [
        RejectedRow(2, "Was the year positive?", "“maybe” is not yes or no"),
        RejectedRow(2, "Overall rating", "“9” is not a number from 1 to 5"),
        RejectedRow(3, "Was the year positive?", "“maybe” is not yes or no"),
        RejectedRow(3, "Overall rating", "“9” is not a number from 1 to 5"),
    ]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 3


def test_answers_land_on_their_own_response_after_earlier_ones(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    first = write_csv(tmp_path / "first.csv", [
        HEADER,
        ["2026-05-01 10:00", ANA, "Yes", "4", "Good"],
        ["2026-05-01 11:00", BO, "No", "5", ""],
        ["2026-05-02 09:00", ZOE, "Yes", "3", "Fine"],
    ])  # fmt: skip
    _import(db, pairs, first)
    later = write_csv(tmp_path / "later.csv", [
        HEADER,
        ["2026-05-01 10:00", ANA, "Yes", "4", "Good"],
        ["2026-05-04 08:30", LIAM, "No", "1", "Too short"],
        ["2026-05-05 08:30", MEI, "yes", "2", ""],
    ])  # fmt: skip
    report = _import(db, pairs, later)
    assert (report.imported, report.unchanged) == (2, 1)
    found = _answers_by_email(db)
    assert found[LIAM] == {"Was the year positive?": ["no"], "Overall rating": [1],
                           "Comments": ["Too short"]}  # fmt: skip
    assert found[MEI] == {"Was the year positive?": ["yes"], "Overall rating": [2]}
    assert found[ZOE] == {"Was the year positive?": ["yes"], "Overall rating": [3],
                          "Comments": ["Fine"]}  # fmt: skip
    with db.read() as session:
        responses = session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)).all()
        assert len({r.id for r in responses}) == 5
        assert responses[-1].submitted_at == dt.datetime(2026, 5, 5)
        assert all(isinstance(r.created_at, dt.datetime) for r in responses)
        stored = session.execute(text("SELECT submitted_at FROM survey_response")).scalars().all()
        assert "2026-05-05 00:00:00.000000" in stored  # the ORM's own text for a date and time
        record = last_survey_import(session, pairs.cycle.id)
        assert record is not None
        import_id = record.id
        assert [r.import_id for r in responses[-2:]] == [import_id, import_id]
    with db.write() as session:
        assert undo_survey_import(session, import_id) == 2
    assert set(_answers_by_email(db)) == {ANA, BO, ZOE}


def _close(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        session.execute(update(Cycle).where(Cycle.id == pairs.cycle.id).values(status="closed"))


def test_a_closed_cycle_refuses_the_import_and_keeps_nothing(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "year.csv", [HEADER, ["2026-05-01 10:00", ANA, "Yes", "4", ""]])
    _close(db, pairs)
    with pytest.raises(ClosedCycleError) as refused:
        _import(db, pairs, path)
    assert str(refused.value) == f"Cycle {pairs.cycle.label} is closed; reopen it to change it."
    with db.read() as session:
        for model in (Survey, SurveyResponse, SurveyAnswer, ImportRecord):
            assert session.scalar(select(func.count()).select_from(model)) == 0


def test_the_cli_says_a_closed_cycle_is_closed(
    db: Database, pairs: Pairs, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "year.csv", [HEADER, ["2026-05-01 10:00", ANA, "Yes", "4", ""]])
    _close(db, pairs)
    db.dispose()
    args = ["survey", "import", "--db", str(db_path), "--cycle", pairs.cycle.label,
            "--survey", "Year end", str(path)]  # fmt: skip
    assert main(args) == 3
    assert capsys.readouterr().err == (
        f"mentordesk: Cycle {pairs.cycle.label} is closed; reopen it to change it.\n"
    )
