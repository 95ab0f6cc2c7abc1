"""In the window, a full disk or a read-only folder shows its sentence, not the crash dialog."""

from __future__ import annotations

import errno
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.progress import CancelCheck, Progress
from tests.ui.conftest import Messages, wait_for_work
from ui.app import run_gui
from ui.crash import CrashHandler
from ui.worker import Operation


def test_a_full_disk_in_background_work_shows_its_sentence(
    qtbot: QtBot, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: crashes.append(args))
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress: Progress, _cancelled: CancelCheck) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/data/backups")

    Operation(parent, work).run()
    wait_for_work(qtbot)
    assert messages.texts("warning") == [
        "There is no space left on the disk that holds /data/backups; "
        "free some space and try again."
    ]
    assert crashes == []


def test_the_crash_handler_tells_an_environment_fault_as_a_sentence(
    qtbot: QtBot, messages: Messages, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "__excepthook__", lambda *_args: None)
    handler = CrashHandler(show_dialog=True)
    try:
        raise sqlite3.OperationalError("attempt to write a readonly database")
    except sqlite3.OperationalError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert messages.texts("warning") == [
        "The database is read-only; MentorDesk cannot save changes to it. "
        "Check the permissions of the file and of its folder."
    ]
    assert handler.last_report is None
    assert not (isolated_home / "logs").exists() or not list(
        (isolated_home / "logs").glob("crash-*")
    )


def test_a_lock_that_cannot_be_written_at_start_up_is_told(
    qtbot: QtBot, messages: Messages, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_disk(path: object, _flags: int, _mode: int = 0o777) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("app.lock.os.open", read_only_disk)
    assert run_gui(db_path, crash_dialog=False) == 3
    assert messages.texts("critical") == [
        f"{db_path.parent} is on a read-only disk; MentorDesk cannot save there."
    ]
