"""In the French window, a refusal of the core is shown in French in its message box."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.sentences import NB
from tests.ui.conftest import Messages, wait_for_work
from ui import safety
from ui.main_window import MainWindow
from ui.pages.backups import BackupsPage


def test_back_up_now_into_a_file_says_why_in_french(
    qtbot: QtBot,
    french: str,
    window: MainWindow,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    window.show_page(4)
    monkeypatch.setattr(BackupsPage, "_settings", lambda _page: SimpleNamespace(folder=blocker))
    window.backups.backup_button.click()
    wait_for_work(qtbot)
    assert messages.texts("warning") == [
        f"«{NB}{blocker}{NB}» est un fichier, pas un dossier; "
        "choisissez un dossier pour la sauvegarde."
    ]


def test_opening_a_changed_database_says_why_in_french(
    qtbot: QtBot, french: str, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.dispose()
    with sqlite3.connect(db.path) as conn:
        conn.execute("CREATE VIEW everyone AS SELECT * FROM person")
    conn.close()
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box.text())
        box.buttons()[-1].click()  # the last button quits
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert safety.open_checked(db.path) == safety.QUIT
    assert seen == [
        f"{db.path.name} a été modifié en dehors de MentorDesk (il a une vue nommée "
        f"«{NB}everyone{NB}» que MentorDesk ne crée jamais); MentorDesk ne l'a donc pas "
        "ouvert et l'a laissé tel quel."
    ]
