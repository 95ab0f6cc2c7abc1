"""The start-up quick_check runs on a thread of its own while the window's modules load:
it says exactly what ``quick_check`` says, imports nothing on that thread, and a damaged
database is still refused before any window is built."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.backup.health import QuickCheck, quick_check
from app.db.engine import Database
from ui import app as gui_app
from ui import safety
from ui.main_window import MainWindow


def damage(db: Database) -> Path:
    db.dispose()
    data = bytearray(db.path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 4)):
        data[offset] = 0xA5  # scribble over table pages
    db.path.write_bytes(bytes(data))
    return db.path


class NoteThreads:
    """Notes the thread of every module imported while it is installed."""

    def __init__(self) -> None:
        self.threads: set[str] = set()

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        self.threads.add(threading.current_thread().name)


@pytest.fixture
def noted() -> Iterator[NoteThreads]:
    import sys

    note = NoteThreads()
    sys.meta_path.insert(0, note)
    yield note
    sys.meta_path.remove(note)


def test_the_threaded_check_says_what_quick_check_says(demo_db: Database, tmp_path: Path) -> None:
    demo_db.dispose()
    assert QuickCheck(demo_db.path).result() is None is quick_check(demo_db.path)
    assert QuickCheck(tmp_path / "missing.db").result() is None
    damaged = damage(demo_db)
    said = QuickCheck(damaged).result()
    assert said is not None and damaged.name in said
    assert said == quick_check(damaged)


def test_the_check_thread_imports_nothing(demo_db: Database, noted: NoteThreads) -> None:
    sound = QuickCheck(demo_db.path)
    assert sound.result() is None
    damaged = QuickCheck(damage(demo_db))
    assert damaged.result() is not None
    assert "quick_check" not in noted.threads


def test_a_damaged_database_is_refused_before_any_window_is_built(
    qapp: QApplication, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = damage(demo_db)
    asked: list[str] = []
    built: list[MainWindow] = []

    def ask(problem: str, _has_backup: bool) -> str:
        asked.append(problem)
        return safety.QUIT

    monkeypatch.setattr(safety, "_ask_what_to_do", ask)
    monkeypatch.setattr(MainWindow, "__init__", lambda self, *a, **k: built.append(self))
    assert gui_app._open_and_run(qapp, damaged, quit_when_shown=True) == gui_app.LOCKED_EXIT
    assert len(asked) == 1 and damaged.name in asked[0]
    assert built == []
