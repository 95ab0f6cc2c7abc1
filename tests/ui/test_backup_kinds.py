"""The Backups page tells automatic backups from those made by hand, says which are kept,
lets the coordinator delete one, and the automatic rotation never takes a manual one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.backup.files import BACKUP_SUFFIX, is_automatic_backup
from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import Messages, wait_for_work
from ui.auto_backup import AutoBackup
from ui.dialogs.backup_settings import (
    BackupSettings,
    BackupSettingsDialog,
    load_backup_settings,
    save_backup_settings,
)
from ui.main_window import MainWindow
from ui.pages.backups import BackupsPage

KEPT = "Backups you make yourself are kept until you delete them."


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> CycleInfo:
    add_people(db, cycle, 0, [mentor("ana@res.example.org", "Ana", "Gagné")])
    add_people(db, cycle, 1, [mentee("zoe@med.example.org", "Zoé", "Tremblay")])
    return cycle


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    chosen = tmp_path / "backups"
    save_backup_settings(BackupSettings(folder=chosen, daily=1, weekly=0, monthly=0))
    return chosen


def _kinds(page: BackupsPage) -> dict[str, str]:
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    kind = titles.index("Kind")
    return {
        Path(model.row_at(r).path).name: model.data(model.index(r, kind))
        for r in range(model.rowCount())
    }


@pytest.fixture
def auto(window: MainWindow) -> Iterator[AutoBackup]:
    """The app's automatic backups, without the backup on closing the test's window."""
    automatic = AutoBackup(window, window.context)
    yield automatic
    window.removeEventFilter(automatic)


def _automatic_backup(qtbot: QtBot, auto: AutoBackup) -> None:
    auto.run(show_progress=False)
    wait_for_work(qtbot)


def test_automatic_rotation_keeps_what_back_up_now_made(
    qtbot: QtBot,
    people: CycleInfo,
    window: MainWindow,
    auto: AutoBackup,
    folder: Path,
    messages: Messages,
) -> None:
    window.show_page(4)
    page = window.backups
    page.backup_button.click()
    wait_for_work(qtbot)
    [mine] = list(folder.iterdir())
    for _ in range(3):  # the settings keep one automatic backup a day
        _automatic_backup(qtbot, auto)
    page.reload()

    assert mine.exists()
    kinds = _kinds(page)
    assert kinds.pop(mine.name) == "Made by you"
    assert list(kinds.values()) == ["Automatic"]  # the older automatic ones were rotated
    assert all(is_automatic_backup(folder / name) for name in kinds)


def test_kinds_and_what_is_kept_are_said(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, auto: AutoBackup, folder: Path
) -> None:
    folder.mkdir(mode=0o700, exist_ok=True)
    safety = folder / f"program-before-restore-20250102-100000{BACKUP_SUFFIX}"
    safety.write_bytes(b"not read")
    old = folder / f"program-paediatrics-mentorship-20240101-090000{BACKUP_SUFFIX}"
    old.write_bytes(b"from an earlier version")
    _automatic_backup(qtbot, auto)
    window.show_page(4)
    page = window.backups
    page.reload()

    kinds = _kinds(page)
    assert kinds.pop(safety.name) == "Before a restore"
    assert kinds.pop(old.name) == "Made by you"  # cannot be told apart: kept
    assert list(kinds.values()) == ["Automatic"]
    text = page.policy.text()
    assert "Automatic backups: keep the last 1 day." in text and KEPT in text
    assert page.policy.isVisible()

    save_backup_settings(BackupSettings(folder=folder, automatic=False))
    page.reload()
    assert page.policy.text() == f"Automatic backups are off. {KEPT}"


def test_delete_a_selected_backup_after_confirming(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, folder: Path, messages: Messages
) -> None:
    window.show_page(4)
    page = window.backups
    page.backup_button.click()
    wait_for_work(qtbot)
    [mine] = list(folder.iterdir())
    assert not page.delete_button.isEnabled()  # nothing selected yet
    page.table.selectRow(0)
    assert page.delete_button.isEnabled()

    messages.answer = QMessageBox.StandardButton.Cancel
    page.delete_button.click()
    assert mine.exists()
    question = messages.texts("question")[-1]
    assert mine.name in question and "cannot be restored" in question
    assert "only backup" in question

    messages.answer = QMessageBox.StandardButton.Yes
    page.delete_button.click()
    assert not mine.exists()
    assert page.model.rowCount() == 0
    assert page.empty.is_showing_message()
    assert not page.delete_button.isEnabled()


def test_settings_dialog_says_what_is_kept(qtbot: QtBot, db: Database, folder: Path) -> None:
    dialog = BackupSettingsDialog(db.path)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        f"Automatic backups: keep the last 1 day. Older automatic backups are deleted. {KEPT}"
    )
    assert dialog.daily.suffix() == " day"
    dialog.daily.setValue(7)
    dialog.weekly.setValue(4)
    dialog.monthly.setValue(12)
    assert dialog.daily.suffix() == " days"
    assert dialog.summary.text().startswith(
        "Automatic backups: keep the last 7 days, 4 weeks, 12 months."
    )
    dialog.automatic.setChecked(False)
    assert not dialog.daily.isEnabled()  # rotation only concerns automatic backups
    dialog.accept()
    saved = load_backup_settings()
    assert (saved.automatic, saved.daily, saved.weekly, saved.monthly) == (False, 7, 4, 12)
