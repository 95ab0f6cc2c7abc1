"""Program settings: what a change will do to existing data, said before saving; saving it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.db.engine import Database
from app.db.models import AuditEvent, Group, Match, Meeting, Program
from app.errors import UnusableInputError
from app.programs import service as programs
from app.programs.relations import GROUPS, PAIRS, relation_settings
from app.programs.setup import load_setup, preview_settings_change, save_program_setup
from app.roster.service import add_participant
from app.sentences import render

TODAY = dt.date(2026, 3, 1)


def _cascade(db: Database, pairs: int = 3) -> tuple[int, int]:
    """A cascading program with ``pairs`` live student mentor–youth pairs, met 10 days ago."""
    with db.write() as session:
        info = programs.ensure_program_cycle(session, "Kids", "2025-2026", model="cascading")
        for n in range(pairs):
            student = add_participant(
                session, info.id, "Student mentor", email=f"s{n}@x.org", first_name=f"S{n}"
            )
            youth = add_participant(
                session, info.id, "Youth", email=f"y{n}@x.org", first_name=f"Y{n}"
            )
            match = Match(
                cycle_id=info.id,
                mentor_id=student,
                mentee_id=youth,
                status="active",
                confirmed_at=dt.datetime(2025, 10, 1),
            )
            session.add(match)
            session.flush()
            session.add(Meeting(match_id=match.id, held_on=TODAY - dt.timedelta(days=10)))
        return info.program_id, info.id


def _with(db: Database, program_id: int, mentee_role: str, **changes: object):  # type: ignore[no-untyped-def]
    with db.read() as session:
        setup = load_setup(session, program_id)
    relations = tuple(
        replace(r, **changes) if r.mentee_role == mentee_role else r  # type: ignore[arg-type]
        for r in setup.relations
    )
    return replace(setup, relations=relations)


def test_a_shorter_cadence_says_how_many_pairs_become_overdue(db: Database) -> None:
    program_id, _ = _cascade(db)
    new = _with(db, program_id, "Youth", cadence_days=7)
    with db.read() as session:
        said = preview_settings_change(session, program_id, new, TODAY)
    assert said == [
        "With a contact every 7 days, 3 pairs of Student mentor → Youth become overdue."
    ]
    assert render(said[0], "fr") == (
        "Avec un contact tous les 7\u00a0jours, 3 paires de Student mentor → Youth "
        "deviennent en retard."
    )
    back = _with(db, program_id, "Youth", cadence_days=30)
    with db.read() as session:
        assert preview_settings_change(session, program_id, back, TODAY) == []


def test_pairs_switched_to_groups_and_capacity_changes_are_announced(db: Database) -> None:
    program_id, _ = _cascade(db, pairs=1)
    new = _with(db, program_id, "Youth", kind=GROUPS, group_size=(2, 4), default_capacity=3)
    with db.read() as session:
        said = preview_settings_change(session, program_id, new, TODAY)
    assert said[0].key == "programs.change.to_groups_one"
    assert "live pair stays a pair" in said[0]
    assert said[1] == (
        "The default capacity of Student mentor → Youth goes from 1 to 3 for people added from "
        "now on; the mentor already in the roster keeps their capacity."
    )


def test_groups_switched_to_pairs_count_live_groups(db: Database) -> None:
    program_id, cycle_id = _cascade(db, pairs=0)
    with db.write() as session:
        session.add(Group(cycle_id=cycle_id, name="G1", relation="Student mentor"))
        session.add(Group(cycle_id=cycle_id, name="G2", relation="Student mentor"))
    new = _with(db, program_id, "Student mentor", kind=PAIRS)
    with db.read() as session:
        said = preview_settings_change(session, program_id, new, TODAY)
    assert [s.key for s in said] == ["programs.change.to_pairs_many"]
    assert "2 live groups are kept" in said[0]


def test_saving_is_one_audited_change_and_readers_see_it(db: Database) -> None:
    program_id, _ = _cascade(db)
    new = replace(_with(db, program_id, "Youth", cadence_days=7), name="Kids 2")
    with db.write() as session:
        said = save_program_setup(session, program_id, new, TODAY)
    assert len(said) == 1
    with db.read() as session:
        program = session.get(Program, program_id)
        assert program is not None and program.name == "Kids 2"
        assert relation_settings(program.settings, "Youth").cadence_days == 7
        assert program.settings["cadence_days"] == 7  # letters' {cadence}
        event = session.query(AuditEvent).filter_by(action="update_program_settings").one()
        assert event.details == {"changed": ["name", "relation:Youth"]}


def test_the_ladder_is_locked_once_people_exist(db: Database) -> None:
    program_id, _ = _cascade(db, pairs=1)
    with db.read() as session:
        setup = load_setup(session, program_id)
    assert setup.ladder_locked
    shorter = replace(setup, ladder=setup.ladder[1:], relations=setup.relations[1:])
    with pytest.raises(UnusableInputError, match="cannot change once people"), db.read() as s:
        preview_settings_change(s, program_id, shorter)


def test_an_empty_program_changes_model_and_ladder(db: Database) -> None:
    with db.write() as session:
        program_id = programs.create_program(session, "Fresh", model="one-to-one")
    with db.read() as session:
        setup = load_setup(session, program_id)
    assert not setup.ladder_locked and setup.model == "one-to-one"
    faculty = replace(setup, ladder=("Faculty mentor", "Junior faculty")).with_model("faculty")
    with db.write() as session:
        assert save_program_setup(session, program_id, faculty) == []
    with db.read() as session:
        after = load_setup(session, program_id)
    assert after.model == "faculty" and after.flags["agreements"] is True
    assert after.ladder == ("Faculty mentor", "Junior faculty")
    mismatched = replace(after, ladder=("A", "B"))
    with pytest.raises(UnusableInputError, match="do not follow the roles"), db.read() as s:
        preview_settings_change(s, program_id, mismatched)
