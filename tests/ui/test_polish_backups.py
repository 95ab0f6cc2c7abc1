"""First run and backups as a new coordinator meets them: no automatic backup of an empty
database, the demo reachable from the File menu after "Not now", and a restore wizard that
says which MentorDesk made the backup rather than a schema number."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.demo import DEMO_PROGRAM
from app.programs.service import CycleInfo
from tests.ui.conftest import Messages
from ui.auto_backup import AutoBackup
from ui.dialogs.backup_settings import BackupSettings, save_backup_settings
from ui.main_window import MainWindow


def _auto(window: MainWindow, folder: Path) -> AutoBackup:
    save_backup_settings(BackupSettings(folder=folder, daily=2, weekly=0, monthly=0))
    automatic = AutoBackup(window, window.context)
    window.removeEventFilter(automatic)  # the test closes windows without a backup
    return automatic


def test_an_empty_database_gets_no_automatic_backup(window: MainWindow, tmp_path: Path) -> None:
    auto = _auto(window, tmp_path / "auto")
    auto.changed = True
    assert not auto.due()
    assert not auto._usable()


def test_a_database_with_a_program_gets_its_automatic_backup(
    window: MainWindow, cycle: CycleInfo, tmp_path: Path
) -> None:
    auto = _auto(window, tmp_path / "auto")
    assert auto.due()


def test_the_demo_opens_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, messages: Messages
) -> None:
    action = window.open_demo_action
    assert action.text().replace("&", "") == "Open the demo…"
    action.trigger()
    assert any(info.program_name == DEMO_PROGRAM for info in window.cycles)
    assert window.context.cycle is not None
    assert window.context.cycle.program_name == DEMO_PROGRAM
    # A second time selects the demo already there instead of failing on its name.
    count = len(window.cycles)
    action.trigger()
    assert len(window.cycles) == count
    assert window.context.cycle.program_name == DEMO_PROGRAM
    assert not messages.texts("critical") and not messages.texts("warning")


def test_the_demo_beside_a_real_program_asks_first(
    qtbot: QtBot, window: MainWindow, cycle: CycleInfo, messages: Messages
) -> None:
    window.reload_cycles()
    messages.answer = messages.answer.No
    window.open_demo_action.trigger()
    assert messages.texts("question")
    assert not any(info.program_name == DEMO_PROGRAM for info in window.cycles)
    messages.answer = messages.answer.Yes
    window.open_demo_action.trigger()
    assert any(info.program_name == DEMO_PROGRAM for info in window.cycles)


def test_restore_wizard_says_which_mentordesk_made_the_backup(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    import dataclasses

    from app.backup.service import backup_database, inspect_backup
    from ui.dialogs.restore_wizard import RestoreWizard

    info = inspect_backup(backup_database(demo_db.path, tmp_path / "b").path)
    wizard = RestoreWizard([info], tmp_path / "safety")
    qtbot.addWidget(wizard)
    page = wizard.contents
    assert "Schema" not in page.values
    shown = {}
    for revision in (info.schema_revision, "0002", None):
        wizard.info = dataclasses.replace(info, schema_revision=revision)
        page.initializePage()
        shown[revision] = page.values["Made by"].text()
    assert shown[info.schema_revision] == "This version of MentorDesk"
    assert shown["0002"] == "An earlier MentorDesk (upgraded after the restore)"
    assert "0002" not in " ".join(shown.values())
    assert shown[None].startswith("Unknown")
