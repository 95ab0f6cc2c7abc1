"""The one contact dialog from anywhere (Ctrl+L) and one contact for many matches at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Meeting
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import Pairs, make_pairs
from ui.dialogs.bulk_contact import BulkContactDialog
from ui.dialogs.log_contact import LogContactDialog
from ui.main_window import MainWindow


@pytest.fixture
def pairs(db: Database, cycle: CycleInfo) -> Pairs:
    return make_pairs(db, cycle)


def _meetings(db: Database) -> list[tuple[int | None, dt.date, str, str]]:
    with db.read() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.id))
        return [(m.match_id, m.held_on, m.mode, m.notes) for m in rows]


def _quick_add(qtbot: QtBot, window: MainWindow) -> LogContactDialog:
    window.show_page(0)  # from another page: the shortcut works anywhere
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.meetings.dialog, LogContactDialog))
    dialog = window.meetings.dialog
    assert isinstance(dialog, LogContactDialog) and dialog.isVisible()
    return dialog


def test_shortcut_opens_quick_add_and_remembers_the_mode(
    qtbot: QtBot, pairs: Pairs, window: MainWindow, db: Database
) -> None:
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Log contact…")
    assert action.shortcut().toString() == "Ctrl+L"
    dialog = _quick_add(qtbot, window)
    assert dialog.picker.visible_count() == 3
    qtbot.keyClicks(dialog.picker.search, "liam")
    assert dialog.picker.visible_count() == 1
    assert dialog.picker.current_match() == pairs.ids[1]
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("phone"))
    dialog.notes.setPlainText("Quick call about electives")
    assert dialog.topics.topic_items()  # the one dialog has the topics too
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert _meetings(db) == [(pairs.ids[1], dt.date.today(), "phone", "Quick call about electives")]
    assert "logged" in window.statusBar().currentMessage()

    again = _quick_add(qtbot, window)
    assert again.mode_box.currentData() == "phone"  # remembered from the last contact
    qtbot.keyClicks(again.picker.search, "zoe tr")  # accents need not be typed
    qtbot.keyClick(again.picker.search, Qt.Key.Key_Down)
    assert again.picker.current_match() == pairs.ids[0]
    again.reject()
    assert len(_meetings(db)) == 1


def test_quick_add_without_a_match_cannot_log(qtbot: QtBot, pairs: Pairs) -> None:
    dialog = LogContactDialog([], [])
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()


def test_bulk_add_logs_one_contact_per_ticked_match(
    qtbot: QtBot, pairs: Pairs, window: MainWindow, db: Database
) -> None:
    window.show_page(2)
    page = window.meetings
    page.bulk_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BulkContactDialog)
    assert not dialog.ok.isEnabled()
    dialog.filter.setText("ana")  # Ana's two mentees
    dialog.select_shown.click()
    dialog.filter.setText("")
    assert sorted(dialog.checked_ids()) == [pairs.ids[0], pairs.ids[2]]
    assert dialog.ok.text() == "Log 2 contacts"
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("video"))
    dialog.notes.setText("Monthly group meeting")
    dialog.topics.topic_items()[0].setCheckState(Qt.CheckState.Checked)
    dialog.ok.click()
    logged = _meetings(db)
    assert sorted(m[0] or 0 for m in logged) == [pairs.ids[0], pairs.ids[2]]
    assert {m[3] for m in logged} == {"Monthly group meeting"}
    assert page.chips["on_track"].text() == "On track: 2"
    assert page.chips["never_met"].text() == "Never met: 1"


def test_shortcut_starts_on_the_pair_chosen_on_the_engagement_page(
    qtbot: QtBot, pairs: Pairs, window: MainWindow
) -> None:
    window.show_page(2)
    page = window.meetings
    page.select_match(pairs.ids[2])
    assert page.selected_id() == pairs.ids[2]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, LogContactDialog))
    dialog = page.dialog
    assert isinstance(dialog, LogContactDialog)
    assert dialog.picker.current_match() == pairs.ids[2]
    assert dialog.ok.isEnabled()
    dialog.reject()
