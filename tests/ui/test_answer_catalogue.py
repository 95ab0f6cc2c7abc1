"""The answer catalogue editor and the roster's catalogue labels, on a real database and a
real sign-up file written by the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.catalogue import load_catalogue
from app.db.engine import Database
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from tests.ui.conftest import Messages
from ui.dialogs.answer_catalogue import AnswerCatalogueDialog
from ui.main_window import MainWindow
from ui.models.participant_columns import COLUMNS
from ui.models.participants import ParticipantTableModel

INTERESTS = next(i for i, c in enumerate(COLUMNS) if c.title == "Interests")
PROVINCE = next(i for i, c in enumerate(COLUMNS) if c.title == "Province")


def sign_ups(folder: Path) -> Path:
    """Three students: two in neonatology (one wrote it in French), one in cardiology."""
    path = folder / "students.csv"
    path.write_text(
        "First name,Last name,Email,Province,Areas of interest\n"
        "Ana,Ames,ana@example.com,Ontario,Neonatology\n"
        "Bo,Brun,bo@example.com,Québec,Néonatologie; Cardiologie\n"
        "Cy,Cole,cy@example.com,Ontario,Cardiology\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def students(db: Database, cycle: CycleInfo, tmp_path: Path) -> CycleInfo:
    with db.write() as session:
        report = import_roster(session, cycle.id, cycle.role_ladder[1], sign_ups(tmp_path))
    assert report.imported == 3
    return cycle


def open_editor(qtbot: QtBot, db: Database, cycle: CycleInfo) -> AnswerCatalogueDialog:
    dialog = AnswerCatalogueDialog(db, cycle.program_id, cycle.program_name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(dialog: AnswerCatalogueDialog) -> dict[str, tuple[str, str, str]]:
    """key → (English, French, participants) as the table shows them."""
    model = dialog.table.model()
    found = {}
    for row in range(model.rowCount()):
        value, _count = model.index(row, 0).data(0x0101)  # RowRole
        found[value.key] = tuple(model.index(row, c).data() for c in range(3))
    return found


def test_lists_a_fields_values_with_how_many_gave_them(
    qtbot: QtBot, db: Database, students: CycleInfo
) -> None:
    dialog = open_editor(qtbot, db, students)
    assert dialog.field == "interests"
    values = shown(dialog)
    assert values["neonatology"] == ("Neonatology", "Néonatologie", "2")
    assert values["cardiology"][2] == "2"
    assert values["research"][2] == "0"
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("province"))
    assert shown(dialog)["Ontario"][2] == "2"
    assert shown(dialog)["Quebec"][1:] == ("Québec", "1")


def test_add_then_rename_a_value(qtbot: QtBot, db: Database, students: CycleInfo) -> None:
    dialog = open_editor(qtbot, db, students)
    dialog.add()
    form = dialog.form
    assert form is not None
    form.en.setText("Space medicine")
    assert not form.buttons.button(form.buttons.StandardButton.Ok).isEnabled()  # French too
    form.fr.setText("Médecine spatiale")
    form.synonyms.setText("astronaut health, santé des astronautes")
    form.accept()
    with db.read() as session:
        catalogue = load_catalogue(session, students.program_id)
    added = catalogue.lookup("interests", "Santé des astronautes")
    assert added is not None and added.en == "Space medicine"
    assert dialog.selected() is not None and dialog.selected()[0].key == added.key
    dialog.rename()
    form = dialog.form
    assert form is not None and form.en.text() == "Space medicine"
    form.en.setText("Aerospace medicine")
    form.fr.setText("Médecine aérospatiale")
    form.accept()
    with db.read() as session:
        renamed = load_catalogue(session, students.program_id).value("interests", added.key)
    assert renamed is not None and (renamed.en, renamed.fr) == (
        "Aerospace medicine",
        "Médecine aérospatiale",
    )
    assert shown(dialog)[added.key][:2] == ("Aerospace medicine", "Médecine aérospatiale")
    assert dialog.changed


def test_merge_says_how_many_participants_change(
    qtbot: QtBot,
    db: Database,
    students: CycleInfo,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_editor(qtbot, db, students)
    dialog.select_key("cardiology")
    offered: list[list[str]] = []

    def pick(_parent: Any, _title: str, _label: str, items: list[str], *_a: Any) -> Any:
        offered.append(items)
        return "Neonatology", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    messages.answer = messages.answer.No
    dialog.merge()
    assert "Cardiology" not in offered[0] and "Neonatology" in offered[0]
    assert messages.texts("question") == [
        "“Cardiology” becomes part of “Neonatology”: 2 participants who gave it will have "
        "“Neonatology” instead, and its spellings are recognised as “Neonatology”. This "
        "cannot be undone."
    ]
    assert "cardiology" in shown(dialog)  # refused: nothing changed
    messages.answer = messages.answer.Yes
    dialog.merge()
    values = shown(dialog)
    assert "cardiology" not in values
    assert values["neonatology"][2] == "3"
    with db.read() as session:
        catalogue = load_catalogue(session, students.program_id)
    merged = catalogue.lookup("interests", "Cardiologie")
    assert merged is not None and merged.key == "neonatology"


def test_a_refused_change_says_why(
    qtbot: QtBot, db: Database, students: CycleInfo, messages: Messages
) -> None:
    dialog = open_editor(qtbot, db, students)
    dialog.add()
    assert dialog.form is not None
    dialog.form.en.setText("Cardiology")  # already a value
    dialog.form.fr.setText("Cardio")
    dialog.form.accept()
    assert messages.texts("warning") == [
        "“Cardiology” is already in the catalogue as “Cardiology”."
    ]
    assert not dialog.changed


def test_the_edit_menu_opens_the_editor(
    qtbot: QtBot, window: MainWindow, students: CycleInfo
) -> None:
    window.reload_cycles(students.id)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    action = next(a for a in edit.actions() if a.text() == "Answer &catalogue…")
    action.trigger()
    dialog = window.catalogue_dialog
    assert dialog.isVisible() and dialog.program_id == students.program_id
    dialog.close()


def roster_model(db: Database, cycle: CycleInfo) -> ParticipantTableModel:
    from app.roster.service import list_participants

    model = ParticipantTableModel()
    with db.read() as session:
        model.set_catalogue(load_catalogue(session, cycle.program_id))
        model.set_rows(list_participants(session, cycle.id))
    return model


def cell(model: ParticipantTableModel, email: str, column: int) -> str:
    row = next(r for r in range(model.rowCount()) if model.row_at(r).email == email)
    return str(model.index(row, column).data())


@pytest.mark.usefixtures("french")
def test_roster_shows_answers_in_french(db: Database, students: CycleInfo) -> None:
    model = roster_model(db, students)
    assert cell(model, "ana@example.com", INTERESTS) == "Néonatologie"
    assert cell(model, "bo@example.com", INTERESTS) == "Néonatologie, Cardiologie"
    assert cell(model, "cy@example.com", PROVINCE) == "Ontario"
    assert model.interests() == ["Cardiologie", "Néonatologie"]
    model.set_filter(model.current_filter().__class__(interest="Néonatologie"))
    assert sorted(model.row_at(r).email for r in range(model.rowCount())) == [
        "ana@example.com",
        "bo@example.com",
    ]


def test_roster_shows_answers_in_english(db: Database, students: CycleInfo) -> None:
    model = roster_model(db, students)
    assert cell(model, "bo@example.com", INTERESTS) == "Neonatology, Cardiology"
    assert model.interests() == ["Cardiology", "Neonatology"]


@pytest.mark.usefixtures("french")
def test_the_editor_in_french_fits_a_small_screen(
    qtbot: QtBot, db: Database, students: CycleInfo
) -> None:
    from tests.ui.test_french_dialogs_a import looked_at

    dialog = open_editor(qtbot, db, students)
    assert dialog.windowTitle() == "Catalogue des réponses"
    assert dialog.field_box.currentText() == "Domaines d’intérêt"
    with db.read() as session:
        catalogue = load_catalogue(session, students.program_id)
    data = tuple(
        text
        for field in ("interests", "province")
        for v in catalogue.values(field)
        for text in (v.en, v.fr, *v.synonyms, ", ".join(v.synonyms))
    )
    dialog.select_key("neonatology")
    looked_at(qtbot, dialog, "answer-catalogue", allow=(students.program_name, *data))
    dialog.add()
    assert dialog.form is not None
    looked_at(qtbot, dialog.form, "answer-catalogue-add")
    dialog.form.reject()
