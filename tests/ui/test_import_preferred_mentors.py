"""The import wizard's check step lists preferred mentors that fit several mentors or none."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Participant
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from app.sentences import NB
from tests.ui.conftest import wait_for_work as wait_for_operations
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportWizard, start_import_wizard
from ui.dialogs.import_wizard.check_page import NAMED_TAB
from ui.dialogs.import_wizard.wizard import ANSWERS, CHECK, FILE, MAPPING

MENTORS = (
    "First name,Last name,Email\nAna,Roy,ana.roy@x.org\nAna,Roy,aroy@y.org\nBen,Li,ben@x.org\n"
)
MENTEES = (
    "First name,Last name,Email,Is there a resident you would like as your mentor?\n"
    "Cy,Fox,cy@x.org,Ben Li\n"
    "Di,Om,di@x.org,Ana Roy\n"  # row 3: two mentors are called Ana Roy
)


@pytest.fixture(autouse=True)
def collect_closed_dialogs() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def context(db: Database, cycle: CycleInfo, tmp_path: Path) -> AppContext:
    mentors = tmp_path / "mentors.csv"
    mentors.write_text(MENTORS, encoding="utf-8")
    with db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[0], mentors)
    context = AppContext(db)
    context.set_cycle(cycle)
    return context


def wait_for_work(qtbot: QtBot) -> None:
    wait_for_operations(qtbot)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def check_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path, text: str = MENTEES
) -> ImportWizard:
    """Choose the mentee file and go to the check step, as a coordinator clicks."""
    mentees = tmp_path / "students.csv"
    mentees.write_text(text, encoding="utf-8")
    wizard = start_import_wizard(None, context)  # type: ignore[arg-type]
    assert wizard is not None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(wizard)
    wait_for_work(qtbot)
    assert wizard.page == FILE
    wizard.file_page.set_path(mentees)
    wizard.file_page.role_box.setCurrentText(context.cycle.role_ladder[1])  # type: ignore[union-attr]
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == MAPPING
    wizard.next_button.click()
    wait_for_work(qtbot)
    if wizard.page == ANSWERS:
        wizard.next_button.click()
        wait_for_work(qtbot)
    assert wizard.page == CHECK
    return wizard


def participants(db: Database, cycle: CycleInfo) -> int:
    with db.read() as session:
        query = select(func.count(Participant.id)).where(Participant.cycle_id == cycle.id)
        return session.scalar(query) or 0


def test_an_ambiguous_name_is_shown_with_its_row_and_the_mentors_it_fits(
    qtbot: QtBot, db: Database, cycle: CycleInfo, context: AppContext, tmp_path: Path
) -> None:
    page = check_step(qtbot, context, tmp_path).check_page
    tabs = page.tabs
    assert tabs.isTabVisible(NAMED_TAB)
    assert tabs.tabText(NAMED_TAB) == "Preferred mentors to check (1)"
    assert tabs.currentIndex() == NAMED_TAB  # nothing rejected or changed: shown first
    model = page.named_model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == [
        "3",
        "Ana Roy",
        "“Ana Roy” could be any of 2 mentors of this cycle (Ana Roy <ana.roy@x.org>, "
        "Ana Roy <aroy@y.org>); matching will not choose between them (an email address "
        "would say which one)",
    ]
    assert participants(db, cycle) == 3  # the mentors only: the check saved nothing


def test_the_note_reads_in_french(
    qtbot: QtBot, french: str, context: AppContext, tmp_path: Path
) -> None:
    page = check_step(qtbot, context, tmp_path).check_page
    assert page.tabs.tabText(NAMED_TAB) == "Mentors souhaités à vérifier (1)"
    model = page.named_model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == ["Ligne", "Mentor souhaité nommé", "Ce que trouve le jumelage"]
    assert model.index(0, 2).data() == (
        f"«{NB}Ana Roy{NB}» peut désigner 2 mentors de ce cycle (Ana Roy <ana.roy@x.org>, "
        "Ana Roy <aroy@y.org>); le jumelage ne choisira pas entre eux (une adresse courriel "
        "préciserait lequel)"
    )


def test_no_tab_when_every_name_fits_one_mentor(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    settled = MENTEES.replace("Ana Roy\n", "aroy@y.org\n")
    page = check_step(qtbot, context, tmp_path, settled).check_page
    assert not page.tabs.isTabVisible(NAMED_TAB)
    assert page.named_model.rowCount() == 0
