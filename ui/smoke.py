"""The window part of ``mentordesk self-test``: open the main window headless, visit every
page, check the French translation ships, and leave without touching the user's settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool
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
    return f"main window opened with {pages} pages; {french_ships()}"


def french_ships() -> str:
    """Load the French catalogues as a French-speaking coordinator would get them."""
    from ui.language import current_language, install_translations, remove_translations

    before = current_language()
    install_translations("fr")
    # Looked up through variables: these are probes, not strings for lupdate to extract.
    ours, qt = ("Pages", "Roster"), ("QPlatformTheme", "Cancel")
    try:
        roster = QCoreApplication.translate(*ours)
        cancel = QCoreApplication.translate(*qt)
    finally:
        remove_translations()
        install_translations(before)
    if roster == "Roster" or cancel == "Cancel":
        raise RuntimeError("the French translation is missing from this build")
    return "French translation loads"
