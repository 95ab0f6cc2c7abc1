"""SIGKILL during a write leaves the database sound and the action all-or-nothing.

Each trial copies a prepared database, starts one action in a child process (an import
of a large roster, a matching run saved with --apply, a letter batch), kills the child
with SIGKILL after a random delay within the action's own duration, then checks
``integrity_check`` and that the action's rows are either all there or none. Children are
forked from a preloaded fork server, so a trial costs the action itself, not Python's
start-up; the whole module stays well under a minute.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.db.migrate import open_database
from app.programs import service as programs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork servers are POSIX"),
]

TRIALS_PER_ACTION = 12
ROSTER_ROWS = 200
SEED = int(os.environ.get("MENTORDESK_KILL_SEED", "0")) or random.randrange(1 << 30)
HEADERS = [
    "First name",
    "Last name",
    "Email Address",
    "City",
    "Province",
    "Languages spoken",
    "Areas of interest",
    "Local or anywhere",
]
INTERESTS = ["Neonatology", "Oncology", "Research", "Cardiology", "Global health"]


# -- actions run in the child process (module level so the fork server can find them) -----
def _set(ready: Any) -> None:
    """Tell the parent that the database is open and the action's writes begin."""
    if ready is not None:
        ready.set()


def import_action(ready: Any, db_path: str, cycle_id: int, role: str, csv_path: str) -> None:
    from app.roster.importer import import_roster

    db = open_database(Path(db_path))
    _set(ready)
    with db.write() as session:
        import_roster(session, cycle_id, role, Path(csv_path))
    db.dispose()


def match_action(ready: Any, db_path: str, cycle_id: int, confirm: bool) -> None:
    from app.matching import service as matching
    from app.matching.proposal import propose_matches

    db = open_database(Path(db_path))
    _set(ready)
    with db.write() as session:
        proposal = propose_matches(session, cycle_id)
        matching.apply_proposal(session, cycle_id, proposal, confirm=confirm)
    db.dispose()


def letters_action(ready: Any, db_path: str, cycle_id: int, out_dir: str) -> None:
    from app.letters.service import generate_letters

    db = open_database(Path(db_path))
    _set(ready)
    with db.write() as session:
        generate_letters(
            session, cycle_id, Path(out_dir) / "letters.pdf", per_letter_dir=Path(out_dir) / "each"
        )
    db.dispose()


# -- helpers ------------------------------------------------------------------------------
def _context() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(
        [
            "tests.app.test_kill_safety",
            "app.roster.importer",
            "app.matching.service",
            "app.letters.service",
        ]
    )
    return ctx


def _people_csv(path: Path, prefix: str, rows: int, seed: int) -> Path:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for n in range(rows):
            writer.writerow(
                [
                    f"Given{n}",
                    f"{prefix.title()}Family{n}",
                    f"{prefix}{n}@example.org",
                    rng.choice(["Ottawa", "Toronto", "Montréal"]),
                    "ON",
                    "English, French",
                    "; ".join(rng.sample(INTERESTS, 2)),
                    "Anywhere in Canada",
                ]
            )
    return path


def _counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {
            table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in ("participant", "person", "match", "letter_record", "import_record")
        }


def _start(ctx: Any, target: Callable[..., None], args: tuple[Any, ...]) -> tuple[Any, Any]:
    ready = ctx.Event()
    child = ctx.Process(target=target, args=(ready, *args))
    child.start()
    assert ready.wait(30), "the child never opened the database"
    return child, ready


def _kill_trials(
    ctx: Any,
    template: Path,
    work: Path,
    make_args: Callable[[Path, int], tuple[Callable[..., None], tuple[Any, ...]]],
    rng: random.Random,
) -> list[dict[str, int]]:
    """Copy ``template``, start the action, SIGKILL it at a random moment; returns counts
    before, after an uninterrupted run, and after each killed trial."""
    reference = work / "reference.db"
    shutil.copyfile(template, reference)
    child, _ready = _start(ctx, *make_args(reference, -1))
    started = time.monotonic()
    child.join(60)
    duration = time.monotonic() - started
    assert child.exitcode == 0, "the uninterrupted action failed"
    results = [_counts(template), _counts(reference)]
    for trial in range(TRIALS_PER_ACTION):
        db = work / f"trial-{trial}.db"
        shutil.copyfile(template, db)
        child, _ready = _start(ctx, *make_args(db, trial))
        time.sleep(rng.uniform(0, duration * 1.1))  # deliberate: the kill lands at random
        child.kill()
        child.join(10)
        results.append(_counts(db))
    return results


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One program with an empty cycle, a roster file and a cycle ready to match."""
    folder = tmp_path_factory.mktemp("kill")
    db = open_database(folder / "template.db")
    with db.write() as session:
        info = programs.ensure_program_cycle(session, "Kill Test Program", "2025-2026")
    db.dispose()
    return {"folder": folder, "template": folder / "template.db", "cycle": info}


def test_kill_during_import_is_all_or_nothing(prepared: dict[str, Any], tmp_path: Path) -> None:
    ctx, rng = _context(), random.Random(SEED)
    info = prepared["cycle"]
    roster = _people_csv(tmp_path / "mentees.csv", "mentee", ROSTER_ROWS, SEED)

    def make(db: Path, _trial: int) -> tuple[Callable[..., None], tuple[Any, ...]]:
        return import_action, (str(db), info.id, info.role_ladder[1], str(roster))

    before, after, *trials = _kill_trials(ctx, prepared["template"], tmp_path, make, rng)
    assert after["participant"] == before["participant"] + ROSTER_ROWS, f"seed {SEED}"
    for counts in trials:
        assert counts in (before, after), f"half an import survived a kill (seed {SEED})"


def _matchable(prepared: dict[str, Any], work: Path, mentors: int, mentees: int) -> Path:
    """A copy of the template with ``mentors`` and ``mentees`` imported."""
    info = prepared["cycle"]
    template = work / "matchable.db"
    shutil.copyfile(prepared["template"], template)
    for role, prefix, rows in ((0, "mentor", mentors), (1, "mentee", mentees)):
        people = _people_csv(work / f"{prefix}s.csv", prefix, rows, SEED + role)
        import_action(None, str(template), info.id, info.role_ladder[role], str(people))
    return template


def test_kill_during_matching_apply_is_all_or_nothing(
    prepared: dict[str, Any], tmp_path: Path
) -> None:
    ctx, rng = _context(), random.Random(SEED + 1)
    info = prepared["cycle"]
    template = _matchable(prepared, tmp_path, 40, 40)

    def make(db: Path, _trial: int) -> tuple[Callable[..., None], tuple[Any, ...]]:
        return match_action, (str(db), info.id, False)

    before, after, *trials = _kill_trials(ctx, template, tmp_path, make, rng)
    assert before["match"] == 0 and after["match"] > 0
    for counts in trials:
        assert counts["match"] in (0, after["match"]), f"half a matching run saved (seed {SEED})"


def test_kill_during_letter_batch_is_all_or_nothing(
    prepared: dict[str, Any], tmp_path: Path
) -> None:
    ctx, rng = _context(), random.Random(SEED + 2)
    info = prepared["cycle"]
    template = _matchable(prepared, tmp_path, 6, 6)
    match_action(None, str(template), info.id, True)  # confirmed matches get letters

    def make(db: Path, trial: int) -> tuple[Callable[..., None], tuple[Any, ...]]:
        out = tmp_path / f"out-{trial}"
        out.mkdir(exist_ok=True)
        return letters_action, (str(db), info.id, str(out))

    before, after, *trials = _kill_trials(ctx, template, tmp_path, make, rng)
    assert before["letter_record"] == 0 and after["letter_record"] > 0
    for counts in trials:
        assert counts["letter_record"] in (0, after["letter_record"]), f"seed {SEED}"
        assert counts["match"] == before["match"]
