"""The contact import window with rows naming a group: what it read, the note on attendance,
the rejected rows, in English and French (1366×768 screenshots: shots_dir("smallpoints"))."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from app.db.engine import Database
from app.db.models import Group, MeetingAttendance, Participant, Person, group_member
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import make_pairs
from tests.shots import shots_dir
from tests.ui.conftest import Messages, wait_for_work
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.main_window import MainWindow

SHOTS = shots_dir("smallpoints")


def _circle(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        ids = dict(
            session.execute(
                select(Person.first_name, Participant.id).join(
                    Participant, Participant.person_id == Person.id
                )
            ).all()
        )
        group = Group(cycle_id=cycle.id, name="Circle A", relation=cycle.role_ladder[1],
                      status="confirmed")  # fmt: skip
        session.add(group)
        session.flush()
        session.execute(
            insert(group_member),
            [
                {"group_id": group.id, "participant_id": ids[n], "is_mentor": n == "Ana"}
                for n in ("Ana", "Zoé", "Liam")
            ],
        )


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "group-checkins.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["Mentor email", "Group", "Date", "How did you meet?", "Absent"],
                ["", "circle a", "2026-01-10", "Zoom", "Liam Roy"],
                ["", "Circle A", "2026-02-07", "In person", ""],
                ["", "Circle Z", "2026-02-07", "In person", ""],
                ["bo@res.example.org", "", "2026-02-08", "Phone", ""],
            ]
        )
    return path


def _dialog(
    qtbot: QtBot, db: Database, cycle: CycleInfo, window: MainWindow, path: Path
) -> ImportMeetingsDialog:
    make_pairs(db, cycle)
    _circle(db, cycle)
    window.resize(1366, 768)
    window.show_page(2)
    window.meetings.import_contacts(path)
    wait_for_work(qtbot)
    dialog = window.meetings.dialog
    assert isinstance(dialog, ImportMeetingsDialog)
    QApplication.processEvents()
    return dialog


def _shot(window: MainWindow, dialog: ImportMeetingsDialog, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / f"{name}-import-report.png"))
    window.grab().save(str(SHOTS / f"{name}-import-window.png"))


def test_english_report_of_group_rows(
    qtbot: QtBot, db: Database, cycle: CycleInfo, window: MainWindow, tmp_path: Path,
    messages: Messages,
) -> None:  # fmt: skip
    dialog = _dialog(qtbot, db, cycle, window, _file(tmp_path))
    _shot(window, dialog, "en")
    summary = dialog.summary.text()
    assert "3 contacts would be added." in summary
    assert "Group meetings (rows 2 and 3): recorded as meetings of the group each row names" in (
        summary
    )
    assert "Group → group" in dialog.columns.text() and "Absent → who was absent" in (
        dialog.columns.text()
    )
    assert dialog.rejected_model.rowCount() == 1
    dialog.import_button.click()
    wait_for_work(qtbot)
    with db.read() as session:
        present = sorted(bool(p) for p in session.scalars(select(MeetingAttendance.present)))
    assert present == [False, True, True, True, True, True]


def test_french_report_of_group_rows(
    qtbot: QtBot, db: Database, cycle: CycleInfo, french: str, tmp_path: Path,
    messages: Messages,
) -> None:  # fmt: skip
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = _dialog(qtbot, db, cycle, window, _file(tmp_path))
    _shot(window, dialog, "fr")
    summary = dialog.summary.text()
    assert "Rencontres de groupe (lignes 2 et 3)" in summary
    assert "Group → groupe" in dialog.columns.text()
    index = dialog.rejected_model.index(0, 2)
    assert "aucun groupe de ce cycle ne s'appelle" in str(dialog.rejected_model.data(index))
