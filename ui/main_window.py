"""The main window: page sidebar, cycle picker, menus, status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import __version__
from app.db.engine import Database
from app.errors import MentorDeskError
from app.programs.cycle_info import CycleInfo
from ui import settings as keys
from ui.context import AppContext
from ui.core_text import problem_text
from ui.page_registry import PAGE_SPECS, LazyPages, PageAttribute
from ui.pages.base import Page
from ui.screen_fit import fit_to_screen
from ui.status import counts_text
from ui.worker import show_failure

if TYPE_CHECKING:  # made by PySide on first use: the window's first paint needs none of them
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent

    from ui.dialogs.new_program import NewProgram, NewProgramDialog, WelcomeDialog
    from ui.pages.agreements import AgreementsPage
    from ui.pages.backups import BackupsPage
    from ui.pages.engagement import EngagementPage
    from ui.pages.groups import GroupsPage
    from ui.pages.letters import LettersPage
    from ui.pages.matching import MatchingPage
    from ui.pages.program_settings import ProgramSettingsPage
    from ui.pages.reports import ReportsPage
    from ui.pages.roster import RosterPage
    from ui.pages.surveys import SurveysPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # Pages are built when first shown or used (start-up stays fast): see ui/page_registry.
    roster: PageAttribute[RosterPage] = PageAttribute("roster")
    matching: PageAttribute[MatchingPage] = PageAttribute("matching")
    meetings: PageAttribute[EngagementPage] = PageAttribute("meetings")
    letters: PageAttribute[LettersPage] = PageAttribute("letters")
    backups: PageAttribute[BackupsPage] = PageAttribute("backups")
    program: PageAttribute[ProgramSettingsPage] = PageAttribute("program")
    agreements: PageAttribute[AgreementsPage] = PageAttribute("agreements")
    surveys: PageAttribute[SurveysPage] = PageAttribute("surveys")
    reports: PageAttribute[ReportsPage] = PageAttribute("reports")
    groups: PageAttribute[GroupsPage] = PageAttribute("groups")

    def __init__(
        self,
        database: Database,
        *,
        welcome: bool = True,
        quick_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``quick_start``: paint the cycles and the first roster page from a plain read;
        the caller runs ``finish_loading`` once the window is painted (see ui/app.py)."""
        super().__init__(parent)
        self.context = AppContext(database, self)
        self.cycles: list[CycleInfo] = []
        self.welcome_dialog: WelcomeDialog | None = None
        self.program_dialog: NewProgramDialog | None = None
        self._offer_welcome = welcome
        self.setWindowTitle(self.tr("MentorDesk"))
        self.setAcceptDrops(True)
        self.context.newProgramRequested.connect(self.new_program)
        self._build_central()
        self._build_toolbar()
        self._build_menu_bar()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.context.cycleChanged.connect(self.update_status)
        self.context.dataChanged.connect(self.update_status)
        from ui.dialogs.next_cycle_banner import install_closed_banner

        install_closed_banner(self)
        if not quick_start:
            self.fill_menus()
            self.show_icons()
        # A damaged database opened read-only is read through the services only.
        if quick_start and self._saved_page() == 0 and not getattr(database, "read_only", False):
            self._show_first_page()
        else:
            self.reload_cycles()
        self._restore_settings()

    # -- construction -----------------------------------------------------------------
    def _build_central(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setFixedWidth(168)
        self.stack = QStackedWidget()
        self.page_stack = LazyPages(self.stack, self.context, self._page_built)
        # Blank icons of the same size keep the titles where the real icons will put them.
        blank = QPixmap(self.sidebar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        for number, spec in enumerate(PAGE_SPECS, 1):
            item = QListWidgetItem(QIcon(blank), spec.shown_title())
            item.setToolTip(spec.shown_tip())
            item.setSizeHint(QSize(150, 40))
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.page_stack.show)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.sidebar)
        # On a small screen (a laptop at 125 %, French labels) a page may need more room
        # than the window has: it scrolls instead of pushing the window off the screen.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)

    def show_icons(self) -> None:
        """The sidebar's icons: the app sets them just after the first paint, since the
        style that draws them takes a noticeable part of a start to load."""
        style = self.style()
        for number, spec in enumerate(PAGE_SPECS):
            item = self.sidebar.item(number)
            if item is not None:
                item.setIcon(spec.style_icon(style))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Program"))
        toolbar.setObjectName("programToolbar")
        toolbar.setMovable(False)
        self.cycle_box = QComboBox()
        self.cycle_box.setMinimumContentsLength(36)
        self.cycle_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cycle_box.setToolTip(self.tr("The program and cycle every page shows"))
        self.cycle_box.currentIndexChanged.connect(self._on_cycle_chosen)
        label = QLabel("  " + self.tr("Program:") + "  ")
        toolbar.addWidget(label)
        toolbar.addWidget(self.cycle_box)
        self.addToolBar(toolbar)

    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menu_bar(self) -> None:
        """The menu bar's titles; their items come with ``fill_menus``."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.program_menu = bar.addMenu(self.tr("&Program"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._menus_filled = False

    def fill_menus(self) -> None:
        """Every menu item and its shortcut. The app fills them just after the first paint:
        a closed menu shows none of them, and the menus' modules take part of a start."""
        if self._menus_filled:
            return
        self._menus_filled = True
        from ui.commands.actions import install_undo_actions
        from ui.dialogs.next_cycle_banner import install_next_cycle_action
        from ui.help import install_help
        from ui.language_menu import add_language_menu

        file, edit, view = self.file_menu, self.edit_menu, self.view_menu
        self._action(
            file,
            self.tr("&New program…"),
            self.new_program,
            "Ctrl+N",
            self.tr("Create a program and its first cycle"),
        )
        self._action(
            file,
            self.tr("&Import sign-ups…"),
            self.import_signups,
            "Ctrl+I",
            self.tr("Add people from a spreadsheet"),
        )
        self._action(
            file,
            self.tr("Import &history…"),
            self.import_history,
            tip=self.tr("Past imports of this cycle, and undoing one"),
        )
        self._action(
            file,
            self.tr("Import &attendance…"),
            self.import_attendance,
            tip=self.tr("Add orientation sessions from an attendance sheet"),
        )
        self._action(
            file,
            self.tr("&Log contact…"),
            lambda: self.meetings.log_contact(self.meetings.selected_id()),
            "Ctrl+L",
            self.tr("Record a meeting, call or message of a match"),
        )
        self._action(
            file,
            self.tr("&Export…"),
            self.export_data,
            "Ctrl+E",
            self.tr("Save participants, matches or meetings as Excel or CSV"),
        )
        self._action(
            file,
            self.tr("&Back up now"),
            self.back_up,
            "Ctrl+B",
            self.tr("Save a verified copy of the data"),
        )
        file.addSeparator()
        quit_action = self._action(
            file,
            self.tr("&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            self.tr("Close MentorDesk; your data is already saved"),
        )
        quit_action.setShortcut("Ctrl+Q")
        self.undo_group = install_undo_actions(self, edit, self.stack)
        self._action(
            edit,
            self.tr("&Find"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            self.tr("Search this page"),
        )
        edit.addSeparator()
        self._action(
            edit,
            self.tr("Answer &catalogue…"),
            self.answer_catalogue,
            tip=self.tr("The answers of the sign-up forms, in English and French"),
        )
        self._action(
            edit,
            self.tr("&Topics…"),
            lambda: self.meetings.edit_topics(),
            tip=self.tr("The topics a contact can cover, in English and French"),
        )
        self._action(
            self.program_menu,
            self.tr("&Eligibility rules…"),
            self.eligibility_rules,
            tip=self.tr("Who may be matched in each role"),
        )
        for number, spec in enumerate(PAGE_SPECS):
            self._action(
                view,
                spec.shown_title(),
                lambda _=False, n=number: self.show_page(n),
                # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page; later pages have none.
                f"Ctrl+{(number + 1) % 10}" if number < 10 else None,
                spec.shown_tip(),
            )
        view.addSeparator()
        self.language_menu = add_language_menu(self, view)
        install_help(self, file, self.help_menu)  # F1, the tour, File → Open the demo…
        install_next_cycle_action(self, file)
        self._action(
            self.help_menu,
            self.tr("&About MentorDesk"),
            self.about,
            tip=self.tr("The version, and where the database is"),
        )

    # -- cycles -----------------------------------------------------------------------
    def reload_cycles(self, select_id: int | None = None) -> None:
        from app.programs.service import list_cycles

        with self.context.database.read() as session:
            cycles = list_cycles(session)
        self._fill_cycles(cycles, select_id if select_id is not None else self._saved_cycle_id())

    def _show_first_page(self) -> None:
        """The cycles and the first roster rows from a plain read, without the services
        (SQLAlchemy, the models) that ``finish_loading`` loads after the first paint."""
        import sqlite3

        from app.roster.first_page import read_first_page

        try:
            first = read_first_page(self.context.database.path, self._saved_cycle_id())
        except sqlite3.Error:  # the services will say what is wrong, as without this read
            log.exception("The first roster page could not be read")
            self.reload_cycles()
            return
        self.context.first_page = first
        self._fill_cycles(first.cycles, first.cycle.id if first.cycle else None)

    def finish_loading(self) -> None:
        """Load through the services what the first paint showed from a plain read."""
        first = self.context.first_page
        if first is None:
            return
        self.context.first_page = None
        self.reload_cycles(first.cycle.id if first.cycle else None)
        self.context.notify_changed()  # the roster reloads in full, selection kept

    def _fill_cycles(self, cycles: list[CycleInfo], wanted: int | None) -> None:
        self.cycles = cycles
        self.cycle_box.blockSignals(True)
        self.cycle_box.clear()
        for info in self.cycles:
            self.cycle_box.addItem(info.title, info.id)
        if not self.cycles:
            self.cycle_box.addItem(self.tr("No program yet — File → New program…"), None)
        index = self.cycle_box.findData(wanted) if wanted is not None else -1
        self.cycle_box.setCurrentIndex(index if index >= 0 else self.cycle_box.count() - 1)
        self.cycle_box.setEnabled(bool(self.cycles))
        self.cycle_box.blockSignals(False)
        self._on_cycle_chosen()

    def _saved_cycle_id(self) -> int | None:
        value = keys.settings().value(keys.LAST_CYCLE)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def _on_cycle_chosen(self, *_: Any) -> None:
        cycle_id = self.cycle_box.currentData()
        chosen = next((c for c in self.cycles if c.id == cycle_id), None)
        self.context.set_cycle(chosen)
        if chosen is not None and chosen.id != self._saved_cycle_id():
            keys.settings().setValue(keys.LAST_CYCLE, chosen.id)  # rewrites the settings file
        self.update_status()

    def update_status(self) -> None:
        if self.context.first_page is not None:  # the counts come with the services
            name = self.context.database.path.name
            self.status.setText(f"{name}  ·  " + self.tr("Loading…"))
            return
        self.status.setText(counts_text(self.context.database, self.context.cycle))

    # -- pages ------------------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """Every page (building those not opened yet)."""
        return self.page_stack.all()

    def _page_built(self, name: str, page: Page) -> None:
        if name == "backups":
            page.restoreRequested.connect(self.restore_backup)  # type: ignore[attr-defined]
        if name == "program":  # a renamed program: the picker shows its new name
            page.programChanged.connect(  # type: ignore[attr-defined]
                lambda: self.reload_cycles(self.context.cycle.id if self.context.cycle else None)
            )

    def show_page(self, number: int) -> None:
        self.sidebar.setCurrentRow(number)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def focus_search(self) -> None:
        if not self.current_page().focus_search():
            self.statusBar().showMessage(self.tr("This page has nothing to search."), 3000)

    def import_signups(self, path: Path | None = None) -> None:
        from ui.dialogs.import_wizard import start_import_wizard

        self.show_page(0)
        start_import_wizard(self, self.context, path if isinstance(path, Path) else None)

    def import_history(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.dialogs.import_wizard import ImportHistoryDialog

        if self.context.cycle is None:
            QMessageBox.information(
                self, self.tr("Import history"), self.tr("Create a program first.")
            )
            return
        ImportHistoryDialog(self.context, self).exec()

    def import_attendance(self, path: Path | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.dialogs.orientation import AttendanceImport

        if self.context.cycle is None:
            QMessageBox.information(
                self, self.tr("Import attendance"), self.tr("Create a program first.")
            )
            return
        self.show_page(0)
        self.attendance_import = AttendanceImport(self.roster)
        self.attendance_import.start(path if isinstance(path, Path) else None)

    def eligibility_rules(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.dialogs.eligibility_rules import EligibilityRulesDialog

        cycle = self.context.cycle
        if cycle is None:
            QMessageBox.information(
                self, self.tr("Eligibility rules"), self.tr("Create a program first.")
            )
            return
        dialog = EligibilityRulesDialog(
            self.context.database, cycle.program_id, cycle.id, tuple(cycle.role_ladder), self
        )
        dialog.accepted.connect(self.context.notify_changed)
        self.rules_dialog = dialog
        dialog.open()

    def answer_catalogue(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.dialogs.answer_catalogue import AnswerCatalogueDialog

        cycle = self.context.cycle
        if cycle is None:
            QMessageBox.information(
                self, self.tr("Answer catalogue"), self.tr("Create a program first.")
            )
            return
        dialog = AnswerCatalogueDialog(
            self.context.database, cycle.program_id, cycle.program_name, self
        )
        dialog.finished.connect(lambda _r: dialog.changed and self.context.notify_changed())
        self.catalogue_dialog = dialog
        dialog.open()

    def export_data(self) -> None:
        self.show_page(0)
        self.roster.start_export()

    def back_up(self) -> None:
        self.show_page(4)
        self.backups.back_up()

    # -- programs ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._offer_welcome and not self.cycles:
            self._offer_welcome = False
            QTimer.singleShot(0, self.offer_welcome)

    def offer_welcome(self) -> None:
        from ui.dialogs.new_program import WelcomeDialog

        dialog = WelcomeDialog(self)
        dialog.accepted.connect(lambda: self._welcome_chosen(dialog.choice))
        self.welcome_dialog = dialog
        dialog.open()

    def _welcome_chosen(self, choice: str) -> None:
        self.welcome_dialog = None
        if choice == "create":
            self.new_program()
        elif choice == "demo":
            self.load_demo()

    def new_program(self) -> None:
        from ui.dialogs.new_program import NewProgramDialog

        dialog = NewProgramDialog(self._create_program, self)
        self.program_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "program_dialog", None))
        dialog.open()

    def _create_program(self, answers: NewProgram) -> str | None:
        from app.programs import service as programs

        try:
            with self.context.database.write() as session:
                program_id = programs.create_program(
                    session,
                    answers.name,
                    organisation=answers.organisation,
                    role_ladder=answers.role_ladder,
                    model=answers.model,
                )
                cycle_id = programs.create_cycle(
                    session, program_id, answers.cycle_label, answers.starts_on, answers.ends_on
                )
        except MentorDeskError as exc:
            return problem_text(exc.message)
        self.reload_cycles(cycle_id)
        self.show_page(0)
        return None

    def load_demo(self) -> None:
        from app.demo import create_demo

        try:
            with self.context.database.write() as session:
                info = create_demo(session)
        except MentorDeskError as exc:
            show_failure(self, exc)
            return
        self.reload_cycles(info.id)
        self.show_page(0)

    # -- restore ----------------------------------------------------------------------
    def restore_backup(self, backup: Path, passphrase: str | None) -> None:
        """Close the database, restore over it off the GUI thread, reopen, reload pages."""
        from ui.dialogs.restore_wizard import run_restore

        run_restore(self, backup, passphrase)

    # -- misc -------------------------------------------------------------------------
    def about(self) -> None:
        import html

        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About MentorDesk"),
            f"<h3>MentorDesk {__version__}</h3><p>"
            + self.tr(
                "Run a mentorship program from one laptop: rosters, matching, meetings, "
                "letters and backups."
            )
            + "</p><p>"
            + self.tr("Your data stays on this computer.")
            + "</p><p>"
            + self.tr("Database: {path}").format(path=html.escape(str(self.context.database.path)))
            + "</p>",
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _spreadsheet(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _spreadsheet(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_signups(path)

    def _restore_settings(self) -> None:
        store = keys.settings()
        geometry = store.value(keys.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1320, 760)  # a 1366×768 laptop: nearly all of it
        else:  # saved on a larger screen, or before the scaling changed
            fit_to_screen(self, self.width(), self.height())
        self.show_page(self._saved_page())

    def _saved_page(self) -> int:
        try:
            page = int(keys.settings().value(keys.LAST_PAGE, 0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            page = 0
        return page if 0 <= page < len(PAGE_SPECS) else 0

    def closeEvent(self, event: QCloseEvent) -> None:
        store = keys.settings()
        store.setValue(keys.GEOMETRY, self.saveGeometry())
        store.setValue(keys.LAST_PAGE, self.sidebar.currentRow())
        store.sync()
        super().closeEvent(event)


def _spreadsheet(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    from ui.pages.roster import SPREADSHEET_SUFFIXES

    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SPREADSHEET_SUFFIXES else None
