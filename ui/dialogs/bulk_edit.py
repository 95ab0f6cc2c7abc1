"""Change capacity, status, stage or letter language of many selected participants at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class BulkEditDialog(QDialog):
    """Tick what to change; everything else of the selected people stays as it is."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit selected participants"))
        self.setMinimumWidth(460)
        self.count = count
        intro = QLabel(
            self.tr("Change %Ln selected participant(s). Only what you tick changes.", "", count)
        )
        intro.setWordWrap(True)
        self.set_capacity = QCheckBox(self.tr("Capacity (mentees)"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 50)
        self.capacity.setValue(1)
        self.capacity.setToolTip(self.tr("How many mentees each of them can take"))
        self.set_status = QCheckBox(self.tr("Status"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Withdrawn"), "withdrawn")
        self.set_stage = QCheckBox(self.tr("Stage"))
        self.stage = QLineEdit()
        self.stage.setPlaceholderText(self.tr("e.g. Year 2, PGY-3"))
        self.set_language = QCheckBox(self.tr("Letter language"))
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("French"), "fr")
        self.language.setToolTip(self.tr("The language of their letters and messages"))
        grid = QGridLayout()
        for row, (box, editor) in enumerate(
            (
                (self.set_capacity, self.capacity),
                (self.set_status, self.status),
                (self.set_stage, self.stage),
                (self.set_language, self.language),
            )
        ):
            grid.addWidget(box, row, 0)
            grid.addWidget(editor, row, 1)
            editor.setEnabled(False)
            box.toggled.connect(editor.setEnabled)
            box.toggled.connect(self._update)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change %Ln participant(s)", "", count))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self, *_: Any) -> None:
        self.ok.setEnabled(bool(self.changes()))

    def changes(self) -> dict[str, Any]:
        """Keyword arguments for ``bulk_update``: only the ticked fields."""
        found: dict[str, Any] = {}
        if self.set_capacity.isChecked():
            found["capacity"] = self.capacity.value()
        if self.set_status.isChecked():
            found["status"] = self.status.currentData()
        if self.set_stage.isChecked():
            found["stage"] = self.stage.text().strip()
        if self.set_language.isChecked():
            found["preferred_language"] = self.language.currentData()
        return found
