"""The window's save dialogs reach the safe writer: a coordinator who picks the database (or
a backup) as the file to save gets a sentence, and the file stays as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import LetterRecord
from tests.app.letters.conftest import Pairs, pairs  # noqa: F401 (fixture)
from tests.ui.conftest import Messages, wait_for_work
from ui.main_window import MainWindow


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shown(pairs: Pairs, window: MainWindow) -> MainWindow:  # noqa: F811
    return window


def _warned(messages: Messages) -> str:
    (text,) = messages.texts("warning")
    return text


def _letter_records(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(LetterRecord)) or 0)


def test_letters_saved_over_the_database_are_refused(
    qtbot: QtBot, shown: MainWindow, db: Database, messages: Messages
) -> None:
    before = sha(db.path)
    shown.show_page(3)
    page = shown.letters
    page.generate_button.click()
    dialog = page.generate_dialog
    assert dialog is not None
    dialog.output.setText(str(db.path))
    dialog.ok_button.click()
    wait_for_work(qtbot, timeout=60000)
    assert _warned(messages) == (
        f"“{db.path.resolve()}” is your MentorDesk database; "
        "choose another file name for the letters."
    )
    assert sha(db.path) == before
    assert _letter_records(db) == 0


def test_email_drafts_into_the_database_are_refused(
    qtbot: QtBot,
    shown: MainWindow,
    db: Database,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = sha(db.path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(db.path))
    shown.show_page(3)
    shown.letters.drafts_button.click()
    wait_for_work(qtbot, timeout=60000)
    assert _warned(messages).endswith(
        "is your MentorDesk database, not a folder; choose a folder for the email drafts."
    )
    assert sha(db.path) == before


def test_roster_export_over_the_database_is_refused(
    qtbot: QtBot, shown: MainWindow, db: Database, messages: Messages
) -> None:
    before = sha(db.path)
    shown.show_page(0)
    shown.roster.exporter.export_to("participants", db.path)
    wait_for_work(qtbot)
    assert _warned(messages).endswith(
        "is your MentorDesk database; choose another file name for the export."
    )
    assert sha(db.path) == before


@pytest.mark.parametrize("action", ["export_nudges", "export_calendar"])
def test_follow_up_files_over_the_write_ahead_log_are_refused(
    shown: MainWindow, db: Database, messages: Messages, action: str
) -> None:
    wal = db.path.with_name(db.path.name + "-wal")
    shown.show_page(2)
    getattr(shown.meetings, action)(wal)  # the pairs never met: there is a nudge to write
    assert "is a working file of your MentorDesk database" in _warned(messages)
    assert b"BEGIN:VCALENDAR" not in wal.read_bytes()
    assert b"Mentor email" not in wal.read_bytes()


def test_person_export_over_a_backup_is_refused(
    qtbot: QtBot,
    shown: MainWindow,
    db: Database,
    tmp_path: Path,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.backup.service import backup_database

    kept = backup_database(db.path, tmp_path / "saved").path
    disguised = kept.rename(kept.with_name("old-copy.json"))  # the dialog adds .json
    before = sha(disguised)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(disguised), ""))
    shown.show_page(0)
    page = shown.roster
    page.privacy.export(page.model.all_rows()[0])
    wait_for_work(qtbot)
    assert _warned(messages) == (
        f"“{disguised.resolve()}” is a database; choose another file name for this person's data."
    )
    assert sha(disguised) == before
