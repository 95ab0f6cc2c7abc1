"""Engagement, matching, the roster and letters read each relation's settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from app.cli import main
from app.db.engine import Database
from app.db.models import Match, Meeting
from app.letters.placeholders import PLACEHOLDERS, allowed_placeholders
from app.matching.profile import MatchSettings
from app.matching.proposal import propose_matches
from app.meetings.engagement import engagement
from app.programs import service as programs
from app.programs.relations import (
    SENSITIVE_ANSWERS,
    RelationSettings,
    relation_match_settings,
    relation_settings,
)
from app.programs.sensitive import annotate_sensitive, hidden_answers
from app.roster.service import add_participant, list_participants

TODAY = dt.date(2026, 3, 1)


def _person(session, cycle_id: int, role: str, email: str, **fields: object) -> int:  # type: ignore[no-untyped-def]
    return add_participant(session, cycle_id, role, email=email, first_name=email[:3], **fields)


def _pair(session, cycle_id: int, mentor: int, mentee: int, met_days_ago: int) -> None:  # type: ignore[no-untyped-def]
    match = Match(
        cycle_id=cycle_id,
        mentor_id=mentor,
        mentee_id=mentee,
        status="active",
        confirmed_at=dt.datetime(2025, 10, 1),
    )
    session.add(match)
    session.flush()
    session.add(Meeting(match_id=match.id, held_on=TODAY - dt.timedelta(days=met_days_ago)))


def test_engagement_reads_each_relations_cadence_and_roles(db: Database) -> None:
    with db.write() as session:
        info = programs.ensure_program_cycle(session, "Kids", "2025-2026", model="cascading")
        lead = _person(session, info.id, "Program lead", "lead@x.org")
        resident = _person(session, info.id, "Resident mentor", "res@x.org")
        student = _person(session, info.id, "Student mentor", "stu@x.org")
        youth = _person(session, info.id, "Youth", "you@x.org")
        _pair(session, info.id, lead, resident, met_days_ago=20)  # every 30 days: on track
        _pair(session, info.id, student, youth, met_days_ago=20)  # every 14 days: overdue
    with db.read() as session:
        report = engagement(session, info.id, TODAY)
    by_mentee = {row.mentee_email: row for row in report.matches}
    assert by_mentee["you@x.org"].status == "overdue"
    assert by_mentee["you@x.org"].cadence_days == 14
    assert by_mentee["res@x.org"].status == "on_track"
    assert by_mentee["res@x.org"].cadence_days == 30
    assert (by_mentee["you@x.org"].mentor_role, by_mentee["you@x.org"].mentee_role) == (
        "Student mentor",
        "Youth",
    )
    rows = report.to_json()["matches"]
    assert {r["mentee_role"] for r in rows} == {"Resident mentor", "Youth"}  # type: ignore[union-attr,index]


def test_older_programs_keep_the_program_cadence(db: Database, cycle) -> None:  # type: ignore[no-untyped-def]
    with db.write() as session:
        mentor = _person(session, cycle.id, cycle.role_ladder[0], "m@x.org")
        mentee = _person(session, cycle.id, cycle.role_ladder[1], "e@x.org")
        _pair(session, cycle.id, mentor, mentee, met_days_ago=50)
    with db.read() as session:
        (row,) = engagement(session, cycle.id, TODAY).matches
    assert (row.cadence_days, row.status) == (60, "due_soon")


def test_matching_skips_group_relations_and_weighs_only_a_relations_criteria(
    db: Database,
) -> None:
    with db.write() as session:
        info = programs.ensure_program_cycle(session, "Kids", "2025-2026", model="cascading")
        _person(session, info.id, "Program lead", "lead@x.org", capacity=5)
        for n in range(2):
            _person(session, info.id, "Resident mentor", f"res{n}@x.org", capacity=3)
            _person(
                session,
                info.id,
                "Student mentor",
                f"stu{n}@x.org",
                languages=["French"],
                interests=["Research"],
                preferences={"own_gender": "woman"},
            )
            _person(
                session,
                info.id,
                "Youth",
                f"you{n}@x.org",
                languages=["French"],
                interests=["Research"],
                preferences={"gender": "woman"},
            )
    with db.read() as session:
        proposal = propose_matches(session, info.id)
    mentees = {m.mentee_email for m in proposal.matches}
    assert mentees == {"res0@x.org", "res1@x.org", "you0@x.org", "you1@x.org"}  # no students
    youth_pairs = [m for m in proposal.matches if m.mentee_email.startswith("you")]
    for pair in youth_pairs:
        # Not interests or location; background counts (unknown here: neutral).
        assert set(pair.contributions) <= {"language", "gender", "background"}
        assert pair.contributions


def test_relation_criteria_leave_older_programs_alone() -> None:
    settings = MatchSettings()
    older = relation_settings({}, "Medical student", "Resident mentor")
    assert relation_match_settings(settings, older) is settings
    assert settings.weight("background") == 0.0  # counts only where a relation names it
    background_only = RelationSettings("A", "B", criteria=("background",), stored=True)
    own = relation_match_settings(settings, background_only)
    assert own.weight("background") == own.total_weight == 2.0
    unweighted = MatchSettings(weights={"background": 0.0})
    assert relation_match_settings(unweighted, background_only) is unweighted


def test_roster_rows_carry_sensitive_answers_the_program_hides(db: Database) -> None:
    with db.write() as session:
        info = programs.ensure_program_cycle(session, "Kids", "2025-2026", model="cascading")
        _person(
            session,
            info.id,
            "Youth",
            "you@x.org",
            preferences={"own_gender": "non_binary", "gender": "woman"},
            custom_fields={"background": "Haïtienne"},
        )
    with db.read() as session:
        rows = annotate_sensitive(session, info.id, list_participants(session, info.id))
        hidden = hidden_answers(session, info.id)
    assert dict(rows[0].sensitive) == {
        "own_gender": "non_binary",
        "gender": "woman",
        "background": "Haïtienne",
    }
    assert hidden == frozenset(SENSITIVE_ANSWERS)


def test_no_letter_placeholder_can_print_a_sensitive_answer() -> None:
    from app.letters.placeholders import SECTIONS

    for key in SENSITIVE_ANSWERS:
        assert key not in PLACEHOLDERS
    sentences = [f.key for section in SECTIONS for f in section.fields]
    for sentence_key in sentences:
        assert not set(allowed_placeholders(sentence_key)) & {*SENSITIVE_ANSWERS, "pronouns"}


def test_letters_never_print_sensitive_answers(tmp_path: Path) -> None:
    path = tmp_path / "kids.db"
    init = ["init", "--db", str(path), "--program", "Kids", "--cycle", "1", "--model", "cascading"]
    assert main(init) == 0
    from app.db.migrate import open_database

    db = open_database(path)
    with db.write() as session:
        cycle_id = programs.find_cycle(session, "1").id
        student = _person(
            session,
            cycle_id,
            "Student mentor",
            "stu@x.org",
            preferences={"own_gender": "Bispirituel"},
            custom_fields={"background": "Haïtienne"},
        )
        youth = _person(
            session,
            cycle_id,
            "Youth",
            "you@x.org",
            preferences={"own_gender": "Nonbinaire", "gender": "Bispirituel"},
            custom_fields={"background": "Ojibwée"},
        )
        session.add(
            Match(cycle_id=cycle_id, mentor_id=student, mentee_id=youth, status="confirmed")
        )
    db.dispose()
    out = tmp_path / "letters.pdf"
    assert main(["letters", "--db", str(path), "--cycle", "1", "--out", str(out)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "stu" in text.casefold()  # the letters were written
    for value in ("Haïtienne", "Ojibwée", "Nonbinaire", "Bispirituel"):
        assert value not in text
