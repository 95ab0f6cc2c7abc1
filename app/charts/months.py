"""The month chart: one bar per month of a cycle with its number of contacts.

The part of a bar that carries a concern is red; months to come are pale and carry no count
(they have no count yet, not a count of zero); the current month is outlined. Months are
named in English or French.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color

from app.charts.style import CONCERN, LABEL_SIZE, TEXT, colour, empty, font
from app.letters.layout import MUTED

LEFT, RIGHT, BOTTOM, TOP = 26.0, 6.0, 24.0, 12.0
"""The plot area's margins in points: the window maps a pointer to its month with them."""
NAMES = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}


class Month(Protocol):
    """What the chart reads of a month (``app.meetings.engagement.MonthCount`` fits)."""

    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int: ...
    @property
    def contacts(self) -> int: ...
    @property
    def concerns(self) -> int: ...


def month_name(month: int, lang: str) -> str:
    return NAMES.get(lang, NAMES["en"])[month - 1]


def month_at(x: float, width: float, count: int) -> int | None:
    """The index of the month under ``x`` (points from the left), or None outside the bars."""
    if count <= 0 or not LEFT <= x < width - RIGHT:
        return None
    return min(int((x - LEFT) / ((width - LEFT - RIGHT) / count)), count - 1)


def _faded(base: Color) -> Color:
    return Color(base.red, base.green, base.blue, alpha=0.35)


def month_bars(
    months: Sequence[Month],
    lang: str,
    width: float,
    height: float,
    empty_text: str,
    today: dt.date | None = None,
) -> Drawing:
    """Contacts per month as stacked bars (without / with a concern)."""
    if not months or not any(m.contacts for m in months):
        return empty(width, height, empty_text)
    today = today or dt.date.today()
    now = (today.year, today.month)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = LEFT, BOTTOM
    chart.width, chart.height = width - LEFT - RIGHT, height - BOTTOM - TOP
    chart.data = [[m.contacts - m.concerns for m in months], [m.concerns for m in months]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [
        month_name(m.month, lang) + (f"\n{m.year}" if m.month == 1 or n == 0 else "")
        for n, m in enumerate(months)
    ]
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize, labels.fillColor = font(), LABEL_SIZE, TEXT
    chart.categoryAxis.labels.leading = LABEL_SIZE + 1
    peak = max(m.contacts for m in months)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, peak * 1.15
    chart.valueAxis.valueStep = max(1, round(peak / 4))
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, MUTED
    chart.valueAxis.gridStrokeWidth = 0.15
    chart.barSpacing, chart.groupSpacing = 0, max(2.0, chart.width / len(months) * 0.35)
    for series, base in ((0, colour(0)), (1, CONCERN)):
        chart.bars[series].fillColor, chart.bars[series].strokeColor = base, None
        for n, m in enumerate(months):
            if (m.year, m.month) > now:
                chart.bars[(series, n)].fillColor = _faded(base)
    drawing.add(chart)
    _counts_and_today(drawing, chart, months, now, peak)
    return drawing


def _counts_and_today(
    drawing: Drawing, chart: VerticalBarChart, months: Sequence[Month], now: tuple, peak: int
) -> None:
    slot = chart.width / len(months)
    scale = chart.height / (peak * 1.15)
    for n, m in enumerate(months):
        middle = chart.x + (n + 0.5) * slot
        top = chart.y + m.contacts * scale
        if (m.year, m.month) <= now:  # months to come have no count yet
            drawing.add(
                String(
                    middle, top + 2, str(m.contacts), fontName=font(), fontSize=6.5,
                    fillColor=TEXT, textAnchor="middle",
                )
            )  # fmt: skip
        if (m.year, m.month) == now:
            bar = slot - chart.groupSpacing
            drawing.add(
                Rect(
                    middle - bar / 2 - 1.5, chart.y, bar + 3, chart.height,
                    fillColor=None, strokeColor=colour(0), strokeWidth=0.8,
                )
            )  # fmt: skip
