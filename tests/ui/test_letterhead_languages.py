"""The letterhead form's English and French columns, in both interface languages, and the
template editor's note when French letters would print English letterhead words.

Set ``MENTORDESK_SCREENSHOTS`` to a folder to keep pictures (``fr-letterhead-*.png``).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.demo import create_demo
from app.letters.content import LetterheadText
from app.letters.letterhead import LetterheadSettings, load_letterhead
from app.programs.service import CycleInfo
from tests.app.letters.conftest import page_texts
from tests.ui.conftest import wait_for_work
from tests.ui.french_walk import english_left
from ui.dialogs.letterhead_form import LetterheadForm
from ui.dialogs.template_editor import TemplateEditorDialog

SCREEN = (1366, 768)
SETTINGS = LetterheadSettings(
    program="Paediatrics Mentorship",
    organisation="Canadian Paediatric Society",
    contact_name="Dr Ada Lovelace",
    contact_title="Program coordinator",
    contact_email="mentorship@example.org",
    french=LetterheadText(program="Programme de mentorat en pédiatrie"),
)
DATA = (
    "Paediatrics Mentorship",
    "Canadian Paediatric Society",
    "Dr Ada Lovelace",
    "Program coordinator",
)


def shown(qtbot: QtBot, widget: QWidget, name: str) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()
    hint = widget.sizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (name, hint)
    keep_picture(widget, name)


def keep_picture(widget: QWidget, name: str) -> None:
    folder = os.environ.get("MENTORDESK_SCREENSHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def headers(form: LetterheadForm) -> list[str]:
    return [label.text() for label in form.findChildren(QLabel) if label.font().bold()]


def test_form_in_french_has_an_english_and_a_french_column(qtbot: QtBot, french: str) -> None:
    form = LetterheadForm(SETTINGS)
    shown(qtbot, form, "fr-letterhead-columns")
    assert headers(form) == ["Anglais", "Français"]
    assert english_left(form, allow=DATA) == []
    assert form.program_name.isReadOnly() and form.program_name.text() == SETTINGS.program
    assert form.program_fr.text() == "Programme de mentorat en pédiatrie"
    assert form.contact_title_fr.placeholderText() == "Comme en anglais"
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(form.contact_title_fr, "Coordonnatrice du programme")
    form.contact_name_fr.setText("  Dre Ada Lovelace ")
    assert form.settings().french == LetterheadText(
        program="Programme de mentorat en pédiatrie",
        contact_name="Dre Ada Lovelace",
        contact_title="Coordonnatrice du programme",
    )
    assert form.settings().contact_title == "Program coordinator"


def test_form_in_english(qtbot: QtBot) -> None:
    form = LetterheadForm(LetterheadSettings(program="Paediatrics Mentorship"))
    shown(qtbot, form, "en-letterhead-columns")
    assert headers(form) == ["English", "French"]
    assert form.program_fr.placeholderText() == "Same as English"
    assert all(isinstance(e, QLineEdit) for e in form._french_edits())
    form.organisation_fr.setText("Société canadienne de pédiatrie")
    assert form.settings().french == LetterheadText(organisation="Société canadienne de pédiatrie")


@pytest.fixture
def demo(db: Database) -> CycleInfo:
    with db.write() as session:
        return create_demo(session)


def test_editor_says_once_which_french_words_are_missing(
    qtbot: QtBot, db: Database, demo: CycleInfo, french: str
) -> None:
    dialog = TemplateEditorDialog(db, demo)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_work(qtbot)
    assert dialog.french_note.isHidden()  # the English letter is shown first
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    wait_for_work(qtbot)
    note = dialog.french_note.text()
    assert not dialog.french_note.isHidden()
    assert note.startswith("L’en-tête français n’est pas rempli (nom du programme, ")
    assert english_left(dialog.french_note) == []
    keep_picture(dialog, "fr-letterhead-note")
    form = dialog.letterhead
    form.program_fr.setText("Programme de mentorat")
    assert "nom du programme" not in dialog.french_note.text()
    form.organisation_fr.setText("Société canadienne de pédiatrie")
    form.contact_title_fr.setText("Coordonnatrice")
    assert dialog.french_note.isHidden()
    dialog.save_letterhead_button.click()
    with db.read() as session:
        saved = load_letterhead(session, demo.program_id).french
    assert saved == LetterheadText(
        program="Programme de mentorat",
        organisation="Société canadienne de pédiatrie",
        contact_title="Coordonnatrice",
    )
    with qtbot.waitSignal(dialog.live.updated, timeout=20000):
        dialog.render_preview()
    text = " ".join(page_texts(PdfReader(io.BytesIO(dialog.live.pdf))))
    assert "Programme de mentorat" in text and "Coordonnatrice" in text
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    keep_picture(dialog, "fr-letterhead-editor")
    dialog.done(0)
