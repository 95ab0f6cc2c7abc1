"""The window part of ``mentordesk self-test``: open the main window headless, visit every
page, draw a letter the way the letters preview shows it, check the French translation
ships, and leave without touching the user's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication

from app.db.engine import Database
from ui.app import application
from ui.main_window import MainWindow


def open_and_close(database: Database, letters: Path) -> str:
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
    return f"main window opened with {pages} pages; {letter_drawn(letters)}; {french_ships()}"


def letter_drawn(letters: Path) -> str:
    """Draw the first page of ``letters`` through PDFium, as the letters preview does."""
    from ui.widgets.pdf_preview import close_pdf, open_pdf, page_count, page_image

    document = open_pdf(letters.read_bytes())
    try:
        pages = page_count(document)
        image = page_image(document, 0, 0.5)
    finally:
        close_pdf(document)
    ink = {
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }
    if len(ink) < 2:
        raise RuntimeError("the letters preview draws a blank page")
    return f"letter previewed ({pages} pages)"


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
