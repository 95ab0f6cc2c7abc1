"""Charts in the window: the same ``app.charts`` drawing rasterised at the widget's size,
the Reports page's bilingual PDF export, and the Engagement page's month chart in English
and in French at 1366×768."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app import charts
from app.db.engine import Database
from app.meetings.engagement import MonthCount
from app.programs.service import CycleInfo
from tests.app.reports.conftest import build_program
from tests.shots import shots_dir
from tests.ui.conftest import wait_for_work
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.widgets.chart_view import ZOOM, ChartView, MonthChart

SHOTS = shots_dir("charts")
ACCENT = QColor("#1F4E79")


def _accent_pixels(view: ChartView) -> int:
    pixmap = view.pixmap()
    assert pixmap is not None
    image = pixmap.toImage()
    step = 3
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if abs(image.pixelColor(x, y).red() - ACCENT.red()) < 12
        and abs(image.pixelColor(x, y).blue() - ACCENT.blue()) < 12
    )


def test_the_view_renders_the_drawing_at_its_size(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(360, 200)
    assert view.pixmap() is None  # nothing to draw yet
    sizes: list[tuple[float, float]] = []

    def build(width: float, height: float) -> object:
        sizes.append((width, height))
        return charts.grouped_bars(["A", "B"], [("2025", [3, 5])], width, height, "none")

    view.set_chart(build, "2025: A 3, B 5")
    pixmap = view.pixmap()
    assert pixmap is not None
    ratio = view.devicePixelRatioF()
    assert (pixmap.width(), pixmap.height()) == (round(360 * ratio), round(200 * ratio))
    assert sizes == [(360 / ZOOM, 200 / ZOOM)]  # the drawing's points, shown enlarged
    assert _accent_pixels(view) > 50  # the bars are there, in the report's colour
    assert view.pixmap() is pixmap or view.pixmap().cacheKey() == pixmap.cacheKey()
    assert len(sizes) == 1  # kept, not drawn again
    view.resize(500, 240)
    assert view.pixmap().width() == round(500 * ratio)  # type: ignore[union-attr]
    assert sizes[-1] == (500 / ZOOM, 240 / ZOOM)
    assert view.accessibleName() == "2025: A 3, B 5" == view.toolTip()
    view.set_chart(lambda w, h: charts.grouped_bars([], [], w, h, "none"), "none")
    assert _accent_pixels(view) == 0  # an empty chart: its sentence only


def test_month_chart_says_its_months(qtbot: QtBot) -> None:
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(600, 130)
    months = [MonthCount(2026, 1, 3, 1), MonthCount(2026, 2, 5, 0)]
    chart.set_months(months, today=dt.date(2026, 2, 20))
    assert chart.months() == months
    assert "3 contacts (1 with a concern)" in chart.accessibleName()
    assert _accent_pixels(chart) > 30


@pytest.mark.parametrize("language", ["en", "fr"])
def test_engagement_month_chart_on_screen(
    qtbot: QtBot, demo_db: Database, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    window = MainWindow(demo_db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("meetings"))
    chart = window.meetings.calendar
    assert chart.isVisible() and chart.width() > 600
    assert sum(m.contacts for m in chart.months()) > 0
    assert _accent_pixels(chart) > 30
    said = "Contacts logged in each" if language == "en" else "Contacts consignés chaque mois"
    assert said in chart.accessibleName()
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / f"engagement-{language}.png"))


def test_reports_page_exports_both_languages(
    qtbot: QtBot, db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    build_program(db, cycle)
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("reports"))
    page = window.reports
    qtbot.waitUntil(lambda: page.report is not None)
    menu = page.pdf_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["In English and French…", "In English…",
                                                  "In French…"]  # fmt: skip
    assert _accent_pixels(page.growth.view) > 30
    out = tmp_path / "board.pdf"
    page.export("pdf", out, lang="both")
    wait_for_work(qtbot)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Program report 2025-2026" in text and "Rapport du programme 2025-2026" in text
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / "reports-en.png"))
