"""What every page shares: the open database and the chosen program cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.db.engine import Database
from app.programs.cycle_info import CycleInfo

if TYPE_CHECKING:
    from app.roster.first_page import FirstPage


class AppContext(QObject):
    """Pages read ``database`` and ``cycle`` and listen for changes.

    ``cycleChanged`` fires when the coordinator picks another cycle (or none);
    ``dataChanged`` after any action that changed data, so pages reload when shown.
    """

    cycleChanged = Signal()
    dataChanged = Signal()
    newProgramRequested = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._cycle: CycleInfo | None = None
        # Set while the window shows what a plain read gave, before the services load
        # (ui/app.py): pages show it rather than read through the services.
        self.first_page: FirstPage | None = None

    @property
    def database(self) -> Database:
        return self._database

    @property
    def cycle(self) -> CycleInfo | None:
        return self._cycle

    @property
    def cycle_id(self) -> int:
        """The chosen cycle's id; pages only act when a cycle is chosen."""
        if self._cycle is None:
            raise RuntimeError("no cycle is chosen")
        return self._cycle.id

    def set_cycle(self, cycle: CycleInfo | None) -> None:
        if cycle != self._cycle:
            self._cycle = cycle
            self.cycleChanged.emit()

    def replace_database(self, database: Database) -> None:
        self._database = database
        self.dataChanged.emit()

    def no_cycle_message(self) -> tuple[str, str, Callable[[], None]]:
        """What an empty page says (and offers) before any program exists."""
        return (
            self.tr(
                "There is no program yet.\nCreate your program and this year's cycle to begin."
            ),
            self.tr("Create a program…"),
            self.newProgramRequested.emit,
        )

    def notify_changed(self) -> None:
        self.dataChanged.emit()
