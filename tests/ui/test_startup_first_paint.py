"""The window paints its first roster page from a plain read, before SQLAlchemy, the models
and the data libraries load, and the full load that follows shows the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.roster.first_page import FIRST_PAGE_ROWS
from app.roster.service import list_participants
from tests.ui.start_script import run_start_script
from ui.main_window import MainWindow
from ui.models.participant_columns import COLUMNS

# Runs the real start (``mentordesk gui``) and notes, when the first paint's follow-up
# runs, the modules loaded and the rows the roster shows; --quit-when-shown then leaves.
START_AND_NOTE = """
import json, sys
import ui.app

noted = {}
follow_up = ui.app.AfterFirstPaint._run

def note(self):
    if not noted:
        window = self.parent()
        table = window.roster.table
        noted.update(
            modules=sorted(sys.modules),
            visible=window.isVisible(),
            shown=[table.model().index(r, 0).data() for r in range(table.model().rowCount())],
            status=window.status.text(),
        )
    follow_up(self)

ui.app.AfterFirstPaint._run = note
from app.__main__ import main
code = main(["gui", "--db", sys.argv[1], "--quit-when-shown", "--no-crash-dialog"])
print(json.dumps({"code": code, **noted}))
"""

NOT_BEFORE_FIRST_PAINT = ("sqlalchemy", "app.db.models", "alembic", "pandas", "numpy", "reportlab")


def test_the_first_paint_imports_neither_the_database_layer_nor_a_data_library(
    demo_db: Database, db_path: Path
) -> None:
    with demo_db.read() as session:
        from app.programs.service import list_cycles

        cycle = list_cycles(session)[-1]
        expected = [r.name for r in list_participants(session, cycle.id)][:FIRST_PAGE_ROWS]
    demo_db.dispose()
    report = run_start_script(START_AND_NOTE, db_path)
    assert report["code"] == 0
    assert report["visible"]
    loaded = {
        name
        for name in NOT_BEFORE_FIRST_PAINT
        for module in report["modules"]
        if module == name or module.startswith(name + ".")
    }
    assert loaded == set()
    assert "app.roster.first_page" in report["modules"]
    assert report["shown"] == expected  # the roster's first rows, in the service's order
    assert report["status"] == f"{db_path.name}  ·  Loading…"


def shown_text(window: MainWindow) -> list[list[str]]:
    """Every cell the roster shows, except eligibility (the services add it)."""
    model = window.roster.table.model()
    columns = [n for n, c in enumerate(COLUMNS) if c.title != "Eligibility"]
    return [
        [model.index(row, column).data() for column in columns]
        for row in range(min(model.rowCount(), FIRST_PAGE_ROWS))
    ]


def test_the_full_load_shows_the_first_page_rows_and_keeps_the_selection(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = MainWindow(demo_db, welcome=False, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.roster
    assert window.context.first_page is not None
    first_rows = shown_text(window)
    summary, picker = page.summary.text(), window.cycle_box.currentText()
    assert first_rows and page.count_label.text() == "Loading the roster…"
    page.table.selectionModel().select(
        page.proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = page.proxy.index(2, 0).data()

    window.finish_loading()

    assert window.context.first_page is None
    assert page.model.total() > 0
    assert shown_text(window) == first_rows
    assert (page.summary.text(), window.cycle_box.currentText()) == (summary, picker)
    assert [i.data() for i in page.table.selectionModel().selectedRows(0)] == [chosen]
    assert "participant" in window.status.text()
    assert page.count_label.text().startswith(f"{page.model.shown()} of ")
    # Sorting works on every row once loaded.
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert names[0].last_name >= names[-1].last_name


def test_a_cycle_with_orientation_records_offers_the_eligibility_filter_from_the_start(
    qtbot: QtBot, demo_db: Database
) -> None:
    import datetime as dt

    from app.orientation.service import add_orientation
    from app.programs.service import list_cycles

    with demo_db.write() as session:
        cycle = list_cycles(session)[-1]
        someone = list_participants(session, cycle.id)[0].id
        add_orientation(session, someone, dt.date(2026, 9, 10), 2.0, "Welcome evening")
    window = MainWindow(demo_db, welcome=False, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    box = window.roster.filters.eligibility_box
    assert box.isVisible()
    window.finish_loading()
    assert box.isVisible()


def test_the_first_paint_hides_the_eligibility_filter_when_the_full_load_would(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = MainWindow(demo_db, welcome=False, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    box = window.roster.filters.eligibility_box
    assert not box.isVisible()
    window.finish_loading()
    assert not box.isVisible()


def test_a_failed_plain_read_falls_back_to_the_services(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from app.roster import first_page

    def locked(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(first_page, "read_first_page", locked)
    window = MainWindow(demo_db, welcome=False, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.context.first_page is None
    assert window.roster.model.total() == 46
    assert "participant" in window.status.text()


def test_a_database_opened_read_only_is_read_through_the_services(
    qtbot: QtBot, demo_db: Database, db_path: Path
) -> None:
    from app.backup.health import open_read_only

    demo_db.dispose()
    database = open_read_only(db_path)
    try:
        window = MainWindow(database, welcome=False, quick_start=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.context.first_page is None
        assert window.roster.model.total() == 46
    finally:
        database.dispose()


def test_after_the_first_paint_the_services_load_in_slices_then_the_roster(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.app
    from ui import safety
    from ui.app import load_the_rest

    # Automatic backups would go on after this test; note that they are started instead.
    started: list[MainWindow] = []
    monkeypatch.setattr(safety, "start_auto_backup", lambda w, _context: started.append(w))
    # Freezing the collector here would keep this test's window (and every later test's
    # leftovers) out of the collections the window tests rely on; note the call instead.
    frozen: list[bool] = []
    monkeypatch.setattr(ui.app, "keep_out_of_collections", lambda: frozen.append(True))
    window = MainWindow(demo_db, welcome=False, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.context.first_page is not None

    load = load_the_rest(window)
    qtbot.waitUntil(lambda: load.done, timeout=20000)

    assert window.context.first_page is None
    assert window.roster.model.total() == 46
    assert started == [window]
    assert frozen == [True]


# The real start, left running past its first paint: notes the menus at the first paint's
# follow-up and once the rest has loaded, then leaves.
START_AND_NOTE_MENUS = """
import json, sys
import ui.app
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow

noted = {}
follow_up = ui.app.AfterFirstPaint._run
finish_loading = MainWindow.finish_loading

def items(window):
    return {m.title(): [a.text() for a in m.actions() if a.text()] for m in (
        window.file_menu, window.edit_menu, window.program_menu, window.view_menu,
        window.help_menu)}

def note(self):
    noted.setdefault("painted", items(self.parent()))
    follow_up(self)

def finish_and_leave(window):
    finish_loading(window)
    noted["loaded"] = items(window)
    QApplication.instance().exit(0)

ui.app.AfterFirstPaint._run = note
MainWindow.finish_loading = finish_and_leave
from app.__main__ import main
code = main(["gui", "--db", sys.argv[1], "--no-crash-dialog"])
print(json.dumps({"code": code, **noted}))
"""


def test_the_menus_are_filled_once_the_window_is_painted(
    qtbot: QtBot, demo_db: Database, db_path: Path
) -> None:
    demo_db.dispose()
    report = run_start_script(START_AND_NOTE_MENUS, db_path)
    assert report["code"] == 0
    titles = ["&File", "&Edit", "&Program", "&View", "&Help"]
    assert list(report["painted"]) == titles  # the bar looks the same from the first paint
    assert all(items == [] for items in report["painted"].values())
    loaded = report["loaded"]
    built = MainWindow(demo_db, welcome=False)  # filled at once, as tests and the self-test get it
    qtbot.addWidget(built)
    assert loaded == {
        m.title(): [a.text() for a in m.actions() if a.text()]
        for m in (
            built.file_menu,
            built.edit_menu,
            built.program_menu,
            built.view_menu,
            built.help_menu,
        )
    }
    assert "Start ne&xt cycle…" in loaded["&File"] and "&Undo" in loaded["&Edit"]
