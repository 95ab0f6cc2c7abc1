"""Bar charts: grouped or stacked vertical bars, and horizontal bars (one per row)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing

from app.charts.style import LABEL_SIZE, TEXT, colour, empty, font, legend, short

Series = Sequence[tuple[str, Sequence[float]]]


def _step(peak: float) -> float:
    """Whole steps for counts: about five gridlines whatever the peak."""
    return max(1, round(peak / 5))


def grouped_bars(
    categories: Sequence[str],
    series: Series,
    width: float,
    height: float,
    empty_text: str,
    stacked: bool = False,
    label: Callable[[float], str] | None = None,
) -> Drawing:
    """Vertical bars, one group per category and one bar per series (e.g. per cycle);
    ``stacked`` piles the series in one bar per category instead. ``label`` says the count
    over each bar (a board's copy says small counts as its tables do); exact by default."""
    if not categories or not any(any(v for v in values) for _n, values in series):
        return empty(width, height, empty_text)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    legend_room = 18 if len(series) > 1 else 0
    chart.x, chart.y = 30, 22 + legend_room
    chart.width, chart.height = width - 40, height - 36 - legend_room
    chart.data = [list(values) for _name, values in series]
    most = max(12, int(chart.width / max(len(categories), 1) / 4.2))
    chart.categoryAxis.categoryNames = [short(c, most) for c in categories]
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize, labels.fillColor = font(), LABEL_SIZE, TEXT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    if stacked:
        chart.categoryAxis.style = "stacked"
        peak = max(sum(col) for col in zip(*chart.data, strict=False))
    else:
        peak = max(max(values, default=0) for _name, values in series)
        chart.barLabelFormat = label or "%d"
        chart.barLabels.fontName, chart.barLabels.fontSize = font(), 6.5
        chart.barLabels.nudge = 6
    chart.valueAxis.valueMax = peak * 1.12 or 1  # room for the labels over the tallest bar
    chart.valueAxis.valueStep = _step(peak)
    for n in range(len(series)):
        chart.bars[n].fillColor = colour(n)
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    if legend_room:
        legend(drawing, [name for name, _values in series], chart.x, 4)
    return drawing


def horizontal_bars(
    rows: Sequence[tuple[str, float]],
    width: float,
    height: float,
    empty_text: str,
    most: float | None = None,
    label: Callable[[float], str] | None = None,
) -> Drawing:
    """One bar per row (e.g. a share per role), largest scale ``most`` (100 for shares)."""
    if not rows:
        return empty(width, height, empty_text)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 12
    chart.width, chart.height = width - 150, height - 20
    chart.data = [[value for _name, value in rows]]
    chart.categoryAxis.categoryNames = [short(name, 28) for name, _value in rows]
    chart.categoryAxis.reverseDirection = True
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize, labels.fillColor = font(), LABEL_SIZE, TEXT
    chart.valueAxis.valueMin = 0
    if most is not None:
        chart.valueAxis.valueMax = most
    chart.bars[0].fillColor = colour(0)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = label or "%g"
    chart.barLabels.fontName, chart.barLabels.fontSize = font(), LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing
