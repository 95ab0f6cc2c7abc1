"""Rolling a cycle over: decisions and defaults, people carried, pairs and groups continued,
closed pairs ended, the old cycle closed (and refusing writes) until reopened."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.cycles.decisions import Decision, live_relations, people_answers
from app.cycles.guard import ClosedCycleError
from app.cycles.rollover import create_next_cycle, reopen_cycle
from app.db.engine import Database
from app.db.models import (
    Cycle,
    Group,
    ImportRecord,
    Match,
    Meeting,
    Orientation,
    Participant,
    Survey,
    group_member,
)
from app.errors import UnusableInputError
from app.sentences import render
from tests.app.cycles.conftest import AS_OF, PROGRAM, Scenario


def _roll(db: Database, s: Scenario, **kwargs: object) -> dict[str, object]:
    decisions = {("pair", s.to_close): Decision("close", "moved", "Moved to Calgary")}
    with db.write() as session:
        result = create_next_cycle(
            session, PROGRAM, "2026-2027", "2025-2026", dt.date(2026, 9, 1), None,
            decisions=decisions, as_of=AS_OF, **kwargs,  # type: ignore[arg-type]
        )  # fmt: skip
        return result.to_json() | {"cycle_id": result.cycle_id}


def test_defaults_follow_the_last_contact_against_the_cadence(db: Database, scenario: Scenario):
    with db.read() as session:
        cycle = session.get(Cycle, scenario.cycle_id)
        found = {r.key: r.decision for r in live_relations(session, cycle, AS_OF)}
    assert found == {
        ("pair", scenario.on_track): "continue",
        ("pair", scenario.never_met): "rematch",
        ("pair", scenario.to_close): "rematch",  # met, but 200 days ago
        ("group", scenario.group): "continue",
    }


def test_rollover_carries_people_and_continues_pairs_and_groups(db: Database, scenario: Scenario):
    people = scenario.people
    answers = {people["jo"]: "returning", people["kim"]: "leaving", people["eli"]: "leaving"}
    result = _roll(db, scenario, answers=answers)
    assert result["pairs_continued"] == 1 and result["groups_continued"] == 1
    assert result["from"] == "2025-2026" and "settings" in result["copied"]
    assert "letter templates" in result["copied"] and "surveys" in result["copied"]
    with db.read() as session:
        new_id = int(result["cycle_id"])  # type: ignore[call-overload]
        carried = session.scalars(select(Participant).where(Participant.cycle_id == new_id)).all()
        emails = sorted(p.person.email.split("@")[0] for p in carried)
        # continued pair (ana, dee), group (gil, hal, ivy), returning jo, re-matched bo;
        # eli (re-matched but leaving), cy and fay (closed) and kim (leaving) stay behind.
        assert emails == ["ana", "bo", "dee", "gil", "hal", "ivy", "jo"]
        assert result["participants_carried"] == 7
        assert all(p.is_returning and p.status == "active" for p in carried)
        ana = next(p for p in carried if p.person.email.startswith("ana"))
        assert (ana.capacity, ana.institution, ana.interests) == (2, "McGill", ["oncology"])
        new_match = session.scalars(select(Match).where(Match.cycle_id == new_id)).one()
        assert new_match.continued_from_id == scenario.on_track
        assert new_match.status == "active"
        assert new_match.mentor.person.email.startswith("ana")
        # The contacts stay on the old pair: the history is kept there, linked.
        assert (
            session.scalar(select(Meeting.match_id).where(Meeting.match_id == new_match.id)) is None
        )
        group = session.scalars(select(Group).where(Group.cycle_id == new_id)).one()
        assert (group.continued_from_id, group.status) == (scenario.group, "active")
        members = session.execute(
            select(group_member.c.participant_id, group_member.c.is_mentor).where(
                group_member.c.group_id == group.id
            )
        ).all()
        mentors = {session.get(Participant, p).person.email[:3]: m for p, m in members}
        assert mentors == {"gil": True, "hal": False, "ivy": False}
        closed = session.get(Match, scenario.to_close)
        assert (closed.status, closed.end_category, closed.end_reason) == (
            "ended",
            "moved",
            "Moved to Calgary",
        )
        assert closed.next_cycle == "close" and closed.ended_at is not None
        old = session.get(Cycle, scenario.cycle_id)
        new = session.get(Cycle, new_id)
        copied = session.scalars(select(Survey.name).where(Survey.cycle_id == new_id)).all()
        assert copied == ["End of year"]
        assert old.status == "closed" and old.closed_at is not None
        assert new.previous_id == old.id and new.starts_on == dt.date(2026, 9, 1)


def test_a_leaving_person_in_a_continued_pair_is_refused(db: Database, scenario: Scenario):
    with pytest.raises(UnusableInputError) as refused:
        _roll(db, scenario, answers={scenario.people["dee"]: "leaving"})
    assert str(refused.value) == (
        "Dee is marked as leaving, but their pair or group continues in the next cycle: "
        "change one of the two."
    )
    with db.read() as session:  # nothing was written, the decisions neither
        assert session.scalar(select(Cycle).where(Cycle.label == "2026-2027")) is None
        assert session.get(Match, scenario.to_close).next_cycle == ""


def test_rematch_decision_carries_both_people_unmatched(db: Database, scenario: Scenario):
    with db.write() as session:
        result = create_next_cycle(
            session, PROGRAM, "2026-2027", "2025-2026",
            decisions={("pair", scenario.on_track): Decision("rematch"),
                       ("group", scenario.group): Decision("close")},
            as_of=AS_OF,
        )  # fmt: skip
        assert (result.pairs_continued, result.groups_continued) == (0, 0)
        assert session.scalars(select(Match).where(Match.cycle_id == result.cycle_id)).all() == []
        group = session.get(Group, scenario.group)
        assert (group.status, group.end_category) == ("ended", "cycle_ended")
    # ana, dee, bo, eli, cy, fay (all re-matched pairs); the group's people are not carried.
    assert result.participants_carried == 6 and result.rematched == 3 and result.closed == 1


def test_a_closed_cycle_refuses_writes_until_reopened(db: Database, scenario: Scenario):
    _roll(db, scenario)
    refusal = "Cycle 2025-2026 is closed; reopen it to change it."
    writes = [
        lambda s: setattr(s.get(Match, scenario.on_track), "status", "ended"),
        lambda s: s.add(Meeting(match_id=scenario.on_track, held_on=AS_OF)),
        lambda s: setattr(s.get(Participant, scenario.people["jo"]), "capacity", 3),
        lambda s: s.delete(s.get(Match, scenario.never_met)),
        lambda s: setattr(s.get(Cycle, scenario.cycle_id), "label", "renamed"),
        _clear_members(scenario.group),
        lambda s: s.add(Meeting(group_id=scenario.group, held_on=AS_OF)),
        lambda s: s.add(Orientation(participant_id=scenario.people["jo"], hours=2.0)),
        lambda s: setattr(s.scalars(select(Survey)).first(), "anonymous", True),
        lambda s: s.add(ImportRecord(cycle_id=scenario.cycle_id, file_name="x", file_sha256="0")),
    ]
    for write in writes:
        with pytest.raises(ClosedCycleError) as refused, db.write() as session:
            write(session)
        assert str(refused.value) == refusal
        assert refused.value.exit_code == 3
        assert render(refused.value.message, "fr") == (
            "Le cycle 2025-2026 est fermé\u00a0; rouvrez-le pour le modifier."
        )
    with db.write() as session:  # the new cycle is open and editable
        new = session.scalar(select(Cycle).where(Cycle.label == "2026-2027"))
        new.ends_on = dt.date(2027, 6, 1)
    with db.write() as session:
        assert reopen_cycle(session, PROGRAM, "2025-2026") == "2025-2026"
    with db.write() as session:
        session.get(Participant, scenario.people["jo"]).capacity = 3
    with db.read() as session:
        assert session.get(Participant, scenario.people["jo"]).capacity == 3
        assert session.get(Cycle, scenario.cycle_id).closed_at is None


def _clear_members(group_id: int):
    def clear(session: object) -> None:
        group = session.get(Group, group_id)  # type: ignore[attr-defined]
        group.members.clear()
        session.flush()  # type: ignore[attr-defined]

    return clear


def test_reopen_and_roll_twice_are_refused_with_a_sentence(db: Database, scenario: Scenario):
    not_closed = "is not closed; there is nothing to reopen"
    with pytest.raises(UnusableInputError, match=not_closed), db.write() as session:
        reopen_cycle(session, PROGRAM, "2025-2026")
    _roll(db, scenario)
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        create_next_cycle(session, PROGRAM, "2027-2028", "2025-2026")
    assert str(refused.value) == (
        "Cycle 2025-2026 is already closed: its next cycle was started; reopen it first to "
        "start another."
    )


def test_stored_answers_are_listed_for_the_screen(db: Database, scenario: Scenario):
    with db.write() as session:
        session.get(Participant, scenario.people["jo"]).next_cycle = "returning"
    with db.read() as session:
        answers = {a.email: a.answer for a in people_answers(session, scenario.cycle_id)}
    assert answers["jo@example.org"] == "returning" and answers["kim@example.org"] == ""
