"""Show a table, or a friendly message saying what to do next when it is empty."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QStackedWidget):
    """Page 0 is the content; page 1 a centred message with an optional button."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("emptyMessage")
        self.message.setStyleSheet("color: palette(mid); font-size: 11pt;")
        self.button = QPushButton()
        self.button.setVisible(False)
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._run_action)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.addWidget(content)
        self.addWidget(holder)

    def show_content(self) -> None:
        self.setCurrentIndex(0)

    def show_message(
        self, text: str, button: str = "", action: Callable[[], None] | None = None
    ) -> None:
        self.message.setText(text)
        self._action = action
        self.button.setText(button)
        self.button.setVisible(bool(button and action))
        self.setCurrentIndex(1)

    def is_showing_message(self) -> bool:
        return self.currentIndex() == 1

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()
