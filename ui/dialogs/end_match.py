"""Ask why a match ends: a category, a note, and whether to re-match the mentee at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def end_categories() -> list[tuple[str, str]]:
    """(``Match.end_category`` code, label) in the coordinator's language; "Other" last."""
    return [
        ("moved", QCoreApplication.translate("EndMatchDialog", "Moved away")),
        ("no_contact", QCoreApplication.translate("EndMatchDialog", "No contact")),
        ("conflict", QCoreApplication.translate("EndMatchDialog", "Conflict between them")),
        ("goals_met", QCoreApplication.translate("EndMatchDialog", "Goals met")),
        ("other", QCoreApplication.translate("EndMatchDialog", "Other")),
    ]


def end_causes() -> list[str]:
    """The labels of :func:`end_categories`, in order."""
    return [label for _code, label in end_categories()]


class EndMatchDialog(QDialog):
    """``category()`` is the code; ``reason()`` is "Label" or "Label: note"; "Other" needs a
    note. ``rematch()`` says whether to find the mentee another mentor right after."""

    def __init__(self, pair: str, parent: QWidget | None = None, mentee_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End match"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "End the match of {pair}?\nThey become unmatched and can be matched again. "
                "The reason is kept in the match's record."
            ).format(pair=pair)
        )
        intro.setWordWrap(True)
        self.cause = QComboBox()
        for code, label in end_categories():
            self.cause.addItem(label, code)
        self.details = QLineEdit()
        self.details.setPlaceholderText(self.tr("Optional note (required for “Other”)"))
        self.details.setMaxLength(400)
        self.rematch_box = QCheckBox(
            self.tr("Re-match {name} now").format(name=mentee_name)
            if mentee_name
            else self.tr("Re-match the mentee now")
        )
        self.rematch_box.setToolTip(
            self.tr("After ending, open “Pair by hand” with the mentee chosen")
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Why:"), self.cause)
        form.addRow(self.tr("Note:"), self.details)
        form.addRow("", self.rematch_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End match"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def category(self) -> str:
        return str(self.cause.currentData())

    def rematch(self) -> bool:
        return self.rematch_box.isChecked()

    def reason(self) -> str:
        cause, details = self.cause.currentText(), self.details.text().strip()
        if self.category() == "other":
            return details
        if not details:
            return cause
        return self.tr("{cause}: {details}").format(cause=cause, details=details)

    def _check(self) -> None:
        if not self.reason():
            self.error.setText(self.tr("Say why the match ends."))
            self.error.setVisible(True)
            self.details.setFocus()
            return
        self.accept()
