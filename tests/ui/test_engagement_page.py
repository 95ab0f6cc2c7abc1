"""The Engagement page as a coordinator uses it: filters, timeline, import, follow-ups."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Match, Meeting
from app.meetings.service import log_meeting
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import Pairs, make_pairs
from tests.ui.conftest import Messages, wait_for_work
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.main_window import MainWindow
from ui.pages.engagement import EngagementPage
from ui.pages.engagement.model import CONCERN_COLOUR, EngagementModel

DATA = Path(__file__).parents[1] / "data" / "meetings"
TODAY = dt.date.today()


@pytest.fixture
def pairs(db: Database, cycle: CycleInfo) -> Pairs:
    """Zoé's pair met 90 days ago (overdue), Liam's last week with a concern, Mei's never."""
    made = make_pairs(db, cycle)
    with db.write() as session:
        log_meeting(session, made.ids[0], TODAY - dt.timedelta(days=90), "video")
        log_meeting(
            session, made.ids[1], TODAY - dt.timedelta(days=7), "phone", concern=True,
            concern_note="Talked about leaving the program",
        )  # fmt: skip
    return made


@pytest.fixture
def page(qtbot: QtBot, pairs: Pairs, window: MainWindow) -> EngagementPage:
    window.show_page(2)
    return window.meetings


def _names(page: EngagementPage) -> list[str]:
    return [page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())]


def test_urgent_first_chips_filter_and_search(page: EngagementPage, qtmodeltester: object) -> None:
    assert page.title == "Engagement"
    assert _names(page) == ["Mei Wong", "Zoé Tremblay", "Liam Roy"]  # never met, overdue, ok
    assert page.chips["overdue"].text() == "Overdue: 1"
    assert page.chips["never_met"].text() == "Never met: 1"
    assert page.chips["all"].text() == "All: 3"
    page.chips["overdue"].click()
    assert _names(page) == ["Zoé Tremblay"]
    page.chips["all"].click()
    page.search_box.setText("gagne")  # the mentor's accent need not be typed
    assert _names(page) == ["Mei Wong", "Zoé Tremblay"]
    page.search_box.setText("")
    assert len(_names(page)) == 3
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by mentee
    assert _names(page) == ["Liam Roy", "Mei Wong", "Zoé Tremblay"]
    page.search_box.setText("wong")
    assert _names(page) == ["Mei Wong"]
    model = page.model
    assert isinstance(model, EngagementModel)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_timeline_and_concerns_stand_out(page: EngagementPage, pairs: Pairs) -> None:
    page.select_match(pairs.ids[1])
    texts = page.timeline.entry_texts()
    assert "Phone call" in texts[0] and "Talked about leaving the program" in texts[0]
    assert texts[-1].endswith("Match made")
    item = page.timeline.entries.item(0)
    assert item.foreground().color() == QColor(CONCERN_COLOUR)
    row = next(r for r in range(page.proxy.rowCount()) if _names(page)[r] == "Liam Roy")
    assert not page.proxy.index(row, 1).data(1).isNull()  # the concern icon on the pair


def test_import_with_bad_rows_shows_errors_and_writes_nothing(
    page: EngagementPage, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = DATA / "bad_only.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    page.import_button.click()
    wait_for_work(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, ImportMeetingsDialog)
    assert dialog.rejected_model.rowCount() == 2
    errors = [dialog.rejected_model.row_at(i).error for i in range(2)]
    assert "not a real date" in errors[0] and "nobody@example.org is not in a match" in errors[1]
    assert not dialog.import_button.isEnabled()
    assert "2 rows would be rejected" in dialog.summary.text()
    dialog.reject()
    with db.read() as session:
        assert session.scalar(select(func.count(Meeting.id))) == 2  # only the fixture's


def test_import_good_rows(
    page: EngagementPage, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:  # fmt: skip
    sheet = DATA / "checkins_fr.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    page.import_contacts()
    wait_for_work(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, ImportMeetingsDialog) and dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_for_work(qtbot)
    assert any("2 contacts were added" in t for t in messages.texts("information"))
    assert page.chips["never_met"].text() == "Never met: 0"  # Mei's pair met on 3 Feb


def test_end_match_sends_the_pair_back(
    page: EngagementPage, db: Database, pairs: Pairs, monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:  # fmt: skip
    page.select_match(pairs.ids[2])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mentee moved away", True))
    page.timeline.end_button.click()
    with db.read() as session:
        match = session.get(Match, pairs.ids[2])
        assert match is not None and (match.status, match.end_reason) == (
            "ended", "Mentee moved away",
        )  # fmt: skip
    assert "Mei Wong" not in _names(page)
    assert any("matched again" in t for t in messages.texts("information"))


def test_nudge_list_and_calendar_reminders(
    page: EngagementPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nudge, ics = tmp_path / "nudge.csv", tmp_path / "reminders.ics"
    targets = iter([str(nudge), str(ics)])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(targets), ""))
    page.export_nudges()
    rows = list(csv.DictReader(nudge.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["Mentee"], r["Status"]) for r in rows] == [
        ("Mei Wong", "Never met"),
        ("Zoé Tremblay", "Overdue"),
    ]
    assert rows[1]["Mentor email"] == "ana@res.example.org"
    assert rows[1]["Mentee email"] == "zoe@med.example.org"
    page.export_calendar()
    text = ics.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VEVENT") == 2 and "\r\n" in text


def test_program_calendar_counts_months(page: EngagementPage) -> None:
    months = page.calendar.months()
    assert sum(m.contacts for m in months) == 2
    assert sum(m.concerns for m in months) == 1
    assert (months[-1].year, months[-1].month) == (TODAY.year, TODAY.month)


def test_topic_catalogue_dialog_adds_and_hides(page: EngagementPage, db: Database) -> None:
    from app.meetings.service import list_topics
    from ui.dialogs.topics import TopicsDialog

    page.edit_topics()
    dialog = page.dialog
    assert isinstance(dialog, TopicsDialog)
    before = dialog.model.rowCount()
    dialog.add_button.click()
    assert dialog.form is not None
    dialog.form.name.setText("Wellness and burnout")
    dialog.form.category.setText("Well-being")
    dialog.form.accept()
    assert dialog.model.rowCount() == before + 1
    row = next(i for i, t in enumerate(dialog.model.rows()) if t.name == "Wellness and burnout")
    dialog.table.selectRow(row)
    dialog.active_button.click()
    with db.read() as session:
        assert "Wellness and burnout" not in {t.name for t in list_topics(session)}
    dialog.reject()


def test_undo_last_contact_import(
    page: EngagementPage, db: Database, qtbot: QtBot, messages: Messages
) -> None:
    page.import_contacts(DATA / "checkins_fr.xlsx")
    wait_for_work(qtbot)
    page.dialog.import_button.click()
    wait_for_work(qtbot)
    page.undo_last_import()  # the question is answered Yes by the fixture
    assert any("checkins_fr.xlsx" in t for t in messages.texts("question"))
    with db.read() as session:
        assert session.scalar(select(func.count(Meeting.id))) == 2  # only the fixture's
