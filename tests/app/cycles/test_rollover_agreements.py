"""A continued pair's or group's agreement goes on into the next cycle, through the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app.agreements.service import AgreementDraft, GoalDraft, create_agreement
from app.cli import main
from app.db.migrate import open_database
from app.db.models import Agreement, Cycle, Group, Match, Participant, group_member
from app.demo import DEMO_PROGRAM

SIGNED = dt.date(2025, 10, 2)


def _terms(cadence: int) -> AgreementDraft:
    return AgreementDraft(
        support=("research", "career_planning"),
        meeting_every_days=cadence,
        confidentiality="Only what we both agree to share leaves the room.",
        ending="Either of us may end it with a note to the coordinator.",
        notes="Meet at the clinic café.",
        signed_on=SIGNED,
        goals=(
            GoalDraft("Submit the abstract", dt.date(2026, 3, 1), "met"),
            GoalDraft("Learn ultrasound basics", dt.date(2026, 6, 1), "in_progress", "half done"),
            GoalDraft("Shadow night shifts", None, "dropped"),
        ),
    )


def _prepare(path: Path, label: str) -> tuple[int, int, int]:
    """Mark one pair and one group to continue, each with an agreement; one closed pair too."""
    database = open_database(path)
    try:
        with database.write() as session:
            cycle = session.scalar(select(Cycle).where(Cycle.label == label))
            assert cycle is not None
            pairs = session.scalars(
                select(Match)
                .where(Match.cycle_id == cycle.id, Match.status.in_(("active", "confirmed")))
                .order_by(Match.id)
            ).all()
            kept, closed = pairs[0], pairs[1]
            kept.next_cycle, closed.next_cycle = "continue", "close"
            closed.end_category = "cycle_ended"
            busy = {kept.mentor_id, kept.mentee_id, closed.mentor_id, closed.mentee_id}
            others = session.scalars(
                select(Participant.id)
                .where(Participant.cycle_id == cycle.id, Participant.id.not_in(busy))
                .order_by(Participant.id)
                .limit(3)
            ).all()
            group = Group(cycle_id=cycle.id, name="Tuesday circle", status="active",
                          next_cycle="continue")  # fmt: skip
            session.add(group)
            session.flush()
            session.execute(
                insert(group_member),
                [{"group_id": group.id, "participant_id": p, "is_mentor": n == 0}
                 for n, p in enumerate(others)],
            )  # fmt: skip
            for match in (kept, closed):
                existing = session.scalars(
                    select(Agreement).where(Agreement.match_id == match.id)
                ).first()
                if existing is not None:
                    session.delete(existing)
            existing = session.scalars(
                select(Agreement).where(Agreement.group_id == group.id)
            ).first()
            if existing is not None:
                session.delete(existing)
            session.flush()
            agreement = create_agreement(session, _terms(21), match_id=kept.id)
            create_agreement(session, _terms(45), group_id=group.id)
            create_agreement(session, _terms(90), match_id=closed.id)
            goal = session.get(Agreement, agreement).goals[1]
            goal.mid_status, goal.mid_reviewed_on = "in_progress", dt.date(2026, 1, 15)
            return kept.id, group.id, closed.id
    finally:
        database.dispose()


def test_cycle_new_carries_the_agreements_of_continued_pairs_and_groups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--json"]) == 0
    label = json.loads(capsys.readouterr().out)["cycle"]
    kept, group, closed = _prepare(path, label)
    code = main([
        "cycle", "new", "--db", str(path), "--program", DEMO_PROGRAM, "--label", "next",
        "--from", label, "--json",
    ])  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out.err
    document = json.loads(out.out)
    database = open_database(path)
    try:
        with database.read() as session:
            new = session.scalar(select(Cycle).where(Cycle.label == "next"))
            carried = session.scalars(
                select(Agreement).where(Agreement.cycle_id == new.id).order_by(Agreement.id)
            ).all()
            assert document["agreements_carried"] == len(carried) == 2
            assert "agreements" in document["copied"]
            new_pair = session.scalar(select(Match).where(Match.continued_from_id == kept))
            new_group = session.scalar(select(Group).where(Group.continued_from_id == group))
            assert session.scalar(select(Match).where(Match.continued_from_id == closed)) is None
            by_owner = {(a.match_id, a.group_id): a for a in carried}
            pair_terms = by_owner[(new_pair.id, None)]
            group_terms = by_owner[(None, new_group.id)]
            for terms, cadence in ((pair_terms, 21), (group_terms, 45)):
                assert terms.meeting_every_days == cadence
                assert terms.support == ["career_planning", "research"]
                assert terms.confidentiality.startswith("Only what we both agree")
                assert terms.ending.startswith("Either of us may end it")
                assert terms.notes == "Meet at the clinic café."
                assert terms.signed_on is None  # a new year is signed anew
                assert [(g.text, g.status, g.note) for g in terms.goals] == [
                    ("Learn ultrasound basics", "in_progress", "half done")
                ]
                goal = terms.goals[0]
                assert goal.target_on == dt.date(2026, 6, 1)
                assert (goal.mid_status, goal.mid_reviewed_on) == ("", None)
            # Last year's agreements stay as they were: signed, with all their goals.
            old = session.scalar(select(Agreement).where(Agreement.match_id == kept))
            assert old.signed_on == SIGNED and len(old.goals) == 3
            assert old.goals[1].mid_reviewed_on == dt.date(2026, 1, 15)
    finally:
        database.dispose()


def test_cycle_new_without_agreements_says_none_carried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--json"]) == 0
    label = json.loads(capsys.readouterr().out)["cycle"]
    database = open_database(path)
    try:
        with database.write() as session:
            for agreement in session.scalars(select(Agreement)).all():
                session.delete(agreement)
    finally:
        database.dispose()
    code = main(["cycle", "new", "--db", str(path), "--program", DEMO_PROGRAM,
                 "--label", "next", "--from", label, "--json"])  # fmt: skip
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert document["agreements_carried"] == 0 and "agreements" not in document["copied"]
