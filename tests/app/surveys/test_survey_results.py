"""Results per question computed from a small hand-made file, checked number by number; the
``survey results --json`` document; flagged pairs; pre/post change; earlier cycles."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.db.engine import Database
from app.db.models import Cycle
from app.programs import service as programs
from app.surveys import service
from app.surveys.importer import import_survey_answers
from app.surveys.results import survey_results
from tests.app.meetings.conftest import Pairs
from tests.app.surveys.conftest import ANA, BO, LIAM, MEI, ZOE, write_csv

CHECK_IN = [
    "Email",
    "How satisfied are you with your match so far (1 to 5)?",
    "How is the match working for you?",
    "Have you been in touch with your match yet?",
    "Is there anything the coordinator should know?",
]
ROWS = [
    [ANA, "5", "Good fit", "Yes", ""],
    [BO, "4", "Good fit", "Yes", "All good"],
    [ZOE, "4", "Still deciding", "No", ""],
    [LIAM, "1", "Not a good fit", "No", "We do not get along."],
]


def _survey(db: Database, pairs: Pairs, tmp_path: Path) -> None:
    with db.write() as session:
        service.create_from_template(session, pairs.cycle.id, "match_check_in")
        import_survey_answers(
            session, pairs.cycle.id, "Match check-in (30 days)",
            write_csv(tmp_path / "check-in.csv", [CHECK_IN, *ROWS]),
        )  # fmt: skip


def test_numbers_per_question_overall_and_by_role(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    _survey(db, pairs, tmp_path)
    mentor_role, mentee_role = pairs.cycle.role_ladder
    with db.read() as session:
        result = survey_results(session, pairs.cycle.id).surveys[0]
    assert (result.responses, result.invited, result.response_rate) == (4, 5, 80.0)
    satisfaction, fit, touch, comment = result.questions
    assert satisfaction.overall == {"5 – Very satisfied": 1, "4": 2, "1 – Very dissatisfied": 1}
    assert satisfaction.mean == 3.5
    assert satisfaction.percent == {"5 – Very satisfied": 25.0, "4": 50.0,
                                    "1 – Very dissatisfied": 25.0}  # fmt: skip
    assert fit.overall == {"Good fit": 2, "Still deciding": 1, "Not a good fit": 1}
    assert fit.by_role == {
        mentor_role: {"Good fit": 2},
        mentee_role: {"Still deciding": 1, "Not a good fit": 1},
    }
    assert fit.mean is None  # choices without an order have no mean
    assert touch.percent == {"Yes": 50.0, "No": 50.0}
    assert comment.overall == {} and comment.answered == 2
    assert comment.texts == ["All good", "We do not get along."]
    assert [(f.respondent, f.partners, f.answer) for f in result.flagged] == [
        ("Liam Roy", ("Bo Chen",), "Not a good fit")
    ]


def test_survey_results_json_has_the_shape_of_cli_md(
    db: Database, pairs: Pairs, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _survey(db, pairs, tmp_path)
    db.dispose()
    args = ["survey", "results", "--db", str(db_path), "--cycle", pairs.cycle.label]
    assert main([*args, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["cycle"] == pairs.cycle.label
    (survey,) = document["surveys"]
    assert {"name", "responses", "invited", "questions"} <= set(survey)
    assert (survey["name"], survey["responses"], survey["invited"]) == (
        "Match check-in (30 days)", 4, 5)  # fmt: skip
    question = survey["questions"][1]
    assert {"text", "kind", "overall", "by_role"} <= set(question)
    assert question["text"] == "How is the match working for you?"
    assert question["kind"] == "single"
    assert question["overall"] == {"Good fit": 2, "Still deciding": 1, "Not a good fit": 1}
    assert question["by_role"][pairs.cycle.role_ladder[0]] == {"Good fit": 2}
    assert survey["flagged"][0]["partners"] == ["Bo Chen"]
    assert main([*args]) == 0
    text = capsys.readouterr().out
    assert "Match check-in (30 days): 4 responses of 5 asked (80 %)" in text
    assert "Flagged: Liam Roy (Bo Chen): Not a good fit" in text
    assert main([*args, "--survey", "Nope"]) == 2
    assert capsys.readouterr().err == ("mentordesk: This cycle has no survey called “Nope”.\n")


def test_pre_post_change_per_goal(db: Database, pairs: Pairs, tmp_path: Path) -> None:
    header = ["Email", "Goal 1 of your mentoring agreement: have you reached it?"]
    with db.write() as session:
        service.create_from_template(session, pairs.cycle.id, "goals_pre")
        service.create_from_template(session, pairs.cycle.id, "goals_post")
        pre = write_csv(
            tmp_path / "pre.csv", [header, [ZOE, "Not at all"], [MEI, "To some extent"]]
        )
        post = write_csv(tmp_path / "post.csv", [
            header, [ZOE, "To a very high extent"], [MEI, "To a high extent"]])  # fmt: skip
        import_survey_answers(session, pairs.cycle.id, "Agreement goals – start", pre)
        import_survey_answers(session, pairs.cycle.id, "Agreement goals – end", post)
    with db.read() as session:
        results = survey_results(session, pairs.cycle.id, "Agreement goals – end")
    (change,) = results.surveys[0].pre_post
    assert (change.key, change.pre_mean, change.post_mean, change.change) == (
        "goal_1", 1.5, 3.5, 2.0)  # fmt: skip


def test_the_same_survey_in_an_earlier_cycle(db: Database, pairs: Pairs, tmp_path: Path) -> None:
    _survey(db, pairs, tmp_path)
    with db.write() as session:
        program_id = session.get(Cycle, pairs.cycle.id).program_id  # type: ignore[union-attr]
        later = programs.create_cycle(session, program_id, "2026-2027", dt.date(2026, 9, 1))
        session.get(Cycle, pairs.cycle.id).starts_on = dt.date(2025, 9, 1)  # type: ignore[union-attr]
        service.create_from_template(session, later, "match_check_in")
    with db.read() as session:
        result = survey_results(session, later).surveys[0]
    (earlier,) = result.earlier
    assert (earlier.cycle, earlier.responses, earlier.invited) == (pairs.cycle.label, 4, 5)
    assert earlier.questions["match_fit"]["percent"] == {
        "Good fit": 50.0, "Still deciding": 25.0, "Not a good fit": 25.0}  # fmt: skip
    assert result.responses == 0 and result.invited == 0


def test_counts_by_group_and_the_audience_of_a_group(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    from sqlalchemy import insert, select

    from app.db.models import Group, Participant, Person, group_member

    with db.write() as session:
        ids = dict(session.execute(select(Person.email, Participant.id).join(Participant)).all())
        group = Group(cycle_id=pairs.cycle.id, name="Circle A")
        session.add(group)
        session.flush()
        session.execute(
            insert(group_member),
            [{"group_id": group.id, "participant_id": ids[e], "is_mentor": e == BO}
             for e in (BO, LIAM)],
        )  # fmt: skip
        survey_id = service.create_from_template(session, pairs.cycle.id, "match_check_in")
        draft = service.load_draft(session, survey_id)
        draft.audience = {"roles": [], "groups": [group.id]}
        service.save_survey(session, survey_id, draft)
        import_survey_answers(
            session, pairs.cycle.id, draft.name,
            write_csv(tmp_path / "check-in.csv", [CHECK_IN, *ROWS]),
        )  # fmt: skip
    with db.read() as session:
        result = survey_results(session, pairs.cycle.id).surveys[0]
    assert (result.responses, result.invited) == (4, 2)
    fit = result.questions[1]
    assert fit.by_group == {"Circle A": {"Good fit": 1, "Not a good fit": 1}}


def test_hostile_survey_files_from_the_cli(
    db: Database, pairs: Pairs, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    base = ["survey", "import", "--db", str(db_path), "--cycle", pairs.cycle.label, "--survey"]
    only_meta = write_csv(tmp_path / "meta.csv", [["Timestamp", "Email"], ["2026-01-01", ANA]])
    assert main([*base, "New", str(only_meta)]) == 2
    assert capsys.readouterr().err == (
        "mentordesk: meta.csv has no column that could be a question (only timestamps and "
        "emails).\n"
    )
    picture = tmp_path / "answers.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main([*base, "New", str(picture)]) == 2
    assert "answers.csv" in capsys.readouterr().err
    assert main([*base, "  ", str(only_meta)]) == 2
    assert capsys.readouterr().err == "mentordesk: A survey needs a name.\n"
    other = ["survey", "results", "--db", str(db_path), "--cycle", "1999"]
    assert main(other) == 2
    assert capsys.readouterr().err.startswith("mentordesk: ")
