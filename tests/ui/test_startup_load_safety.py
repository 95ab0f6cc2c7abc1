"""The load that follows the first paint imports on the GUI thread only, in slices, so a
page or menu action opened meanwhile can never meet another thread importing the same
modules (which can deadlock), and such a page works and shows its data."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.collector import STARTING_THRESHOLD
from app.db.engine import Database
from app.matching import service as matching
from app.programs.service import list_cycles
from tests.ui.start_script import run_start_script
from ui.main_window import MainWindow

# Runs the real start (``mentordesk gui``) until the full load is done, noting the thread
# of every module imported from the first paint on; the matching page is opened as soon
# as the load starts, as a coordinator clicking at once would.
START_AND_NOTE_THREADS = """
import gc, json, sys, threading
import ui.app
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow

threads = {}

class NoteThread:
    def find_spec(self, name, path=None, target=None):
        threads.setdefault(threading.current_thread().name, []).append(name)
        return None

started = ui.app.load_the_rest

def start_and_open_a_page(window):
    sys.meta_path.insert(0, NoteThread())
    noted["threshold_while_starting"] = gc.get_threshold()[0]
    load = started(window)
    window.show_page(1)
    return load

finish_loading = MainWindow.finish_loading
noted = {}

def finish_and_leave(window):
    finish_loading(window)
    noted["threshold_once_loaded"] = gc.get_threshold()[0]
    noted["matches"] = len(window.matching.matches.rows())
    noted["roster"] = window.roster.model.total()
    noted["frozen_at_load"] = gc.get_freeze_count()
    QApplication.instance().exit(0)

ui.app.load_the_rest = start_and_open_a_page
MainWindow.finish_loading = finish_and_leave
from app.__main__ import main
code = main(["gui", "--db", sys.argv[1], "--no-crash-dialog"])
print(json.dumps({"code": code, "threads": threads, "frozen": gc.get_freeze_count(), **noted}))
"""


def test_the_full_load_imports_on_the_gui_thread_only_with_a_page_opened_meanwhile(
    demo_db: Database, db_path: Path
) -> None:
    with demo_db.read() as session:
        cycle = list_cycles(session)[-1]
        matches = len(matching.list_matches(session, cycle.id))
    demo_db.dispose()
    report = run_start_script(START_AND_NOTE_THREADS, db_path)
    assert report["code"] == 0
    assert list(report["threads"]) == ["MainThread"]
    assert "sqlalchemy.orm" in report["threads"]["MainThread"]
    assert matches > 0
    assert report["matches"] == matches
    assert report["roster"] == 46
    # What the start made is left out of the collector's passes after the first paint,
    # and what the load made after the load.
    assert 0 < report["frozen_at_load"] < report["frozen"]
    # The collector passes less often until the load is done, then as usual.
    assert report["threshold_while_starting"] == STARTING_THRESHOLD
    assert report["threshold_once_loaded"] == gc.get_threshold()[0] < STARTING_THRESHOLD


@pytest.mark.parametrize("opened_after", [0, 3])
def test_a_page_opened_during_the_load_shows_its_data_and_the_load_still_finishes(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, opened_after: int
) -> None:
    from ui import safety
    from ui.app import load_the_rest

    monkeypatch.setattr(safety, "start_auto_backup", lambda _w, _context: None)
    with demo_db.read() as session:
        cycle = list_cycles(session)[-1]
        matches = len(matching.list_matches(session, cycle.id))
    window = MainWindow(demo_db, welcome=False, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    load = load_the_rest(window)
    shown: list[int] = []

    def open_matching() -> None:  # as a click between two slices of the load
        window.show_page(1)
        shown.append(len(window.matching.matches.rows()))

    load._steps.insert(opened_after, open_matching)
    qtbot.waitUntil(lambda: load.done, timeout=20000)
    assert shown == [matches]
    assert matches > 0
    assert window.context.first_page is None
    assert window.roster.model.total() == 46
    assert len(window.matching.matches.rows()) == matches


def test_the_sidebar_icons_follow_the_first_paint_in_the_place_kept_for_them(
    qtbot: QtBot, demo_db: Database
) -> None:
    from ui.page_registry import PAGE_SPECS

    window = MainWindow(demo_db, welcome=False, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    size = window.sidebar.iconSize()
    items = [window.sidebar.item(n) for n in range(len(PAGE_SPECS))]
    before = [window.sidebar.visualItemRect(item) for item in items]
    assert all(item.icon().actualSize(size) == size for item in items)

    window.show_icons()

    style = window.style()
    for item, spec in zip(items, PAGE_SPECS, strict=True):
        expected = spec.style_icon(style).pixmap(size).toImage()
        assert item.icon().pixmap(size).toImage() == expected
    assert [window.sidebar.visualItemRect(item) for item in items] == before
