"""``app.charts``: each chart's drawing built from plain data, its bars and words counted in
the drawing itself and read back from the PDF it makes, in English and in French."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Rect, String, Wedge
from reportlab.graphics.widgetbase import Widget

from app import charts
from app.charts.months import month_at
from app.charts.style import CONCERN, PALETTE
from app.meetings.engagement import MonthCount


def _shapes(node: Any) -> list[Any]:
    """Every primitive shape a drawing paints (charts expanded into what they draw)."""
    if isinstance(node, Widget):
        return _shapes(node.draw())
    if isinstance(node, Group | Drawing):
        return [shape for child in node.contents for shape in _shapes(child)]
    return [node]


def _bars(drawing: Drawing, colour: Any) -> list[Rect]:
    return [
        s
        for s in _shapes(drawing)
        if isinstance(s, Rect) and s.height > 0 and s.fillColor == colour
    ]


def _words(drawing: Drawing) -> list[str]:
    return [s.text for s in _shapes(drawing) if isinstance(s, String)]


def _pdf_text(drawing: Drawing) -> str:
    reader = PdfReader(io.BytesIO(renderPDF.drawToString(drawing)))
    return " ".join(page.extract_text() for page in reader.pages)


def test_grouped_bars_one_bar_per_series_and_category() -> None:
    roles = ["Resident mentor", "Medical student"]
    series = [("2023-2024", [3, 5]), ("2024-2025", [4, 8]), ("2025-2026", [6, 9])]
    drawing = charts.grouped_bars(roles, series, 400, 200, "No data this cycle")
    assert (drawing.width, drawing.height) == (400, 200)
    for n, (_name, values) in enumerate(series):
        bars = sorted(_bars(drawing, PALETTE[n]), key=lambda r: r.x)
        bars = [r for r in bars if r.width > 8]  # the legend's squares are 8 wide
        assert len(bars) == 2
        # Taller bars for larger figures, in proportion.
        assert abs(bars[1].height / bars[0].height - values[1] / values[0]) < 0.01
    words = _words(drawing)
    assert {"Resident mentor", "Medical student", "2023-2024", "2025-2026", "9"} <= set(words)
    assert "Medical student" in _pdf_text(drawing)


def test_stacked_bars_pile_the_series() -> None:
    drawing = charts.grouped_bars(
        ["A", "B", "C"], [("Pairs", [1, 2, 3]), ("Groups", [4, 0, 1])], 300, 150, "—", stacked=True
    )
    pairs = [r for r in _bars(drawing, PALETTE[0]) if r.width > 8]
    groups = [r for r in _bars(drawing, PALETTE[1]) if r.width > 8]
    assert len(pairs) == 3 and len(groups) == 2  # a zero draws no bar
    first_group = min(groups, key=lambda r: r.x)
    first_pair = min(pairs, key=lambda r: r.x)
    assert abs(first_group.y - (first_pair.y + first_pair.height)) < 0.01  # on top of it


def test_a_chart_without_figures_says_so_in_its_language() -> None:
    for text in ("No data this cycle", "Aucune donnée ce cycle"):
        drawing = charts.grouped_bars(["A"], [("x", [0])], 300, 150, text)
        assert _words(drawing) == [text]
        assert _bars(drawing, PALETTE[0]) == []
        assert text in _pdf_text(drawing)
    assert _words(charts.month_bars([], "fr", 300, 100, "Aucun contact")) == ["Aucun contact"]
    assert _words(charts.pie([("Moved away", 0)], 300, 100, "None")) == ["None"]


def _months() -> list[MonthCount]:
    return [
        MonthCount(2025, 11, 4, 1),
        MonthCount(2025, 12, 6, 0),
        MonthCount(2026, 1, 3, 2),
        MonthCount(2026, 2, 0, 0),
        MonthCount(2026, 3, 2, 0),  # after "today": pale, no count
    ]


def test_month_bars_in_english_and_french() -> None:
    today = dt.date(2026, 2, 10)
    english = charts.month_bars(_months(), "en", 500, 130, "No contacts", today)
    french = charts.month_bars(_months(), "fr", 500, 130, "Aucun contact", today)
    # A month's name, and its year under the first month and under January.
    assert {"Nov", "Dec", "Jan", "Feb", "Mar", "2025", "2026"} <= set(_words(english))
    assert {"nov.", "déc.", "janv.", "févr.", "mars", "2025", "2026"} <= set(_words(french))
    assert "Feb" not in _words(french)
    assert "févr." in _pdf_text(french) and "Dec" in _pdf_text(english)
    # Bars: four months with contacts up to today, plus the pale month to come.
    solid = _bars(english, PALETTE[0])
    assert len(solid) == 3  # November, December, January without their concerns
    concerns = _bars(english, CONCERN)
    assert len(concerns) == 2  # November and January carry a concern
    pale = [r for r in _shapes(english) if isinstance(r, Rect) and r.fillColor is not None
            and getattr(r.fillColor, "alpha", 1) < 1]  # fmt: skip
    assert len(pale) == 1
    counts = [w for w in _words(english) if w.isdigit() and w not in ("0",)]
    assert "4" in counts and "6" in counts and "2" not in _counts_over_bars(english)
    # The current month is outlined.
    outlines = [r for r in _shapes(english) if isinstance(r, Rect) and r.fillColor is None]
    assert len(outlines) == 1


def _counts_over_bars(drawing: Drawing) -> list[str]:
    return [s.text for s in _shapes(drawing) if isinstance(s, String) and s.fontSize == 6.5]


def test_month_under_the_pointer() -> None:
    assert month_at(10, 500, 5) is None  # left of the bars (the axis)
    assert month_at(30, 500, 5) == 0
    assert month_at(499, 500, 5) is None
    assert month_at(490, 500, 5) == 4
    assert month_at(100, 500, 0) is None


def test_pie_and_donut() -> None:
    rows = [("Moved away", 3), ("Goals met", 5), ("No contact", 0)]
    pie = charts.pie(rows, 300, 120, "—")
    donut = charts.pie(rows, 300, 120, "—", donut=True)
    assert len([s for s in _shapes(pie) if isinstance(s, Wedge)]) == 2
    assert {"Moved away", "Goals met"} <= set(_words(donut))
    assert "No contact" not in _words(donut)
    assert len(_shapes(donut)) > len(_shapes(pie))  # the hole


def test_horizontal_bars_and_summary() -> None:
    drawing = charts.horizontal_bars([("Mentors", 80.0), ("Mentorés", 95.5)], 400, 60, "—", 100)
    assert len(_bars(drawing, PALETTE[0])) == 2
    assert "Mentorés" in _words(drawing)
    said = charts.chart_summary(["A", "B"], [("2025", [1, 2.5])])
    assert said == "2025: A 1, B 2.5"
