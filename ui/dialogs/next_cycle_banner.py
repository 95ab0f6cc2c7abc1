"""The main window's part of the next year: File → Start next cycle…, and the banner a
closed cycle shows ("This cycle is closed (read-only)") with its Reopen button.

Writes to a closed cycle are refused by the core (``app.cycles.guard``) with one sentence
that every page already shows; the banner says it before anyone tries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolBar

from app.programs.cycle_info import CLOSED
from ui.worker import show_failure

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ClosedCycleBanner(QFrame):
    """Shown above the pages while the chosen cycle is closed."""

    def __init__(self, window: MainWindow, holder: QToolBar) -> None:
        super().__init__(window)
        self.window_ = window
        self.holder = holder
        self.setObjectName("closedCycleBanner")
        self.setStyleSheet(
            "#closedCycleBanner { background: #fef3c7; border: 1px solid #d97706; "
            "border-radius: 4px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Make this cycle editable again"))
        self.reopen_button.clicked.connect(self.reopen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reopen_button)

    def refresh(self) -> None:
        cycle = self.window_.context.cycle
        closed = cycle is not None and cycle.status == CLOSED
        if closed and cycle is not None:
            self.text.setText(
                self.tr(
                    "This cycle is closed (read-only): {label} was carried into its next "
                    "cycle. Reopen it to change it."
                ).format(label=cycle.label)
            )
        self.holder.setVisible(closed)

    def reopen(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.cycles.rollover import reopen_cycle_id

        cycle = self.window_.context.cycle
        if cycle is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reopen cycle"),
            self.tr(
                "Reopen {label}? Its pairs, people and contacts can be changed again; the "
                "next cycle stays as it is."
            ).format(label=cycle.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.window_.context.database.write() as session:
                reopen_cycle_id(session, cycle.id)
        except Exception as exc:
            show_failure(self, exc)
            return
        self.window_.reload_cycles(cycle.id)
        self.window_.context.notify_changed()


def start_next_cycle(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.next_cycle import NextCycleDialog

    cycle = window.context.cycle
    if cycle is None:
        window.new_program()
        return
    if cycle.status == CLOSED:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ClosedCycleBanner", "Start next cycle"),
            QCoreApplication.translate(
                "ClosedCycleBanner",
                "{label} is closed: its next cycle was started already. Reopen it first to "
                "start another.",
            ).format(label=cycle.label),
        )
        return
    dialog = NextCycleDialog(window.context.database, cycle, window)
    window.next_cycle_dialog = dialog  # type: ignore[attr-defined]  # tests reach it

    def created(cycle_id: int) -> None:
        window.reload_cycles(cycle_id)
        window.context.notify_changed()

    dialog.created.connect(created)
    dialog.open()


def install_next_cycle_action(window: MainWindow, file_menu: QMenu) -> QAction:
    """File → Start next cycle…, before the menu's first separator."""
    action = QAction(QCoreApplication.translate("ClosedCycleBanner", "Start ne&xt cycle…"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "ClosedCycleBanner",
            "Carry this cycle's pairs, groups and returning people into the next one",
        )
    )
    action.triggered.connect(lambda: start_next_cycle(window))
    separator = next((a for a in file_menu.actions() if a.isSeparator()), None)
    file_menu.insertAction(separator, action)  # type: ignore[arg-type]
    window.start_next_cycle_action = action  # type: ignore[attr-defined]
    return action


def install_closed_banner(window: MainWindow) -> ClosedCycleBanner:
    """The banner above the pages when the cycle shown is closed."""
    holder = QToolBar(window)
    holder.setObjectName("closedCycleBar")
    holder.setMovable(False)
    holder.setFloatable(False)
    banner = ClosedCycleBanner(window, holder)
    holder.addWidget(banner)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, holder)
    window.context.cycleChanged.connect(banner.refresh)
    window.closed_banner = banner  # type: ignore[attr-defined]
    banner.refresh()
    return banner
