"""Correcting rejected rows in the import wizard and checking them again, in English and
French, on a real file and a real database."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Person
from app.programs.service import CycleInfo
from tests.shots import shots_dir
from tests.ui.conftest import wait_for_work as wait_for_operations
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportWizard, start_import_wizard
from ui.dialogs.import_wizard.corrections import CorrectionsModel
from ui.dialogs.import_wizard.wizard import ANSWERS, CHECK, MAPPING, SUMMARY

SHOTS = shots_dir("corrections")


@pytest.fixture(autouse=True)
def collect_closed_dialogs() -> Iterator[None]:
    yield
    gc.collect()


def wait_for_work(qtbot: QtBot) -> None:
    wait_for_operations(qtbot)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def sign_ups(tmp_path: Path) -> Path:
    path = tmp_path / "mentors.csv"
    path.write_text(
        "Email,First name,Last name,Capacity\n"
        "ana@example.com,Ana,Roy,1\n"
        "not-an-email,Ben,Côté,2\n"
        "cleo@example.com,Cléo,Dubé,lots\n"
        "dan@,Dan,Lee,3\n",
        encoding="utf-8",
    )
    return path


def to_check(qtbot: QtBot, db: Database, cycle: CycleInfo, path: Path) -> ImportWizard:
    context = AppContext(db)
    context.set_cycle(cycle)
    wizard = start_import_wizard(None, context, path)  # type: ignore[arg-type]
    assert wizard is not None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 740)
    wait_for_work(qtbot)
    assert wizard.page == MAPPING  # the role was read from the file name
    assert wizard.file_page.role == cycle.role_ladder[0]
    wizard.next_button.click()
    wait_for_work(qtbot)
    if wizard.page == ANSWERS:
        wizard.next_button.click()
    assert wizard.page == CHECK
    return wizard


def cell(wizard: ImportWizard, row: int, header: str) -> tuple[QModelIndex, CorrectionsModel]:
    model = wizard.check_page.corrections_panel.model
    index = model.index(model.rows.index(row), model.headers.index(header))
    return index, model


def emails(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Person.email_key)))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_correct_check_again_and_import(
    qtbot: QtBot,
    db: Database,
    cycle: CycleInfo,
    tmp_path: Path,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    path = sign_ups(tmp_path)
    before = path.read_bytes()
    wizard = to_check(qtbot, db, cycle, path)
    page = wizard.check_page
    panel = page.corrections_panel
    assert panel.model.rows == [3, 4, 5]
    assert not panel.recheck_button.isEnabled()  # nothing corrected yet
    index, model = cell(wizard, 4, "Capacity")
    assert model.data(index) == "lots"
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tip and tip in {
        page.rejected_model.data(page.rejected_model.index(i, 2)) for i in range(3)
    }
    first_tip = model.data(cell(wizard, 5, "Email")[0], Qt.ItemDataRole.ToolTipRole)

    model.setData(cell(wizard, 3, "Email")[0], "ben@example.com")
    model.setData(index, "2")
    assert panel.recheck_button.isEnabled()
    page.tabs.setCurrentIndex(3)
    wizard.show()
    wizard.grab().save(str(SHOTS / f"before_check_again_{language}.png"))
    panel.recheck_button.click()
    wait_for_work(qtbot)
    assert wizard.page == CHECK
    assert panel.model.rows == [5]  # the corrected rows left the rejected list
    assert model.data(cell(wizard, 5, "Email")[0], Qt.ItemDataRole.ToolTipRole) == first_tip
    assert page.accepted_count() == 3
    wizard.grab().save(str(SHOTS / f"after_check_again_{language}.png"))
    assert emails(db) == set()

    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == SUMMARY
    assert emails(db) == {"ana@example.com", "ben@example.com", "cleo@example.com"}
    assert path.read_bytes() == before
    wizard.close()
