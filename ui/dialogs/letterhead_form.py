"""The letterhead part of the template editor: organisation, coordinator and logo.

The words a letter prints have an English and a French column; a French field left
empty prints the English words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.letters.content import LetterheadText
from app.letters.letterhead import KEEP_LOGO, LetterheadSettings, read_logo_file
from ui.worker import show_failure

LOGO_BOX = (220, 90)
FIELD_WIDTH = 230


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
        self.program_name = QLineEdit(settings.program)
        self.program_name.setReadOnly(True)  # renamed with the program, not here
        self.program_name.setToolTip(self.tr("The program's name; rename it in the program"))
        french = settings.french
        self.program_fr = QLineEdit(french.program)
        self.organisation_fr = QLineEdit(french.organisation)
        self.contact_name_fr = QLineEdit(french.contact_name)
        self.contact_title_fr = QLineEdit(french.contact_title)
        for edit in self._french_edits():
            edit.setPlaceholderText(self.tr("Same as English"))
        self.program_fr.setToolTip(self.tr("The program's name as French letters print it"))
        self.contact_name_fr.setToolTip(
            self.tr("How the coordinator signs French letters, e.g. “Dre Ada Lovelace”")
        )
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
        for edit in [self.program_name, *self._edits()]:
            edit.setMinimumWidth(FIELD_WIDTH)  # room for a program name in each column
            edit.setCursorPosition(0)  # a long value shows its beginning
        for edit in self._edits():
            edit.textChanged.connect(self.changed)
        self._layout()
        self._show_logo()

    def _french_edits(self) -> list[QLineEdit]:
        return [self.program_fr, self.organisation_fr, self.contact_name_fr, self.contact_title_fr]

    def _edits(self) -> list[QLineEdit]:
        return [
            self.organisation,
            self.contact_name,
            self.contact_title,
            self.contact_email,
            self.contact_phone,
            *self._french_edits(),
        ]

    def _layout(self) -> None:
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(2, 1)
        for column, title in ((1, self.tr("English")), (2, self.tr("French"))):
            header = QLabel(title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            form.addWidget(header, 0, column)
        rows = (
            (self.tr("Program name:"), self.program_name, self.program_fr),
            (self.tr("Organisation:"), self.organisation, self.organisation_fr),
            (self.tr("Coordinator:"), self.contact_name, self.contact_name_fr),
            (self.tr("Title:"), self.contact_title, self.contact_title_fr),
            (self.tr("Email:"), self.contact_email, None),
            (self.tr("Phone:"), self.contact_phone, None),
        )
        for row, (label, english, french) in enumerate(rows, start=1):
            form.addWidget(QLabel(label), row, 0)
            if french is None:  # the same in both languages
                form.addWidget(english, row, 1, 1, 2)
            else:
                form.addWidget(english, row, 1)
                form.addWidget(french, row, 2)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_view)
        logo.addLayout(buttons)
        logo.addStretch(1)
        logo_row = len(rows) + 1
        form.addWidget(QLabel(self.tr("Logo:")), logo_row, 0, Qt.AlignmentFlag.AlignTop)
        form.addLayout(logo, logo_row, 1, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The letterhead appears at the top of every letter, in the reader's language: "
                "a French field left empty prints the English words. The logo is kept in the "
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
            french=LetterheadText(
                program=self.program_fr.text().strip(),
                organisation=self.organisation_fr.text().strip(),
                contact_name=self.contact_name_fr.text().strip(),
                contact_title=self.contact_title_fr.text().strip(),
            ),
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
