"""Agreements against a real SQLite file: create, edit, goals, reviews, counts, cadence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.agreements import goals, service
from app.agreements.listing import agreement_rows, goal_counts
from app.agreements.service import AgreementDraft, GoalDraft
from app.cli import main
from app.db.engine import Database
from app.db.models import AgreementGoal, AuditEvent
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.sentences import render
from tests.app.agreements.conftest import People

GOALS = (
    GoalDraft("Submit an abstract to the national conference", dt.date(2026, 3, 1)),
    GoalDraft("Shadow a clinic day", dt.date(2026, 1, 15)),
    GoalDraft("Plan next year's electives"),
)


def _create(db: Database, match_id: int, **fields: object) -> int:
    draft = AgreementDraft(**{"support": ("career_planning",), "goals": GOALS, **fields})
    with db.write() as session:
        return service.create_agreement(session, draft, match_id=match_id)


def _view(db: Database, agreement_id: int) -> service.AgreementView:
    with db.read() as session:
        return service.get_agreement(session, agreement_id)


def test_an_agreement_is_created_with_its_terms_goals_and_an_audit_entry(
    db: Database, people: People
) -> None:
    agreement_id = _create(
        db,
        people.french_pair,
        support=("wellness", "clinical_skills"),
        meeting_every_days=21,
        signed_on=dt.date(2025, 10, 15),
    )
    view = _view(db, agreement_id)
    assert view.support == ("clinical_skills", "wellness")  # the fixed list's order
    assert view.meeting_every_days == 21
    assert [g.text for g in view.goals] == [g.text for g in GOALS]
    assert [g.status for g in view.goals] == ["in_progress"] * 3
    assert view.state == "signed"
    assert view.confidentiality == "" and view.ending == ""  # the default wording
    with db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "agreement"))
        assert [(e.action, e.entity_id) for e in events] == [("create_agreement", agreement_id)]


def test_a_second_agreement_for_the_same_pair_is_refused(db: Database, people: People) -> None:
    _create(db, people.french_pair)
    with pytest.raises(RuleViolationError) as caught, db.write() as session:
        service.create_agreement(session, AgreementDraft(), match_id=people.french_pair)
    assert caught.value.message == "This pair or group already has an agreement; edit it instead."


@pytest.mark.parametrize(
    ("draft", "english"),
    [
        (
            AgreementDraft(support=("golf",)),
            "“golf” is not a type of support; choose among clinical_skills, career_planning, "
            "research, teaching, leadership, work_life, social_community, wellness, other.",
        ),
        (
            AgreementDraft(meeting_every_days=0),
            "The meeting frequency must be between 1 and 365 days, not 0.",
        ),
        (
            AgreementDraft(goals=(GoalDraft("ok"), GoalDraft("   "))),
            "Goal 2 has no text; write the outcome or remove the goal.",
        ),
        (
            AgreementDraft(goals=(GoalDraft("x" * 501),)),
            "Goal 1 is 501 characters long; keep it under 500.",
        ),
        (
            AgreementDraft(confidentiality="x" * 3001),
            "The confidentiality text is 3001 characters long; keep it under 3000.",
        ),
        (
            AgreementDraft(goals=(GoalDraft("ok", status="done"),)),
            "“done” is not a goal status; use in_progress, met or dropped.",
        ),
    ],
)
def test_a_draft_that_cannot_be_saved_is_refused_and_nothing_is_written(
    db: Database, people: People, draft: AgreementDraft, english: str
) -> None:
    with pytest.raises(UnusableInputError) as caught, db.write() as session:
        service.create_agreement(session, draft, match_id=people.french_pair)
    assert caught.value.message == english
    assert "{" not in render(caught.value.message, "fr")
    with db.read() as session:
        assert service.agreement_of(session, match_id=people.french_pair) is None


def test_default_wording_is_stored_empty_and_own_words_are_kept(
    db: Database, people: People
) -> None:
    default_fr = service.default_text("confidentiality", "fr")
    agreement_id = _create(
        db, people.french_pair, confidentiality=f"  {default_fr}\n", ending="Only by email."
    )
    view = _view(db, agreement_id)
    assert view.confidentiality == ""
    assert view.ending == "Only by email."


def test_update_keeps_the_reviews_of_kept_goals_and_drops_removed_ones(
    db: Database, people: People
) -> None:
    agreement_id = _create(db, people.french_pair)
    first = _view(db, agreement_id).goals
    with db.write() as session:
        goals.review_goals(
            session, agreement_id, "mid", {first[0].id: "met"}, on=dt.date(2026, 1, 20)
        )
    reviewed = _view(db, agreement_id).goals
    new = (reviewed[2].draft(), GoalDraft("Present a case"), reviewed[0].draft())
    with db.write() as session:
        service.update_agreement(
            session, agreement_id, AgreementDraft(goals=new, meeting_every_days=14)
        )
    after = _view(db, agreement_id)
    assert [g.text for g in after.goals] == [
        "Plan next year's electives",
        "Present a case",
        "Submit an abstract to the national conference",
    ]
    kept = after.goals[2]
    assert (kept.id, kept.status, kept.mid_status) == (first[0].id, "met", "met")
    assert kept.mid_reviewed_on == dt.date(2026, 1, 20)
    with db.read() as session:
        assert session.get(AgreementGoal, first[1].id) is None


def test_goals_are_added_removed_and_moved_one_at_a_time(db: Database, people: People) -> None:
    agreement_id = _create(db, people.french_pair, goals=())
    with db.write() as session:
        a = goals.add_goal(session, agreement_id, GoalDraft("A"))
        b = goals.add_goal(session, agreement_id, GoalDraft("B", dt.date(2026, 5, 1)))
        c = goals.add_goal(session, agreement_id, GoalDraft("C"))
    with db.write() as session:
        goals.move_goal(session, c, -1)
        goals.move_goal(session, a, -1)  # already first: stays
    assert [g.text for g in _view(db, agreement_id).goals] == ["A", "C", "B"]
    with db.write() as session:
        goals.remove_goal(session, a)
        goals.move_goal(session, c, +5)
    assert [(g.text, g.position) for g in _view(db, agreement_id).goals] == [("B", 0), ("C", 1)]
    with pytest.raises(NotFoundError), db.write() as session:
        goals.remove_goal(session, a)
    assert b


def test_the_status_follows_the_latest_review(db: Database, people: People) -> None:
    agreement_id = _create(db, people.french_pair)
    ids = [g.id for g in _view(db, agreement_id).goals]
    with db.write() as session:
        goals.review_goals(
            session,
            agreement_id,
            "mid",
            {ids[0]: "met", ids[1]: "in_progress", ids[2]: "dropped"},
            on=dt.date(2026, 1, 20),
        )
    assert [g.status for g in _view(db, agreement_id).goals] == ["met", "in_progress", "dropped"]
    with db.write() as session:
        goals.review_goals(session, agreement_id, "end", {ids[1]: "met"}, on=dt.date(2026, 6, 15))
        # A mid-year review corrected later does not override the end-of-year one.
        goals.review_goals(session, agreement_id, "mid", {ids[1]: "dropped"})
    reviewed = _view(db, agreement_id).goals
    assert [g.status for g in reviewed] == ["met", "met", "dropped"]
    assert [g.end_status for g in reviewed] == ["met", "met", "dropped"]  # unlisted: as they were
    assert reviewed[1].mid_status == "dropped"
    assert reviewed[1].end_reviewed_on == dt.date(2026, 6, 15)


def test_a_review_names_its_stage_and_needs_goals(db: Database, people: People) -> None:
    agreement_id = _create(db, people.french_pair, goals=())
    with pytest.raises(RuleViolationError) as caught, db.write() as session:
        goals.review_goals(session, agreement_id, "end", {})
    assert "no goals to review" in caught.value.message
    with pytest.raises(UnusableInputError) as caught, db.write() as session:
        goals.review_goals(session, agreement_id, "quarterly", {})
    assert caught.value.message == "A review is mid-year or end-of-year, not “quarterly”."


def test_rows_list_running_pairs_and_groups_with_their_state(db: Database, people: People) -> None:
    _create(db, people.french_pair, signed_on=dt.date(2025, 10, 3))
    with db.write() as session:
        service.create_agreement(
            session, AgreementDraft(goals=(GoalDraft("Meet monthly"),)), group_id=people.group
        )
        rows = agreement_rows(session, people.cycle.id)
    by_owner = {(r.kind, r.match_id or r.group_id): r for r in rows}
    assert set(by_owner) == {
        ("pair", people.french_pair),
        ("pair", people.mixed_pair),
        ("group", people.group),
    }  # the proposed pair has not started: not listed
    assert by_owner[("pair", people.french_pair)].state == "signed"
    assert by_owner[("pair", people.mixed_pair)].state == "none"
    group = by_owner[("group", people.group)]
    assert group.state == "drafted"
    assert [m.name for m in group.mentors] == ["Bo Chen"]
    assert [m.name for m in group.mentees] == ["Liam Park", "Mei Wong"]


def test_goal_counts_for_the_report(db: Database, people: People) -> None:
    agreement_id = _create(db, people.french_pair)
    ids = [g.id for g in _view(db, agreement_id).goals]
    with db.write() as session:
        goals.review_goals(session, agreement_id, "end", {ids[0]: "met", ids[2]: "dropped"})
        service.create_agreement(
            session, AgreementDraft(goals=(GoalDraft("Meet monthly"),)), group_id=people.group
        )
        counts = goal_counts(session, people.cycle.id)
    assert counts == {"met": 1, "in_progress": 2, "dropped": 1, "agreements": 2, "pairs_without": 1}


def _engagement(db_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    capsys.readouterr()
    code = main(["engagement", "--db", str(db_path), "--cycle", "2025-2026", "--as-of",
                 "2025-11-20", "--json"])  # fmt: skip
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    return {m["mentee"]: m for m in document["matches"]}


def test_the_agreed_frequency_is_the_pairs_cadence_in_engagement(
    db: Database, db_path: Path, people: People, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as session:
        from app.db.models import Meeting

        for match_id in (people.french_pair, people.mixed_pair):
            session.add(Meeting(match_id=match_id, held_on=dt.date(2025, 10, 20)))
    before = _engagement(db_path, capsys)
    assert before["zoe@med.example.org"]["status"] == "on_track"  # 31 days of 60
    assert before["zoe@med.example.org"]["cadence_days"] == 60
    _create(db, people.french_pair, meeting_every_days=21)
    db.dispose()  # the CLI opens the file itself
    after = _engagement(db_path, capsys)
    assert after["zoe@med.example.org"]["status"] == "overdue"  # 31 days of 21
    assert after["zoe@med.example.org"]["cadence_days"] == 21
    assert after["lea@med.example.org"]["status"] == "on_track"  # no agreement: the program's
    assert after["lea@med.example.org"]["cadence_days"] == 60
