"""The roster's filter bar (search and choices) and its column chooser."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from ui import settings as keys
from ui.models.participant_columns import COLUMNS
from ui.models.participants import RosterFilter
from ui.models.search import fold
from ui.widgets.flow_layout import FlowLayout

SEARCH_DELAY_MS = 150
HIDDEN_COLUMNS = "roster/hidden_columns"


def _combo(tip: str, choices: Sequence[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    box.setToolTip(tip)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for label, value in choices:
        box.addItem(label, value)
    return box


class FilterBar(QWidget):
    """Search box and filter choices; ``changed`` fires once per change the table needs.

    Typing waits ``SEARCH_DELAY_MS`` for the next key on large rosters, so a word is
    filtered once rather than letter by letter; ``instant`` skips the wait.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instant = True
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search names, emails, institutions or cities  (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        # Wide enough for its whole hint in French too (it was cut after "Nom, courriel ou é").
        hint_text = self.search_box.placeholderText()
        self.search_box.setMinimumWidth(self.fontMetrics().horizontalAdvance(hint_text) + 36)
        self.search_box.setToolTip(hint_text)
        self.role_box = _combo(self.tr("Show one role only"), [(self.tr("All roles"), None)])
        self.status_box = _combo(
            self.tr("Active or withdrawn"),
            [
                (self.tr("Any status"), None),
                (self.tr("Active"), "active"),
                (self.tr("Withdrawn"), "withdrawn"),
            ],
        )
        self.returning_box = _combo(
            self.tr("Took part in an earlier cycle or not"),
            [
                (self.tr("New and returning"), None),
                (self.tr("Returning"), True),
                (self.tr("New"), False),
            ],
        )
        self.matched_box = _combo(
            self.tr("In a proposed or live match or not"),
            [
                (self.tr("Matched or not"), None),
                (self.tr("Matched"), True),
                (self.tr("Not matched"), False),
            ],
        )
        self.interest_box = _combo(
            self.tr("Show people with one interest"), [(self.tr("Any interest"), None)]
        )
        self.interest_box.setMaximumWidth(260)
        self.eligibility_box = _combo(
            self.tr("Whether the program's eligibility rules let them be matched"),
            [
                (self.tr("Any eligibility"), None),
                (self.tr("Eligible"), "eligible"),
                (self.tr("Not eligible"), "not_eligible"),
                (self.tr("Orientation missing"), "no_orientation"),
            ],
        )
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show everyone again"))
        self.clear_button.clicked.connect(self.clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search_box.textChanged.connect(self._typed)
        for box in self.boxes():
            box.currentIndexChanged.connect(self._chosen)
        # The filters wrap onto a second line when the window is narrow (125 % scaling,
        # French labels) instead of making the page scroll sideways.
        layout = FlowLayout(self)
        for widget in [self.search_box, *self.boxes(), self.clear_button]:
            layout.addWidget(widget)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._update_clear()

    def boxes(self) -> list[QComboBox]:
        return [
            self.role_box,
            self.status_box,
            self.returning_box,
            self.matched_box,
            self.interest_box,
            self.eligibility_box,
        ]

    def _typed(self, _text: str) -> None:
        self._update_clear()
        if self.instant:
            self.changed.emit()
        else:
            self._timer.start()

    def _chosen(self, _index: int) -> None:
        self._timer.stop()
        self._update_clear()
        self.changed.emit()

    def flush(self) -> None:
        """Apply typing still waiting for the delay (before acting on what is shown)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.is_filtering())

    def fill(self, ladder: Sequence[str], interests: Sequence[str]) -> None:
        """The choices of this cycle, keeping what was chosen when it still exists."""
        for box, (everyone, values) in (
            (self.role_box, (self.tr("All roles"), ladder)),
            (self.interest_box, (self.tr("Any interest"), interests)),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)
        self._update_clear()

    def show_eligibility(self, shown: bool) -> None:
        """The eligibility choice, only for a cycle with rules or orientation records."""
        if not shown and self.eligibility_box.currentIndex() != 0:
            self.eligibility_box.blockSignals(True)
            self.eligibility_box.setCurrentIndex(0)
            self.eligibility_box.blockSignals(False)
        self.eligibility_box.setVisible(shown)
        self._update_clear()

    def current(self) -> RosterFilter:
        return RosterFilter(
            needle=" ".join(fold(self.search_box.text()).split()),
            role=self.role_box.currentData(),
            status=self.status_box.currentData(),
            returning=self.returning_box.currentData(),
            matched=self.matched_box.currentData(),
            interest=self.interest_box.currentData(),
            eligibility=self.eligibility_box.currentData(),
        )

    def is_filtering(self) -> bool:
        return self.current() != RosterFilter()

    def clear(self) -> None:
        self._timer.stop()
        for widget in [self.search_box, *self.boxes()]:
            widget.blockSignals(True)
        self.search_box.clear()
        for box in self.boxes():
            box.setCurrentIndex(0)
        for widget in [self.search_box, *self.boxes()]:
            widget.blockSignals(False)
        self._update_clear()
        self.changed.emit()


class ColumnChooser:
    """Right-click the header to tick the columns to show; remembered on this computer."""

    def __init__(self, table: QTableView) -> None:
        self.table = table
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        header.setToolTip(
            QCoreApplication.translate("ColumnChooser", "Right-click to choose the columns")
        )
        stored = keys.settings().value(HIDDEN_COLUMNS)
        if stored is None:
            hidden = {c.title for c in COLUMNS if not c.shown_by_default}
        else:
            hidden = set(stored if isinstance(stored, list) else [stored]) - {""}
        for number, column in enumerate(COLUMNS):
            table.setColumnHidden(number, column.title in hidden and number != 0)
        # Answers the program marks sensitive stay hidden, whatever was chosen, until the
        # coordinator shows them for this session (never remembered: privacy by default).
        self.sensitive: frozenset[str] = frozenset()
        self.show_sensitive = False

    def masked(self, number: int) -> bool:
        return COLUMNS[number].sensitive_key in self.sensitive and not self.show_sensitive

    def set_sensitive(self, answer_keys: frozenset[str]) -> None:
        """The program's sensitive answers: their columns hide unless shown."""
        self.sensitive = answer_keys
        for number, column in enumerate(COLUMNS):
            if column.sensitive_key in answer_keys:
                self.table.setColumnHidden(number, not self.show_sensitive)

    def set_show_sensitive(self, shown: bool) -> None:
        self.show_sensitive = shown
        self.set_sensitive(self.sensitive)

    def menu(self) -> QMenu:
        menu = QMenu(self.table)
        model = self.table.model()
        for number in range(len(COLUMNS)):
            # The header's own words: the column's title in the window's language.
            title = model.headerData(number, Qt.Orientation.Horizontal)
            action = QAction(str(title), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(number))
            action.setEnabled(number != 0 and not self.masked(number))  # the name always shows
            action.toggled.connect(lambda on, n=number: self.set_shown(n, on))
            menu.addAction(action)
        menu.addSeparator()
        if self.sensitive:
            shown = menu.addAction(
                QCoreApplication.translate("ColumnChooser", "Show sensitive answers")
            )
            shown.setCheckable(True)
            shown.setChecked(self.show_sensitive)
            shown.toggled.connect(self.set_show_sensitive)
        reset = menu.addAction(QCoreApplication.translate("ColumnChooser", "Reset columns"))
        reset.triggered.connect(self.reset)
        return menu

    def show_menu(self, position: QPoint) -> None:
        self.menu().popup(self.table.horizontalHeader().mapToGlobal(position))

    def set_shown(self, number: int, shown: bool) -> None:
        self.table.setColumnHidden(number, not shown)
        self._save()

    def reset(self) -> None:
        for number, column in enumerate(COLUMNS):
            self.table.setColumnHidden(number, not column.shown_by_default)
        self._save()

    def hidden_titles(self) -> list[str]:
        # Sensitive columns are hidden by the program, not by choice: never remembered shown.
        return [
            c.title
            for n, c in enumerate(COLUMNS)
            if self.table.isColumnHidden(n) or (c.sensitive_key in self.sensitive)
        ]

    def _save(self) -> None:
        # An empty list would read back as "nothing stored"; "" marks "all shown".
        keys.settings().setValue(HIDDEN_COLUMNS, self.hidden_titles() or [""])
