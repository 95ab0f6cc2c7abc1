"""A workbook holding data on several sheets, imported from the window: the coordinator is
asked which sheet, nothing is guessed, and the chosen sheet's rows are what is previewed,
checked and imported (sign-ups in the wizard, contacts in their dialog)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Meeting, Person
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import make_pairs
from tests.ui.conftest import Messages
from tests.ui.conftest import wait_for_work as wait_for_operations
from ui.context import AppContext
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.dialogs.import_wizard import ImportWizard, start_import_wizard
from ui.dialogs.import_wizard.wizard import CHECK, FILE, MAPPING, SUMMARY
from ui.main_window import MainWindow

MEETINGS = Path(__file__).resolve().parents[1] / "data" / "meetings"
HEADER = ["First name", "Last name", "Email Address"]


@pytest.fixture(autouse=True)
def collect_closed_dialogs() -> Iterator[None]:
    yield
    gc.collect()  # on the GUI thread, not in the next test's worker


def wait_for_work(qtbot: QtBot) -> None:
    wait_for_operations(qtbot)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def sign_up_workbook(path: Path) -> Path:
    workbook = Workbook()
    mentors = workbook.active
    assert mentors is not None
    mentors.title = "Mentors"
    mentors.append(HEADER)
    mentors.append(["Ana", "Gagné", "ana@res.example.org"])
    mentors.append(["Bo", "Chen", "bo@res.example.org"])
    mentees = workbook.create_sheet("Mentees")
    mentees.append(HEADER)
    for first, last in (("Zoé", "Tremblay"), ("Liam", "Roy"), ("Mei", "Wong")):
        mentees.append([first, last, f"{first.lower()}@med.example.org"])
    workbook.save(path)
    return path


def open_wizard(qtbot: QtBot, db: Database, cycle: CycleInfo) -> ImportWizard:
    context = AppContext(db)
    context.set_cycle(cycle)
    wizard = start_import_wizard(None, context)  # type: ignore[arg-type]
    assert wizard is not None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(wizard)
    return wizard


def preview_column(wizard: ImportWizard, column: int) -> list[str]:
    model = wizard.mapping_page.model
    return [model.index(row, column).data() for row in range(1, model.rowCount())]


def test_the_wizard_asks_for_the_sheet_and_previews_the_chosen_one(
    qtbot: QtBot, db: Database, cycle: CycleInfo, messages: Messages, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, db, cycle)
    page = wizard.file_page
    page.set_path(sign_up_workbook(tmp_path / "sign-ups.xlsx"))
    assert page.sheets.box.isHidden() and wizard.next_button.isEnabled()
    wizard.next_button.click()
    wait_for_work(qtbot)

    assert wizard.page == FILE and messages.shown == []  # a question on the page, no error
    box = page.sheets.box
    assert not box.isHidden() and not page.sheets.prompt.isHidden()
    assert "holds data on 2 sheets" in page.sheets.prompt.text()
    assert [box.itemText(i) for i in range(box.count())] == [
        "Choose a sheet…",
        "Mentors (2 rows)",
        "Mentees (3 rows)",
    ]
    assert box.currentIndex() == 0 and page.sheet is None
    assert not wizard.next_button.isEnabled()
    assert wizard.next_button.toolTip() == "Choose the sheet to import."

    box.setCurrentIndex(2)
    assert page.sheet == "Mentees" and wizard.next_button.isEnabled()
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == MAPPING
    assert preview_column(wizard, 0) == ["Zoé", "Liam", "Mei"]
    assert "sheet “Mentees”" in wizard.mapping_page.file_info.text()

    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == CHECK and wizard.check_page.accepted_count() == 3
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == SUMMARY
    with db.read() as session:
        emails = set(session.scalars(select(Person.email)))
    assert emails == {"zoé@med.example.org", "liam@med.example.org", "mei@med.example.org"}


def test_another_file_forgets_the_sheet_choice(
    qtbot: QtBot, db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, db, cycle)
    page = wizard.file_page
    page.set_path(sign_up_workbook(tmp_path / "sign-ups.xlsx"))
    wizard.next_button.click()
    wait_for_work(qtbot)
    page.sheets.box.setCurrentIndex(1)
    csv = tmp_path / "mentees.csv"
    csv.write_text("First name,Email\nZoé,zoe@example.org\n", encoding="utf-8")
    page.set_path(csv)
    assert page.sheets.box.isHidden() and page.sheet is None
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == MAPPING and preview_column(wizard, 0) == ["Zoé"]


def test_the_contact_import_asks_for_the_sheet(
    qtbot: QtBot,
    db: Database,
    cycle: CycleInfo,
    window: MainWindow,
    messages: Messages,
    tmp_path: Path,
) -> None:
    make_pairs(db, cycle)
    source = CalamineWorkbook.from_path(MEETINGS / "checkins_fr.xlsx").get_sheet_by_index(0)
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = "Résumé"
    summary.append(["Mois", "Rencontres"])
    summary.append(["janvier", 1])
    checkins = workbook.create_sheet("Rencontres")
    for row in source.to_python():
        checkins.append(row)
    path = tmp_path / "rencontres.xlsx"
    workbook.save(path)

    window.show_page(2)
    page = window.meetings
    page.import_contacts(path)
    wait_for_work(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, ImportMeetingsDialog)
    box = dialog.sheets.box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Choose a sheet…",
        "Résumé (1 row)",
        "Rencontres (2 rows)",
    ]
    assert dialog.summary.text() == "Choose the sheet that holds the contacts to import."
    assert not dialog.import_button.isEnabled() and messages.shown == []

    box.setCurrentIndex(2)
    wait_for_work(qtbot)
    assert "2 contacts would be added" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_for_work(qtbot)
    assert any("2 contacts were added" in t for t in messages.texts("information"))
    with db.read() as session:
        assert session.scalar(select(func.count(Meeting.id))) == 2
