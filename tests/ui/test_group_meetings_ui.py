"""The Groups tab of the Engagement page, its meeting and note dialogs, EN and FR at 1366×768."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from app.db.engine import Database
from app.db.models import (
    Group,
    Match,
    Meeting,
    MeetingAttendance,
    Participant,
    Person,
    group_member,
)
from app.letters.group_service import group_first_meeting
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import Pairs, make_pairs
from tests.shots import shots_dir
from tests.ui.conftest import Messages, wait_for_work
from ui.dialogs.export import ExportDialog
from ui.dialogs.log_group_meeting import FirstMeetingDialog, LogGroupMeetingDialog
from ui.dialogs.safety_note import SafetyNoteDialog
from ui.main_window import MainWindow
from ui.pages.engagement import EngagementPage
from ui.pages.engagement.groups import GroupsPanel
from ui.pages.engagement.model import STATUS_STYLE

SHOTS = shots_dir("group_meetings")
TODAY = dt.date.today()


def _shot(widget: object, name: str) -> None:
    QApplication.processEvents()  # lay out what the last refresh changed before the picture
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]
    except OSError:
        pass


def cell(panel: GroupsPanel, row: int, column: int) -> str:
    """The text the Groups tab shows at (row, column) as the view sorts it."""
    return str(panel.table.model().index(row, column).data())


def title(panel: GroupsPanel, column: int) -> str:
    return str(panel.table.model().headerData(column, Qt.Orientation.Horizontal))


@pytest.fixture
def circle(db: Database, cycle: CycleInfo) -> tuple[Pairs, int, dict[str, int]]:
    pairs = make_pairs(db, cycle)
    with db.read() as session:
        ids = {
            name: pid
            for name, pid in session.execute(
                select(Person.first_name, Participant.id).join(
                    Participant, Participant.person_id == Person.id
                )
            )
        }
    group_id = _confirmed_group(db, cycle, "Circle A", ids["Ana"], [ids["Zoé"], ids["Liam"]])
    return pairs, group_id, ids


def _confirmed_group(
    db: Database, cycle: CycleInfo, name: str, mentor: int, members: list[int]
) -> int:
    with db.write() as session:
        group = Group(cycle_id=cycle.id, name=name, relation=cycle.role_ladder[1])
        group.status = "confirmed"
        session.add(group)
        session.flush()
        session.execute(
            insert(group_member),
            [{"group_id": group.id, "participant_id": mentor, "is_mentor": True}]
            + [{"group_id": group.id, "participant_id": p, "is_mentor": False} for p in members],
        )
        return group.id


def _groups_tab(window: MainWindow) -> EngagementPage:
    """The Engagement page on its Groups tab, in a 1366×768 window."""
    window.resize(1366, 768)
    window.show_page(2)
    page = window.meetings
    page.tabs.setCurrentIndex(1)
    return page


@pytest.fixture
def page(qtbot: QtBot, circle: object, window: MainWindow) -> EngagementPage:
    return _groups_tab(window)


def _walk(qtbot: QtBot, page: EngagementPage, db: Database, circle: tuple, lang: str) -> None:
    pairs, group_id, ids = circle
    panel = page.groups_panel
    assert panel.table.model().rowCount() == 1
    assert cell(panel, 0, 0) == "Circle A"
    _shot(page.window(), f"{lang}_groups_tab_before")

    # Log a group meeting: everyone ticked, untick Liam.
    panel.table.selectRow(0)
    panel.log_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, LogGroupMeetingDialog)
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert len(names) == 3 and names[0].startswith("Ana")  # the mentor first
    liam = next(i for i, n in enumerate(names) if n.startswith("Liam"))
    dialog.people.item(liam).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.values()["absent"] == [ids["Liam"]]
    dialog.resize(dialog.sizeHint())
    _shot(dialog, f"{lang}_log_group_meeting")
    dialog.accept()
    with db.read() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.group_id == group_id)).one()
        absent = session.scalars(
            select(MeetingAttendance.participant_id).where(
                MeetingAttendance.meeting_id == meeting.id, MeetingAttendance.present.is_(False)
            )
        ).all()
    assert absent == [ids["Liam"]]

    # The program-wide meeting lists every participant of the cycle.
    panel.program_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, LogGroupMeetingDialog) and dialog.program_wide
    assert dialog.people.count() == 5
    liam = next(i for i in range(5) if dialog.people.item(i).text().startswith("Liam"))
    dialog.people.item(liam).setCheckState(Qt.CheckState.Unchecked)
    _shot(dialog, f"{lang}_log_program_meeting")
    dialog.accept()
    assert panel.meetings.count() == 2
    # Liam missed both: he shows among those who keep missing meetings.
    panel.table.selectRow(0)
    assert "Liam Roy" in cell(panel, 0, 6)

    # The group's safety note.
    panel.table.selectRow(0)
    panel.note_button.click()
    note = panel.dialog
    assert isinstance(note, SafetyNoteDialog)
    note.editor.setPlainText("No home visits")
    _shot(note, f"{lang}_safety_note")
    note.accept()
    with db.read() as session:
        assert session.get(Group, group_id).safety_note == "No home visits"
    assert cell(panel, 0, 0).endswith("⚑")

    # The first meeting, for the group's letters.
    panel.table.selectRow(0)
    panel.first_button.click()
    first = panel.dialog
    assert isinstance(first, FirstMeetingDialog)
    first.has_date.setChecked(True)
    first.place.setText("Room 2.14")
    _shot(first, f"{lang}_first_meeting")
    first.accept()
    with db.read() as session:
        assert group_first_meeting(session, group_id).place == "Room 2.14"

    # Change then delete a meeting from the list.
    panel.meetings.setCurrentRow(0)
    panel.edit_button.click()
    change = panel.dialog
    assert isinstance(change, LogGroupMeetingDialog)
    change.people.set_all(True)
    change.accept()
    assert panel.meetings.count() == 2
    _shot(page.window(), f"{lang}_groups_tab_after")

    # A pair's safety note from its timeline on the Pairs tab.
    page.tabs.setCurrentIndex(0)
    page.select_match(pairs.ids[0])
    _shot(page.window(), f"{lang}_pairs_tab")
    page.timeline.note_button.click()
    pair_note = panel.dialog
    assert isinstance(pair_note, SafetyNoteDialog)
    pair_note.editor.setPlainText("Meet in public places")
    _shot(pair_note, f"{lang}_pair_safety_note")
    pair_note.accept()
    with db.read() as session:
        assert session.get(Match, pairs.ids[0]).safety_note == "Meet in public places"


def test_groups_tab_in_english(
    qtbot: QtBot, page: EngagementPage, db: Database, circle: tuple
) -> None:
    assert page.tabs.tabText(1) == "Groups (1)"
    assert cell(page.groups_panel, 0, 1) == "Never met"
    _walk(qtbot, page, db, circle, "en")


def test_groups_tab_in_french(
    qtbot: QtBot, french: str, db: Database, circle: tuple, window: MainWindow
) -> None:
    page = _groups_tab(window)
    assert page.tabs.tabText(1) == "Groupes (1)"
    assert page.groups_panel.log_button.text() == "Inscrire une rencontre de groupe…"
    assert title(page.groups_panel, 5) == "Lettres"
    assert title(page.groups_panel, 6) == "Absences répétées"
    _walk(qtbot, page, db, circle, "fr")


def test_delete_a_group_meeting(
    qtbot: QtBot, page: EngagementPage, db: Database, circle: tuple,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QMessageBox

    panel = page.groups_panel
    panel.table.selectRow(0)
    panel.log_button.click()
    panel.dialog.accept()
    assert panel.meetings.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.meetings.setCurrentRow(0)
    panel.delete_button.click()
    assert panel.meetings.count() == 0
    with db.read() as session:
        assert session.scalars(select(Meeting)).all() == []


def test_group_letters_from_the_groups_tab(
    qtbot: QtBot, page: EngagementPage, tmp_path: Path, messages: Messages
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "groups.pdf"
    page.groups_panel.write_letters(out)
    wait_for_work(qtbot)
    assert len(PdfReader(out).pages) == 3  # Ana, Zoé and Liam
    said = " ".join(messages.texts("information"))
    assert "Wrote 3 letters for 1 group to groups.pdf." in said
    assert "no first meeting set" in said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_groups_letters_are_marked_sent_and_the_mark_taken_back(
    qtbot: QtBot, db: Database, circle: tuple, tmp_path: Path, messages: Messages, lang: str,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    if lang == "fr":
        request.getfixturevalue("french")
    window = request.getfixturevalue("window")  # built after the group, in its language
    panel = _groups_tab(window).groups_panel
    words = {
        "en": ("Letters", "—", "Written", "Mark letters as sent", "Mark letters as not sent",
               "Sent ", "Circle A: letters marked as sent."),
        "fr": ("Lettres", "—", "Écrites", "Marquer les lettres comme envoyées",
               "Marquer les lettres comme non envoyées", "Envoyées le ",
               "Circle A : lettres marquées comme envoyées."),
    }[lang]  # fmt: skip
    header, none, written, mark, unmark, sent, told = words
    panel.table.selectRow(0)
    assert title(panel, 5) == header
    assert cell(panel, 0, 5) == none
    assert (panel.sent_button.text(), panel.sent_button.isEnabled()) == (mark, False)
    panel.write_letters(tmp_path / "groups.pdf")
    wait_for_work(qtbot)
    panel.table.selectRow(0)
    assert cell(panel, 0, 5) == written
    assert (panel.sent_button.text(), panel.sent_button.isEnabled()) == (mark, True)

    panel.sent_button.click()
    panel.table.selectRow(0)
    assert cell(panel, 0, 5).startswith(sent)
    assert panel.sent_button.text() == unmark
    assert window.statusBar().currentMessage() == told
    with db.read() as session:
        assert session.get(Group, circle[1]).letters_sent_at is not None
    # The longer label may wrap the row of buttons: it stays on screen once laid out.
    row = panel.sent_button.parentWidget()
    qtbot.waitUntil(lambda: row.height() >= row.layout().heightForWidth(row.width()))
    _shot(window, f"{lang}_group_letters_sent")

    panel.sent_button.click()  # the mark taken back
    panel.table.selectRow(0)
    assert (cell(panel, 0, 5), panel.sent_button.text()) == (written, mark)
    with db.read() as session:
        assert session.get(Group, circle[1]).letters_sent_at is None


def test_export_dialog_leaves_safety_notes_out_unless_ticked(qtbot: QtBot) -> None:
    dialog = ExportDialog({"participants": 3, "matches": 2, "meetings": 1}, "participants")
    qtbot.addWidget(dialog)
    assert not dialog.safety_notes.isChecked() and not dialog.safety_notes.isEnabled()
    assert dialog.include_safety_notes is False
    dialog.buttons_by_kind["matches"].setChecked(True)
    assert dialog.safety_notes.isEnabled() and not dialog.include_safety_notes
    dialog.safety_notes.setChecked(True)
    assert dialog.include_safety_notes
    dialog.buttons_by_kind["meetings"].setChecked(True)
    assert dialog.include_safety_notes is False  # only the matches export carries them
    assert not dialog.safety_notes.isChecked()
    dialog.buttons_by_kind["matches"].setChecked(True)
    assert not dialog.include_safety_notes  # ticking again is a new, deliberate choice
    _shot(dialog, "en_export_dialog")


def test_the_day_letters_were_sent_is_the_one_on_the_coordinators_clock(
    page: EngagementPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time
    from dataclasses import replace

    [row] = page.groups_panel.model.rows()
    stored = dt.datetime(2026, 12, 8, 2, 30)  # UTC: 21:30 the evening before in Toronto
    monkeypatch.setenv("TZ", "EST+5")  # a POSIX zone: no time-zone database needed
    time.tzset()
    try:
        shown = page.groups_panel._letters_text(replace(row, letters_sent_at=stored))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert shown == "Sent 7 Dec 2026"


def test_groups_sort_keep_the_chosen_group_and_show_status_colours(
    qtbot: QtBot, db: Database, cycle: CycleInfo, circle: tuple, window: MainWindow
) -> None:
    _pairs, _group_id, ids = circle
    _confirmed_group(db, cycle, "Circle B", ids["Bo"], [ids["Mei"]])
    page = _groups_tab(window)
    panel = page.groups_panel
    assert [cell(panel, r, 0) for r in range(2)] == ["Circle A", "Circle B"]
    colour = panel.table.model().index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == STATUS_STYLE["never_met"][1]

    # People, a number column, sorts by number, and the header click sorts the view only.
    panel.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [cell(panel, r, 0) for r in range(2)] == ["Circle B", "Circle A"]
    panel.table.selectRow(1)
    assert panel.selected_group().name == "Circle A"
    # A refresh (a meeting logged elsewhere) keeps the group the coordinator chose.
    page.refresh()
    assert panel.selected_group().name == "Circle A"
    assert panel.log_button.isEnabled()
