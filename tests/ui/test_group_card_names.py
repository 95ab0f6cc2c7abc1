"""Group cards name their fit criteria and new groups in the window's language (1366×768
screenshots under the smallpoints screenshot folder, tests/shots.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from tests.app.grouping.cascade import build_cascade
from tests.shots import shots_dir
from tests.ui.conftest import wait_for_work
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.groups.criterion_names import label_name
from ui.pages.groups.settings_dialog import GroupingDialog

SHOTS = shots_dir("smallpoints")
RAW = ("interests", "city", "languages", "specialty", "discipline")


def _cards(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, lang: str) -> MainWindow:
    build_cascade(db, students=14, french=3)
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("groups"))
    monkeypatch.setattr(GroupingDialog, "exec", lambda _dialog: 1)
    window.groups.propose_button.click()
    wait_for_work(qtbot)
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"{lang}-group-cards.png"))
    return window


def _chips(window: MainWindow) -> list[str]:
    return [
        label.text()
        for card in window.groups.cards.values()
        for label in card.findChildren(QLabel)
        if "border-radius: 8px" in label.styleSheet()
    ]


def test_english_cards_show_criterion_names(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _cards(qtbot, db, monkeypatch, "en")
    chips = _chips(window)
    assert any(c.startswith("Shared language ") for c in chips), chips
    assert any(c.startswith("Location ") for c in chips), chips
    assert any(c.startswith("Specialty (mentors) ") for c in chips), chips
    assert not [c for c in chips if c.split(" ")[0] in RAW]
    names = [card.group.name for card in window.groups.cards.values()]
    assert names[0] == "Group 1"


def test_french_cards_show_criterion_names_and_groupe_n(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, french: str
) -> None:
    window = _cards(qtbot, db, monkeypatch, "fr")
    chips = _chips(window)
    assert any(c.startswith("Langue commune ") for c in chips), chips
    assert any(c.startswith("Intérêts communs ") for c in chips), chips
    assert any(c.startswith("Spécialité (mentors) ") for c in chips), chips
    assert not [c for c in chips if c.split(" ")[0] in RAW]
    assert sorted(card.group.name for card in window.groups.cards.values())[0] == "Groupe 1"


def test_a_field_of_the_coordinators_own_form_keeps_its_words(qapp: QApplication) -> None:
    assert label_name("discipline") == "Discipline"
    assert label_name("year of study") == "Year of study"
    assert label_name("specialty (mentors)") == "Specialty (mentors)"
