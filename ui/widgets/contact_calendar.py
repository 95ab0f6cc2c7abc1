"""The program calendar: one bar per month of the cycle with its number of contacts.

Drawn with QPainter (no chart library): a coordinator only needs to see the months side by
side to notice the mid-year drop-off. The part of a bar that carries a concern is red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.meetings.engagement import MonthCount
from ui.text import number

BAR_COLOUR = QColor("#2874a6")
CONCERN_COLOUR = QColor("#c0392b")
CURRENT_OUTLINE = QColor("#1b4f72")


class ContactCalendar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[MonthCount] = []
        self._today = dt.date.today()
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Contacts logged in each month of the cycle"))

    def sizeHint(self) -> QSize:
        return QSize(600, 130)

    def set_months(self, months: Sequence[MonthCount], today: dt.date | None = None) -> None:
        self._months = list(months)
        self._today = today or dt.date.today()
        self.update()

    def months(self) -> list[MonthCount]:
        return list(self._months)

    # -- geometry ---------------------------------------------------------------------
    def _slots(self) -> list[QRect]:
        """The column of each month: bar area plus room for its labels."""
        if not self._months:
            return []
        width = self.width() / len(self._months)
        return [
            QRect(round(i * width), 0, max(round(width), 1), self.height())
            for i in range(len(self._months))
        ]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)

    def _tip_at(self, pos: QPoint) -> str:
        for month, slot in zip(self._months, self._slots(), strict=True):
            if slot.contains(pos):
                name = QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")
                text = self.tr("{month}: %Ln contact(s)", "", month.contacts).format(month=name)
                if month.concerns:
                    text += " " + self.tr("(%Ln with a concern)", "", month.concerns)
                return text
        return ""

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = self.fontMetrics()
        line = metrics.height()
        if not self._months or not any(m.contacts for m in self._months):
            painter.setPen(muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No contacts logged yet")
            )
            return
        top, bottom = line + 4, self.height() - 2 * line - 6
        peak = max(m.contacts for m in self._months)
        for month, slot in zip(self._months, self._slots(), strict=True):
            bar_width = min(max(slot.width() * 0.6, 4), 46)
            left = slot.center().x() - bar_width / 2
            height = (bottom - top) * month.contacts / peak if peak else 0
            future = (month.year, month.month) > (self._today.year, self._today.month)
            colour = QColor(BAR_COLOUR)
            colour.setAlpha(90 if future else 255)
            painter.fillRect(
                round(left), round(bottom - height), round(bar_width), round(height), colour
            )
            if month.concerns:
                part = height * month.concerns / month.contacts
                painter.fillRect(
                    round(left), round(bottom - part), round(bar_width), round(part), CONCERN_COLOUR
                )
            if (month.year, month.month) == (self._today.year, self._today.month):
                painter.setPen(CURRENT_OUTLINE)
                painter.drawRect(round(left) - 2, top - 2, round(bar_width) + 3, bottom - top + 3)
            painter.setPen(text_colour)
            if not future:  # months to come have no count yet, not a count of zero
                count_box = QRect(
                    slot.left(), round(bottom - height) - line - 2, slot.width(), line
                )
                painter.drawText(count_box, Qt.AlignmentFlag.AlignCenter, number(month.contacts))
            label = QLocale().monthName(month.month, QLocale.FormatType.ShortFormat)
            label_box = QRect(slot.left(), bottom + 4, slot.width(), line)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, label)
            if month.month == 1 or month is self._months[0]:
                painter.setPen(muted)
                year_box = QRect(slot.left(), bottom + 4 + line, slot.width(), line)
                painter.drawText(year_box, Qt.AlignmentFlag.AlignCenter, str(month.year))
        painter.setPen(muted)
        painter.drawLine(0, bottom, self.width(), bottom)
