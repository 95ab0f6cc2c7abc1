"""Pie and donut charts: shares of a whole with a legend beside them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Circle, Drawing, Rect, String

from app.charts.style import TEXT, WHITE, colour, empty, font, short


def pie(
    rows: Sequence[tuple[str, int]],
    width: float,
    height: float,
    empty_text: str,
    donut: bool = False,
) -> Drawing:
    """One slice per row with a count; rows of zero are left out. ``donut`` cuts the middle."""
    rows = [(name, n) for name, n in rows if n]
    if not rows:
        return empty(width, height, empty_text)
    drawing = Drawing(width, height)
    chart = Pie()
    size = min(height - 20, width / 2)
    chart.x, chart.y = 10, (height - size) / 2
    chart.width = chart.height = size
    chart.data = [n for _name, n in rows]
    chart.simpleLabels = True
    chart.labels = None
    for n in range(len(rows)):
        chart.slices[n].fillColor = colour(n)
        chart.slices[n].strokeColor = WHITE
    drawing.add(chart)
    if donut:
        middle = (chart.x + size / 2, chart.y + size / 2)
        drawing.add(Circle(*middle, size * 0.28, fillColor=WHITE, strokeColor=None))
    y = height - 20.0
    for n, (name, _count) in enumerate(rows):
        x = 20 + size
        drawing.add(Rect(x, y, 8, 8, fillColor=colour(n), strokeColor=None))
        drawing.add(
            String(x + 12, y + 1, short(name, 40), fontName=font(), fontSize=8, fillColor=TEXT)
        )
        y -= 13
    return drawing
