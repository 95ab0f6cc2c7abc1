"""Enter in the import wizard always means the step's main action, on a real file and database:
no other button becomes the default on taking focus, and once imported, Close is the default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from tests.ui import test_import_wizard as walk
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportWizard
from ui.dialogs.import_wizard.wizard import CHECK, FILE, MAPPING, SUMMARY

# The walk's fixtures: last year's students known, this year's cycle chosen.
second_cycle, context = walk.second_cycle, walk.context
collect_closed_dialogs = walk.collect_closed_dialogs


def _defaults(wizard: ImportWizard) -> list[QPushButton]:
    """The buttons Enter could press: the default one, and any that would become it on focus."""
    buttons = wizard.findChildren(QPushButton)
    main = wizard.close_button if wizard.page == SUMMARY else wizard.next_button
    assert main.isDefault()
    return [
        b for b in buttons if b is not main and b.isVisible() and (b.isDefault() or b.autoDefault())
    ]


def _enter(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    walk.wait_for_work(qtbot)


def test_enter_walks_the_wizard_and_closes_it(
    qtbot: QtBot, db: Database, context: AppContext
) -> None:
    wizard = walk.open_wizard(qtbot, context)
    wizard.show()
    wizard.file_page.set_path(walk.FRENCH)
    assert wizard.page == FILE and _defaults(wizard) == []
    wizard.close_button.setFocus()  # as when "Next" is disabled while the file is read
    _enter(qtbot, wizard)
    assert wizard.page == MAPPING and _defaults(wizard) == []
    _enter(qtbot, wizard)
    walk.past_the_answers(wizard)
    assert wizard.page == CHECK and _defaults(wizard) == []
    wizard.check_page.export_button.setFocus()  # a page button with focus does not take Enter
    _enter(qtbot, wizard)
    assert wizard.page == SUMMARY and walk.person_count(db, context.cycle_id) == 4
    assert _defaults(wizard) == [] and wizard.isVisible()
    _enter(qtbot, wizard)
    assert not wizard.isVisible()
