"""A small program whose first cycle has pairs that met, never met, one to close, a group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import insert

from app.db.engine import Database
from app.db.models import Group, LetterTemplate, Match, Meeting, Survey, group_member
from app.programs import service as programs
from app.roster.service import add_participant

PROGRAM = "Paediatrics Mentorship"
AS_OF = dt.date(2026, 5, 1)


@dataclass
class Scenario:
    cycle_id: int
    on_track: int  # active pair with a contact last month
    never_met: int  # confirmed pair without a contact
    to_close: int  # active pair that met long ago
    group: int
    people: dict[str, int]  # email → participant id


@pytest.fixture
def scenario(db: Database) -> Scenario:
    with db.write() as session:
        info = programs.ensure_program_cycle(session, PROGRAM, "2025-2026")
        mentor, mentee = info.role_ladder
        people: dict[str, int] = {}
        for name in ("ana", "bo", "cy", "gil"):
            people[name] = add_participant(
                session, info.id, mentor, f"{name}@example.org", first_name=name.title(),
                institution="McGill", capacity=2, interests=["oncology"],
            )  # fmt: skip
        for name in ("dee", "eli", "fay", "hal", "ivy", "jo", "kim"):
            people[name] = add_participant(
                session, info.id, mentee, f"{name}@example.org", first_name=name.title(),
                stage="y2", interests=["oncology", "research"], city="Montréal",
            )  # fmt: skip
        pairs = {}
        for key, (a, b, status) in {
            "on_track": ("ana", "dee", "active"),
            "never_met": ("bo", "eli", "confirmed"),
            "to_close": ("cy", "fay", "active"),
        }.items():
            match = Match(cycle_id=info.id, mentor_id=people[a], mentee_id=people[b],
                          status=status, origin="manual")  # fmt: skip
            session.add(match)
            session.flush()
            pairs[key] = match.id
        session.add(Meeting(match_id=pairs["on_track"], held_on=AS_OF - dt.timedelta(days=20)))
        session.add(Meeting(match_id=pairs["to_close"], held_on=AS_OF - dt.timedelta(days=200)))
        group = Group(cycle_id=info.id, name="Group A", relation=mentee, status="active")
        session.add(group)
        session.flush()
        session.execute(
            insert(group_member),
            [
                {"group_id": group.id, "participant_id": people["gil"], "is_mentor": True},
                {"group_id": group.id, "participant_id": people["hal"], "is_mentor": False},
                {"group_id": group.id, "participant_id": people["ivy"], "is_mentor": False},
            ],
        )
        session.add(Meeting(group_id=group.id, held_on=AS_OF - dt.timedelta(days=10)))
        session.add(LetterTemplate(program_id=info.program_id, language="en", version=1))
        session.add(Survey(cycle_id=info.id, name="End of year", moment="end"))
        return Scenario(info.id, pairs["on_track"], pairs["never_met"], pairs["to_close"],
                        group.id, people)  # fmt: skip
