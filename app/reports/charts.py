"""The report's charts as reportlab vector drawings (``reportlab.graphics``), one look.

Import only when rendering: it imports reportlab at module level.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, HexColor

from app.letters import fonts
from app.letters.layout import ACCENT, MUTED

PALETTE: tuple[Color, ...] = (
    ACCENT,
    HexColor("#6FA8DC"),
    HexColor("#E69138"),
    HexColor("#93C47D"),
    HexColor("#C27BA0"),
    HexColor("#FFD966"),
    HexColor("#76A5AF"),
)


def _empty(width: float, height: float, text: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(
        String(
            width / 2,
            height / 2,
            text,
            fontName=fonts.REGULAR,
            fontSize=9,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float,
    height: float,
    empty_text: str,
) -> Drawing:
    """Vertical bars: one group per category, one bar per series (e.g. per cycle)."""
    if not categories or not any(any(v for v in values) for _n, values in series):
        return _empty(width, height, empty_text)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 38
    chart.width, chart.height = width - 40, height - 58
    chart.data = [list(values) for _name, values in series]
    chart.categoryAxis.categoryNames = [_short(c, 22) for c in categories]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = fonts.REGULAR, 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    peak = max(max(values, default=0) for _name, values in series)
    chart.valueAxis.valueStep = max(1, round(peak / 5))  # counts: whole steps
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.REGULAR, 6.5
    chart.barLabels.nudge = 6
    for n in range(len(series)):
        chart.bars[n].fillColor = PALETTE[n % len(PALETTE)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    _legend(drawing, [name for name, _values in series], 4)
    return drawing


def _legend(drawing: Drawing, names: Sequence[str], y: float) -> None:
    from reportlab.graphics.shapes import Rect

    x = 30.0
    for n, name in enumerate(names):
        drawing.add(Rect(x, y, 8, 8, fillColor=PALETTE[n % len(PALETTE)], strokeColor=None))
        drawing.add(String(x + 11, y + 1, name, fontName=fonts.REGULAR, fontSize=7.5))
        x += 20 + len(name) * 4.2


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
        return _empty(width, height, empty_text)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 12
    chart.width, chart.height = width - 150, height - 20
    chart.data = [[value for _name, value in rows]]
    chart.categoryAxis.categoryNames = [_short(name, 28) for name, _value in rows]
    chart.categoryAxis.reverseDirection = True
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = fonts.REGULAR, 7
    chart.valueAxis.valueMin = 0
    if most is not None:
        chart.valueAxis.valueMax = most
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = label or "%g"
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.REGULAR, 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing


def pie(rows: Sequence[tuple[str, int]], width: float, height: float, empty_text: str) -> Drawing:
    rows = [(name, n) for name, n in rows if n]
    if not rows:
        return _empty(width, height, empty_text)
    drawing = Drawing(width, height)
    chart = Pie()
    size = min(height - 20, width / 2)
    chart.x, chart.y = 10, (height - size) / 2
    chart.width = chart.height = size
    chart.data = [n for _name, n in rows]
    chart.simpleLabels = True
    chart.labels = None
    for n in range(len(rows)):
        chart.slices[n].fillColor = PALETTE[n % len(PALETTE)]
        chart.slices[n].strokeColor = HexColor("#FFFFFF")
    drawing.add(chart)
    from reportlab.graphics.shapes import Rect

    y = height - 20.0
    for n, (name, _count) in enumerate(rows):
        x = 20 + size
        drawing.add(Rect(x, y, 8, 8, fillColor=PALETTE[n % len(PALETTE)], strokeColor=None))
        drawing.add(String(x + 12, y + 1, _short(name, 40), fontName=fonts.REGULAR, fontSize=8))
        y -= 13
    return drawing


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
