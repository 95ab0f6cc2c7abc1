"""Headless smoke test of the installed or frozen app (``mentordesk self-test``).

Runs the yearly loop on a temporary database with the bundled sample sign-ups: migrate,
import, match, render letters, back up and restore. Each check returns a sentence.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.migrate import head_revision, open_database
from app.db.models import Match, Participant
from app.paths import HOME_ENV
from app.programs import service as programs

CheckResult = tuple[str, bool, str]
SELF_TEST_PASSPHRASE = "self-test only"  # encrypts only the throwaway self-test database


class _Run:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_path = folder / "self-test.db"
        self.db: Database | None = None
        self.cycle_id = 0

    def migrate(self) -> str:
        self.db = open_database(self.db_path)
        with self.db.write() as session:
            self.cycle_id = programs.ensure_program_cycle(session, "Self-test", "2026-2027").id
        return f"schema {head_revision()}"

    def import_samples(self) -> str:
        from app.roster.importer import import_roster

        assert self.db is not None
        counts = []
        for name, role in (("mentors.csv", "Resident mentor"), ("mentees.csv", "Medical student")):
            with as_file(files("resources") / "sample" / name) as path, self.db.write() as s:
                report = import_roster(s, self.cycle_id, role, Path(path))
            if report.rejected or not report.imported:
                raise AssertionError(f"{name}: {len(report.rejected)} rows rejected")
            counts.append(report.imported)
        return f"{counts[0]} mentors and {counts[1]} mentees imported"

    def match(self) -> str:
        from app.matching import service as matching

        assert self.db is not None
        with self.db.write() as session:
            proposal = matching.propose_matches(session, self.cycle_id)
            saved = matching.apply_proposal(session, self.cycle_id, proposal, confirm=True)
        if not saved:
            raise AssertionError("no matches were proposed")
        return f"{len(saved)} matches confirmed"

    def large_matching(self) -> str:
        """The solver of large programs with few places (linear programs, HiGHS), proven
        optimal, on a generated 2,000 × 40 instance with every score equal; and the square
        solver (one row per mentor, read in two halves at once) on 2,100 × 2,100."""
        import numpy as np

        from app.matching import solve

        allowed = (np.arange(2000)[:, None] + np.arange(40)[None, :]) % 7 != 0
        scores = np.full(allowed.shape, 0.5)
        pairs = solve(scores, allowed, [2] * 40)  # a missing solver library raises here
        if len(pairs) != 80:
            raise AssertionError(f"{len(pairs)} of 80 places filled")
        side = np.arange(2100)
        scores = ((side[:, None] * side[None, :]) % 11) / 10.0
        square = solve(scores, np.ones(scores.shape, dtype=bool), [1] * 2100)
        if len(square) != 2100:
            raise AssertionError(f"{len(square)} of 2,100 square places filled")
        return f"{len(pairs)} of 80 places filled from 2,000 mentees; 2,100 of 2,100 square"

    def letters(self) -> str:
        from app.letters.service import generate_letters

        assert self.db is not None
        out = self.folder / "letters.pdf"
        with self.db.write() as session:
            batch = generate_letters(session, self.cycle_id, out)
        if not out.read_bytes().startswith(b"%PDF") or batch.letters < 2:
            raise AssertionError("the letters PDF is missing or empty")
        return f"{batch.letters} letters, {out.stat().st_size // 1024} KiB"

    def backup_restore(self) -> str:
        from app.backup.service import backup_database, restore_database

        assert self.db is not None
        before = self._counts()
        self.db.dispose()
        result = backup_database(self.db_path, self.folder / "backups")
        restore_database(self.db_path, result.path, safety_dir=self.folder / "safety")
        # The encrypted kind too: it is the only part of the app that loads cryptography.
        sealed = backup_database(
            self.db_path, self.folder / "encrypted", passphrase=SELF_TEST_PASSPHRASE
        )
        restore_database(
            self.db_path,
            sealed.path,
            passphrase=SELF_TEST_PASSPHRASE,
            safety_dir=self.folder / "safety",
        )
        self.db = open_database(self.db_path)
        if self._counts() != before:
            raise AssertionError("restored data differ from the backup")
        return f"{result.bytes // 1024} KiB backup verified and restored; encrypted one too"

    def gui(self) -> str:
        try:
            smoke = importlib.import_module("ui.smoke")
        except ModuleNotFoundError as exc:
            return f"skipped ({exc.name} not installed)"
        assert self.db is not None
        return str(smoke.open_and_close(self.db, self.folder / "letters.pdf"))

    def _counts(self) -> tuple[int, int]:
        assert self.db is not None
        with self.db.read() as session:
            people = session.scalar(select(func.count()).select_from(Participant)) or 0
            matches = session.scalar(select(func.count()).select_from(Match)) or 0
        return people, matches


def run_self_test() -> list[CheckResult]:
    """Run every check in order; a failed check stops the ones that depend on it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[CheckResult] = []
    saved_home = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="mentordesk-selftest-") as tmp:
        # Everything the checks write (settings, backups, logs) stays in the temporary folder.
        os.environ[HOME_ENV] = tmp
        run = _Run(Path(tmp))
        checks: list[tuple[str, Callable[[], str]]] = [
            ("database", run.migrate),
            ("import", run.import_samples),
            ("matching", run.match),
            ("large matching", run.large_matching),
            ("letters", run.letters),
            ("backup and restore", run.backup_restore),
            ("window", run.gui),
        ]
        try:
            for name, check in checks:
                try:
                    results.append((name, True, check()))
                except Exception as exc:  # report every failure as a line, then stop
                    results.append((name, False, f"{type(exc).__name__}: {exc}"))
                    break
        finally:
            if run.db is not None:
                run.db.dispose()
            if saved_home is None:
                os.environ.pop(HOME_ENV, None)
            else:
                os.environ[HOME_ENV] = saved_home
    return results
