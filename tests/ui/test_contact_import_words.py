"""The contact import window says which topics it read loosely and which it kept as notes."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Meeting
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import make_pairs
from tests.ui.conftest import Messages, wait_for_work
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.main_window import MainWindow

MATCH_TOPIC = "The residency application match process"


def test_topics_in_own_words_are_shown_before_and_after_the_import(
    qtbot: QtBot, db: Database, cycle: CycleInfo, window: MainWindow, tmp_path: Path,
    messages: Messages,
) -> None:  # fmt: skip
    make_pairs(db, cycle)
    path = tmp_path / "checkins.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["Mentor email", "Mentee email", "Date", "How did you meet?", "Topics"],
                # The mentee's address in the mentor's column, and the other way round.
                ["zoe@med.example.org", "ana@res.example.org", "2026-01-10", "Zoom", "CaRMS match"],
                [
                    "bo@res.example.org",
                    "liam@med.example.org",
                    "2026-01-11",
                    "Phone",
                    "<b>budget</b>",
                ],
            ]
        )
    window.show_page(2)
    page = window.meetings
    page.import_contacts(path)
    wait_for_work(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, ImportMeetingsDialog) and dialog.import_button.isEnabled()
    summary = dialog.summary.text()
    assert "2 contacts would be added." in summary
    assert f"row 2, Topics: “CaRMS match” was read as the topic “{MATCH_TOPIC}”." in summary
    kept = "row 3, Topics: “<b>budget</b>” is not in the topic catalogue; it is kept in the"
    assert kept in summary  # shown as typed, not as markup
    dialog.import_button.click()
    wait_for_work(qtbot)
    assert any(kept in text for text in messages.texts("information"))
    with db.read() as session:
        notes = sorted(m.notes for m in session.scalars(select(Meeting)))
    assert notes == ["", "Other topics: <b>budget</b>"]
