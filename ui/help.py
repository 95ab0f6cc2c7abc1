"""Help at hand: F1 opens a short guide to the page on screen, Help → The year in steps
opens the tour, and File → Open the demo… loads the fictional program at any time.

The guides are Markdown files bundled in ``resources/help/<lang>/<topic>.md`` (one per page
plus ``start``), shown in a QTextBrowser: no web engine, nothing fetched. A guide missing
in French falls back to English rather than showing nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ui import settings as keys
from ui.language import current_language

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

HELP_DIR = Path(__file__).resolve().parent.parent / "resources" / "help"
START_TOPIC = "start"
TOUR_SHOWN = "help/tourShown"


def help_path(topic: str, language: str | None = None) -> Path:
    """The guide of ``topic`` in ``language`` (the window's), else in English."""
    chosen = HELP_DIR / (language or current_language()) / f"{topic}.md"
    return chosen if chosen.is_file() else HELP_DIR / "en" / f"{topic}.md"


def help_topics() -> list[str]:
    """``start``, then every page with a guide in sidebar order, then any other guide."""
    from ui.page_registry import PAGE_SPECS

    present = {p.stem for p in (HELP_DIR / "en").glob("*.md")}
    ordered = [START_TOPIC, *(spec.name for spec in PAGE_SPECS)]
    topics = [t for t in ordered if t in present]
    return topics + sorted(present - set(topics))


def topic_title(topic: str) -> str:
    """The guide's first heading, in the window's language."""
    for line in help_path(topic).read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return topic


class HelpWindow(QDialog):
    """The guides, one topic at a time; not modal, so the page stays usable beside it."""

    def __init__(self, topic: str = START_TOPIC, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

        super().__init__(parent)
        self.setWindowTitle(self.tr("MentorDesk help"))
        self.topics = QListWidget()
        self.topics.setMaximumWidth(210)
        for name in help_topics():
            item = QListWidgetItem(topic_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.topics.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # links between guides are topic names
        self.browser.anchorClicked.connect(lambda url: self.show_topic(url.toString()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.topics.currentRowChanged.connect(self._on_row)
        self.resize(*_fitting(820, 600, self))
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        topic = topic.removesuffix(".md")
        names = [self.topics.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.count)]
        if topic not in names:
            topic = START_TOPIC
        self.topics.setCurrentRow(names.index(topic))

    @property
    def count(self) -> int:
        return self.topics.count()

    def current_topic(self) -> str:
        item = self.topics.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else START_TOPIC

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        topic = self.topics.item(row).data(Qt.ItemDataRole.UserRole)
        self.browser.setMarkdown(help_path(topic).read_text(encoding="utf-8"))


def _fitting(width: int, height: int, widget: QWidget) -> tuple[int, int]:
    """``width`` × ``height``, shrunk to 90 % of the screen's free area when it is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return width, height
    free = screen.availableGeometry()
    return min(width, int(free.width() * 0.9)), min(height, int(free.height() * 0.9))


class _FirstShow(QObject):
    """Offers the tour once, the first time the window appears (after the welcome)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            self.shown()
        return False

    def shown(self) -> None:
        # Twice deferred: the welcome dialog is opened by a timer set in showEvent.
        # The timers are bound to this object, so a window closed meanwhile cancels them.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._offer))

    def _offer(self) -> None:
        welcome = self.window.welcome_dialog
        if welcome is not None:
            welcome.finished.connect(lambda _r: QTimer.singleShot(0, self, self._offer))
            return
        if self.window.program_dialog is None:
            show_tour(self.window)


def install_help(window: MainWindow, file_menu: QMenu, help_menu: QMenu) -> None:
    """File → Open the demo…, Help → Help for this page (F1) and The year in steps…;
    the tour opens by itself on the first run of a real window."""
    demo = QAction(QCoreApplication.translate("Help", "Open the &demo…"), window)
    demo.setStatusTip(
        QCoreApplication.translate("Help", "Add the fictional demo program to try every page")
    )
    demo.setToolTip(demo.statusTip())
    demo.triggered.connect(lambda: open_demo(window))
    actions = file_menu.actions()
    file_menu.insertAction(actions[1] if len(actions) > 1 else None, demo)
    window.open_demo_action = demo

    page_help = QAction(QCoreApplication.translate("Help", "&Help for this page"), window)
    page_help.setShortcut(QKeySequence(Qt.Key.Key_F1))
    page_help.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    page_help.setStatusTip(
        QCoreApplication.translate("Help", "A short guide to the page on screen")
    )
    page_help.triggered.connect(lambda: show_help(window))
    help_menu.addAction(page_help)
    window.page_help_action = page_help
    tour = QAction(QCoreApplication.translate("Help", "The &year in steps…"), window)
    tour.setStatusTip(
        QCoreApplication.translate(
            "Help", "A tour of a program year, from set-up to the next cycle"
        )
    )
    tour.triggered.connect(lambda: show_tour(window))
    help_menu.addAction(tour)
    window.tour_action = tour
    help_menu.addSeparator()
    if window._offer_welcome and not keys.settings().value(TOUR_SHOWN, False, type=bool):
        first = _FirstShow(window)
        if window.isVisible():  # the app fills the menus once the window is painted
            first.shown()
        else:
            window.installEventFilter(first)


def show_help(window: MainWindow, topic: str | None = None) -> HelpWindow:
    from ui.page_registry import PAGE_SPECS

    if topic is None:
        row = window.sidebar.currentRow()
        topic = PAGE_SPECS[row].name if 0 <= row < len(PAGE_SPECS) else START_TOPIC
    shown = getattr(window, "help_window", None)
    if not isinstance(shown, HelpWindow):
        shown = HelpWindow(topic, window)
        window.help_window = shown
    shown.show_topic(topic)
    shown.show()
    shown.raise_()
    return shown


def show_tour(window: MainWindow) -> QDialog:
    from ui.dialogs.tour import TourDialog

    keys.settings().setValue(TOUR_SHOWN, True)
    dialog = TourDialog(window)
    dialog.helpRequested.connect(lambda topic: show_help(window, topic))
    window.tour_dialog = dialog
    dialog.open()
    return dialog


def open_demo(window: MainWindow) -> None:
    """Select the demo when it is there; add it (asking first beside real programs)."""
    from PySide6.QtWidgets import QMessageBox

    from app.demo import DEMO_PROGRAM

    demo_cycles = [c for c in window.cycles if c.program_name == DEMO_PROGRAM]
    if demo_cycles:
        window.reload_cycles(demo_cycles[-1].id)
        window.show_page(0)
        return
    if window.cycles:
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("Help", "Open the demo"),
            QCoreApplication.translate(
                "Help",
                "The demo adds a fictional program, {name}, beside your own programs; "
                "your data is not changed. Add it?",
            ).format(name=DEMO_PROGRAM),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    window.load_demo()
