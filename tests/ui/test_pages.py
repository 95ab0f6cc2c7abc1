"""Click through each page as a coordinator would."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import Messages, wait_for_work
from ui.main_window import MainWindow

CITY = {"city": "Ottawa", "province": "ON", "languages": ["English", "French"]}


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> CycleInfo:
    add_people(
        db, cycle, 0,
        [
            mentor("ana@res.example.org", "Ana", "Gagné", capacity=2, interests=["Neonatology"],
                   **CITY),
            mentor("bo@res.example.org", "Bo", "Chen", interests=["Oncology"], **CITY),
        ],
    )  # fmt: skip
    add_people(
        db, cycle, 1,
        [
            mentee("zoe@med.example.org", "Zoé", "Tremblay", interests=["Neonatology"], **CITY),
            mentee("liam@med.example.org", "Liam", "Roy", interests=["Oncology"], **CITY),
            mentee("mei@med.example.org", "Mei", "Wong", interests=["Neonatology"], **CITY),
        ],
    )  # fmt: skip
    return cycle


def click_ok(dialog: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_run_creates_a_program(qtbot: QtBot, db: Database) -> None:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.welcome_dialog is not None and main.welcome_dialog.isVisible())
    assert main.welcome_dialog is not None
    main.welcome_dialog.create_button.click()
    dialog = main.program_dialog
    assert dialog is not None
    click_ok(dialog)  # no name yet: the dialog stays open and says why
    assert dialog.isVisible() and "name" in dialog.error.text()
    dialog.name.setText("Youth Mentorship")
    dialog.model.setCurrentIndex(1)  # cascading
    click_ok(dialog)
    assert not dialog.isVisible()
    assert main.cycle_box.currentText().startswith("Youth Mentorship — ")
    assert main.context.cycle is not None
    assert main.context.cycle.role_ladder[-1] == "Youth"
    assert main.roster.empty.is_showing_message()


def test_first_run_loads_the_demo(qtbot: QtBot, db: Database) -> None:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.welcome_dialog is not None)
    assert main.welcome_dialog is not None
    main.welcome_dialog.demo_button.click()
    assert "(demo)" in main.cycle_box.currentText()
    assert main.roster.model.total() > 20
    assert "participants" in main.status.text()


def test_roster_lists_and_searches(qtbot: QtBot, people: CycleInfo, window: MainWindow) -> None:
    page = window.roster
    assert page.proxy.rowCount() == 5
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_box.hasFocus()
    qtbot.keyClicks(page.search_box, "ZOE")
    assert page.proxy.rowCount() == 1
    page.search_box.clear()
    page.role_box.setCurrentIndex(1)  # Resident mentor
    assert page.proxy.rowCount() == 2


def test_withdraw_and_reactivate(qtbot: QtBot, people: CycleInfo, window: MainWindow) -> None:
    page = window.roster
    page.table.selectRow(0)
    assert page.withdraw_button.isEnabled()
    page.withdraw_button.click()
    assert page.model.row_at(0).status == "withdrawn"
    page.table.selectRow(0)
    page.reactivate_button.click()
    assert page.model.row_at(0).status == "active"


def test_import_a_spreadsheet(
    qtbot: QtBot,
    cycle: CycleInfo,
    window: MainWindow,
    tmp_path: Path,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sheet = tmp_path / "mentees.csv"
    sheet.write_text(
        "First name,Last name,Email Address,City,Province,Languages spoken,Areas of interest\n"
        "Zoé,Tremblay,zoe@med.example.org,Montréal,QC,French;English,Neonatology\n"
        "Liam,Roy,liam@med.example.org,Ottawa,ON,English,Oncology\n"
        "Nobody,Nomail,,Ottawa,ON,English,Oncology\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    window.roster.import_button.click()
    wizard = window.roster.import_dialog
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.file_page.browse()
    assert wizard.file_page.role == "Medical student"  # guessed from "mentees"
    wizard.next_button.click()
    wait_for_work(qtbot)
    wizard.next_button.click()  # the automatic mapping is right
    wait_for_work(qtbot)
    assert "Nothing has been saved yet" in wizard.check_page.summary.text()
    assert wizard.check_page.rejected_model.rowCount() == 1
    assert window.roster.model.total() == 0
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert "2 participants added" in wizard.summary_page.text.text()
    assert window.roster.model.total() == 2


def test_propose_accept_and_end_matches(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page(1)
    page = window.matching
    assert page.match_empty.is_showing_message()
    page.propose_button.click()
    wait_for_work(qtbot)
    assert page.proposals.rowCount() == 3
    page.proposal_table.selectRow(0)
    page.accept_button.click()
    assert page.matches.rowCount() == 1
    assert page.proposals.rowCount() == 2
    page.accept_all_button.click()
    assert page.matches.rowCount() == 3
    assert {r.status for r in page.matches.rows()} == {"confirmed"}
    assert page.proposal_empty.is_showing_message()
    page.match_table.selectRow(0)
    page.end_button.click()
    assert page.end_dialog is not None  # why it ends: the first cause is chosen
    page.end_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.matches.rowCount() == 2
    page.show_ended.setChecked(True)
    assert page.matches.rowCount() == 3


def _confirm_all(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(1)
    window.matching.propose()
    wait_for_work(qtbot)
    window.matching.accept_all()


def test_log_a_contact(qtbot: QtBot, people: CycleInfo, window: MainWindow) -> None:
    _confirm_all(qtbot, window)
    window.show_page(2)
    page = window.meetings
    assert not page.empty.is_showing_message()
    assert page.chips["never_met"].text() == "Never met: 3"
    page.log_button.click()  # for the selected (most urgent) pair
    dialog = page.log_dialog
    assert dialog is not None
    assert dialog.date.maximumDate().toPython() == dt.date.today()
    dialog.mode_box.setCurrentIndex(1)
    dialog.duration.setValue(30)
    dialog.topics.topic_items()[0].setCheckState(Qt.CheckState.Checked)
    dialog.notes.setPlainText("First coffee")
    click_ok(dialog)
    latest = page.timeline.entry_texts()[0]
    assert "Video call, 30 min" in latest and "First coffee" in latest
    assert page.chips["on_track"].text() == "On track: 1"


def test_write_letters(qtbot: QtBot, people: CycleInfo, window: MainWindow, tmp_path: Path) -> None:
    _confirm_all(qtbot, window)
    window.show_page(3)
    page = window.letters
    out = tmp_path / "letters.pdf"
    page.generate_button.click()
    assert page.generate_dialog is not None
    page.generate_dialog.output.setText(str(out))
    page.generate_dialog.ok_button.click()
    wait_for_work(qtbot, timeout=60000)
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert page.result_box.isVisible()
    assert "5 letters for 5 people" in page.result_label.text()  # one per person


def test_letters_without_matches_explain_why(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, tmp_path: Path, messages: Messages
) -> None:
    window.show_page(3)
    assert window.letters.match_empty.is_showing_message()
    assert "Confirm matches" in window.letters.match_empty.message.text()
    assert not window.letters.generate_button.isEnabled()


def test_back_up_and_restore(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, messages: Messages
) -> None:
    window.show_page(4)
    page = window.backups
    assert page.empty.is_showing_message()
    page.backup_button.click()
    wait_for_work(qtbot)
    assert page.model.rowCount() == 1
    backup = Path(page.model.row_at(0).path)
    assert backup.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) & 0o077 == 0
    window.show_page(0)
    window.roster.table.selectAll()
    window.roster.withdraw_button.click()  # a change made after the backup
    assert all(r.status == "withdrawn" for r in window.roster.model.all_rows())
    window.show_page(4)
    page.table.selectRow(0)
    page.restore_button.click()  # the restore wizard (tests/ui/test_restore_wizard.py)
    wizard = page.wizard
    wizard.next()
    wizard.next()
    assert "safety copy" in wizard.confirm.summary.text()
    wizard.confirm.understood.setChecked(True)
    wizard.accept()
    wait_for_work(qtbot)
    assert any("kept in" in t for t in messages.texts("information"))
    window.show_page(0)
    assert all(r.status == "active" for r in window.roster.model.all_rows())
    assert window.context.cycle is not None and window.context.cycle.id == people.id
