"""The window part of ``mentordesk self-test``: open the main window headless, visit every
page, and leave without touching the user's settings."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from app.db.engine import Database
from ui.app import application
from ui.main_window import MainWindow


def open_and_close(database: Database) -> str:
    application()
    window = MainWindow(database, welcome=False)
    window.show()
    QApplication.processEvents()
    pages = len(window.pages)
    for index in range(pages):
        window.show_page(index)
        QApplication.processEvents()
    QThreadPool.globalInstance().waitForDone()
    window.hide()
    window.deleteLater()
    QApplication.processEvents()
    return f"main window opened with {pages} pages"
