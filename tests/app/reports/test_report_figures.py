"""Every figure of the report of a hand-built cycle, computed by hand (see conftest)."""

from __future__ import annotations

import datetime as dt

from app.db.engine import Database
from app.programs import service as programs
from app.reports import build_report
from app.roster.service import add_participant
from tests.app.reports.conftest import AS_OF, Program

MENTOR, MENTEE = "Resident mentor", "Medical student"


def test_participants_matching_and_unmatched(db: Database, program: Program) -> None:
    with db.read() as session:
        report = build_report(session, program.cycle.id, AS_OF)
    assert report.participants == {MENTOR: 2, MENTEE: 5}
    assert report.withdrawn == {MENTOR: 0, MENTEE: 1}
    assert report.matches == {"proposed": 0, "confirmed": 1, "notified": 0, "active": 1, "ended": 1}
    [relation] = report.relations
    # Zoé, Liam (ended, still matched this cycle) and Mei of the 4 active students; Eve withdrew.
    assert (relation.to_match, relation.matched, relation.rate) == (4, 3, 75.0)
    # Signed up 30, 20 and 10 days before their pairs were confirmed on 1 October.
    assert relation.median_days_to_match == 20.0
    # Bo has a place left, so Noah is simply not matched yet (not a capacity problem).
    assert relation.unmatched == {"not_matched": 1}
    assert report.match_rate == 75.0


def test_engagement_closures_and_measures(db: Database, program: Program) -> None:
    with db.read() as session:
        report = build_report(session, program.cycle.id, AS_OF)
    # Zoé's pair met 30 days before (on track), Mei's never; the group met 11 days before.
    assert report.contact["pairs"] == {"overdue": 0, "never_met": 1, "due_soon": 0, "on_track": 1}
    assert report.contact["groups"]["on_track"] == 1
    assert report.on_track_share == round(100 * 2 / 3, 1)
    assert report.meetings == 3
    assert report.made == 4  # three pairs and the group
    assert report.meetings_per_match == round(3 / 4, 1)
    assert report.modes == {"video": 1, "phone": 1, "in_person": 1}
    assert report.closures == {"moved": 1}
    assert report.average_match_days == 106.0  # 1 October to 15 January
    measures = {m.key: m for m in report.measures}
    assert (measures["closure_rate"].value, measures["closure_rate"].part) == (25.0, 1)
    assert measures["intended_length"].value == 302.0  # 1 September to 30 June
    assert measures["support_contact"].value == 25.0  # the coordinator reached Liam's pair
    assert measures["orientation"].value == round(100 / 6, 1)  # Zoé of 6 active people
    assert measures["goals_met"].value == 50.0
    assert report.goals["met"] == 1 and report.goals["in_progress"] == 1
    # No earlier cycle: "returning" is not measured rather than shown as 0 %.
    assert measures["returning"].value is None
    assert "returning" in report.no_data and "previous_cycles" in report.no_data
    assert "orientation" not in report.no_data


def test_survey_results_by_role(db: Database, program: Program) -> None:
    with db.read() as session:
        report = build_report(session, program.cycle.id, AS_OF)
    [survey] = report.surveys
    assert survey.responses == 3
    [question] = survey.questions
    assert question.overall == {"Yes": 2, "No": 1}
    assert question.by_role == {MENTEE: {"Yes": 2}, MENTOR: {"No": 1}}
    assert report.positive == {"": (2, 3), MENTEE: (2, 2), MENTOR: (0, 1)}
    assert report.positive_share == 66.7


def test_an_empty_cycle_says_no_data_instead_of_zeros(db: Database, cycle) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        report = build_report(session, cycle.id, AS_OF)
    assert report.match_rate is None and report.on_track_share is None
    for key in ("match_rate", "engagement", "closures", "surveys", "closure_rate", "goals_met"):
        assert key in report.no_data
    assert report.to_json()["match_rate"] is None


def test_growth_over_earlier_cycles(db: Database, program: Program) -> None:
    with db.write() as session:
        earlier = programs.create_cycle(
            session,
            program.cycle.program_id,
            "2024-2025",
            dt.date(2024, 9, 1),
            dt.date(2025, 6, 30),
        )
        later = programs.create_cycle(
            session,
            program.cycle.program_id,
            "2026-2027",
            dt.date(2026, 9, 1),
            dt.date(2027, 6, 30),
        )
        add_participant(session, earlier, MENTOR, "old@r.example.org", first_name="Old")
        add_participant(session, earlier, MENTEE, "kid@m.example.org", first_name="Kid")
        add_participant(session, later, MENTEE, "new@m.example.org", first_name="New")
    with db.read() as session:
        report = build_report(session, program.cycle.id, AS_OF)
        next_year = build_report(session, later, dt.date(2026, 10, 1))
    assert [(e.cycle, e.participants) for e in report.previous] == [
        ("2024-2025", {MENTOR: 1, MENTEE: 1})
    ]
    assert report.previous[0].match_rate == 0.0  # one student, never matched
    assert [e.cycle for e in next_year.previous] == ["2024-2025", "2025-2026"]
    assert next_year.previous[1].participants == {MENTOR: 2, MENTEE: 5}
    assert next_year.previous[1].match_rate == 75.0
