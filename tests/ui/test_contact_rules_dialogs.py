"""The Log contact and bulk contact dialogs refuse a date before the match began with the
service's own sentence, and save nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Meeting
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import MADE_ON, Pairs, make_pairs
from tests.ui.conftest import Messages
from ui.dialogs.bulk_contact import BulkContactDialog
from ui.dialogs.log_contact import LogContactDialog
from ui.main_window import MainWindow

DAY_BEFORE = MADE_ON - dt.timedelta(days=1)


@pytest.fixture
def pairs(db: Database, cycle: CycleInfo) -> Pairs:
    return make_pairs(db, cycle)


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(Meeting.id))) or 0)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_log_contact_dialog_shows_the_sentence_and_saves_nothing(
    qtbot: QtBot, pairs: Pairs, window: MainWindow, db: Database, messages: Messages
) -> None:
    window.show_page(2)
    page = window.meetings
    page.log_contact(pairs.ids[0])
    dialog = page.log_dialog
    assert isinstance(dialog, LogContactDialog)
    dialog.date.setDate(_qdate(DAY_BEFORE))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert messages.texts("warning") == [
        "2025-09-30 is before the match of Ana Gagné and Zoé Tremblay began (2025-10-01); "
        "check the date."
    ]
    assert _count(db) == 0


def test_bulk_contact_dialog_names_the_match_that_refused(
    qtbot: QtBot, pairs: Pairs, window: MainWindow, db: Database, messages: Messages
) -> None:
    window.show_page(2)
    page = window.meetings
    page.bulk_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BulkContactDialog)
    dialog.filter.setText("bo")
    dialog.select_shown.click()
    dialog.filter.setText("")
    assert dialog.checked_ids() == [pairs.ids[1]]
    dialog.date.setDate(_qdate(DAY_BEFORE))
    dialog.ok.click()
    [text] = messages.texts("warning")
    assert text.startswith("2025-09-30 is before the match of Bo Chen and Liam Roy began")
    assert _count(db) == 0
