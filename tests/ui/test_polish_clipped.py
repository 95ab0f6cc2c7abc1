"""Texts a coordinator must read in full at 1366×768: the chosen field above a
"Timestamp" column of the import's mapping step, and why an import cannot be undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.ui.test_import_wizard import MAPPING, open_wizard, wait_for_work
from ui.context import AppContext


def test_the_timestamp_column_shows_its_whole_field_name(
    qtbot: QtBot, db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    signups = tmp_path / "signups.csv"
    signups.write_text(
        "Timestamp,First name,Last name,Email\n2026-08-01 10:00,Zoé,Tremblay,zoe@med.example.org\n",
        encoding="utf-8",
    )
    context = AppContext(db)
    context.set_cycle(cycle)
    wizard = open_wizard(qtbot, context)
    wizard.file_page.set_path(signups)
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == MAPPING
    wizard.show()
    combo = wizard.mapping_page.current_combo("Timestamp")
    assert combo.currentData() == "timestamp"
    shown = combo.currentText()
    assert shown == "Timestamp (kept as a custom field)"
    column = wizard.mapping_page.model_headers().index("Timestamp")
    room = wizard.mapping_page.table.columnWidth(column)
    assert room >= combo.fontMetrics().horizontalAdvance(shown) + 30


def test_the_import_history_status_has_room_to_say_why(
    qtbot: QtBot, db: Database, cycle: CycleInfo
) -> None:
    from ui.dialogs.import_wizard import ImportHistoryDialog

    context = AppContext(db)
    context.set_cycle(cycle)
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 440)  # as it opens on a 1366×768 laptop (the test screen is smaller)
    dialog.show()
    status = dialog.model.columnCount() - 1
    assert dialog.model.headerData(status, Qt.Orientation.Horizontal) == "Status"
    reason = "3 people matched — cannot undo"
    assert dialog.table.columnWidth(status) >= dialog.table.fontMetrics().horizontalAdvance(reason)
