"""The letterhead part of the template editor: organisation, coordinator and logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.letters.letterhead import KEEP_LOGO, LetterheadSettings, read_logo_file
from ui.worker import show_failure

LOGO_BOX = (220, 90)


class LetterheadForm(QWidget):
    """Edits :class:`LetterheadSettings`; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, settings: LetterheadSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._program = settings.program
        self._logo = settings.logo
        self.logo_change: bytes | None = KEEP_LOGO
        """New logo bytes, None to remove it, or KEEP_LOGO (unchanged) — what save passes."""
        self.organisation = QLineEdit(settings.organisation)
        self.contact_name = QLineEdit(settings.contact_name)
        self.contact_title = QLineEdit(settings.contact_title)
        self.contact_email = QLineEdit(settings.contact_email)
        self.contact_phone = QLineEdit(settings.contact_phone)
        self.organisation.setPlaceholderText(self.tr("e.g. Canadian Paediatric Society"))
        self.contact_name.setPlaceholderText(self.tr("Who signs the letters"))
        self.contact_title.setPlaceholderText(self.tr("e.g. Mentorship coordinator"))
        self.contact_email.setPlaceholderText(
            self.tr("Where participants can write with questions")
        )
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(*LOGO_BOX)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border: 1px dashed palette(mid); background: white;")
        self.choose_button = QPushButton(self.tr("Choose logo…"))
        self.choose_button.setToolTip(
            self.tr("A PNG or JPEG image under 1 MB, drawn in the letterhead")
        )
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove logo"))
        self.remove_button.clicked.connect(self.remove_logo)
        for edit in self._edits():
            edit.textChanged.connect(self.changed)
        self._layout()
        self._show_logo()

    def _edits(self) -> list[QLineEdit]:
        return [
            self.organisation,
            self.contact_name,
            self.contact_title,
            self.contact_email,
            self.contact_phone,
        ]

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Coordinator:"), self.contact_name)
        form.addRow(self.tr("Title:"), self.contact_title)
        form.addRow(self.tr("Email:"), self.contact_email)
        form.addRow(self.tr("Phone:"), self.contact_phone)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_view)
        logo.addLayout(buttons)
        logo.addStretch(1)
        form.addRow(self.tr("Logo:"), logo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The letterhead appears at the top of every letter. The logo is kept in the "
                "program's database, so backups carry it."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        layout.addStretch(1)

    def settings(self) -> LetterheadSettings:
        return LetterheadSettings(
            program=self._program,
            organisation=self.organisation.text().strip(),
            contact_name=self.contact_name.text().strip(),
            contact_title=self.contact_title.text().strip(),
            contact_email=self.contact_email.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            logo=self._logo,
        )

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.set_logo_file(Path(chosen))

    def set_logo_file(self, path: Path) -> bool:
        try:
            data = read_logo_file(path)
        except MentorDeskError as exc:
            show_failure(self, exc)
            return False
        self._logo = self.logo_change = data
        self._show_logo()
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        self._logo = self.logo_change = None
        self._show_logo()
        self.changed.emit()

    def _show_logo(self) -> None:
        self.remove_button.setEnabled(self._logo is not None)
        if self._logo is None:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._logo)
        width, height = LOGO_BOX
        self.logo_view.setPixmap(
            pixmap.scaled(
                width - 8,
                height - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def saved(self) -> None:
        """The settings were saved: the logo is no longer a pending change."""
        self.logo_change = KEEP_LOGO
