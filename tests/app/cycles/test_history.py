"""After a roll-over a person's history shows each cycle's role, partners, groups, status
and how it ended; a continued pair's timeline still holds last cycle's contacts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.cycles.decisions import Decision
from app.cycles.rollover import create_next_cycle
from app.db.engine import Database
from app.db.models import Match, Participant, Person
from app.meetings.timeline import match_timeline
from app.roster.detail import get_participant_detail
from tests.app.cycles.conftest import AS_OF, PROGRAM, Scenario


def _roll(db: Database, s: Scenario) -> int:
    decisions = {("pair", s.to_close): Decision("close", "moved", "Moved to Calgary")}
    answers = {s.people["fay"]: "returning"}
    with db.write() as session:
        result = create_next_cycle(
            session, PROGRAM, "2026-2027", "2025-2026",
            decisions=decisions, answers=answers, as_of=AS_OF,
        )  # fmt: skip
        return result.cycle_id


def _carried(db: Database, cycle_id: int, name: str) -> int:
    with db.read() as session:
        return session.scalars(
            select(Participant.id)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.cycle_id == cycle_id, Person.email == f"{name}@example.org")
        ).one()


def test_history_lists_each_cycle_with_partners_groups_and_endings(
    db: Database, scenario: Scenario
):
    new_id = _roll(db, scenario)
    with db.read() as session:
        ana = get_participant_detail(session, _carried(db, new_id, "ana"))
        assert [m.continued for m in ana.matches] == [True]
        assert [(p.cycle_label, p.role) for p in ana.history] == [("2025-2026", "Resident mentor")]
        assert ana.history[0].matches[0].partner_name == "Dee"
        fay = get_participant_detail(session, _carried(db, new_id, "fay"))
        (past,) = fay.history
        ended = past.matches[0]
        assert (ended.partner_name, ended.status, ended.end_category, ended.end_reason) == (
            "Cy",
            "ended",
            "moved",
            "Moved to Calgary",
        )
        hal = get_participant_detail(session, _carried(db, new_id, "hal"))
        assert [(g.name, g.as_mentor, g.continued) for g in hal.groups] == [
            ("Group A", False, True)
        ]
        assert [(g.name, g.continued) for g in hal.history[0].groups] == [("Group A", False)]


def test_a_continued_pairs_timeline_keeps_last_cycles_contacts(db: Database, scenario: Scenario):
    new_id = _roll(db, scenario)
    with db.read() as session:
        new_match = session.scalars(select(Match.id).where(Match.cycle_id == new_id)).one()
        contacts = [e for e in match_timeline(session, new_match) if e.kind == "contact"]
    assert [e.on for e in contacts] == [AS_OF.replace(month=4, day=11)]


def test_a_continued_pair_is_on_track_by_last_cycles_contact(db: Database, scenario: Scenario):
    from app.meetings.engagement import engagement

    new_id = _roll(db, scenario)
    with db.write() as session:  # continued on the first of April
        match = session.scalars(select(Match).where(Match.cycle_id == new_id)).one()
        match.confirmed_at = dt.datetime(2026, 4, 1)
    with db.read() as session:
        (pair,) = engagement(session, new_id, as_of=AS_OF).matches
    assert (pair.status, pair.last_contact, pair.contacts) == (
        "on_track",
        AS_OF.replace(month=4, day=11),
        1,
    )
