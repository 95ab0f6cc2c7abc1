"""The window's first paint: the cycles and the first roster page, read with plain sqlite3.

Importing SQLAlchemy and the models takes most of a start; the first screen does not need
them. So the window is first drawn from this read (through ``app.db.engine.plain_reader``,
on a database that has passed the opening checks), shown, and only then loads the rest
through the services. The rows are exactly what ``roster.service.list_participants`` gives
for the same people, in the same order (a test compares them), with the program's answer
catalogue to label them; what the services add after (eligibility, sensitive answers)
follows with the full load.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.catalogue.model import Catalogue
from app.db.engine import Database, plain_reader
from app.programs.cycle_info import CycleInfo
from app.roster.row import ParticipantRow, row_from_columns

FIRST_PAGE_ROWS = 200
"""Rows read for the first paint: more than a maximised window shows."""

# app.db.models.LIVE_MATCH_STATUSES, spelled out so this read needs no models (a test checks).
LIVE_MATCH_STATUSES = ("proposed", "confirmed", "notified", "active")
# app.catalogue.edits.SETTINGS_KEY and app.eligibility.rules.SETTINGS_KEY: where a program
# keeps its catalogue edits and its eligibility rules.
CATALOGUE_KEY = "catalogue"
ELIGIBILITY_KEY = "eligibility"

_ORIENTATION = """
SELECT EXISTS (SELECT 1 FROM orientation AS o JOIN participant AS pa ON pa.id = o.participant_id
    WHERE pa.cycle_id = ?)
"""

_CYCLES = """
SELECT c.id, c.program_id, p.name, c.label, c.starts_on, c.ends_on, c.status, p.role_ladder
FROM cycle AS c JOIN program AS p ON p.id = c.program_id
ORDER BY p.name, c.starts_on, c.id
"""

_MATCHED = f"""EXISTS (SELECT 1 FROM match AS m
    WHERE m.status IN ({", ".join("?" * len(LIVE_MATCH_STATUSES))})
    AND (m.mentor_id = pa.id OR m.mentee_id = pa.id))"""

# The columns and order of roster.service.list_participants. Whether someone is matched is
# asked for the page's rows only: SQLite computes the columns before it sorts, and asking
# for the whole cycle took most of this read on a large roster.
_ROWS = f"""
SELECT pa.id, pa.person_id, pe.first_name, pe.last_name, pe.preferred_name, pe.email,
    pe.phone, pa.role, pa.institution, pa.stage, pe.city, pe.province, pe.languages,
    pa.interests, pa.capacity, pa.status, pa.is_returning, {_MATCHED}, pe.preferred_language,
    pe.language_source
FROM (SELECT pa.id FROM participant AS pa JOIN person AS pe ON pe.id = pa.person_id
      WHERE pa.cycle_id = ? ORDER BY pe.last_name, pe.first_name, pa.id LIMIT ?) AS page
JOIN participant AS pa ON pa.id = page.id JOIN person AS pe ON pe.id = pa.person_id
ORDER BY pe.last_name, pe.first_name, pa.id
"""

# The people in a live match, listed once rather than looked for participant by participant.
_LIVE = ", ".join("?" * len(LIVE_MATCH_STATUSES))
_COUNTS = f"""
SELECT count(*), coalesce(sum(status = 'withdrawn'), 0),
    coalesce(sum(status = 'active' AND id NOT IN (
        SELECT mentor_id FROM match WHERE status IN ({_LIVE}) AND mentor_id IS NOT NULL
        UNION SELECT mentee_id FROM match WHERE status IN ({_LIVE}) AND mentee_id IS NOT NULL
    )), 0)
FROM participant WHERE cycle_id = ?
"""


@dataclass(frozen=True)
class FirstPage:
    """What the window shows before the services load."""

    cycles: list[CycleInfo]
    cycle: CycleInfo | None  # the cycle shown: the one asked for, else the last
    rows: list[ParticipantRow]  # its first roster rows, in the service's order
    total: int  # everyone in the cycle
    withdrawn: int
    unmatched: int  # active and in no live match
    catalogue: Catalogue | None  # the program's answers, to label the rows
    # Whether eligibility may have something to say (the program has rules, or someone in
    # the cycle has an orientation record): the roster then offers its eligibility filter.
    eligibility_shown: bool = False


def read_first_page(
    path: Path, wanted_cycle: int | None, limit: int = FIRST_PAGE_ROWS
) -> FirstPage:
    """The cycles, and the first ``limit`` roster rows of ``wanted_cycle`` (or of the last
    cycle, as the window's picker chooses when the wanted one is gone)."""
    conn = plain_reader(path)
    try:
        cycles = [_cycle(r) for r in conn.execute(_CYCLES)]
        cycle = next((c for c in cycles if c.id == wanted_cycle), cycles[-1] if cycles else None)
        if cycle is None:
            return FirstPage(cycles, None, [], 0, 0, 0, None)
        rows = _rows(conn, cycle, limit)
        total, withdrawn, unmatched = conn.execute(
            _COUNTS, (*LIVE_MATCH_STATUSES, *LIVE_MATCH_STATUSES, cycle.id)
        ).fetchone()
        (text,) = conn.execute(
            "SELECT settings FROM program WHERE id = ?", (cycle.program_id,)
        ).fetchone()
        (oriented,) = conn.execute(_ORIENTATION, (cycle.id,)).fetchone()
    finally:
        conn.close()
    settings = _json(text) or {}
    # As app.catalogue.load_catalogue builds it.
    catalogue = Catalogue.build(settings.get(CATALOGUE_KEY))
    eligibility = bool(settings.get(ELIGIBILITY_KEY)) or bool(oriented)
    return FirstPage(cycles, cycle, rows, total, withdrawn, unmatched, catalogue, eligibility)


def full_load_steps(database: Database) -> list[Callable[[], object]]:
    """The full load's imports and the engine, as small steps in order: the window runs one
    per turn of its event loop, on its own thread, so it answers between them and no
    import ever runs on two threads at once (which can deadlock)."""
    steps: list[Callable[[], object]] = [
        functools.partial(importlib.import_module, name) for name in FULL_LOAD_MODULES
    ]
    steps.append(lambda: database.engine)  # made now, not by the first session
    return steps


# Dependencies first, so each step imports a slice rather than all of them at once.
FULL_LOAD_MODULES = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "app.db.models",
    "app.programs.service",
    "app.roster.service",
    "app.eligibility.checking",
    "app.programs.sensitive",
    "app.catalogue.edits",
)


def _json(text: str | None) -> Any:
    return json.loads(text) if text else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _cycle(r: tuple[Any, ...]) -> CycleInfo:
    return CycleInfo(
        id=r[0],
        program_id=r[1],
        program_name=r[2],
        label=r[3],
        starts_on=_date(r[4]),
        ends_on=_date(r[5]),
        status=r[6],
        role_ladder=tuple(_json(r[7]) or ()),
    )


def _rows(conn: sqlite3.Connection, cycle: CycleInfo, limit: int) -> list[ParticipantRow]:
    ladder = cycle.role_ladder
    bottom = ladder[-1] if len(ladder) > 1 else None
    found = conn.execute(_ROWS, (*LIVE_MATCH_STATUSES, cycle.id, limit))
    return [row_from_columns(r, bottom, _json) for r in found]
