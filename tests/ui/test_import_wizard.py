"""The import wizard, clicked through as a coordinator would, on real files and a real database."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Participant, Person
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from app.roster.presets import list_presets
from tests.ui.conftest import Messages
from tests.ui.conftest import wait_for_work as wait_for_operations
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportHistoryDialog, ImportWizard, start_import_wizard
from ui.dialogs.import_wizard.wizard import ANSWERS, CHECK, FILE, MAPPING, SUMMARY
from ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "roster"
FRENCH = DATA / "french_returning.csv"


@pytest.fixture(autouse=True)
def collect_closed_dialogs() -> Iterator[None]:
    """Free the closed dialogs' reference cycles here, on the GUI thread, rather than in
    whichever thread the collector happens to run next (a worker of the next test)."""
    yield
    gc.collect()


@pytest.fixture
def second_cycle(db: Database, cycle: CycleInfo) -> CycleInfo:
    """Last year's students are in the database; this year's cycle is chosen."""
    with db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[1], DATA / "cp1252_semicolon.csv")
        new_id = programs.create_cycle(session, cycle.program_id, "2026-2027")
    with db.read() as session:
        return next(c for c in programs.list_cycles(session) if c.id == new_id)


@pytest.fixture
def context(db: Database, second_cycle: CycleInfo) -> AppContext:
    context = AppContext(db)
    context.set_cycle(second_cycle)
    return context


def wait_for_work(qtbot: QtBot) -> None:
    """Operations done, and their objects deleted (they delete themselves on the next
    turn of the event loop; a dialog destroyed before that would take them down early)."""
    wait_for_operations(qtbot)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def open_wizard(qtbot: QtBot, context: AppContext, path: Path | None = None) -> ImportWizard:
    wizard = start_import_wizard(None, context, path)  # type: ignore[arg-type]
    assert wizard is not None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(wizard)
    wait_for_work(qtbot)
    return wizard


def past_the_answers(wizard: ImportWizard) -> None:
    """Keep any answer the catalogue does not know as given (tests/ui/test_unmapped_answers_step.py
    tests that step)."""
    if wizard.page == ANSWERS:
        wizard.next_button.click()


def person_count(db: Database, cycle_id: int) -> int:
    with db.read() as session:
        query = select(func.count(Participant.id)).where(Participant.cycle_id == cycle_id)
        return session.scalar(query) or 0


def stored_phone(db: Database, email_key: str) -> str:
    with db.read() as session:
        return session.scalars(select(Person.phone).where(Person.email_key == email_key)).one()


def test_french_file_with_a_returning_person_and_two_bad_rows(
    qtbot: QtBot,
    db: Database,
    context: AppContext,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = open_wizard(qtbot, context)
    assert wizard.page == FILE and not wizard.next_button.isEnabled()
    wizard.file_page.set_path(FRENCH)
    assert wizard.file_page.role == "Medical student"
    wizard.next_button.click()
    wait_for_work(qtbot)

    assert wizard.page == MAPPING
    info = wizard.mapping_page.file_info.text()
    assert "UTF-8 with BOM" in info and "semicolon-separated" in info
    assert "header on row 3" in info and "6 rows" in info
    assert wizard.mapping_page.model.rowCount() == 7  # the "Maps to" row and six rows
    assert wizard.mapping_page.current_combo("Adresse courriel").currentData() == "email"
    assert "Pourquoi voulez-vous un mentor?" in wizard.mapping_page.kept.text()
    wizard.next_button.click()
    wait_for_work(qtbot)
    past_the_answers(wizard)

    page = wizard.check_page
    assert wizard.page == CHECK
    assert "Nothing has been saved yet" in page.summary.text()
    assert [page.tabs.tabText(i) for i in range(4)] == [
        "New (3)",
        "Already known (1)",
        "Changed details (1)",
        "Rejected rows (2)",
    ]
    assert page.rejected_model.rowCount() == 3  # row 8 has two bad cells
    assert wizard.next_button.text() == "Import 4 people"
    assert person_count(db, context.cycle_id) == 0

    out = tmp_path / "to fix.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_button.click()
    assert out.read_text(encoding="utf-8-sig").count("\n") == 3  # header and two rows

    changes = page.changes_model
    index = changes.index(0, 0)
    changes.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert changes.kept() == {"zoe.lefebvre@example.com"}
    wizard.next_button.click()
    wait_for_work(qtbot)

    assert wizard.page == SUMMARY
    assert "4 participants added" in wizard.summary_page.text.text()
    assert person_count(db, context.cycle_id) == 4
    assert stored_phone(db, "zoe.lefebvre@example.com") == "(514) 555-0101"  # kept

    wizard.summary_page.undo_button.click()
    wait_for_work(qtbot)
    assert person_count(db, context.cycle_id) == 0
    assert "was undone" in wizard.summary_page.text.text()
    assert not wizard.summary_page.undo_button.isEnabled()


def test_update_all_applies_changed_details(
    qtbot: QtBot, db: Database, context: AppContext
) -> None:
    wizard = open_wizard(qtbot, context, FRENCH)  # as when a file is dropped: already read
    assert wizard.page == MAPPING
    wizard.next_button.click()
    wait_for_work(qtbot)
    past_the_answers(wizard)
    wizard.check_page.changes_model.set_all(False)
    wizard.check_page.changes_model.set_all(True)
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert stored_phone(db, "zoe.lefebvre@example.com") == "(514) 555-0199"


def test_mapping_changes_problems_and_presets(
    qtbot: QtBot, db: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, context, FRENCH)
    page = wizard.mapping_page
    city = page.current_combo("Ville")
    city.setCurrentIndex(city.findData("email"))
    assert not wizard.next_button.isEnabled()
    assert "both go to Email" in page.problems.text()
    city.setCurrentIndex(city.findData("ignore"))
    assert wizard.next_button.isEnabled()
    assert "Not imported: Ville" in page.kept.text()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Formulaire FR", True))
    page.save_button.click()
    with db.read() as session:
        (saved,) = list_presets(session)
    assert saved.mapping["Ville"] == "ignore" and saved.mapping["Adresse courriel"] == "email"
    assert page.preset_name == "Formulaire FR"

    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.dry_run is not None and "Ville" not in wizard.dry_run.unmapped_columns
    wizard.back_button.click()
    wizard.back_button.click()
    assert wizard.page == FILE
    wizard.reject()

    again = open_wizard(qtbot, context, FRENCH)
    assert again.mapping_page.current_combo("Ville").currentData() == "city"
    again.mapping_page.preset_box.setCurrentIndex(1)
    again.mapping_page.preset_box.activated.emit(1)
    assert again.mapping_page.current_combo("Ville").currentData() == "ignore"
    again.mapping_page.preset_box.setCurrentIndex(0)
    again.mapping_page.preset_box.activated.emit(0)
    assert again.mapping_page.current_combo("Ville").currentData() == "city"
    again.reject()


def test_unusable_file_stays_on_the_first_step(
    qtbot: QtBot, context: AppContext, messages: Messages
) -> None:
    wizard = open_wizard(qtbot, context, DATA / "image_renamed.csv")
    assert wizard.page == FILE
    assert any("PNG image" in text for text in messages.texts("warning"))
    assert wizard.next_button.isEnabled()  # choose another file or try again
    wizard.reject()


def test_dropping_a_file_on_the_window_opens_the_wizard(
    qtbot: QtBot, second_cycle: CycleInfo, window: MainWindow
) -> None:
    window.reload_cycles(second_cycle.id)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FRENCH))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    wait_for_work(qtbot)
    assert wizard.page == MAPPING and wizard.file_page.path == FRENCH
    wizard.reject()


def test_history_lists_imports_and_undoes_one(
    qtbot: QtBot, db: Database, context: AppContext, messages: Messages
) -> None:
    with db.write() as session:
        import_roster(session, context.cycle_id, "Medical student", FRENCH)
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "french_returning.csv"
    assert dialog.model.index(0, 7).data() == "Can be undone"
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    wait_for_work(qtbot)
    assert person_count(db, context.cycle_id) == 0
    assert str(dialog.model.index(0, 7).data()).startswith("Undone")
    assert not dialog.undo_button.isEnabled()
