"""A four-rung cascading program in a real database: a lead, residents, student mentors
(in groups) and the youth they mentor (in pairs)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.engine import Database
from app.db.models import Match
from app.grouping.service import propose_groups, save_groups
from app.programs.service import create_cycle, create_program
from app.roster.service import add_participant

LEAD, RESIDENT, STUDENT, YOUTH = "Program lead", "Resident mentor", "Student mentor", "Youth"


@dataclass
class Cascade:
    cycle_id: int
    lead: int
    residents: list[int]
    students: list[int]
    youth: list[int]


def build_cascade(db: Database, students: int = 10, french: int = 2) -> Cascade:
    with db.write() as session:
        program = create_program(session, "Cascade Youth Mentoring", model="cascading")
        cycle = create_cycle(session, program, "2026-2027")
        lead = add_participant(
            session, cycle, LEAD, "lead@example.org", first_name="Lena", last_name="Lead",
            capacity=10,
        )  # fmt: skip
        residents = [
            add_participant(
                session,
                cycle,
                RESIDENT,
                f"res{i}@example.org",
                first_name=f"Res{i}",
                last_name="Ident",
                custom_fields={"specialty": "Surgery" if i % 2 else "Paeds"},
            )
            for i in range(4)
        ]
        pupils = [
            add_participant(
                session,
                cycle,
                STUDENT,
                f"stu{i:02d}@example.org",
                first_name=f"Stu{i}",
                last_name="Dent",
                languages=["English", "French"] if i < french else ["English"],
                interests=["sport" if i % 2 else "music"],
                city="Montreal",
            )
            for i in range(students)
        ]
        youth = [
            add_participant(
                session,
                cycle,
                YOUTH,
                f"kid{i:02d}@example.org",
                first_name=f"Kid{i}",
                last_name="Young",
            )
            for i in range(students)
        ]
        for resident in residents:
            session.add(Match(cycle_id=cycle, mentor_id=lead, mentee_id=resident, status="active"))
        for student, kid in zip(pupils, youth, strict=True):
            session.add(Match(cycle_id=cycle, mentor_id=student, mentee_id=kid, status="confirmed"))
    return Cascade(cycle, lead, residents, pupils, youth)


def form_groups(db: Database, cascade: Cascade) -> None:
    with db.write() as session:
        save_groups(session, propose_groups(session, cascade.cycle_id, STUDENT))
