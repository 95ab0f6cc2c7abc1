"""The eligibility rules editor, the orientation dialog, the roster's eligibility filter and
File → Import attendance…, walked as a coordinator would, in English and French.

Set ``MENTORDESK_SCREENSHOTS`` to a folder to keep a picture of each screen.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Orientation
from app.eligibility.service import load_rules, save_rules
from app.orientation.service import add_orientation
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import wait_for_work
from tests.ui.french_walk import english_left
from ui.dialogs.eligibility_rules import EligibilityRulesDialog
from ui.dialogs.orientation import OrientationDialog
from ui.main_window import MainWindow

MENTOR = "Resident mentor"
SCREEN = (1366, 768)
PEOPLE = (
    "Ana Mentor",
    "Resident mentor",
    "Medical student",
    "Years in specialty",
    "Welcome evening",
    "years in the specialty",
)


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> list[int]:
    ids = add_people(
        db,
        cycle,
        0,
        [
            mentor("ana@res.org", "Ana", custom_fields={"Years in specialty": "5"}),
            mentor("ben@res.org", "Ben", custom_fields={"Years in specialty": "2"}),
            mentor("cam@res.org", "Cam"),
        ],
    )
    add_people(db, cycle, 1, [mentee("dee@med.org", "Dee")])
    return ids


def looked_at(qtbot: QtBot, widget: QWidget, name: str) -> None:
    """Show ``widget``, keep its picture when asked, and check it fits a small laptop."""
    if not widget.isVisible():
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()
    assert widget.width() <= SCREEN[0] and widget.height() <= SCREEN[1], (name, widget.size())
    folder = os.environ.get("MENTORDESK_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _walk_rules(qtbot: QtBot, db: Database, cycle: CycleInfo, name: str) -> EligibilityRulesDialog:
    dialog = EligibilityRulesDialog(db, cycle.program_id, cycle.id, tuple(cycle.role_ladder))
    qtbot.addWidget(dialog)
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("Years in specialty"))
    dialog.test_box.setCurrentIndex(dialog.test_box.findData("at_least"))
    dialog.value.setText("3")
    dialog.label.setText("years in the specialty")
    dialog.add_button.click()
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).excludes == 2
    # A bad value is said, and the rule is not kept.
    dialog.test_box.setCurrentIndex(dialog.test_box.findData("orientation_by"))
    assert not dialog.field_box.isEnabled()
    dialog.value.setText("30/09/2026")
    dialog.add_button.click()
    assert dialog.model.rowCount() == 1
    assert "30/09/2026" in dialog.problem.text()
    dialog.value.setText("2026-09-30")
    dialog.add_button.click()
    assert dialog.model.rowCount() == 2 and dialog.problem.text() == ""
    assert dialog.model.row_at(1).excludes == 3
    looked_at(qtbot, dialog, name)
    return dialog


def test_rules_editor_adds_previews_and_saves(
    qtbot: QtBot, db: Database, cycle: CycleInfo, people: list[int]
) -> None:
    dialog = _walk_rules(qtbot, db, cycle, "en-eligibility-rules")
    assert dialog.summary.text() == "These rules leave out 3 of 3 active participants."
    dialog.table.selectRow(1)
    dialog.remove_button.click()
    assert dialog.summary.text() == "These rules leave out 2 of 3 active participants."
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.read() as session:
        rules = load_rules(session, cycle.program_id)
    assert [r.to_json() for r in rules[MENTOR]] == [
        {"field": "Years in specialty", "op": "at_least", "value": 3,
         "label": "years in the specialty"}
    ]  # fmt: skip
    again = EligibilityRulesDialog(db, cycle.program_id, cycle.id, tuple(cycle.role_ladder))
    qtbot.addWidget(again)
    assert again.model.rowCount() == 1
    again.role_box.setCurrentIndex(1)
    assert again.model.rowCount() == 0
    assert again.summary.text() == "No rules: everyone in this role can be matched."


@pytest.mark.usefixtures("french")
def test_rules_editor_in_french(
    qtbot: QtBot, db: Database, cycle: CycleInfo, people: list[int]
) -> None:
    dialog = _walk_rules(qtbot, db, cycle, "fr-eligibility-rules")
    assert dialog.summary.text() == "Ces règles écartent 3 des 3 participants actifs."
    dialog.value.setText("trois")
    dialog.test_box.setCurrentIndex(dialog.test_box.findData("at_least"))
    dialog.add_button.click()
    assert "n'est pas un nombre" in dialog.problem.text()
    assert english_left(dialog, allow=PEOPLE) == []


def _walk_orientation(qtbot: QtBot, db: Database, participant: int, name: str) -> OrientationDialog:
    dialog = OrientationDialog(db, participant, "Ana Mentor")
    qtbot.addWidget(dialog)
    dialog.held_on.setDate(QDate(2025, 9, 10))
    dialog.hours.setValue(2.0)
    dialog.session.setText("Welcome evening")
    dialog.add_button.click()
    assert dialog.model.rowCount() == 1 and dialog.changed
    dialog.held_on.setDate(QDate.currentDate().addDays(3))
    dialog.add_button.click()
    assert dialog.model.rowCount() == 1 and dialog.problem.text()
    looked_at(qtbot, dialog, name)
    return dialog


def test_orientation_dialog_adds_changes_and_removes(
    qtbot: QtBot, db: Database, people: list[int]
) -> None:
    dialog = _walk_orientation(qtbot, db, people[0], "en-orientation")
    assert "is in the future" in dialog.problem.text()
    dialog.table.selectRow(0)
    assert dialog.session.text() == "Welcome evening" and dialog.save_button.isEnabled()
    dialog.hours.setValue(3.5)
    dialog.save_button.click()
    with db.read() as session:
        (record,) = session.scalars(select(Orientation))
        assert (record.held_on, record.hours) == (dt.date(2025, 9, 10), 3.5)
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert dialog.model.rowCount() == 0
    with db.read() as session:
        assert session.scalars(select(Orientation)).all() == []


@pytest.mark.usefixtures("french")
def test_orientation_dialog_in_french(qtbot: QtBot, db: Database, people: list[int]) -> None:
    dialog = _walk_orientation(qtbot, db, people[0], "fr-orientation")
    assert "est une date future" in dialog.problem.text()
    assert english_left(dialog, allow=PEOPLE) == []


def _rules_and_orientation(db: Database, cycle: CycleInfo, people: list[int]) -> None:
    with db.write() as session:
        save_rules(
            session,
            cycle.program_id,
            {MENTOR: [{"field": "Years in specialty", "op": "at_least", "value": 3,
                       "label": "years in the specialty"}]},
        )  # fmt: skip
        add_orientation(session, people[0], dt.date(2025, 9, 10), 2.0, "Welcome evening")


def test_roster_filters_on_eligibility_and_says_why(
    qtbot: QtBot, window: MainWindow, db: Database, cycle: CycleInfo, people: list[int]
) -> None:
    window.reload_cycles()
    window.show_page(0)
    page = window.roster
    page.refresh()
    bar = page.filters
    assert bar.eligibility_box.isHidden()  # no rules, no orientation: nothing to filter on
    _rules_and_orientation(db, cycle, people)
    page.refresh()
    assert not bar.eligibility_box.isHidden()
    model = page.model

    def shown() -> list[str]:
        return sorted(model.row_at(i).email for i in range(model.shown()))

    bar.eligibility_box.setCurrentIndex(bar.eligibility_box.findData("not_eligible"))
    assert shown() == ["ben@res.org", "cam@res.org"]
    texts = {model.row_at(i).email: model.index(i, 4).data()
             for i in range(model.shown())}  # fmt: skip
    assert texts["ben@res.org"] == "Not eligible: fewer than 3 years in the specialty (2)"
    bar.eligibility_box.setCurrentIndex(bar.eligibility_box.findData("eligible"))
    assert shown() == ["ana@res.org", "dee@med.org"]
    bar.eligibility_box.setCurrentIndex(bar.eligibility_box.findData("no_orientation"))
    assert shown() == ["ben@res.org", "cam@res.org", "dee@med.org"]
    bar.clear()
    assert len(shown()) == 4
    window.resize(*SCREEN)
    looked_at(qtbot, window, "en-roster-eligibility")


def _attendance_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Any:
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(
        "Email,Date,Hours,Session\nana@res.org,2025-09-10,2,Welcome\nzed@x.org,2025-09-10,1,W\n",
        encoding="utf-8",
    )
    window.reload_cycles()
    window.import_attendance(sheet)
    wait_for_work(qtbot)
    dialog = window.attendance_import.dialog
    assert dialog is not None and dialog.rejected_model.rowCount() == 1
    return dialog


@pytest.mark.usefixtures("french")
def test_import_attendance_in_french(
    qtbot: QtBot, window: MainWindow, people: list[int], tmp_path: Path
) -> None:
    dialog = _attendance_dialog(qtbot, window, tmp_path)
    assert dialog.windowTitle() == "Importer les présences"
    assert "1 séance serait ajoutée." in dialog.summary.text()
    assert "Email → courriel" in dialog.columns.text()
    looked_at(qtbot, dialog, "fr-import-attendance")
    allow = ("attendance.csv", "Email", "Hours", "Session", "Date", "zed@x.org")
    assert english_left(dialog, allow=allow) == []


def test_import_attendance_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, db: Database, cycle: CycleInfo, people: list[int],
    tmp_path: Path,
) -> None:  # fmt: skip
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(
        "Email,Date,Hours,Session\nana@res.org,2025-09-10,2,Welcome\nzed@x.org,2025-09-10,1,W\n",
        encoding="utf-8",
    )
    window.reload_cycles()
    window.import_attendance(sheet)
    wait_for_work(qtbot)
    dialog = window.attendance_import.dialog
    assert dialog is not None and dialog.windowTitle() == "Import attendance"
    assert "1 session would be added." in dialog.summary.text()
    assert dialog.rejected_model.rowCount() == 1 and dialog.import_button.isEnabled()
    assert "Email → email" in dialog.columns.text()
    looked_at(qtbot, dialog, "en-import-attendance")
    with db.read() as session:
        assert session.scalars(select(Orientation)).all() == []
    dialog.import_button.click()
    wait_for_work(qtbot)
    with db.read() as session:
        assert [r.session for r in session.scalars(select(Orientation))] == ["Welcome"]


@pytest.mark.usefixtures("french")
def test_roster_says_why_in_french(
    qtbot: QtBot, window: MainWindow, db: Database, cycle: CycleInfo, people: list[int]
) -> None:
    _rules_and_orientation(db, cycle, people)
    window.reload_cycles()
    window.show_page(0)
    page = window.roster
    page.refresh()
    page.filters.eligibility_box.setCurrentIndex(2)
    assert page.filters.eligibility_box.currentText() == "Non admissibles"
    texts = sorted(page.model.index(i, 4).data() for i in range(page.model.shown()))
    assert texts == [
        "Non admissible\u00a0: moins de 3 years in the specialty (2)",
        "Non admissible\u00a0: moins de 3 years in the specialty (aucune réponse)",
    ]
    window.resize(*SCREEN)
    looked_at(qtbot, window, "fr-roster-eligibility")


def test_the_persons_details_open_their_orientation(
    qtbot: QtBot, window: MainWindow, db: Database, cycle: CycleInfo, people: list[int]
) -> None:
    window.reload_cycles()
    window.show_page(0)
    page = window.roster
    page.edit_participant(people[1])
    form = page.forms.dialog
    assert form is not None and form.orientation_button.text() == "Orientation…"
    form.orientation_button.click()
    dialog = form.orientation_dialog
    assert dialog.windowTitle() == "Orientation of Ben Mentor"
    dialog.held_on.setDate(QDate(2025, 9, 10))
    dialog.add_button.click()
    with db.read() as session:
        assert [r.participant_id for r in session.scalars(select(Orientation))] == [people[1]]
    dialog.close()
    form.reject()
