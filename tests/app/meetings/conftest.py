"""Fixtures: a cycle with three confirmed pairs made on a known day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from app.db.engine import Database
from app.db.models import Match
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor

MADE_ON = dt.date(2025, 10, 1)


@dataclass(frozen=True)
class Pairs:
    cycle: CycleInfo
    ids: list[int]  # match ids: ana→zoe, bo→liam, ana→mei


def make_match(
    db: Database, cycle_id: int, mentor_id: int, mentee_id: int, **values: object
) -> int:
    made = dt.datetime.combine(MADE_ON, dt.time(9))
    with db.write() as session:
        match = Match(
            cycle_id=cycle_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            status="confirmed",
            created_at=made,
            confirmed_at=made,
            **values,
        )
        session.add(match)
        session.flush()
        return match.id


def make_pairs(db: Database, cycle: CycleInfo) -> Pairs:
    """Ana mentors Zoé and Mei, Bo mentors Liam: three confirmed matches."""
    mentors = add_people(
        db,
        cycle,
        0,
        [
            mentor("ana@res.example.org", "Ana", "Gagné", capacity=2),
            mentor("bo@res.example.org", "Bo", "Chen"),
        ],
    )
    mentees = add_people(
        db,
        cycle,
        1,
        [
            mentee("zoe@med.example.org", "Zoé", "Tremblay"),
            mentee("liam@med.example.org", "Liam", "Roy"),
            mentee("mei@med.example.org", "Mei", "Wong"),
        ],
    )
    ids = [
        make_match(db, cycle.id, mentors[0], mentees[0]),
        make_match(db, cycle.id, mentors[1], mentees[1]),
        make_match(db, cycle.id, mentors[0], mentees[2]),
    ]
    return Pairs(cycle, ids)


@pytest.fixture
def pairs(db: Database, cycle: CycleInfo) -> Pairs:
    return make_pairs(db, cycle)
