"""The safety and boundary note of one pair or one group: the coordinator's eyes only."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.meetings.group_safety import MAX_NOTE


class SafetyNoteDialog(QDialog):
    def __init__(self, subject: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety and boundary notes"))
        self.setMinimumWidth(520)
        who = QLabel(subject)
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        who.setWordWrap(True)
        privacy = QLabel(
            self.tr(
                "Only you see this note, here in MentorDesk. It never appears in letters, "
                "emails, PDFs or reports, and an export includes it only when you tick "
                "“Include safety notes”."
            )
        )
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #7b241c;")
        self.editor = QPlainTextEdit(note)
        self.editor.setPlaceholderText(
            self.tr("Boundaries agreed, places to meet or avoid, who to call if worried…")
        )
        self.editor.setMinimumHeight(180)
        self.editor.textChanged.connect(self._check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.length = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(privacy)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.length)
        layout.addWidget(buttons)
        self._check()

    def _check(self) -> None:
        used = len(self.editor.toPlainText().strip())
        self.save_button.setEnabled(used <= MAX_NOTE)
        locale = QLocale()
        self.length.setText(
            self.tr("{used} of {most} characters").format(
                used=locale.toString(used), most=locale.toString(MAX_NOTE)
            )
        )

    def text(self) -> str:
        return self.editor.toPlainText()
