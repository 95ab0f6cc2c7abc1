"""The matching page as a coordinator uses it: pair by hand or by drag and drop, pin, ban,
override a rule with a reason, accept, end and re-match, and undo/redo each edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Match
from app.matching import settings_service
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import wait_for_work
from ui.main_window import MainWindow
from ui.models.rows import RowRole
from ui.pages.matching import MatchingPage

CITY = {"city": "Ottawa", "province": "ON", "languages": ["English"]}


@pytest.fixture
def ids(db: Database, cycle: CycleInfo) -> dict[str, int]:
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
            mentee("mei@med.example.org", "Mei", "Wong", interests=["Neonatology"], **CITY),
        ],
    )  # fmt: skip
    return dict(zip(["ana", "bo", "zoe", "liam", "mei"], mentors + mentees, strict=True))


@pytest.fixture
def page(ids: dict[str, int], window: MainWindow) -> MatchingPage:
    window.show_page(1)
    page = window.matching
    page.tabs.setCurrentIndex(1)
    return page


def live_pairs(db: Database) -> set[tuple[int, int]]:
    with db.read() as session:
        query = select(Match).where(Match.status != "ended")
        return {(m.mentor_id, m.mentee_id) for m in session.scalars(query)}


def edit_action(window: MainWindow, text: str) -> QAction:
    menu = window.menuBar().actions()[1].menu()
    return next(a for a in menu.actions() if a.text().startswith(text))


def choose(page: MatchingPage, mentee_id: int, mentor_id: int | None = None) -> None:
    page.manual.select_mentee(mentee_id)
    if mentor_id is not None:
        page.manual._reselect_mentor(mentor_id)


def row_of(model: Any, wanted: int) -> QModelIndex:
    return next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(RowRole).id == wanted
    )


def answer(monkeypatch: pytest.MonkeyPatch, *replies: tuple[str, bool]) -> list[str]:
    """QInputDialog.getText answers in turn; returns the prompts it was shown."""
    prompts: list[str] = []
    queue = list(replies)

    def get_text(_parent: Any, _title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
        prompts.append(label)
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return prompts


def undo_redo(
    window: MainWindow, check_undone: Callable[[], None], check_done: Callable[[], None]
) -> None:
    edit_action(window, "&Undo").trigger()
    check_undone()
    edit_action(window, "&Redo").trigger()
    check_done()


def test_pair_by_button_with_ranked_mentors_and_undo(
    page: MatchingPage, window: MainWindow, db: Database, ids: dict[str, int]
) -> None:
    pane = page.manual
    assert [r.state for r in pane.mentees.rows()] == ["unmatched"] * 3
    choose(page, ids["zoe"])
    assert pane.mentors.row_at(0).id == ids["ana"]  # shares her interest: ranked first
    assert pane.mentors.row_at(0).score > pane.mentors.row_at(1).score
    choose(page, ids["zoe"], ids["ana"])
    assert "Neonatology" in pane.details.text()
    pane.pair_button.click()
    assert live_pairs(db) == {(ids["ana"], ids["zoe"])}
    zoe = next(r for r in pane.mentees.rows() if r.id == ids["zoe"])
    assert zoe.state == "confirmed" and zoe.partners[0].name == "Ana Gagné"  # as accepting
    assert pane.mentees.row_at(2).id == ids["zoe"]  # the unmatched stay on top
    match_id = zoe.partners[0].match_id
    undo_redo(
        window,
        lambda: assert_pairs(db, set()),
        lambda: assert_pairs(db, {(ids["ana"], ids["zoe"])}),
    )
    with db.read() as session:
        assert session.get(Match, match_id) is not None  # the same match came back


def assert_pairs(db: Database, expected: set[tuple[int, int]]) -> None:
    assert live_pairs(db) == expected


def test_pair_by_drag_and_drop_both_ways(
    page: MatchingPage, window: MainWindow, db: Database, ids: dict[str, int]
) -> None:
    pane = page.manual
    choose(page, ids["liam"])
    mentor_view = pane.mentor_table.model()
    bo = row_of(mentor_view, ids["bo"])
    mime = mentor_view.mimeData([bo])
    target = row_of(pane.mentee_filter, ids["liam"])
    assert pane.mentee_filter.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    pane.mentee_filter.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert live_pairs(db) == {(ids["bo"], ids["liam"])}
    # A mentee dropped on a mentor of the list pairs them too.
    mei = row_of(pane.mentee_filter, ids["mei"])
    mime = pane.mentee_filter.mimeData([mei])
    ana = row_of(pane.mentor_table.model(), ids["ana"])
    pane.mentor_table.model().dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, ana)
    assert live_pairs(db) == {(ids["bo"], ids["liam"]), (ids["ana"], ids["mei"])}
    edit_action(window, "&Undo").trigger()
    assert live_pairs(db) == {(ids["bo"], ids["liam"])}


def test_pin_unpin_unpair_and_undo(
    page: MatchingPage, window: MainWindow, db: Database, ids: dict[str, int]
) -> None:
    pane = page.manual
    choose(page, ids["zoe"], ids["ana"])
    pane.pair_button.click()
    choose(page, ids["zoe"], ids["ana"])
    assert pane.pin_button.text() == "Pin" and pane.unpair_button.isEnabled()
    pane.pin_button.click()
    assert pane.mentors.row_at(0).pinned and pane.pin_button.text() == "Unpin"
    assert pane.mentors.row_at(0).match_id is not None
    undo_redo(
        window,
        lambda: assert_pinned(db, False),
        lambda: assert_pinned(db, True),
    )
    pane.pin_button.click()  # unpin
    assert_pinned(db, False)
    pane.unpair_button.click()
    assert live_pairs(db) == set()
    undo_redo(
        window,
        lambda: assert_pairs(db, {(ids["ana"], ids["zoe"])}),
        lambda: assert_pairs(db, set()),
    )


def assert_pinned(db: Database, pinned: bool) -> None:
    with db.read() as session:
        assert [m.pinned for m in session.scalars(select(Match))] == [pinned]


def test_ban_a_pair_with_a_reason_and_undo(
    page: MatchingPage,
    window: MainWindow,
    db: Database,
    ids: dict[str, int],
    cycle: CycleInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pane = page.manual
    answer(monkeypatch, ("", False), ("Her research supervisor", True))
    choose(page, ids["zoe"], ids["ana"])
    pane.ban_button.click()  # cancelled: nothing happens
    assert page.undo_stack.count() == 0
    pane.ban_button.click()

    def banned() -> list[str]:
        with db.read() as session:
            return [r.reason for r in settings_service.list_never_pairs(session, cycle.program_id)]

    assert banned() == ["Her research supervisor"]
    ana = next(o for o in pane.mentors.rows() if o.id == ids["ana"])
    assert ana.rule == "never_pair" and pane.mentors.rows()[-1] == ana
    assert "Not allowed: on the never-pair list" in pane.mentors.data(
        pane.mentors.index(len(pane.mentors.rows()) - 1, 3)
    )
    undo_redo(
        window,
        lambda: assert_equal(banned(), []),
        lambda: assert_equal(banned(), ["Her research supervisor"]),
    )


def assert_equal(left: object, right: object) -> None:
    assert left == right


def test_breaking_a_hard_rule_asks_for_a_reason(
    page: MatchingPage,
    window: MainWindow,
    db: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pane = page.manual
    choose(page, ids["liam"], ids["bo"])
    pane.pair_button.click()  # Bo's only place
    prompts = answer(monkeypatch, ("", False), ("Bo offered to take two", True))
    choose(page, ids["mei"], ids["bo"])
    assert pane.selected_mentor() is not None and pane.selected_mentor().rule == "capacity"
    pane.pair_button.click()
    assert "The mentor has no places left" in prompts[0]
    assert live_pairs(db) == {(ids["bo"], ids["liam"])}  # cancelled
    pane.pair_button.click()
    assert live_pairs(db) == {(ids["bo"], ids["liam"]), (ids["bo"], ids["mei"])}
    with db.read() as session:
        details = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "create")
        ).all()
    assert details[-1]["overridden"] == ["capacity"]
    assert details[-1]["override_reason"] == "Bo offered to take two"
    edit_action(window, "&Undo").trigger()
    assert live_pairs(db) == {(ids["bo"], ids["liam"])}


def test_accept_all_reject_and_undo(
    qtbot: QtBot, page: MatchingPage, window: MainWindow, db: Database, ids: dict[str, int]
) -> None:
    page.tabs.setCurrentIndex(0)
    page.propose_button.click()
    wait_for_work(qtbot)
    assert page.proposals.rowCount() == 3
    page.proposal_table.selectRow(0)
    page.drop_button.click()  # reject one proposal: it only leaves the list
    assert page.proposals.rowCount() == 2
    edit_action(window, "&Undo").trigger()
    assert page.proposals.rowCount() == 3
    page.accept_all_button.click()
    assert len(live_pairs(db)) == 3 and page.proposals.rowCount() == 0
    assert {r.status for r in page.matches.rows()} == {"confirmed"}
    edit_action(window, "&Undo").trigger()
    assert live_pairs(db) == set() and page.proposals.rowCount() == 3
    edit_action(window, "&Redo").trigger()
    assert len(live_pairs(db)) == 3 and page.proposals.rowCount() == 0
    assert page.propose_button.text() == "Re-match unmatched"


def test_end_then_rematch_and_undo_the_end(
    qtbot: QtBot, page: MatchingPage, window: MainWindow, db: Database, ids: dict[str, int]
) -> None:
    page.tabs.setCurrentIndex(0)
    page.propose()
    wait_for_work(qtbot)
    page.accept_all()
    ended = next(r for r in page.matches.rows() if r.mentee_id == ids["liam"])
    page.match_table.selectRow(page.matches.rows().index(ended))
    page.end_button.click()
    dialog = page.end_dialog
    assert dialog is not None
    dialog.cause.setCurrentText("Other")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()  # "Other" needs details
    dialog.details.setText("Schedules never lined up")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with db.read() as session:
        match = session.get(Match, ended.id)
        assert match is not None
        assert (match.status, match.end_reason) == ("ended", "Schedules never lined up")
    # Liam is back among the unmatched; re-matching solves for him alone.
    page.tabs.setCurrentIndex(1)
    assert page.manual.mentees.row_at(0).id == ids["liam"]
    assert page.manual.mentees.row_at(0).state == "unmatched"
    page.tabs.setCurrentIndex(0)
    page.propose_button.click()
    wait_for_work(qtbot)
    assert [(m.mentor_id, m.mentee_id) for m in page.proposal.matches] == [
        (ended.mentor_id, ids["liam"])
    ]
    edit_action(window, "&Undo").trigger()
    with db.read() as session:
        assert session.get(Match, ended.id).status == "confirmed"  # type: ignore[union-attr]


def test_undo_belongs_to_the_matching_page(
    page: MatchingPage, window: MainWindow, ids: dict[str, int]
) -> None:
    undo = edit_action(window, "&Undo")
    assert not undo.isEnabled()
    choose(page, ids["zoe"], ids["ana"])
    page.manual.pair_button.click()
    assert undo.isEnabled() and undo.text().startswith("&Undo")
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert edit_action(window, "&Redo").shortcut().toString() == "Ctrl+Shift+Z"
    window.show_page(0)
    assert not undo.isEnabled()
    window.show_page(1)
    assert undo.isEnabled()


def test_settings_dialog_saves_validated_settings(
    page: MatchingPage, db: Database, cycle: CycleInfo, ids: dict[str, int]
) -> None:
    page.settings_button.click()
    dialog = page.settings_dialog
    assert dialog is not None
    assert dialog.spins["interests"].value() == 3 and dialog.max_matches.isChecked()
    dialog.sliders["interests"].setValue(6)
    dialog.good_only.setChecked(True)
    dialog.min_score.setValue(40)
    dialog.ban_reason.setText("Married")
    dialog.add_ban_button.click()
    assert dialog.bans.rowCount() == 1
    for spin in dialog.spins.values():
        spin.setValue(0)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "at least one criterion" in dialog.error.text()
    dialog.restore_defaults()  # the never-pair list stays
    assert dialog.spins["interests"].value() == 3 and dialog.bans.rowCount() == 1
    dialog.sliders["interests"].setValue(6)
    dialog.good_only.setChecked(True)
    dialog.min_score.setValue(40)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    with db.read() as session:
        saved = settings_service.load_settings(session, cycle.program_id)
    assert saved.weights["interests"] == 6.0 and saved.mode == "good_only"
    assert saved.min_score == 0.4 and saved.never_pair[0].reason == "Married"
