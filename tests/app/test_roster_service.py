"""Participants: adding, returning people, listing for the table, withdrawing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, Person
from app.errors import UnusableInputError
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.service import add_participant, list_participants, set_status
from tests.factories import add_people, mentee, mentor


def test_same_email_in_a_later_cycle_is_a_returning_person(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor("Zoe.Lefebvre@Example.org", "Zoé", "Lefèbvre")])
    with db.write() as session:
        later = programs.create_cycle(session, cycle.program_id, "2026-2027")
        add_participant(
            session, later, "Resident mentor", email="zoe.lefebvre@example.org", first_name="Zoé"
        )
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1
        rows = list_participants(session, later)
    assert [(r.name, r.returning) for r in rows] == [("Zoé Lefèbvre", True)]


def test_listing_shows_matched_and_fields(db: Database, cycle: CycleInfo) -> None:
    add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "a@example.org",
                "Amara",
                "Okafor",
                city="Toronto",
                languages=["English", "French"],
                capacity=2,
            )
        ],
    )
    add_people(db, cycle, 1, [mentee("b@example.org", "Wei", "Chen", interests=["Research"])])
    with db.read() as session:
        rows = {r.email: r for r in list_participants(session, cycle.id)}
    assert rows["a@example.org"].languages == ("English", "French")
    assert rows["a@example.org"].capacity == 2
    assert rows["b@example.org"].role == "Medical student"
    assert rows["b@example.org"].interests == ("Research",)
    assert not rows["b@example.org"].matched


def test_withdraw_and_reactivate_are_audited(db: Database, cycle: CycleInfo) -> None:
    (pid,) = add_people(db, cycle, 1, [mentee("c@example.org", "Léa")])
    with db.write() as session:
        set_status(session, pid, "withdrawn")
    with db.read() as session:
        assert list_participants(session, cycle.id)[0].status == "withdrawn"
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "set_status:withdrawn" in actions
    with pytest.raises(UnusableInputError), db.write() as session:
        set_status(session, pid, "deleted")


def test_a_participant_needs_an_email_and_a_name(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(UnusableInputError, match="email"), db.write() as session:
        add_participant(session, cycle.id, "Medical student", email="nobody", first_name="X")
    with pytest.raises(UnusableInputError, match="first name"), db.write() as session:
        add_participant(session, cycle.id, "Medical student", email="x@example.org")
