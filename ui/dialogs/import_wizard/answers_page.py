"""Step 3 (only when needed): answers the catalogue does not know, mapped or kept as given.

Nothing is chosen for the coordinator: every answer starts as "Keep as given"; the likely
matches are offered first in its combo, and "Use the suggestions" takes them all at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.import_wizard.answers_model import (
    MAPS_TO,
    ChoiceDelegate,
    UnmappedAnswersModel,
)
from ui.widgets.table import fit_columns


class AnswersPage(QWidget):
    addRequested = Signal(int)  # the line whose answer should become a new value

    @property
    def title(self) -> str:
        return self.tr("Answers not in the catalogue")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UnmappedAnswersModel(self)
        self.model.addRequested.connect(self.addRequested)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MAPS_TO, ChoiceDelegate(self.view))
        # After the view's own handler, which closes the editors of the old rows.
        self.model.modelReset.connect(self._open_editors)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_columns(self.view, {0: 24, 1: 30, 2: 8})
        self.suggest_button = QPushButton(self.tr("Use the suggestions"))
        self.suggest_button.setToolTip(
            self.tr("Map each answer to its most likely value; you can still change any")
        )
        self.suggest_button.clicked.connect(self.model.use_suggestions)
        self.keep_button = QPushButton(self.tr("Keep all as given"))
        self.keep_button.setToolTip(self.tr("Import every answer as the person wrote it"))
        self.keep_button.clicked.connect(self.model.keep_all)
        note = QLabel(
            self.tr(
                "An answer kept as given is imported as written; it does not count as the "
                "same as any catalogue value when matching. Your choices are remembered for "
                "the next import."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.suggest_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def show_answers(
        self,
        answers: Sequence[Any],
        catalogue: Any,
        language: str,
        chosen: dict[tuple[str, str], str],
    ) -> None:
        self.summary.setText(
            self.tr(
                "%Ln answer(s) are not in the catalogue: map each to a value or add it. "
                "Likely matches are listed first.",
                "",
                len(answers),
            )
        )
        self.model.set_answers(answers, catalogue, language, chosen)
        rows_with_suggestions = sum(1 for a in answers if a.suggestions)
        self.suggest_button.setEnabled(rows_with_suggestions > 0)
        self.suggest_button.setText(
            self.tr("Use the suggestions ({count})").format(
                count=QLocale().toString(rows_with_suggestions)
            )
        )

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MAPS_TO))

    def combo(self, row: int) -> Any:
        """The "Maps to" combo of line ``row``."""
        return self.view.indexWidget(self.model.index(row, MAPS_TO))

    def mapping(self) -> dict[tuple[str, str], str]:
        return self.model.mapping()
