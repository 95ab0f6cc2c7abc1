"""Change what coordinators change in bulk for many selected participants at once: letter
language, languages, role, status, capacity, stage, interests and the next-cycle answer."""

from __future__ import annotations

from collections.abc import Sequence
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

    def __init__(
        self, count: int, parent: QWidget | None = None, roles: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit selected participants"))
        self.setMinimumWidth(500)
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
        self._more_fields(roles)
        grid = QGridLayout()
        for row, (box, editor) in enumerate(
            (
                (self.set_language, self.language),
                (self.set_languages, self.languages),
                (self.set_role, self.role),
                (self.set_status, self.status),
                (self.set_capacity, self.capacity),
                (self.set_interests, self.interests),
                (self.set_stage, self.stage),
                (self.set_next_cycle, self.next_cycle),
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

    def _more_fields(self, roles: Sequence[str]) -> None:
        from ui.models import labels

        self.set_languages = QCheckBox(self.tr("Languages spoken"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. English, French (replaces theirs)"))
        self.set_role = QCheckBox(self.tr("Role"))
        self.role = QComboBox()
        for role in roles:
            self.role.addItem(labels.role(role), role)
        self.set_role.setVisible(len(roles) > 1)
        self.role.setVisible(len(roles) > 1)
        self.role.setToolTip(self.tr("Only people without a live match can change role"))
        self.set_interests = QCheckBox(self.tr("Add interests"))
        self.interests = QLineEdit()
        self.interests.setPlaceholderText(self.tr("e.g. Research, Advocacy (added to theirs)"))
        self.set_next_cycle = QCheckBox(self.tr("Next cycle"))
        self.next_cycle = QComboBox()
        self.next_cycle.addItem(self.tr("Not asked yet"), "")
        self.next_cycle.addItem(self.tr("Coming back"), "returning")
        self.next_cycle.addItem(self.tr("Leaving"), "leaving")
        self.next_cycle.setToolTip(self.tr("Whether they take part in the next cycle"))

    def _update(self, *_: Any) -> None:
        self.ok.setEnabled(bool(self.changes()))

    def changes(self) -> dict[str, Any]:
        """Keyword arguments for ``app.roster.bulk.bulk_edit``: only the ticked fields."""
        found: dict[str, Any] = {}
        if self.set_capacity.isChecked():
            found["capacity"] = self.capacity.value()
        if self.set_status.isChecked():
            found["status"] = self.status.currentData()
        if self.set_stage.isChecked():
            found["stage"] = self.stage.text().strip()
        if self.set_language.isChecked():
            found["preferred_language"] = self.language.currentData()
        if self.set_languages.isChecked():
            found["languages"] = _items(self.languages.text())
        if self.set_role.isChecked() and self.role.count():
            found["role"] = self.role.currentData()
        if self.set_interests.isChecked() and _items(self.interests.text()):
            found["add_interests"] = _items(self.interests.text())
        if self.set_next_cycle.isChecked():
            found["next_cycle"] = self.next_cycle.currentData()
        return found


def _items(text: str) -> list[str]:
    """ "Research; Advocacy, Policy" → its non-empty items."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
