"""Program models in the window: the New program dialog, the Program settings page (with the
confirmation of a change that touches existing data) and the import wizard's rung question,
in English and French."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.migrate import open_database
from app.db.models import AuditEvent, Match, Meeting, Participant, Program
from app.programs import service as programs
from app.programs.relations import relation_settings
from app.roster.service import add_participant
from tests.shots import shots_dir
from tests.ui.conftest import Messages
from tests.ui.french_walk import english_left
from ui.dialogs.import_wizard.file_page import FilePage
from ui.dialogs.new_program import NewProgram, NewProgramDialog, split_roles
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.program_settings import ProgramSettingsPage

CASCADE = ("Program lead", "Resident mentor", "Student mentor", "Youth")
SHOTS = shots_dir("programs")


def shot(widget: QWidget, name: str) -> None:
    """Keep a 1366×768 picture to look at (only where the folder exists)."""
    for _ in range(3):
        QApplication.processEvents()
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{name}.png"))


def cascading_program(db: Database, pairs: int = 2) -> int:
    """A cascading program whose student mentors and youth are in live pairs met 10 days ago."""
    with db.write() as session:
        info = programs.ensure_program_cycle(
            session, "Kids Mentoring", "2025-2026", model="cascading"
        )
        for n in range(pairs):
            student = add_participant(
                session, info.id, "Student mentor", email=f"s{n}@x.org", first_name=f"Sam{n}"
            )
            youth = add_participant(
                session, info.id, "Youth", email=f"y{n}@x.org", first_name=f"Yan{n}"
            )
            match = Match(cycle_id=info.id, mentor_id=student, mentee_id=youth, status="active")
            session.add(match)
            session.flush()
            session.add(Meeting(match_id=match.id, held_on=dt.date.today() - dt.timedelta(days=10)))
        return info.id


def open_settings(qtbot: QtBot, db: Database) -> tuple[MainWindow, ProgramSettingsPage]:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("program"))
    page = window.program
    assert page.isVisible()
    return window, page


# -- New program ----------------------------------------------------------------------
def test_new_program_offers_the_models_one_to_one_first(qtbot: QtBot) -> None:
    created: list[NewProgram] = []
    dialog = NewProgramDialog(lambda answers: created.append(answers))  # type: ignore[func-returns-value]
    qtbot.addWidget(dialog)
    assert dialog.model.currentData() == "one-to-one"
    assert dialog.ladder.text() == "Resident mentor → Medical student"
    assert "resident mentor" in dialog.description.text()
    assert dialog.relations.text() == "Resident mentor → Medical student: pairs"
    assert [dialog.model.itemData(i) for i in range(dialog.model.count())] == [
        "one-to-one", "cascading", "small-groups", "assigned-groups", "faculty", "custom"
    ]  # fmt: skip
    dialog.model.setCurrentIndex(1)
    assert dialog.ladder.text() == " → ".join(CASCADE)
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "en-new-program")
    assert dialog.relations.text().splitlines() == [
        "Program lead → Resident mentor: pairs",
        "Resident mentor → Student mentor: groups of 4–6, 2 mentors each",
        "Student mentor → Youth: pairs",
    ]
    dialog.ladder.setText("Lead → Resident → Student → Child")  # the coordinator's words
    dialog.ladder.textEdited.emit(dialog.ladder.text())
    assert "Resident → Student: groups of 4–6" in dialog.relations.text()
    dialog.name.setText("Kids")
    dialog.accept()
    assert created[0].model == "cascading"
    assert created[0].role_ladder == ["Lead", "Resident", "Student", "Child"]


def test_creating_a_cascading_program_from_the_window(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.new_program()
    dialog = window.program_dialog
    assert dialog is not None
    dialog.name.setText("Youth Mentorship")
    dialog.model.setCurrentIndex(dialog.model.findData("cascading"))
    dialog.accept()
    with db.read() as session:
        program = session.scalars(select(Program)).one()
        assert program.role_ladder == list(CASCADE)
        assert program.settings["model"] == "cascading"
        assert relation_settings(program.settings, "Student mentor").kind == "groups"


def test_new_program_in_french(qtbot: QtBot, french: str) -> None:
    dialog = NewProgramDialog(lambda _answers: None)
    qtbot.addWidget(dialog)
    dialog.model.setCurrentIndex(1)
    assert dialog.model.currentText() == "Programme en cascade"
    assert (
        dialog.ladder.text()
        == "Responsable du programme → Résident mentor → Étudiant mentor → Jeune"
    )
    assert "groupes de 4 à 6, 2 mentors chacun" in dialog.relations.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "fr-new-program")
    assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 768
    assert english_left(dialog, allow=(dialog.cycle.text(),)) == []


# -- Program settings -----------------------------------------------------------------
def test_settings_page_shows_each_relation_and_saves_after_saying_what_changes(
    qtbot: QtBot, db: Database, messages: Messages
) -> None:
    cascading_program(db)
    window, page = open_settings(qtbot, db)
    shot(window, "en-program-settings")
    assert page.name.text() == "Kids Mentoring"
    assert page.model.currentData() == "cascading"
    assert page.ladder.isReadOnly() and page.ladder_note.isVisibleTo(page)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Program lead → Resident mentor", "Resident mentor → Student mentor",
                    "Student mentor → Youth"]  # fmt: skip
    groups, youth = page.editors()[1], page.editors()[2]
    assert groups.kind.currentData() == "groups" and groups.group_row.isEnabled()
    assert (groups.smallest.value(), groups.largest.value(), groups.mentors.value()) == (4, 6, 2)
    assert not youth.group_row.isEnabled()
    checked = [box.text() for box in youth.criteria.values() if box.isChecked()]
    assert checked == ["Shared language", "Gender, as the mentee or family prefers",
                       "Cultural background"]  # fmt: skip
    assert all(box.isChecked() for box in youth.sensitive.values())

    youth.cadence.setValue(7)  # a contact every week: both pairs are now overdue
    messages.answer = messages.answer.No
    page.save_button.click()
    (question,) = messages.texts("question")
    assert (
        "With a contact every 7 days, 2 pairs of Student mentor → Youth become overdue." in question
    )
    with db.read() as session:
        program = session.scalars(select(Program)).one()
        assert relation_settings(program.settings, "Youth").cadence_days == 14  # not saved

    messages.answer = messages.answer.Yes
    page.name.setText("Kids Mentoring Program")
    page.save_button.click()
    assert page.message.text() == "Saved the program settings."
    with db.read() as session:
        program = session.scalars(select(Program)).one()
        assert relation_settings(program.settings, "Youth").cadence_days == 7
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "update_program_settings")
        ).one()
        assert event.details == {"changed": ["name", "relation:Youth"]}
    assert window.cycle_box.currentText().startswith("Kids Mentoring Program — ")


def test_settings_page_refuses_bad_values_with_a_sentence(
    qtbot: QtBot, db: Database, messages: Messages
) -> None:
    cascading_program(db, pairs=0)
    _window, page = open_settings(qtbot, db)
    groups = page.editors()[1]
    groups.smallest.setValue(8)  # larger than the largest size
    page.save_button.click()
    assert "smallest first" in page.message.text()
    assert messages.shown == []


def test_model_change_on_an_empty_program_lays_the_preset_on_the_roles(
    qtbot: QtBot, db: Database
) -> None:
    with db.write() as session:
        programs.ensure_program_cycle(session, "Fresh", "2026", model="one-to-one")
    _window, page = open_settings(qtbot, db)
    assert not page.ladder.isReadOnly()
    page.model.setCurrentIndex(page.model.findData("small-groups"))
    page.model.activated.emit(page.model.currentIndex())
    (editor,) = page.editors()
    assert editor.kind.currentData() == "groups" and editor.mentors.value() == 1
    page.save_button.click()
    with db.read() as session:
        program = session.scalars(select(Program)).one()
        assert program.settings["model"] == "small-groups" and program.settings["terms"] == 2


def test_settings_page_in_french(qtbot: QtBot, db: Database, french: str) -> None:
    cascading_program(db)
    window, page = open_settings(qtbot, db)
    page.tabs.setCurrentIndex(1)
    shot(window, "fr-program-settings")
    youth = page.editors()[2]
    assert youth.criteria["background"].text() == "Origine culturelle"
    data = ("Kids Mentoring", *CASCADE, *(page.tabs.tabText(i) for i in range(3)))
    assert english_left(page, allow=data) == []


# -- The import wizard's rung question ----------------------------------------------
def test_import_asks_which_rung_on_a_four_rung_ladder(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    page = FilePage("Kids — 2026", CASCADE)
    qtbot.addWidget(page)
    items = [page.role_box.itemText(i) for i in range(page.role_box.count())]
    assert items == [
        "Choose the role…",
        "Program lead (mentor of Resident mentor)",
        "Resident mentor (mentee of Program lead, mentor of Student mentor)",
        "Student mentor (mentee of Resident mentor, mentor of Youth)",
        "Youth (mentee of Student mentor)",
    ]
    signups = tmp_path / "signups.csv"
    signups.write_text("Email\na@x.org\n", encoding="utf-8")
    page.set_path(signups)
    assert page.role == "" and not page.is_complete()  # never the last rung by default
    assert page.problem() == "Choose the role the people in this file sign up for."
    residents = tmp_path / "Residents 2026.csv"
    residents.write_text("Email\na@x.org\n", encoding="utf-8")
    page.set_path(residents)
    assert page.role == "Resident mentor" and page.is_complete()
    page.set_role("Youth")
    assert page.role == "Youth"
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    page.role_box.showPopup()
    shot(page.window(), "en-import-rung")
    page.role_box.hidePopup()


@pytest.mark.parametrize(
    ("file", "role"), [("mentors.csv", "Resident mentor"), ("x.csv", "Medical student")]
)
def test_two_rung_programs_keep_their_guess(
    qtbot: QtBot, tmp_path: Path, file: str, role: str
) -> None:
    page = FilePage("P — 1", ("Resident mentor", "Medical student"))
    qtbot.addWidget(page)
    (tmp_path / file).write_text("Email\na@x.org\n", encoding="utf-8")
    page.set_path(tmp_path / file)
    assert page.role == role


def test_import_rung_question_in_french(qtbot: QtBot, french: str) -> None:
    page = FilePage("Kids — 2026", CASCADE)
    qtbot.addWidget(page)
    assert (
        page.role_box.itemText(3) == "Student mentor (mentoré de Resident mentor, mentor de Youth)"
    )
    assert page.role_box.itemText(0) == "Choisissez le rôle…"


def test_the_cli_role_still_names_a_rung(tmp_path: Path) -> None:
    from app.cli import main

    path = str(tmp_path / "kids.db")
    init = ["init", "--db", path, "--program", "K", "--cycle", "1", "--model", "cascading"]
    assert main(init) == 0
    sheet = tmp_path / "signups.csv"
    sheet.write_text("First name,Last name,Email\nRia,Das,ria@x.org\n", encoding="utf-8")
    assert (
        main(["import", "--db", path, "--cycle", "1", "--role", "resident MENTOR", str(sheet)]) == 0
    )
    database = open_database(Path(path))
    with database.read() as session:
        assert session.scalars(select(Participant.role)).all() == ["Resident mentor"]
    database.dispose()


# -- Sensitive answers and roles in the tables ----------------------------------------
def test_roster_hides_sensitive_answers_until_shown(qtbot: QtBot, db: Database) -> None:
    from ui.models.participant_columns import COLUMNS

    with db.write() as session:
        info = programs.ensure_program_cycle(session, "Kids", "2026", model="cascading")
        add_participant(
            session,
            info.id,
            "Youth",
            email="y@x.org",
            first_name="Yan",
            preferences={"own_gender": "non_binary"},
            custom_fields={"background": "Haïtienne"},
        )
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    roster = window.roster
    chooser, table = roster.columns, roster.table
    sensitive = [n for n, c in enumerate(COLUMNS) if c.sensitive_key]
    assert len(sensitive) == 3
    assert all(table.isColumnHidden(n) for n in sensitive)
    menu = chooser.menu()
    texts = {a.text(): a for a in menu.actions()}
    assert not texts["Cultural background"].isEnabled()  # the program hides it
    texts["Show sensitive answers"].setChecked(True)
    assert not any(table.isColumnHidden(n) for n in sensitive)
    background = next(n for n in sensitive if COLUMNS[n].sensitive_key == "background")
    assert roster.model.index(0, background).data() == "Haïtienne"
    assert "Cultural background" in chooser.hidden_titles()  # never remembered as shown
    chooser.set_show_sensitive(False)
    assert all(table.isColumnHidden(n) for n in sensitive)


def test_engagement_and_matching_show_each_persons_role(qtbot: QtBot, db: Database) -> None:
    from ui.models.matching import MENTEE_COLUMNS
    from ui.pages.engagement.model import COLUMNS as ENGAGEMENT_COLUMNS

    assert "Role" in [c.title for c in MENTEE_COLUMNS]
    cascading_program(db, pairs=1)
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page(page_number("meetings"))
    model = window.meetings.table.model()
    roles = next(n for n, c in enumerate(ENGAGEMENT_COLUMNS) if c.title == "Roles")
    assert model.index(0, roles).data() == "Student mentor → Youth"


def test_editing_the_roles_keeps_each_relations_settings(qtbot: QtBot, db: Database) -> None:
    with db.write() as session:
        programs.ensure_program_cycle(session, "Fresh", "2026", model="cascading")
    window, page = open_settings(qtbot, db)
    assert not page.ladder.isReadOnly()
    first, _second, third = page.editors()
    first.cadence.setValue(11)  # unsaved choices, made before the roles are edited
    third.capacity.setValue(3)
    roles = split_roles(page.ladder.text())
    page.ladder.setText(" → ".join([roles[0], "Senior student", *roles[2:]]))  # a rename
    page.ladder.editingFinished.emit()
    first, _second, third = page.editors()
    assert first.relation.mentee_role == "Senior student"
    assert (first.cadence.value(), third.capacity.value()) == (11, 3)
    page.ladder.setText(" → ".join([roles[0], "Senior student", *roles[2:], "Toddler"]))
    page.ladder.editingFinished.emit()  # a role added below: the others keep theirs
    *kept, added = page.editors()
    assert (kept[0].cadence.value(), kept[2].capacity.value()) == (11, 3)
    assert added.relation.mentee_role == "Toddler" and added.capacity.value() == 1
    shot(window, "roles-edited")
