"""The roster page as a coordinator uses it: filter, choose columns, add, edit, withdraw,
bulk edit, delete and export."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, LetterRecord, Match, Participant, Person
from app.programs.service import CycleInfo
from app.roster import service as roster
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import Messages, wait_for_work
from ui import settings as keys
from ui.main_window import MainWindow
from ui.models.participant_columns import COLUMNS
from ui.pages.roster import RosterPage
from ui.pages.roster_filters import HIDDEN_COLUMNS

CITY = {"city": "Ottawa", "province": "Ontario", "languages": ["English", "French"]}


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> CycleInfo:
    mentors = add_people(
        db, cycle, 0,
        [
            mentor("ana@res.example.org", "Ana", "Gagné", capacity=2, interests=["Neonatology"],
                   **CITY),
            mentor("bo@res.example.org", "Bo", "Chen", interests=["Oncology"], **CITY),
        ],
    )  # fmt: skip
    mentees = add_people(
        db, cycle, 1,
        [
            mentee("zoe@med.example.org", "Zoé", "Tremblay", interests=["Neonatology"], **CITY),
            mentee("liam@med.example.org", "Liam", "Roy", interests=["Oncology"], **CITY),
            mentee("mei@med.example.org", "Mei", "Wong", interests=["Neonatology"],
                   custom_fields={"T-shirt size": "M"}, **CITY),
        ],
    )  # fmt: skip
    with db.write() as session:
        session.add(Match(cycle_id=cycle.id, mentor_id=mentors[0], mentee_id=mentees[0]))
    return cycle


@pytest.fixture
def page(people: CycleInfo, window: MainWindow) -> RosterPage:
    window.show_page(0)
    return window.roster


def names(page: RosterPage) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.proxy.rowCount())]


def select_people(page: RosterPage, *wanted: str) -> None:
    page.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, name in enumerate(names(page)):
        if name in wanted:
            page.table.selectionModel().select(page.proxy.index(row, 0), flags)


def ok_button(dialog: Any) -> Any:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


# -- filters, columns, sorting, selection -----------------------------------------------


def test_filters_combine_with_the_search(qtbot: QtBot, page: RosterPage) -> None:
    assert page.count_label.text() == "5 of 5 participants"
    page.filters.matched_box.setCurrentIndex(2)  # not matched
    assert sorted(names(page)) == ["Bo Chen", "Liam Roy", "Mei Wong"]
    page.filters.interest_box.setCurrentText("Neonatology")
    assert names(page) == ["Mei Wong"]
    assert page.count_label.text() == "1 of 5 participants"
    page.filters.clear()
    page.filters.role_box.setCurrentText("Resident mentor")
    page.filters.status_box.setCurrentText("Withdrawn")
    assert names(page) == []
    assert "nobody matches these filters" in page.count_label.text()
    page.filters.clear_button.click()
    page.filters.returning_box.setCurrentText("New")
    assert len(names(page)) == 5
    page.filters.returning_box.setCurrentText("Returning")
    assert names(page) == []


def test_search_waits_for_a_pause_on_a_large_roster(qtbot: QtBot, page: RosterPage) -> None:
    page.filters.instant = False  # as for a roster of more than 5,000 people
    qtbot.keyClicks(page.filters.search_box, "gagne")
    assert len(names(page)) == 5  # not filtered letter by letter
    qtbot.waitUntil(lambda: names(page) == ["Ana Gagné"], timeout=2000)


def test_sort_and_multi_select(qtbot: QtBot, page: RosterPage) -> None:
    page.table.horizontalHeader().sectionClicked.emit(0)  # sort by name
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Mei Wong"
    page.table.selectAll()
    assert page.count_label.text() == "5 of 5 participants · 5 selected"
    assert page.bulk_button.isEnabled() and not page.edit_button.isEnabled()
    qtbot.keyClicks(page.filters.search_box, "example.org")  # the selection survives
    assert len(page._selected_ids()) == 5


def test_column_chooser_is_remembered(qtbot: QtBot, people: CycleInfo, window: MainWindow) -> None:
    page = window.roster
    phone = next(n for n, c in enumerate(COLUMNS) if c.title == "Phone")
    city = next(n for n, c in enumerate(COLUMNS) if c.title == "City")
    assert page.table.isColumnHidden(phone) and not page.table.isColumnHidden(city)
    menu = page.columns.menu()
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Name"].isEnabled()
    actions["Phone"].trigger()
    actions["City"].trigger()
    assert not page.table.isColumnHidden(phone) and page.table.isColumnHidden(city)
    assert "City" in keys.settings().value(HIDDEN_COLUMNS)
    again = RosterPage(window.context)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(city) and not again.table.isColumnHidden(phone)
    actions["Reset columns"].trigger()
    assert page.table.isColumnHidden(phone) and not page.table.isColumnHidden(city)


# -- add and edit -----------------------------------------------------------------------


def test_add_a_participant(qtbot: QtBot, page: RosterPage, db: Database) -> None:
    page.filters.role_box.setCurrentText("Medical student")
    page.add_button.click()
    form = page.form_dialog
    assert form is not None and form.role.currentText() == "Medical student"
    assert not form.ok.isEnabled() and form.errors["email"].isHidden()  # nothing typed yet
    form.first_name.setText("Noor")
    form.last_name.setText("Haddad")
    form.email.setText("noor@med")
    assert not form.ok.isEnabled()
    assert "not a valid email" in form.errors["email"].text().lower()
    form.email.setText("Noor.Haddad@med.example.org")
    form.phone.setText("613 555 0199")
    form.province.setCurrentText("qc")
    form.interests.setText("Research; Global health")
    assert form.ok.isEnabled() and form.errors["email"].isHidden()
    form.ok.click()
    assert not form.isVisible()
    assert page.model.total() == 6
    assert [r.name for r in page._selected()] == ["Noor Haddad"]
    with db.read() as session:
        person = session.scalars(select(Person).where(Person.first_name == "Noor")).one()
        assert (person.phone, person.province) == ("(613) 555-0199", "Quebec")


def test_edit_shows_a_bad_email_until_fixed(
    qtbot: QtBot, page: RosterPage, db: Database, window: MainWindow
) -> None:
    select_people(page, "Zoé Tremblay")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form_dialog
    assert form is not None and form.email.text() == "zoe@med.example.org"
    assert form.tabs.tabText(3) == "History"
    form.email.setText("zoe@@med.example.org")
    assert not form.ok.isEnabled() and form.errors["email"].isVisible()
    form.email.setText("ana@res.example.org")  # valid, but another person's
    form.ok.click()
    assert form.isVisible() and "Another person already uses" in form.errors["email"].text()
    form.email.setText("zoe.tremblay@med.example.org")
    form.capacity.setValue(2)
    form.ok.click()
    assert not form.isVisible()
    assert "Saved Zoé Tremblay" in window.statusBar().currentMessage()
    row = next(r for r in page.model.all_rows() if r.first_name == "Zoé")
    assert (row.email, row.capacity) == ("zoe.tremblay@med.example.org", 2)


def test_double_click_opens_the_form_with_custom_fields(qtbot: QtBot, page: RosterPage) -> None:
    row = names(page).index("Mei Wong")
    rect = page.table.visualRect(page.proxy.index(row, 0))
    viewport = page.table.viewport()
    # A view takes a double click only after the press and release of the first click.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    form = page.form_dialog
    assert form is not None and form.detail is not None and form.detail.name == "Mei Wong"
    assert form.tabs.tabText(2) == "Other answers (1)"
    form.custom.editors["T-shirt size"].setText("L")
    form.ok.click()
    assert not form.isVisible()
    with page.context.database.read() as session:
        detail = roster.get_participant_detail(session, form.detail.id)
    assert detail.custom_fields == {"T-shirt size": "L"}


# -- withdraw, bulk edit, delete ----------------------------------------------------------


def test_withdraw_is_undone_by_reactivating(
    qtbot: QtBot, page: RosterPage, window: MainWindow
) -> None:
    select_people(page, "Liam Roy", "Bo Chen")
    page.withdraw_button.click()
    assert "Withdrew 2 participants. Reactivate to undo." in window.statusBar().currentMessage()
    statuses = {r.name: r.status for r in page.model.all_rows()}
    assert statuses["Liam Roy"] == statuses["Bo Chen"] == "withdrawn"
    assert len(page._selected_ids()) == 2 and page.reactivate_button.isEnabled()
    page.reactivate_button.click()
    assert all(r.status == "active" for r in page.model.all_rows())


def test_bulk_edit_the_selected_rows(qtbot: QtBot, page: RosterPage) -> None:
    select_people(page, "Ana Gagné", "Bo Chen")
    page.bulk_button.click()
    dialog = page.bulk_dialog
    assert dialog is not None and not dialog.ok.isEnabled()
    dialog.set_capacity.setChecked(True)
    dialog.capacity.setValue(3)
    dialog.set_stage.setChecked(True)
    dialog.stage.setText("PGY-4")
    dialog.ok.click()
    rows = {r.name: r for r in page.model.all_rows()}
    assert (rows["Ana Gagné"].capacity, rows["Bo Chen"].capacity) == (3, 3)
    # Stored as the import stores it: the catalogue's key of "PGY-4".
    assert rows["Bo Chen"].stage == "r4" and rows["Zoé Tremblay"].stage == ""


def test_delete_a_person_asks_why(
    qtbot: QtBot,
    page: RosterPage,
    db: Database,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer: list[tuple[str, bool]] = [("", False)]

    def get_text(_parent: Any, _title: str, label: str, *_a: Any, **_k: Any) -> Any:
        asked.append(label)
        return answer[0]

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    with db.write() as session:  # a letter to Zoé's mentor, saved as a file, names her
        zoe = select(Participant.id).join(Person).where(Person.first_name == "Zoé")
        match = session.scalars(select(Match).where(Match.mentee_id.in_(zoe))).one()
        session.add(
            LetterRecord(
                match_id=match.id,
                recipient_id=match.mentor_id,
                language="en",
                template_version="1",
                file_name="Letters 2026.pdf",
                file_sha256="0" * 64,
            )
        )
    select_people(page, "Zoé Tremblay")
    page.delete_button.click()  # cancelled
    prompt = " ".join(asked[0].split())  # the label is folded into lines
    assert "1 participation" in prompt and "1 match" in prompt
    assert "Letters saved as files mention them (“Letters 2026.pdf”)" in prompt
    assert max(map(len, asked[0].split("\n"))) <= 84  # a dialog, not a banner
    answer[0] = ("   ", True)
    page.delete_button.click()  # no reason given
    assert "a reason is needed" in messages.texts("warning")[0]
    assert page.model.total() == 5
    answer[0] = ("Asked to be removed", True)
    page.delete_button.click()
    wait_for_work(qtbot)
    assert page.model.total() == 4
    assert "Zoé Tremblay" not in [r.name for r in page.model.all_rows()]
    with db.read() as session:
        details = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "delete_person")
        ).one()
    assert details["reason"] == "Asked to be removed"


def test_export_then_anonymise_one_person(
    qtbot: QtBot,
    page: RosterPage,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "zoe.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Asked to be forgotten", True))
    select_people(page, "Zoé Tremblay")
    row = page._selected()[0]
    page.privacy.export(row)
    wait_for_work(qtbot)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert "Zoé" in json.dumps(exported, ensure_ascii=False)
    assert exported["participations"]
    page.privacy.anonymise(row)
    wait_for_work(qtbot)
    assert page.model.total() == 5  # the record stays, for the counts
    assert "Zoé Tremblay" not in [r.name for r in page.model.all_rows()]
    with db.read() as session:
        emails = set(session.scalars(select(Person.email)))
        reasons = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action.contains("anonymise"))
        ).all()
    assert not any("zoe" in email.lower() for email in emails)
    assert [r["reason"] for r in reasons] == ["Asked to be forgotten"]


# -- export -------------------------------------------------------------------------------


def test_export_matches_for_a_mail_merge(
    qtbot: QtBot,
    page: RosterPage,
    tmp_path: Path,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "merge"
    chosen: list[str] = []

    def save_as(_parent: Any, _title: str, start: str, filters: str) -> tuple[str, str]:
        chosen.append(start)
        assert filters.startswith("CSV")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.export_button.click()
    dialog = page.exporter.dialog
    assert dialog is not None
    assert dialog.buttons_by_kind["matches"].text() == "Matches (mail merge) — 1"
    dialog.buttons_by_kind["matches"].setChecked(True)
    dialog.format.setCurrentIndex(1)  # CSV
    ok_button(dialog).click()
    wait_for_work(qtbot)
    assert chosen[0].endswith("Paediatrics Mentorship 2025-2026 matches.csv")
    out = tmp_path / "merge.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["Mentor name"], row["Mentee email"]) == ("Ana Gagné", "zoe@med.example.org")
    assert "Saved 1 match to merge.csv" in messages.texts("information")[0]


def test_export_participants_from_the_file_menu(
    qtbot: QtBot,
    people: CycleInfo,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "everyone.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.show_page(2)
    window.export_data()
    assert window.stack.currentWidget() is window.roster
    dialog = window.roster.exporter.dialog
    assert dialog is not None and dialog.kind == "participants"
    ok_button(dialog).click()
    wait_for_work(qtbot)
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 6 and "Email" in rows[0]


def test_adding_someone_known_keeps_what_was_recorded(
    qtbot: QtBot, page: RosterPage, db: Database
) -> None:
    page.add_button.click()
    form = page.form_dialog
    assert form is not None
    form.role.setCurrentText("Medical student")
    form.first_name.setText("Ana")
    form.email.setText("ANA@res.example.org")  # already a mentor of this cycle
    form.ok.click()
    assert not form.isVisible() and page.model.total() == 6
    with db.read() as session:
        person = session.scalars(select(Person).where(Person.first_name == "Ana")).one()
        assert (person.last_name, person.city, person.languages) == (
            "Gagné",
            "Ottawa",
            ["English", "French"],
        )


def test_a_reload_keeps_the_selected_person_selected(
    qtbot: QtBot, page: RosterPage, db: Database
) -> None:
    select_people(page, "Mei Wong")
    with db.read() as session:
        ana = session.scalars(select(Person.id).where(Person.first_name == "Ana")).one()
        bo = session.scalars(select(Person.id).where(Person.first_name == "Bo")).one()
    roster.delete_person(db, ana, reason="test")  # rows above Mei disappear
    roster.delete_person(db, bo, reason="test")
    page.context.notify_changed()
    assert page.model.total() == 3
    assert [r.name for r in page._selected()] == ["Mei Wong"]
