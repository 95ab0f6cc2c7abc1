"""The Groups page as a coordinator walks it, in English and in French, at 1366×768: propose
groups with chosen criteria (off the GUI thread), move people between cards through the
page's commands, undo and redo, lock, rename, confirm; the empty state of a program without
groups; the mentoring chain dialog. Screenshots go to shots_dir("groups")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Group, Program
from app.programs.service import CycleInfo
from tests.app.grouping.cascade import STUDENT, build_cascade
from tests.shots import shots_dir
from tests.ui.conftest import Messages, wait_for_work
from tests.ui.french_walk import english_left
from ui.dialogs.mentoring_chain import show_mentoring_chain
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.groups import GroupsPage
from ui.pages.groups.settings_dialog import GroupingDialog

SHOTS = shots_dir("groups")


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _members(page: GroupsPage, group_id: int) -> list[int]:
    assert page.board is not None
    return [p.participant_id for p in page.board.group(group_id).members]


def _propose(
    qtbot: QtBot, page: GroupsPage, monkeypatch: pytest.MonkeyPatch, shot: str = ""
) -> None:
    def choose(dialog: GroupingDialog) -> int:
        dialog.set_criterion("interests", "diverse", 2.0)
        if shot:
            dialog.show()
            _shot(dialog, shot)
        return 1

    monkeypatch.setattr(GroupingDialog, "exec", choose)
    page.propose_button.click()
    wait_for_work(qtbot)
    QApplication.processEvents()


def walk(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, lang: str) -> MainWindow:
    cascade = build_cascade(db, students=14, french=3)
    window = _window(qtbot, db)
    window.show_page(page_number("groups"))
    page = window.groups
    assert page.board is not None and page.board.groups == ()
    _shot(window, f"{lang}-1-before")
    _propose(qtbot, page, monkeypatch, f"{lang}-1b-settings")
    with db.read() as session:
        settings = session.scalars(select(Program)).one().settings
    (relation,) = [r for r in settings["relations"] if r["mentee_role"] == STUDENT]
    grouping = relation["grouping"]  # the relation's own choices
    assert {"field": "interests", "kind": "diverse", "weight": 2.0} in grouping["criteria"]
    board = page.board
    assert board is not None and len(board.groups) >= 2
    assert sorted(p for g in board.groups for p in _members(page, g.id)) == cascade.students
    _shot(window, f"{lang}-2-proposed")
    first, second = sorted(board.groups, key=lambda g: -len(g.members))[:2]
    mover = first.members[-1].participant_id
    assert page.move(mover, first.id, second.id)
    assert mover in _members(page, second.id)
    page.undo_stack.undo()
    assert mover in _members(page, first.id) and mover not in _members(page, second.id)
    page.undo_stack.redo()
    assert mover in _members(page, second.id)
    page.undo_stack.undo()
    assert page.set_locked(first.id, True)
    assert page.board.group(first.id).locked  # type: ignore[union-attr]
    assert not page.move(mover, first.id, None)  # refused: locked
    assert mover in _members(page, first.id)
    assert page.rename(second.id, "Les Aigles")
    assert page.confirm([second.id])
    assert page.board.group(second.id).status == "confirmed"  # type: ignore[union-attr]
    _shot(window, f"{lang}-3-edited")
    page.undo_stack.undo()  # confirm
    page.undo_stack.undo()  # rename
    with db.read() as session:
        group = session.get(Group, second.id)
        assert group is not None and group.status == "proposed" and group.name != "Les Aigles"
    page.undo_stack.redo()
    page.undo_stack.redo()
    dialog = show_mentoring_chain(window, db, cascade.students[0])
    assert dialog is not None
    dialog.resize(620, 520)
    _shot(dialog, f"{lang}-4-chain")
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.tree.topLevelItem(1).child(0).text(0) == "Kid0 Young"  # type: ignore[union-attr]
    dialog.close()
    return window


def test_walk_the_groups_page_in_english(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    walk(qtbot, db, monkeypatch, "en")
    refused = [t for t in messages.texts() if "locked" in t]
    assert refused and refused[0].endswith("is locked: unlock it before changing its people.")


def test_a_move_out_of_bounds_asks_first(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    build_cascade(db, students=8)
    window = _window(qtbot, db)
    window.show_page(page_number("groups"))
    page = window.groups
    _propose(qtbot, page, monkeypatch)
    board = page.board
    assert board is not None
    group = board.groups[0]
    mover = group.members[0].participant_id
    from PySide6.QtWidgets import QMessageBox

    messages.answer = QMessageBox.StandardButton.No
    assert not page.move(mover, group.id, None)
    assert "fewer than the 4 the program asks for" in messages.texts("question")[-1]
    assert mover in _members(page, group.id)
    messages.answer = QMessageBox.StandardButton.Yes
    page.cards[group.id].people.dropped.emit(mover, group.id, None)  # what a drop does
    assert mover in [p.participant_id for p, _why in page.board.ungrouped]  # type: ignore[union-attr]
    page.undo_stack.undo()
    assert mover in _members(page, group.id)


def test_a_program_without_groups_says_where_to_set_one(
    qtbot: QtBot, db: Database, cycle: CycleInfo
) -> None:
    window = _window(qtbot, db)
    window.show_page(page_number("groups"))
    page = window.groups
    assert page.empty.is_showing_message()
    assert "Program settings" in page.empty.message.text()
    assert not page.propose_button.isEnabled()
    _shot(window, "en-0-no-groups")
    page.empty.button.click()
    assert window.current_page() is window.program


def test_walk_the_groups_page_in_french(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, french: str
) -> None:
    window = walk(qtbot, db, monkeypatch, "fr")
    page = window.groups
    board = page.board
    assert board is not None
    names = {p.name for g in board.groups for p in (*g.members, *g.mentors)}
    groups = [g.name for g in board.groups]  # data: the solver names groups "Group 1"
    assert page.propose_button.text() == "Proposer des groupes…"
    left = english_left(page, allow=[*names, *groups, STUDENT, "Resident mentor", "Les Aigles"])
    assert left == [], left


def test_several_group_relations_get_a_picker(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_cascade(db, students=8)
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        relations = [dict(r) for r in program.settings["relations"]]
        relations[-1] = {**relations[-1], "kind": "groups", "group_size": [2, 4]}
        program.settings = {**program.settings, "relations": relations}
    window = _window(qtbot, db)
    window.show_page(page_number("groups"))
    page = window.groups
    assert page.relation_box.isVisible() and page.relation_box.count() == 2
    page.relation_box.setCurrentIndex(1)
    assert page.role() == "Youth"
    assert page.board is not None and page.board.role == "Youth"
    assert page.ungrouped.count() == 8 + 8  # the youth, and student mentors with room
    _shot(window, "en-5-second-relation")
    item = page.ungrouped.item(0)
    assert item is not None
    page.ungrouped.itemDoubleClicked.emit(item)
    assert page.chain_dialog is not None and page.chain_dialog.isVisible()
    page.chain_dialog.close()


def test_too_few_people_for_a_group_is_said_and_nothing_saved(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    build_cascade(db, students=3)
    window = _window(qtbot, db)
    window.show_page(page_number("groups"))
    page = window.groups
    _propose(qtbot, page, monkeypatch)
    assert (
        "The 3 participants in “Student mentor” cannot be split into groups of 4 to 6."
        in messages.texts()
    ), messages.shown
    with db.read() as session:
        assert session.scalars(select(Group)).all() == []
    assert page.board is not None and page.board.groups == ()


def test_the_roster_opens_the_chain(qtbot: QtBot, db: Database) -> None:
    cascade = build_cascade(db, students=4)
    window = _window(qtbot, db)
    window.roster.show_chain(cascade.youth[1])
    dialog = window.roster.chain_dialog
    assert dialog is not None and dialog.windowTitle() == "Mentoring chain of Kid1 Young"
    mentors = dialog.tree.topLevelItem(0)
    assert mentors is not None and mentors.child(0).text(0) == "Stu1 Dent"  # type: ignore[union-attr]
    dialog.close()


def test_a_cancelled_run_saves_nothing(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import OperationCancelled

    build_cascade(db, students=8)
    window = _window(qtbot, db)
    window.show_page(page_number("groups"))
    page = window.groups
    caught: list[BaseException] = []

    def run_cancelled(work: object, success: object = None, **_kw: object) -> None:
        try:
            work(lambda *_a: None, lambda: True)  # type: ignore[operator]
        except OperationCancelled as exc:
            caught.append(exc)

    monkeypatch.setattr(page, "run", run_cancelled)
    _propose(qtbot, page, monkeypatch)
    assert [str(e) for e in caught] == ["Cancelled; nothing was changed."]
    with db.read() as session:
        assert session.scalars(select(Group)).all() == []
