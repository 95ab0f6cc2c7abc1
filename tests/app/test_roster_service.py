"""Participants: adding, returning people, listing, editing, history, bulk edit, deletion."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, Match, Meeting, Participant, Person
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.service import (
    add_participant,
    bulk_update,
    delete_person,
    get_participant_detail,
    list_participants,
    person_history,
    set_status,
    update_participant,
)
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


# -- editing, history, bulk changes, deletion ------------------------------------------


def _match(db: Database, cycle_id: int, mentor_id: int, mentee_id: int, **kw: object) -> int:
    with db.write() as session:
        match = Match(cycle_id=cycle_id, mentor_id=mentor_id, mentee_id=mentee_id, **kw)
        session.add(match)
        session.flush()
        return match.id


def test_update_cleans_values_like_the_importer(db: Database, cycle: CycleInfo) -> None:
    (pid,) = add_people(db, cycle, 1, [mentee("lea@example.org", "Léa", "Roy")])
    with db.write() as session:
        changed = update_participant(
            session,
            pid,
            first_name="  Léa  Marie ",
            email="Lea.Roy@Example.org",
            phone="416 555 0123",
            province="qc",
            languages="Français, anglais",
            interests="Neonatology; Research",
            capacity="2",
            notes="Prefers evenings",
            custom_fields={"T-shirt size": "M"},
        )
    assert sorted(changed) == sorted(
        ["first_name", "email", "phone", "province", "languages", "interests", "capacity",
         "notes", "custom_fields"]
    )  # fmt: skip
    with db.read() as session:
        detail = get_participant_detail(session, pid)
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        entity_id, details = event.entity_id, event.details
    assert detail.first_name == "Léa Marie"
    assert detail.email == "Lea.Roy@example.org"
    assert detail.phone == "(416) 555-0123"
    assert detail.province == "Quebec"
    assert detail.languages == ("French", "English")
    # Choice answers are stored as catalogue values and read back as labels.
    assert detail.interests == ("neonatology", "research")
    assert detail.answer_text("interests", "en") == "Neonatology; Research"
    assert detail.answer_text("interests", "fr") == "Néonatologie; Recherche"
    assert detail.capacity == 2
    assert detail.custom_fields == {"T-shirt size": "M"}
    # The audit trail names the fields, never their values.
    assert entity_id == pid and "Léa" not in str(details)
    assert "email" in details["fields"]


def test_update_refuses_bad_values_and_a_taken_email(db: Database, cycle: CycleInfo) -> None:
    a, _b = add_people(
        db, cycle, 1, [mentee("a@example.org", "Ana"), mentee("b@example.org", "Bea")]
    )
    with pytest.raises(UnusableInputError, match="Email: not a valid email"), db.write() as s:
        update_participant(s, a, email="ana@@example")
    with pytest.raises(UnusableInputError, match="Phone: not a"), db.write() as s:
        update_participant(s, a, phone="12")
    with pytest.raises(UnusableInputError, match="First name: a first name"), db.write() as s:
        update_participant(s, a, first_name="  ")
    taken = pytest.raises(UnusableInputError, match=r"Another person already uses B@ex")
    with taken, db.write() as s:
        update_participant(s, a, email="B@example.org", city="Laval")
    with db.read() as session:
        detail = get_participant_detail(session, a)
    assert (detail.email, detail.city) == ("a@example.org", "")  # nothing half-written
    with db.write() as s:  # the same address in another case is still this person's
        assert update_participant(s, a, email="A@example.org") == ["email"]


def test_role_changes_only_when_unmatched(db: Database, cycle: CycleInfo) -> None:
    (mentor_id,) = add_people(db, cycle, 0, [mentor("m@example.org", "Mo")])
    first, second = add_people(
        db, cycle, 1, [mentee("x@example.org", "Xi"), mentee("y@example.org", "Yu")]
    )
    _match(db, cycle.id, mentor_id, first)
    with pytest.raises(RuleViolationError, match="End or remove the match"), db.write() as s:
        update_participant(s, first, role=cycle.role_ladder[0])
    with pytest.raises(UnusableInputError, match="not a role"), db.write() as s:
        update_participant(s, second, role="Janitor")
    with db.write() as s:
        update_participant(s, second, role=cycle.role_ladder[0])
    with db.read() as session:
        assert get_participant_detail(session, second).role == cycle.role_ladder[0]


def test_adding_the_same_person_twice_in_a_role_is_refused(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 1, [mentee("x@example.org", "Xi")])
    with pytest.raises(UnusableInputError, match="already in this cycle"), db.write() as s:
        add_participant(s, cycle.id, cycle.role_ladder[1], email="X@example.org", first_name="X")


def test_detail_shows_history_across_cycles(db: Database, cycle: CycleInfo) -> None:
    (old_mentee,) = add_people(db, cycle, 1, [mentee("zoe@example.org", "Zoé", "Tremblay")])
    (old_mentor,) = add_people(db, cycle, 0, [mentor("amara@example.org", "Amara", "Okafor")])
    _match(db, cycle.id, old_mentor, old_mentee, status="ended")
    with db.write() as session:
        later = programs.create_cycle(session, cycle.program_id, "2026-2027")
        now = add_participant(
            session, later, cycle.role_ladder[0], email="zoe@example.org", first_name="Zoé"
        )
    with db.read() as session:
        detail = get_participant_detail(session, now)
        history = person_history(session, detail.person_id)
    assert detail.returning and detail.matches == ()
    (past,) = detail.history
    assert past.cycle_title == "Paediatrics Mentorship — 2025-2026"
    assert past.role == "Medical student"
    (summary,) = past.matches
    assert (summary.partner_name, summary.status, summary.as_mentor) == (
        "Amara Okafor",
        "ended",
        False,
    )
    assert [p.participant_id for p in history] == [now, old_mentee]


def test_bulk_update_changes_many_in_one_go(db: Database, cycle: CycleInfo) -> None:
    ids = add_people(db, cycle, 0, [mentor(f"m{i}@example.org", f"M{i}") for i in range(5)])
    with db.write() as session:
        assert bulk_update(session, ids[:3], capacity=3, stage="PGY-2") == 3
        assert bulk_update(session, ids[:3], capacity=3) == 0  # nothing left to change
    with pytest.raises(UnusableInputError, match="Capacity"), db.write() as session:
        bulk_update(session, ids, capacity=-1, status="withdrawn")
    with pytest.raises(UnusableInputError, match="at least one"), db.write() as session:
        bulk_update(session, ids)
    with pytest.raises(NotFoundError), db.write() as session:
        bulk_update(session, [*ids, 9999], status="withdrawn")
    with db.read() as session:
        rows = {r.id: r for r in list_participants(session, cycle.id)}
        audited = session.scalars(
            select(AuditEvent.entity_id).where(AuditEvent.action == "bulk_update")
        ).all()
    assert [rows[i].capacity for i in ids] == [3, 3, 3, 1, 1]
    assert [rows[i].stage for i in ids] == ["r2"] * 3 + [""] * 2  # "PGY-2" is the value R2
    assert all(rows[i].status == "active" for i in ids)  # the failed batches left nothing
    assert sorted(audited) == sorted(ids[:3])


def test_delete_person_removes_everything_and_leaves_no_trace(
    db: Database, db_path: Path, cycle: CycleInfo
) -> None:
    (gone,) = add_people(db, cycle, 1, [mentee("secret.person@example.org", "Secretname")])
    (partner,) = add_people(db, cycle, 0, [mentor("partner@example.org", "Partner")])
    match_id = _match(db, cycle.id, partner, gone, status="active")
    with db.write() as session:
        session.add(Meeting(match_id=match_id, held_on=dt.date(2025, 10, 1), notes="met"))
        later = programs.create_cycle(session, cycle.program_id, "2026-2027")
        add_participant(session, later, cycle.role_ladder[0], email="secret.person@example.org")
        person_id = session.scalar(select(Person.id).where(Person.first_name == "Secretname"))
    assert person_id is not None
    with pytest.raises(UnusableInputError, match="Say why"):
        delete_person(db, person_id, reason="  ")
    delete_person(db, person_id, reason="Asked to be forgotten")
    with pytest.raises(NotFoundError):
        delete_person(db, person_id, reason="again")
    with db.read() as session:
        assert session.get(Person, person_id) is None
        assert session.scalar(select(func.count()).select_from(Participant)) == 1
        assert session.scalar(select(func.count()).select_from(Match)) == 0
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "delete_person")
        ).one()
        entity_id, details = event.entity_id, event.details
    assert entity_id == person_id
    assert details["reason"] == "Asked to be forgotten"
    assert details["matches"] == [match_id] and details["meetings"] == 1
    assert len(details["participants"]) == 2
    assert "Secretname" not in str(details)
    db.dispose()
    for path in db_path.parent.glob(db_path.name + "*"):  # the file, its WAL and SHM
        assert b"Secretname" not in path.read_bytes(), path.name
        assert b"secret.person" not in path.read_bytes(), path.name
