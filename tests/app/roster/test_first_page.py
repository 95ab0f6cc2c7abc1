"""The first paint's plain read gives exactly what the services give for the same people."""

from __future__ import annotations

from app.catalogue import edits, load_catalogue, rename_value
from app.cycles import guard
from app.db import models
from app.db.engine import Database
from app.demo import create_demo
from app.eligibility import rules
from app.programs import cycle_info
from app.programs.service import CycleInfo, list_cycles
from app.roster import first_page
from app.roster.first_page import read_first_page
from app.roster.row import ParticipantRow
from app.roster.service import list_participants, set_status


def answers_of(row: ParticipantRow, field: str) -> tuple[str, ...]:
    value = getattr(row, field)
    return tuple(value) if isinstance(value, tuple) else (value,)


def test_first_rows_counts_and_cycles_match_the_services(db: Database) -> None:
    with db.write() as session:
        demo = create_demo(session)
    with db.read() as session:
        everyone = list_participants(session, demo.id)
        withdrawn_id = next(r.id for r in everyone if not r.matched)
    with db.write() as session:
        set_status(session, withdrawn_id, "withdrawn")
        rename_value(session, demo.program_id, "stage", "ms3", "Third year", "Troisième année")
    with db.read() as session:
        everyone = list_participants(session, demo.id)
        cycles = list_cycles(session)
    assert any(r.matched for r in everyone) and any(not r.matched for r in everyone)

    first = read_first_page(db.path, demo.id, limit=7)

    assert first.cycles == cycles
    assert first.cycle == demo
    assert first.rows == everyone[:7]
    assert first.total == len(everyone)
    assert first.withdrawn == 1
    assert first.unmatched == sum(r.status == "active" and not r.matched for r in everyone)
    assert first.catalogue is not None
    with db.read() as session:
        catalogue = load_catalogue(session, demo.program_id)
    for field in ("stage", "interests", "languages", "province"):
        answers = sorted({a for r in everyone for a in answers_of(r, field)})
        for lang in ("en", "fr"):
            labels = [first.catalogue.label(field, a, lang) for a in answers]
            assert labels == [catalogue.label(field, a, lang) for a in answers]
    assert first.catalogue.label("stage", "ms3", "fr") == "Troisième année"


def test_a_cycle_that_is_gone_shows_the_last_one_as_the_picker_does(
    db: Database, cycle: CycleInfo
) -> None:
    first = read_first_page(db.path, cycle.id + 99)
    assert first.cycle == cycle
    assert (first.rows, first.total, first.withdrawn, first.unmatched) == ([], 0, 0, 0)


def test_an_empty_database_has_no_cycle(db: Database) -> None:
    first = read_first_page(db.path, None)
    assert (first.cycles, first.cycle, first.rows) == ([], None, [])


def test_the_constants_spelled_out_for_the_plain_read_are_the_models_own() -> None:
    assert first_page.LIVE_MATCH_STATUSES == models.LIVE_MATCH_STATUSES
    assert cycle_info.CLOSED == guard.CLOSED
    assert first_page.CATALOGUE_KEY == edits.SETTINGS_KEY
    assert first_page.ELIGIBILITY_KEY == rules.SETTINGS_KEY
