"""The Reports page: headline figures, charts and measures of a hand-built cycle, in English
and in French at 1366×768, and its exports (one refused onto the database)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.app.reports.conftest import build_program
from tests.shots import shots_dir
from tests.ui.conftest import Messages, wait_for_work
from tests.ui.french_walk import english_left
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.reports import ReportsPage

SHOTS = shots_dir("reports")
ROLES = ["Resident mentor", "Medical student", "2025-2026"]


def _page(qtbot: QtBot, db: Database) -> tuple[MainWindow, ReportsPage]:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("reports"))
    page = window.reports
    qtbot.waitUntil(lambda: page.report is not None)
    return window, page


def _shot(window: MainWindow, name: str) -> None:
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_dashboard_shows_the_cycle(
    qtbot: QtBot, db: Database, cycle: CycleInfo, language: str, request: pytest.FixtureRequest
) -> None:
    build_program(db, cycle)
    if language == "fr":
        request.getfixturevalue("french")
    window, page = _page(qtbot, db)
    values = {key: value.text() for key, (value, _caption) in page.tiles.items()}
    assert values["participants"] == "7"
    assert values["match_rate"] == ("75 %" if language == "fr" else "75%")
    assert values["closures"] == "1"
    positive = "66,7 %" if language == "fr" else "66.7%"
    assert values["survey_positive"] == positive
    assert page.growth.categories == ["Resident mentor", "Medical student"]
    assert page.tab_models["measures"].rowCount() == 9
    assert page.tab_models["closures"].rowCount() == 2  # moved away, then the average length
    assert page.tabs.count() == 10
    _shot(window, f"page-{language}")
    # Everything fits: the window is not wider or taller than a 1366×768 screen needs.
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768
    seen = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        _shot(window, f"page-{language}-tab{tab}")
        if language == "fr":
            seen += english_left(page, allow=[*ROLES, "End of year"])
    if language == "fr":
        caption = page.tiles["match_rate"][1].text()
        assert caption == "Taux de jumelage"
        assert seen == []


def test_exports_and_a_refusal_said_as_a_sentence(
    qtbot: QtBot, db: Database, db_path: Path, cycle: CycleInfo, tmp_path: Path, messages: Messages
) -> None:
    build_program(db, cycle)
    _window, page = _page(qtbot, db)
    out = tmp_path / "board.pdf"
    page.export("pdf", out)
    wait_for_work(qtbot)
    assert out.read_bytes().startswith(b"%PDF")
    page.export("xlsx", tmp_path / "board.xlsx")
    wait_for_work(qtbot)
    assert (tmp_path / "board.xlsx").stat().st_size > 0
    assert messages.texts("information")[-1] == f"Report written to {tmp_path / 'board.xlsx'}."
    before = db_path.read_bytes()
    page.export("pdf", db_path)
    wait_for_work(qtbot)
    assert db_path.read_bytes() == before
    refusal = [text for kind, _title, text in messages.shown if kind in ("warning", "critical")]
    assert refusal == [
        f"“{db_path}” is your MentorDesk database; choose another file name for the report."
    ]


def test_an_empty_cycle_shows_dashes_not_zeros(
    qtbot: QtBot, db: Database, cycle: CycleInfo
) -> None:
    window, page = _page(qtbot, db)
    values = {key: value.text() for key, (value, _caption) in page.tiles.items()}
    assert values == {
        "participants": "0",
        "match_rate": "—",
        "on_track": "—",
        "closures": "—",
        "survey_positive": "—",
    }
    assert page.pdf_button.isEnabled()
    _shot(window, "page-en-empty")
