"""A cycle with two confirmed pairs (one French-speaking, one mixed) and one group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from app.db.engine import Database
from app.db.models import Group, Match, Participant, Program, group_member
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor

MADE_ON = dt.date(2025, 10, 1)


@dataclass(frozen=True)
class People:
    cycle: CycleInfo
    french_pair: int  # Amélie Gagné (fr) mentors Zoé Tremblay (fr)
    mixed_pair: int  # Bo Chen (en) mentors Léa Roy (fr)
    proposed_pair: int  # only proposed: no agreement expected
    group: int  # Bo Chen with Liam and Mei


def _match(db: Database, cycle_id: int, mentor_id: int, mentee_id: int, status: str) -> int:
    made = dt.datetime.combine(MADE_ON, dt.time(9))
    with db.write() as session:
        match = Match(
            cycle_id=cycle_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            status=status,
            created_at=made,
            confirmed_at=made if status != "proposed" else None,
        )
        session.add(match)
        session.flush()
        return match.id


def make_people(db: Database, cycle: CycleInfo) -> People:
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.contact_name = "Dr Hélène Morin"
        program.organisation = "Société canadienne de pédiatrie"
        program.settings = {**program.settings, "cadence_days": 60}
    mentors = add_people(
        db,
        cycle,
        0,
        [
            mentor("amelie@res.example.org", "Amélie", "Gagné", preferred_language="fr"),
            mentor("bo@res.example.org", "Bo", "Chen", capacity=4),
        ],
    )
    mentees = add_people(
        db,
        cycle,
        1,
        [
            mentee("zoe@med.example.org", "Zoé", "Tremblay", preferred_language="fr"),
            mentee("lea@med.example.org", "Léa", "Roy", preferred_language="fr"),
            mentee("sam@med.example.org", "Sam", "Hill"),
            mentee("liam@med.example.org", "Liam", "Park"),
            mentee("mei@med.example.org", "Mei", "Wong"),
        ],
    )
    french = _match(db, cycle.id, mentors[0], mentees[0], "confirmed")
    mixed = _match(db, cycle.id, mentors[1], mentees[1], "active")
    proposed = _match(db, cycle.id, mentors[0], mentees[2], "proposed")
    with db.write() as session:
        group = Group(cycle_id=cycle.id, name="Tuesday circle", status="active")
        session.add(group)
        session.flush()
        for participant_id, is_mentor in (
            (mentors[1], True),
            (mentees[3], False),
            (mentees[4], False),
        ):
            assert session.get(Participant, participant_id) is not None
            session.execute(
                group_member.insert().values(
                    group_id=group.id, participant_id=participant_id, is_mentor=is_mentor
                )
            )
        group_id = group.id
    return People(cycle, french, mixed, proposed, group_id)


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> People:
    return make_people(db, cycle)
