"""Every test runs offscreen, with its own data folder and database under tmp_path."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.engine import Database
from app.db.migrate import open_database
from app.programs import service as programs
from app.programs.service import CycleInfo


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Keep the real user profile out of reach: data, logs and Qt settings in tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("MENTORDESK_HOME", str(home))
    monkeypatch.delenv("MENTORDESK_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield home
    # A test that set up the app's log file must not leave it to the next test.
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_mentordesk", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "program.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def cycle(db: Database) -> CycleInfo:
    """A two-rung program (resident mentors → medical students) with one open cycle."""
    with db.write() as session:
        return programs.ensure_program_cycle(session, "Paediatrics Mentorship", "2025-2026")
