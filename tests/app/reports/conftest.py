"""A hand-built cycle whose every report figure is known (see ``Figures``).

Ana (2 places) mentors Zoé (confirmed) and Mei (active); Bo mentors Liam (ended, moved
away, 106 days); Noah is active and unmatched while Bo still has a place; Eve withdrew.
Zoé's pair met by video and Liam's by phone with the coordinator; one group of the cycle
met in person. Zoé's agreement has a goal met and one in progress; Zoé had orientation.
Three people answered the end-of-year survey's yes/no question: Zoé and Mei yes, Bo no.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from app.db.engine import Database
from app.db.models import (
    Agreement,
    AgreementGoal,
    Cycle,
    Group,
    Match,
    Meeting,
    Orientation,
    Participant,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from app.programs.service import CycleInfo
from app.surveys.scales import scale_choices
from tests.factories import add_people, mentee, mentor

AS_OF = dt.date(2025, 12, 1)
STARTS, ENDS = dt.date(2025, 9, 1), dt.date(2026, 6, 30)


@dataclass(frozen=True)
class Program:
    cycle: CycleInfo
    people: dict[str, int]


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9))


def build_program(db: Database, cycle: CycleInfo) -> Program:
    ids = dict(
        zip(
            ["ana", "bo"],
            add_people(
                db,
                cycle,
                0,
                [mentor("ana@r.example.org", "Ana", capacity=2), mentor("bo@r.example.org", "Bo")],
            ),
            strict=True,
        )
    )
    names = ["zoe", "liam", "mei", "noah", "eve"]
    mentees = [mentee(f"{n}@m.example.org", n.title()) for n in names]
    ids |= dict(zip(names, add_people(db, cycle, 1, mentees), strict=True))
    signed = {"zoe": dt.date(2025, 9, 1), "liam": dt.date(2025, 9, 11), "mei": dt.date(2025, 9, 21)}
    with db.write() as session:
        row = session.get(Cycle, cycle.id)
        assert row is not None
        row.starts_on, row.ends_on = STARTS, ENDS
        for name, day in signed.items():
            person = session.get(Participant, ids[name])
            assert person is not None
            person.created_at = _at(day)
        eve = session.get(Participant, ids["eve"])
        assert eve is not None
        eve.status = "withdrawn"
        made = _at(dt.date(2025, 10, 1))
        pairs = {}
        for key, (a, b, status) in {
            "zoe": ("ana", "zoe", "confirmed"),
            "liam": ("bo", "liam", "ended"),
            "mei": ("ana", "mei", "active"),
        }.items():
            match = Match(
                cycle_id=cycle.id,
                mentor_id=ids[a],
                mentee_id=ids[b],
                status=status,
                created_at=made,
                confirmed_at=made,
            )
            if status == "ended":
                match.ended_at, match.end_category = _at(dt.date(2026, 1, 15)), "moved"
            session.add(match)
            session.flush()
            pairs[key] = match.id
        group = Group(
            cycle_id=cycle.id,
            name="Tuesday circle",
            relation=cycle.role_ladder[1],
            status="active",
            created_at=made,
        )
        session.add(group)
        session.flush()
        session.add_all(
            [
                Meeting(match_id=pairs["zoe"], held_on=dt.date(2025, 11, 1), mode="video"),
                Meeting(
                    match_id=pairs["liam"],
                    held_on=dt.date(2025, 11, 15),
                    mode="phone",
                    initiated_by="coordinator",
                ),
                Meeting(group_id=group.id, held_on=dt.date(2025, 11, 20), mode="in_person"),
            ]
        )
        agreement = Agreement(cycle_id=cycle.id, match_id=pairs["zoe"])
        agreement.goals = [
            AgreementGoal(position=0, text="Write a personal statement", status="met"),
            AgreementGoal(position=1, text="Shadow a clinic", status="in_progress"),
        ]
        session.add(agreement)
        session.add(Orientation(participant_id=ids["zoe"], held_on=dt.date(2025, 9, 5)))
        survey = Survey(cycle_id=cycle.id, name="End of year", moment="end", audience={})
        survey.questions = [
            SurveyQuestion(
                position=0,
                text="Was the program a positive experience?",
                text_fr="Le programme a-t-il été une expérience positive?",
                kind="yes_no",
                choices=scale_choices("yes_no"),
            )
        ]
        session.add(survey)
        session.flush()
        question = survey.questions[0].id
        for name, answer in (("zoe", "yes"), ("mei", "yes"), ("bo", "no")):
            person = session.get(Participant, ids[name])
            assert person is not None
            response = SurveyResponse(
                survey_id=survey.id, participant_id=ids[name], role=person.role
            )
            session.add(response)
            session.flush()
            session.add(SurveyAnswer(response_id=response.id, question_id=question, value=[answer]))
    return Program(cycle, ids)


@pytest.fixture
def program(db: Database, cycle: CycleInfo) -> Program:
    return build_program(db, cycle)
