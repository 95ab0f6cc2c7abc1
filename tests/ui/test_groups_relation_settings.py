"""The Groups page's settings dialog edits the relation the page shows: in a program with two
group relations, choices made for one are kept in that relation only, and the dialog says so
and names the relation, in English and French at 1366×768. Screenshots are saved under
the groupsettings screenshot folder (tests/shots.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Program
from tests.app.grouping.cascade import STUDENT, YOUTH, build_cascade
from tests.shots import shots_dir
from tests.ui.conftest import wait_for_work
from tests.ui.french_walk import english_left
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.groups.settings_dialog import GroupingDialog

SHOTS = shots_dir("groupsettings")


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _over(window: QWidget, dialog: QWidget, name: str) -> None:
    """The dialog over the 1366×768 window, as the coordinator sees it."""
    QApplication.processEvents()
    screen = window.grab()
    painter = QPainter(screen)
    painter.drawPixmap((screen.width() - dialog.width()) // 2, 60, dialog.grab())
    painter.end()
    assert (screen.width(), screen.height()) == (1366, 768)
    screen.save(str(SHOTS / f"{name}.png"))


def _relations(db: Database) -> dict[str, dict[str, Any]]:
    with db.read() as session:
        settings = session.scalars(select(Program)).one().settings
    return {r["mentee_role"]: r for r in settings["relations"]}


def _two_group_relations(db: Database) -> None:
    build_cascade(db, students=8)
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        relations = [dict(r) for r in program.settings["relations"]]
        relations[-1] = {**relations[-1], "kind": "groups", "group_size": [2, 4]}
        program.settings = {**program.settings, "relations": relations}


def walk(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, lang: str) -> GroupingDialog:
    _two_group_relations(db)
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("groups"))
    page = window.groups
    page.relation_box.setCurrentIndex(page.relation_box.findData(YOUTH))
    assert page.role() == YOUTH
    seen: list[GroupingDialog] = []

    def choose(dialog: GroupingDialog) -> int:
        dialog.low.setValue(2)
        dialog.high.setValue(3)
        dialog.set_criterion("gender", "similar", 1.5)
        dialog.show()
        _shot(dialog, f"{lang}-dialog")
        _over(window, dialog, f"{lang}-dialog-1366x768")
        seen.append(dialog)
        return 1

    monkeypatch.setattr(GroupingDialog, "exec", choose)
    page.propose_button.click()
    wait_for_work(qtbot)
    (dialog,) = seen
    relations = _relations(db)
    youth = relations[YOUTH]
    assert youth["group_size"] == [2, 3]
    assert {"field": "gender", "kind": "similar", "weight": 1.5} in youth["grouping"]["criteria"]
    assert "grouping" not in relations[STUDENT]  # the other group relation is untouched
    assert page.board is not None and page.board.role == YOUTH and page.board.groups
    _shot(window, f"{lang}-proposed")
    return dialog


def test_the_dialog_edits_the_relation_the_page_shows(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = walk(qtbot, db, monkeypatch, "en")
    assert dialog.windowTitle() == "Propose groups of Youth with Student mentor"
    assert dialog.scope.text().startswith(
        "These choices belong to “Youth with Student mentor” only;"
    )


def test_the_dialog_in_french(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, french: str
) -> None:
    dialog = walk(qtbot, db, monkeypatch, "fr")
    assert dialog.windowTitle() == "Proposer des groupes\xa0: Jeune avec Étudiant mentor"
    assert dialog.scope.text().startswith(
        "Ces choix ne valent que pour «\xa0Jeune avec Étudiant mentor\xa0»;"
    )
    left = english_left(dialog, allow=[YOUTH, STUDENT, "Youth with Student mentor"])
    assert left == [], left
