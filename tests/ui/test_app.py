"""Start-up, crash handler, menus and remembered window state."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.lock import DatabaseLock
from app.programs.service import CycleInfo
from tests.ui.conftest import Messages
from ui.app import LOCKED_EXIT, run_gui
from ui.crash import CrashHandler
from ui.main_window import MainWindow


def test_a_locked_database_is_refused(qtbot: QtBot, db_path: Path, messages: Messages) -> None:
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        assert run_gui(db_path, crash_dialog=False) == LOCKED_EXIT
    finally:
        lock.release()
    assert messages.texts("warning")


def test_a_foreign_file_is_refused(qtbot: QtBot, tmp_path: Path, messages: Messages) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"this is not a database at all" * 100)
    assert run_gui(foreign, crash_dialog=False) == 3
    assert messages.texts("critical")


def test_crash_handler_writes_a_private_report(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "__excepthook__", lambda *_args: None)
    handler = CrashHandler(show_dialog=False)
    handler.install()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    report = handler.last_report
    assert report is not None and report.parent == isolated_home / "logs"
    assert "RuntimeError: boom" in report.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(report.stat().st_mode) == 0o600


def test_page_shortcuts_and_remembered_state(qtbot: QtBot, cycle: CycleInfo, db: Database) -> None:
    first = MainWindow(db, welcome=False)
    qtbot.addWidget(first)
    first.show()
    action = next(a for a in first.findChildren(QAction) if a.text() == "Engagement")
    assert action.shortcut().toString() == "Ctrl+3"
    action.trigger()
    assert first.current_page() is first.meetings
    first.close()
    second = MainWindow(db, welcome=False)
    qtbot.addWidget(second)
    assert second.current_page() is second.meetings
    assert second.context.cycle == cycle


def test_about_names_the_version(window: MainWindow, messages: Messages) -> None:
    from app import __version__

    window.about()
    assert any(__version__ in text for text in messages.texts("about"))


def test_every_page_up_to_the_tenth_has_its_shortcut(
    qtbot: QtBot, cycle: CycleInfo, db: Database
) -> None:
    from ui.page_registry import PAGE_SPECS

    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    titles = [spec.shown_title() for spec in PAGE_SPECS]
    actions = {a.text(): a for a in window.findChildren(QAction) if a.text() in titles}
    shortcuts = [actions[title].shortcut().toString() for title in titles[:10]]
    assert shortcuts == [f"Ctrl+{(n + 1) % 10}" for n in range(len(shortcuts))]
    if len(titles) >= 10:
        actions[titles[9]].trigger()  # Ctrl+0: the tenth page
        assert window.sidebar.currentRow() == 9


def test_the_topic_list_opens_from_the_edit_menu(qtbot: QtBot, window: MainWindow) -> None:
    from ui.dialogs.topics import TopicsDialog

    action = next(a for a in window.findChildren(QAction) if a.text() == "&Topics…")
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.meetings.dialog, TopicsDialog))
    window.meetings.dialog.reject()
