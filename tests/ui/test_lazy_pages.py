"""The main window builds a page the first time it is shown or used, not at start-up."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.programs.service import CycleInfo
from ui.main_window import MainWindow
from ui.page_registry import PAGE_SPECS, PageSpec


@pytest.mark.parametrize("spec", PAGE_SPECS, ids=lambda spec: spec.name)
def test_sidebar_entries_match_the_page_classes(spec: PageSpec) -> None:
    # The sidebar lists pages before they are built; the page classes stay the source.
    page_class = spec.page_class()
    assert (spec.title, spec.tip) == (page_class.title, page_class.tip)


def test_only_the_shown_page_is_built(qtbot: QtBot, cycle: CycleInfo, db: Database) -> None:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.page_stack.built() == [window.current_page()] == [window.roster]
    titles = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert titles == [spec.title for spec in PAGE_SPECS]


def test_choosing_a_page_builds_and_shows_it(qtbot: QtBot, cycle: CycleInfo, db: Database) -> None:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.findChildren(QAction) if a.text() == PAGE_SPECS[4].title)
    action.trigger()
    backups = window.current_page()
    assert backups is window.backups and backups.isVisible()
    assert window.stack.count() == len(PAGE_SPECS)
    window.sidebar.setCurrentRow(1)
    assert window.current_page() is window.matching
    assert window.page_stack.built() == [window.roster, window.matching, backups]
    assert window.stack.indexOf(backups) == 4


def test_using_a_page_before_showing_it_keeps_the_current_one(
    qtbot: QtBot, cycle: CycleInfo, db: Database
) -> None:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    letters = window.letters  # e.g. a menu action that talks to the letters page
    assert window.current_page() is window.roster
    assert not letters.isVisible()
    assert window.stack.indexOf(letters) == 3
    assert len(window.pages) == len(PAGE_SPECS)
    assert window.current_page() is window.roster
