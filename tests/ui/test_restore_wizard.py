"""The restore wizard, clicked through as a coordinator would, and the start-up check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from app.backup.health import ReadOnlyDatabase
from app.backup.service import backup_database
from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import Messages, wait_for_work
from ui import safety
from ui.dialogs.restore_wizard import CONFIRM, CONTENTS, PICK, UNLOCK, RestoreWizard
from ui.main_window import MainWindow

SECRET = "a long and private passphrase"


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> CycleInfo:
    add_people(db, cycle, 0, [mentor("ana@res.example.org", "Ana", "Gagné")])
    add_people(db, cycle, 1, [mentee("zoe@med.example.org", "Zoé", "Tremblay")])
    return cycle


def _open_wizard(qtbot: QtBot, window: MainWindow) -> RestoreWizard:
    window.show_page(4)
    window.backups.reload()
    window.backups.table.selectRow(0)
    window.backups.restore_button.click()
    wizard = window.backups.wizard
    assert isinstance(wizard, RestoreWizard)
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def _finish(wizard: RestoreWizard) -> None:
    assert wizard.currentId() == CONFIRM
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.confirm.understood.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _roster_names(window: MainWindow) -> list[str]:
    window.show_page(0)
    return sorted(r.email for r in window.roster.model.all_rows())


def test_restore_through_the_wizard(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, db: Database, messages: Messages
) -> None:
    backup_database(db.path)
    before = _roster_names(window)
    add_people(db, people, 1, [mentee("late@med.example.org", "Late", "Comer")])
    window.context.notify_changed()
    assert len(_roster_names(window)) == len(before) + 1
    wizard = _open_wizard(qtbot, window)
    assert wizard.currentId() == PICK
    wizard.next()
    assert wizard.currentId() == CONTENTS  # a plain backup needs no passphrase
    assert wizard.contents.values["Participants"].text() == "2"
    assert "Paediatrics Mentorship" in wizard.contents.values["Programs"].text()
    wizard.next()
    _finish(wizard)
    wait_for_work(qtbot)
    assert any("kept in" in text for text in messages.texts("information"))
    assert _roster_names(window) == before
    assert window.context.cycle is not None and window.context.cycle.id == people.id
    safety_copies = list((db.path.parent / "home" / "backups").glob("*before-restore*"))
    assert len(safety_copies) == 1


def test_encrypted_backup_asks_for_its_passphrase(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, db: Database
) -> None:
    backup_database(db.path, passphrase=SECRET)
    wizard = _open_wizard(qtbot, window)
    wizard.next()
    assert wizard.currentId() == UNLOCK
    wizard.unlock.passphrase.setText("not the passphrase")
    wizard.next()
    assert wizard.currentId() == UNLOCK  # a wrong passphrase is a clean message
    assert "passphrase" in wizard.unlock.error.text().lower()
    wizard.unlock.passphrase.setText(SECRET)
    wizard.next()
    assert wizard.currentId() == CONTENTS
    assert wizard.contents.values["Matches"].text() == "0"
    assert wizard.passphrase == SECRET
    wizard.reject()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"SQLite format 3\x00" + b"\x00" * 84, "damaged"),
        (b"PK\x03\x04 a spreadsheet, not a backup" * 20, "not a MentorDesk"),
    ],
)
def test_a_refused_file_stays_on_the_first_page(
    qtbot: QtBot,
    people: CycleInfo,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    words: str,
) -> None:
    bad = tmp_path / "bad.mentordesk-backup"
    bad.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    before = db.path.read_bytes()
    wizard = _open_wizard(qtbot, window)
    wizard.pick.browse()
    assert wizard.pick.file == bad
    wizard.next()
    assert wizard.currentId() == PICK
    assert words in wizard.pick.error.text()
    wizard.reject()
    assert db.path.read_bytes() == before


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 4)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_damaged_database_offers_read_only_or_quit(
    qtbot: QtBot, people: CycleInfo, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.dispose()
    _damage(db.path)
    asked: list[bool] = []

    def choose(answer: str) -> None:
        def ask(_problem: str, has_backup: bool) -> str:
            asked.append(has_backup)
            return answer

        monkeypatch.setattr(safety, "_ask_what_to_do", ask)

    choose(safety.QUIT)
    assert safety.open_checked(db.path) == safety.QUIT
    choose("read_only")
    opened = safety.open_checked(db.path)
    assert isinstance(opened, ReadOnlyDatabase)
    opened.dispose()
    assert asked == [False, False]


def test_damaged_database_restores_the_latest_backup(
    qtbot: QtBot, people: CycleInfo, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup_database(db.path)
    db.dispose()
    _damage(db.path)
    monkeypatch.setattr(safety, "_ask_what_to_do", lambda _p, has_backup: "restore")

    def accept(wizard: RestoreWizard) -> int:
        assert wizard.pick.file == good.path  # the latest good backup is preselected
        wizard.path, wizard.passphrase = good.path, None
        return 1

    monkeypatch.setattr(RestoreWizard, "exec", accept)
    opened = safety.open_checked(db.path)
    assert isinstance(opened, Database) and not isinstance(opened, ReadOnlyDatabase)
    with opened.read() as session:
        from sqlalchemy import text

        assert session.execute(text("select count(*) from participant")).scalar() == 2
    opened.dispose()
