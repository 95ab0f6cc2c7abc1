"""Ask why a match ends: a common cause from a list, and details when needed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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


def end_causes() -> list[str]:
    """The common causes, in the coordinator's language; "Other" comes last."""
    return [
        QCoreApplication.translate("EndMatchDialog", "The mentee moved away"),
        QCoreApplication.translate("EndMatchDialog", "The mentor moved away"),
        QCoreApplication.translate("EndMatchDialog", "No contact"),
        QCoreApplication.translate("EndMatchDialog", "Conflict between them"),
        QCoreApplication.translate("EndMatchDialog", "Workload or schedule"),
        QCoreApplication.translate("EndMatchDialog", "Left the program"),
        QCoreApplication.translate("EndMatchDialog", "Other"),
    ]


class EndMatchDialog(QDialog):
    """``reason()`` is "Cause" or "Cause: details"; "Other" needs details."""

    def __init__(self, pair: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End match"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "End the match of {pair}?\nThey become unmatched and can be matched again. "
                "The reason is kept in the match's record."
            ).format(pair=pair)
        )
        intro.setWordWrap(True)
        self.cause = QComboBox()
        self.cause.addItems(end_causes())
        self.details = QLineEdit()
        self.details.setPlaceholderText(self.tr("Optional details (required for “Other”)"))
        self.details.setMaxLength(400)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Why:"), self.cause)
        form.addRow(self.tr("Details:"), self.details)
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

    def reason(self) -> str:
        cause, details = self.cause.currentText(), self.details.text().strip()
        if self.cause.currentIndex() == self.cause.count() - 1:  # "Other"
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
