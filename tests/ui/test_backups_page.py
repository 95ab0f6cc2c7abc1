"""The Backups page: back up now, settings, automatic backups on exit, stewardship."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.backup.auto import record_failure
from app.backup.health import READ_ONLY_MESSAGE, open_read_only
from app.db.engine import Database
from app.errors import SafetyError
from app.programs import service as programs
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
from ui.safety import add_banner, banner_texts


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> CycleInfo:
    add_people(db, cycle, 0, [mentor("ana@res.example.org", "Ana", "Gagné")])
    add_people(db, cycle, 1, [mentee("zoe@med.example.org", "Zoé", "Tremblay")])
    return cycle


def test_back_up_now_lists_the_backup_with_counts(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, messages: Messages
) -> None:
    window.show_page(4)
    page = window.backups
    assert page.empty.is_showing_message()
    page.backup_button.click()
    wait_for_work(qtbot)
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert (row.participants, row.matches, row.encrypted) == (2, 0, False)
    assert any("2 participants" in t for t in messages.texts("information"))
    if os.name == "posix":
        assert stat.S_IMODE(Path(row.path).stat().st_mode) == 0o600
        assert stat.S_IMODE(Path(row.path).parent.stat().st_mode) == 0o700


def test_protected_backup_warns_about_a_lost_passphrase(
    qtbot: QtBot,
    people: CycleInfo,
    window: MainWindow,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("s3cret phrase", True))
    window.show_page(4)
    window.backups.protect.setChecked(True)
    window.backups.back_up()
    wait_for_work(qtbot)
    assert any("lost passphrase" in t for t in messages.texts("question"))
    assert window.backups.model.row_at(0).encrypted


def test_settings_dialog_saves_folder_and_rotation(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, tmp_path: Path
) -> None:
    dialog = BackupSettingsDialog(window.context.database.path, window)
    qtbot.addWidget(dialog)
    chosen = tmp_path / "usb" / "mentordesk"
    dialog.folder.setText(str(chosen))
    dialog.daily.setValue(3)
    dialog.automatic.setChecked(False)
    assert not dialog.encrypt.isEnabled()  # no keyring here, and automatic is off
    dialog.accept()
    saved = load_backup_settings()
    assert (saved.folder, saved.daily, saved.automatic) == (chosen, 3, False)
    assert chosen.is_dir()
    window.show_page(4)
    window.backups.mark_stale()
    assert str(chosen) in window.backups.where.text()
    assert "off" in window.backups.policy.text()


def test_settings_dialog_refuses_an_empty_folder(qtbot: QtBot, db: Database) -> None:
    dialog = BackupSettingsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.folder.setText("  ")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "folder" in dialog.error.text()


def test_closing_backs_up_once_then_closes(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    save_backup_settings(BackupSettings(folder=folder, daily=2, weekly=0, monthly=0))
    auto = AutoBackup(window, window.context)
    window.close()
    assert window.isVisible()  # waits for the backup
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert auto.exit_done
    assert len(list(folder.glob("*.mentordesk-backup"))) == 1


def test_closing_without_changes_after_todays_backup_does_not_back_up(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    save_backup_settings(BackupSettings(folder=folder))
    auto = AutoBackup(window, window.context)
    auto.run(show_progress=False)
    wait_for_work(qtbot)
    window.close()
    assert not window.isVisible()
    assert len(list(folder.glob("*.mentordesk-backup"))) == 1


def test_a_failed_automatic_backup_is_told_next_start(
    qtbot: QtBot, window: MainWindow, messages: Messages
) -> None:
    record_failure(SafetyError("The backups folder is on a disk that is gone."))
    AutoBackup(window, window.context).tell_last_failure()
    [text] = messages.texts("warning")
    assert "disk that is gone" in text and "not affected" in text


def test_banners_for_read_only_and_synced_folders(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    database = open_read_only(db.path)
    try:
        assert banner_texts(database) == [READ_ONLY_MESSAGE]
        window = MainWindow(database, welcome=False)
        qtbot.addWidget(window)
        banner = add_banner(window, READ_ONLY_MESSAGE)
        window.show()
        assert banner.isVisible()
        assert not window.backups.backup_button.isEnabled()
        assert not window.backups.delete_button.isEnabled()
        banner.dismiss()
        assert not banner.isVisible()
    finally:
        database.dispose()
    synced = tmp_path / "Dropbox" / "program.db"
    synced.parent.mkdir()
    database = Database(synced, db.engine)
    assert any("Dropbox" in text for text in banner_texts(database))


def test_purge_preview_then_typed_confirmation(
    qtbot: QtBot,
    db: Database,
    window: MainWindow,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.write() as session:
        old = programs.ensure_program_cycle(
            session, "Old Program", "2010-2011", dt.date(2010, 9, 1), dt.date(2011, 6, 1)
        )
    add_people(db, old, 1, [mentee("gone@med.example.org", "Gone", "Longago")])
    panel = window.backups.stewardship
    window.show_page(4)
    panel.mode.setCurrentIndex(1)  # delete
    panel.preview()
    assert "Old Program 2010-2011" in panel.result.text()
    assert panel.purge_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("purge", True))
    panel.purge()
    assert messages.texts("information") == ["Nothing was purged."]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("PURGE", True))
    panel.purge()
    wait_for_work(qtbot)
    assert "Done" in panel.result.text()
    with db.read() as session:
        assert [c.label for c in programs.list_cycles(session)] == []
