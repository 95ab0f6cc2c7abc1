"""The Letters page's log shows group letters beside the pairs' ones, by the group's name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.letters.group_letter import FirstMeeting
from app.letters.group_service import generate_group_letters, set_first_meeting
from app.letters.service import generate_letters
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, pairs  # noqa: F401 (fixture)
from tests.app.letters.test_group_letters import _group
from tests.shots import shots_dir
from tests.ui.conftest import wait_for_work
from ui.main_window import MainWindow

SHOTS = shots_dir("grouplog")


@pytest.fixture
def written(db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path) -> Path:  # noqa: F811
    """Pair letters, then the letters of the group "Tuesday circle"."""
    group_id = _group(db, cycle, pairs)
    with db.write() as session:
        set_first_meeting(
            session, group_id, FirstMeeting(dt.date(2026, 9, 15), "18:00", "Room 2.14", "video")
        )
    with db.write() as session:
        generate_letters(session, cycle.id, tmp_path / "pairs.pdf")
    with db.write() as session:
        generate_group_letters(session, cycle.id, tmp_path / "groups.pdf")
    return tmp_path


def _log_texts(window: MainWindow) -> list[list[str]]:
    log = window.letters.log
    return [
        [str(log.data(log.index(row, column))) for column in range(log.columnCount())]
        for row in range(log.rowCount())
    ]


def _shot(window: MainWindow, name: str) -> None:
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / name))
    except OSError:
        pass


def _open_letters(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.show_page(3)
    window.letters.refresh()
    wait_for_work(qtbot)


def test_the_log_names_the_group_and_makes_its_letter_again(
    qtbot: QtBot, written: Path, window: MainWindow
) -> None:
    _open_letters(qtbot, window)
    rows = _log_texts(window)
    grouped = [row for row in rows if "Group: Tuesday circle" in row]
    assert len(rows) == 11 and len(grouped) == 5
    assert {row[2] for row in grouped} == {"Mentor", "Member"}
    assert all("groups.pdf" in row for row in grouped)
    assert sum("↔" in " ".join(row) for row in rows) == 6
    _shot(window, "letters_group_log_en.png")
    # Preview a group letter from the log: made again for its reader.
    page = window.letters
    shown = page.log_view.model()
    first = next(
        row
        for row in range(shown.rowCount())
        if "Group: Tuesday circle" in str(shown.index(row, 3).data())
    )
    page.log_view.selectRow(first)
    page.reproduce_button.click()
    wait_for_work(qtbot, timeout=60000)
    preview = page.preview_dialog
    assert preview is not None and preview.isVisible()
    assert "made again" in preview.windowTitle()
    preview.close()


def test_the_log_in_french(qtbot: QtBot, written: Path, french: str, db: Database) -> None:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _open_letters(qtbot, window)
    rows = _log_texts(window)
    grouped = [row for row in rows if "Groupe\u00a0: Tuesday circle" in row]
    assert len(grouped) == 5
    assert {row[2] for row in grouped} == {"Mentor", "Membre"}
    header = window.letters.log.headerData(
        3, window.letters.log_view.horizontalHeader().orientation()
    )
    assert header == "Jumelage ou groupe"
    _shot(window, "letters_group_log_fr.png")
