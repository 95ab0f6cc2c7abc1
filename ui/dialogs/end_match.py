"""Ask why a match ends: a common cause from a list, and details when needed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

END_CAUSES = (
    "The mentee moved away",
    "The mentor moved away",
    "No contact",
    "Conflict between them",
    "Workload or schedule",
    "Left the program",
    "Other",
)
OTHER = END_CAUSES[-1]


class EndMatchDialog(QDialog):
    """``reason()`` is "Cause" or "Cause: details"; "Other" needs details."""

    def __init__(self, pair: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("End match")
        self.setMinimumWidth(440)
        intro = QLabel(
            f"End the match of {pair}?\nThey become unmatched and can be matched again. "
            "The reason is kept in the match's record."
        )
        intro.setWordWrap(True)
        self.cause = QComboBox()
        self.cause.addItems(END_CAUSES)
        self.details = QLineEdit()
        self.details.setPlaceholderText("Optional details (required for “Other”)")
        self.details.setMaxLength(400)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow("Why:", self.cause)
        form.addRow("Details:", self.details)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("End match")
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        cause, details = self.cause.currentText(), self.details.text().strip()
        if cause == OTHER:
            return details
        return f"{cause}: {details}" if details else cause

    def _check(self) -> None:
        if not self.reason():
            self.error.setText("Say why the match ends.")
            self.error.setVisible(True)
            self.details.setFocus()
            return
        self.accept()
