"""A grouped bar chart painted with QPainter: categories along the bottom, one bar per
series in each (e.g. this cycle and the earlier ones), values over the bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.pages.wording import number

COLOURS = ("#1F4E79", "#6FA8DC", "#E69138", "#93C47D", "#C27BA0")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.empty_text = ""
        self.setMinimumSize(260, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_data(
        self,
        title: str,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        empty_text: str,
    ) -> None:
        self.title, self.empty_text = title, empty_text
        self.categories = list(categories)
        self.series = [(name, list(values)) for name, values in series]
        self.update()

    def peak(self) -> float:
        return max((v for _n, values in self.series for v in values), default=0.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        top, bottom = line * 2.4, self.height() - line * 2.6
        if not self.categories or self.peak() <= 0:
            painter.setPen(self.palette().placeholderText().color())
            area = QRectF(0, top, self.width(), bottom - top)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self._bars(painter, top, bottom, line)
        self._legend(painter, line)

    def _bars(self, painter: QPainter, top: float, bottom: float, line: float) -> None:
        peak = self.peak()
        width = self.width() / len(self.categories)
        bar = min(48.0, width * 0.8 / max(len(self.series), 1))
        text = self.palette().text().color()
        for c, category in enumerate(self.categories):
            left = c * width + (width - bar * len(self.series)) / 2
            for s, (_name, values) in enumerate(self.series):
                value = values[c] if c < len(values) else 0
                height = (bottom - top) * value / peak
                rect = QRectF(left + s * bar, bottom - height, bar - 2, height)
                painter.fillRect(rect, QColor(COLOURS[s % len(COLOURS)]))
                painter.setPen(text)
                label = QRectF(rect.left() - 10, rect.top() - line, rect.width() + 20, line)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, number(value))
            painter.setPen(text)
            shown = self.fontMetrics().elidedText(category, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(
                QRectF(c * width, bottom + 2, width, line), Qt.AlignmentFlag.AlignCenter, shown
            )
        painter.drawLine(0, int(bottom), self.width(), int(bottom))

    def _legend(self, painter: QPainter, line: float) -> None:
        if len(self.series) < 2:
            return
        x, y = 0.0, self.height() - line
        for s, (name, _values) in enumerate(self.series):
            painter.fillRect(
                QRectF(x, y + 3, line - 6, line - 6), QColor(COLOURS[s % len(COLOURS)])
            )
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + line, y, 200, line), Qt.AlignmentFlag.AlignLeft, name)
            x += line + self.fontMetrics().horizontalAdvance(name) + 16
