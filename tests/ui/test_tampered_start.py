"""A live database changed outside MentorDesk (a trigger, a view, a table of its own):
the window offers to restore a backup through the wizard, or to quit, and never opens it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.backup.health import ReadOnlyDatabase
from app.backup.service import backup_database
from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import Messages
from ui import app as gui_app
from ui import safety
from ui.dialogs.restore_wizard import RestoreWizard

TAMPERING = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON audit_event BEGIN DELETE FROM person; END",
    "view": "CREATE VIEW everyone AS SELECT * FROM person",
    "table": "CREATE TABLE stolen (secret TEXT)",
}


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> CycleInfo:
    add_people(db, cycle, 0, [mentor("ana@res.example.org", "Ana", "Gagné")])
    add_people(db, cycle, 1, [mentee("zoe@med.example.org", "Zoé", "Tremblay")])
    return cycle


def _tamper(path: Path, sql: str) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    return names


class Box:
    """Stands in for ``QMessageBox.exec``: records what the box says, clicks ``answer``."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.seen: list[tuple[str, str, str, dict[str, bool]]] = []

    def patch(self, monkeypatch: pytest.MonkeyPatch) -> Box:
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.exec(box))
        return self

    def exec(self, box: QMessageBox) -> int:
        buttons = {b.text(): b.isEnabled() for b in box.buttons()}
        self.seen.append((box.windowTitle(), box.text(), box.informativeText(), buttons))
        next(b for b in box.buttons() if b.text() == self.answer).click()
        return 0


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_changed_database_offers_a_restore_and_restores(
    qtbot: QtBot,
    people: CycleInfo,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    good = backup_database(db.path)
    db.dispose()
    _tamper(db.path, TAMPERING[kind])
    box = Box("Restore a backup…").patch(monkeypatch)

    def accept(wizard: RestoreWizard) -> int:
        assert wizard.pick.file == good.path  # the latest good backup is preselected
        wizard.path, wizard.passphrase = good.path, None
        return 1

    monkeypatch.setattr(RestoreWizard, "exec", accept)
    opened = safety.open_checked(db.path)
    assert isinstance(opened, Database) and not isinstance(opened, ReadOnlyDatabase)
    opened.dispose()
    [(title, text, why, buttons)] = box.seen
    assert title == "The database was changed outside MentorDesk"
    assert db.path.name in text and "changed outside MentorDesk" in text
    assert "alter or erase its data" in why and "safety copy" in why
    assert buttons == {"Restore a backup…": True, "Quit": True}  # no read-only look
    assert not {"wipe", "everyone", "stolen"} & _schema_names(db.path)


def test_quitting_leaves_the_changed_database_as_it_was(
    qtbot: QtBot, people: CycleInfo, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.dispose()
    before = _tamper(db.path, TAMPERING["trigger"])
    box = Box("Quit").patch(monkeypatch)
    monkeypatch.setattr(RestoreWizard, "exec", lambda _w: pytest.fail("no wizard on quit"))
    assert safety.open_checked(db.path) == safety.QUIT
    [(_title, _text, why, _buttons)] = box.seen
    assert "holds no backup" in why  # and says what is left to do
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == before


def test_a_cancelled_wizard_asks_again(
    qtbot: QtBot, people: CycleInfo, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_database(db.path)
    db.dispose()
    _tamper(db.path, TAMPERING["view"])
    answers = iter(["restore", safety.QUIT])
    asked: list[bool] = []

    def ask(_problem: str, has_backup: bool) -> str:
        asked.append(has_backup)
        return next(answers)

    monkeypatch.setattr(safety, "_ask_restore_or_quit", ask)
    monkeypatch.setattr(RestoreWizard, "exec", lambda _w: 0)  # the coordinator cancels
    assert safety.open_checked(db.path) == safety.QUIT
    assert asked == [True, True]
    assert "everyone" in _schema_names(db.path)


def test_the_window_quits_with_exit_3_and_no_other_message(
    qtbot: QtBot,
    people: CycleInfo,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    db.dispose()
    _tamper(db.path, TAMPERING["table"])
    Box("Quit").patch(monkeypatch)
    code = gui_app.run_gui(db.path, crash_dialog=False, quit_when_shown=True)
    assert code == 3
    assert messages.shown == []  # the choice was the message; no "cannot open" after it
