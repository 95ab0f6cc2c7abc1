"""Show a chart of ``app.charts`` in the window: the very drawing the report's PDF carries.

The drawing is built for the widget's size in points (``ZOOM`` logical pixels a point), turned
into a one-page PDF in memory (``renderPDF.drawToString``) and rasterised by PDFium at the
screen's pixel ratio, so the window and the PDF share one look. Each size is rendered once
and kept; a resize renders the new size when it is next painted (a chart takes a few tens of
milliseconds, not worth a thread). The chart's figures are its accessible name and tooltip.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.meetings.engagement import MonthCount
from ui.language import current_language

log = logging.getLogger(__name__)
Builder = Callable[[float, float], Any]
"""Makes the chart's reportlab Drawing for a width and height in points."""
KEPT_SIZES = 4
ZOOM = 1.4
"""Screen pixels per drawing point: the charts are drawn for paper (7-point labels), and a
window's text is larger than print's, so the window shows them a little enlarged."""


def drawing_pixmap(drawing: Any, ratio: float, size: QSize | None = None) -> QPixmap:
    """``drawing`` rasterised through PDF at ``ratio`` device pixels per logical pixel
    (``ZOOM`` logical pixels per point), exactly ``size`` logical pixels when given."""
    from reportlab.graphics import renderPDF

    # Imported here: the print support it loads is not needed until a chart is painted.
    from ui.widgets.pdf_preview import close_pdf, open_pdf, page_image

    document = open_pdf(renderPDF.drawToString(drawing))
    try:
        image = page_image(document, 0, ratio * ZOOM)
    finally:
        close_pdf(document)
    if size is not None:  # PDFium rounds the page's size to whole pixels: fit it exactly
        pixels = QSize(round(size.width() * ratio), round(size.height() * ratio))
        if image.size() != pixels:
            image = image.scaled(pixels, mode=Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class ChartView(QWidget):
    """A chart drawn by ``app.charts``; ``set_chart`` gives the builder and its figures."""

    def __init__(self, parent: QWidget | None = None, minimum: QSize | None = None) -> None:
        super().__init__(parent)
        self._builder: Builder | None = None
        self._pixmaps: dict[tuple[int, int, float], QPixmap] = {}
        self.summary = ""
        minimum = minimum or QSize(260, 150)
        self.setMinimumSize(minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_chart(self, builder: Builder | None, summary: str) -> None:
        """Show what ``builder`` draws; ``summary`` says the figures in words."""
        self._builder = builder
        self._pixmaps.clear()
        self.summary = summary
        self.setAccessibleName(summary)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def pixmap(self) -> QPixmap | None:
        """The chart at the widget's current size (rendered on first asking)."""
        if self._builder is None or self.width() < 2 or self.height() < 2:
            return None
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio)
        if key not in self._pixmaps:
            if len(self._pixmaps) >= KEPT_SIZES:  # a window being resized: keep the last few
                self._pixmaps.pop(next(iter(self._pixmaps)))
            drawing = self._builder(self.width() / ZOOM, self.height() / ZOOM)
            self._pixmaps[key] = drawing_pixmap(drawing, ratio, self.size())
        return self._pixmaps[key]

    def paintEvent(self, event: QPaintEvent) -> None:
        pixmap = self.pixmap()
        if pixmap is not None:
            QPainter(self).drawPixmap(0, 0, pixmap)


class MonthChart(ChartView):
    """Contacts per month of the cycle (``app.charts.month_bars``), a month's figures on
    hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, QSize(260, 120))
        self._months: list[MonthCount] = []
        self._today = dt.date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(600, 130)

    def months(self) -> list[MonthCount]:
        return list(self._months)

    def set_months(self, months: Sequence[MonthCount], today: dt.date | None = None) -> None:
        from app import charts

        self._months = list(months)
        self._today = today or dt.date.today()
        lang, shown = current_language(), list(self._months)
        empty = self.tr("No contacts logged yet")
        when = self._today

        def build(width: float, height: float) -> Any:
            return charts.month_bars(shown, lang, width, height, empty, when)

        said = "; ".join(self._month_text(m) for m in shown if m.contacts) or empty
        chart = self.tr("Contacts logged in each month of the cycle")
        self.set_chart(build, self.tr("{chart}: {figures}").format(chart=chart, figures=said))
        self.setToolTip(self.tr("Contacts logged in each month of the cycle"))

    def _month_text(self, month: MonthCount) -> str:
        name = QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")
        text = self.tr("{month}: %Ln contact(s)", "", month.contacts).format(month=name)
        if month.concerns:
            text += " " + self.tr("(%Ln with a concern)", "", month.concerns)
        return text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            from app.charts.months import month_at

            index = month_at(event.pos().x() / ZOOM, self.width() / ZOOM, len(self._months))
            if index is not None:
                QToolTip.showText(event.globalPos(), self._month_text(self._months[index]), self)
                return True
        return super().event(event)
