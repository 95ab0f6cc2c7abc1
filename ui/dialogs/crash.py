"""The dialog shown after an unexpected error."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, report: str, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MentorDesk ran into a problem"))
        self.resize(640, 420)
        where = (
            self.tr("The details were saved to <b>{path}</b>.").format(path=html.escape(str(path)))
            if path
            else self.tr("The details could not be saved to a file; copy them below.")
        )
        intro = QLabel(
            self.tr(
                "Something unexpected went wrong. Your data is safe: the last action was "
                "either saved completely or not at all.<br><br>"
                "{where} Please send this file to your support contact."
            ).format(where=where)
        )
        intro.setWordWrap(True)
        details = QPlainTextEdit(report)
        details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        if path is not None:
            folder = QPushButton(self.tr("Open folder"))
            folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            )
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)
