"""Charts as reportlab vector drawings (``reportlab.graphics.charts``), one look everywhere.

Each function turns plain data (already-worded labels, numbers) into a ``Drawing`` of a given
size in points, with one palette and the letters' DejaVu fonts. The report's PDF places these
drawings as they are (vector); the window shows the same drawing rasterised at the widget's
size (``ui.widgets.chart_view``), so a chart looks the same on screen and on paper.

Qt-free; imports reportlab (import it only when drawing).
"""

from app.charts.bars import grouped_bars, horizontal_bars
from app.charts.months import month_bars, month_name
from app.charts.pie import pie
from app.charts.style import PALETTE, chart_summary

__all__ = [
    "PALETTE",
    "chart_summary",
    "grouped_bars",
    "horizontal_bars",
    "month_bars",
    "month_name",
    "pie",
]
