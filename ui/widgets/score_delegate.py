"""Draws a match score (0–1) as a small bar with its percentage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.rows import ValueRole
from ui.text import percent

BAR_COLOUR = QColor("#4f8fd6")


class ScoreDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(ValueRole)
        if value is None:
            super().paint(painter, option, index)
            return
        fraction = max(0.0, min(float(value), 1.0))
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(6, 6, -6, -6)
        bar_width = max(rect.width() - 48, 10)
        track = QRect(rect.left(), rect.top(), bar_width, rect.height())
        painter.fillRect(track, QColor("#e4e8ee"))
        painter.fillRect(
            QRect(track.left(), track.top(), int(bar_width * fraction), track.height()),
            BAR_COLOUR,
        )
        text_rect = QRect(track.right() + 6, option.rect.top(), 44, option.rect.height())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, percent(fraction)
        )
        painter.restore()
