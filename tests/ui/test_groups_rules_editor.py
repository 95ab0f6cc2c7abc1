"""A coordinator keeps people together or apart from the Groups page: in the settings
dialog's rules editor (picking two people by name, removing a rule, a rule naming someone
who left shown greyed, a contradiction refused with a sentence) and from a person's context
menu on the board (undoable); the next proposal honours every rule, two mentors kept
together lead one group. In English and French at 1366×768; screenshots are saved under
/work/shots/grouprules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Participant, Program
from app.grouping.choices import change_rule
from tests.app.grouping.cascade import RESIDENT, STUDENT, Cascade, build_cascade
from tests.ui.conftest import wait_for_work
from tests.ui.french_walk import english_left
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.groups.cards import PID
from ui.pages.groups.page import GroupsPage
from ui.pages.groups.rules_dialog import GONE_COLOUR, PickPersonDialog, RulesDialog
from ui.pages.groups.settings_dialog import GroupingDialog

SHOTS = Path("/work/shots/grouprules")


def _over(window: QWidget, dialog: QWidget, name: str) -> None:
    """The dialog over the 1366×768 window, as the coordinator sees it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    screen = window.grab()
    painter = QPainter(screen)
    painter.drawPixmap((screen.width() - dialog.width()) // 2, 40, dialog.grab())
    painter.end()
    assert (screen.width(), screen.height()) == (1366, 768)
    screen.save(str(SHOTS / f"{name}.png"))


def _grouping(db: Database) -> dict[str, Any]:
    with db.read() as session:
        settings = session.scalars(select(Program)).one().settings
    (relation,) = [r for r in settings["relations"] if r["mentee_role"] == STUDENT]
    return dict(relation.get("grouping") or {})


def _groups_of(page: GroupsPage) -> list[set[str]]:
    assert page.board is not None
    return [{p.name for p in (*g.mentors, *g.members)} for g in page.board.groups]


def _window(qtbot: QtBot, db: Database) -> tuple[MainWindow, GroupsPage, Cascade]:
    cascade = build_cascade(db, students=10)
    with db.write() as session:  # a rule naming someone who then withdrew
        change_rule(
            session, cascade.cycle_id, STUDENT, "apart", "stu03@example.org", "stu04@example.org"
        )
        session.get(Participant, cascade.students[4]).status = "withdrawn"  # type: ignore[union-attr]
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("groups"))
    return window, window.groups, cascade


def _pick(picker: Any, text: str) -> None:
    picker.search.setText(text)
    assert picker.proxy.rowCount() == 1 and picker.current_email(), text


def edit_rules(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, lang: str
) -> tuple[MainWindow, GroupsPage, RulesDialog]:
    window, page, _cascade = _window(qtbot, db)
    seen: list[RulesDialog] = []

    def rules(dialog: RulesDialog) -> int:
        dialog.show()
        (gone,) = [dialog.lists["apart"].item(i) for i in range(dialog.lists["apart"].count())]
        assert gone.foreground().color().name() == GONE_COLOUR
        _pick(dialog.first, "stu00@")
        _pick(dialog.second, "Stu7 Dent")
        assert dialog.add("together")
        _pick(dialog.first, "Res0 Ident")
        _pick(dialog.second, "RES3@EXAMPLE")
        assert dialog.add("together")
        _pick(dialog.first, "stu01@")
        _pick(dialog.second, "Stu2")
        assert dialog.add("apart")
        dialog.lists["apart"].setCurrentRow(1)
        dialog.removers["apart"].click()
        _pick(dialog.first, "stu07@")
        _pick(dialog.second, "stu00@")
        assert not dialog.add("apart")  # kept together already: refused, said
        assert dialog.problem.text()
        _over(window, dialog, f"{lang}-rules-1366x768")
        seen.append(dialog)
        return 1

    def settings(dialog: GroupingDialog) -> int:
        dialog.show()
        assert dialog.open_rules()
        _over(window, dialog, f"{lang}-settings-1366x768")
        return 1

    monkeypatch.setattr(RulesDialog, "exec", rules)
    monkeypatch.setattr(GroupingDialog, "exec", settings)
    page.propose_button.click()
    wait_for_work(qtbot)
    (dialog,) = seen
    grouping = _grouping(db)
    assert grouping["together"] == [
        ["stu00@example.org", "stu07@example.org"],
        ["res0@example.org", "res3@example.org"],
    ]
    assert grouping["apart"] == [["stu03@example.org", "stu04@example.org"]]
    groups = _groups_of(page)
    assert any({"Stu0 Dent", "Stu7 Dent"} <= g for g in groups), groups
    assert any({"Res0 Ident", "Res3 Ident"} <= g for g in groups), groups
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"{lang}-board.png"))
    return window, page, dialog


def test_rules_are_edited_saved_and_honoured_by_the_next_proposal(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _page, dialog = edit_rules(qtbot, db, monkeypatch, "en")
    assert dialog.windowTitle() == "Keep people together or apart"
    texts = [dialog.lists["together"].item(i).text() for i in range(2)]
    assert texts == [
        f"Stu0 Dent ({STUDENT}) — Stu7 Dent ({STUDENT})",
        f"Res0 Ident ({RESIDENT}) — Res3 Ident ({RESIDENT})",
    ]
    assert dialog.lists["apart"].item(0).text() == (
        f"Stu3 Dent ({STUDENT}) — Stu4 Dent (no longer in this cycle)"
    )
    assert dialog.problem.text() == (
        "Stu7 Dent and Stu0 Dent cannot be kept both together and apart: remove the other "
        "rule first."
    )


def test_the_rules_editor_in_french(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, french: str
) -> None:
    window, _page, dialog = edit_rules(qtbot, db, monkeypatch, "fr")
    assert dialog.windowTitle() == "Garder des personnes ensemble ou séparées"
    assert dialog.lists["apart"].item(0).text().endswith("(ne fait plus partie de ce cycle)")
    assert dialog.problem.text().startswith(
        "Stu7 Dent et Stu0 Dent ne peuvent pas être à la fois ensemble et séparés"
    )
    names = [f"Stu{i} Dent" for i in range(10)] + [f"Res{i} Ident" for i in range(4)]
    allow = [STUDENT, RESIDENT, *names]
    left = english_left(dialog, allow=allow, skip=[dialog.first.list, dialog.second.list])
    left += [t for t in english_left(window.groups.settings_dialog, allow=allow)]
    assert left == [], left


def board_action(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, lang: str
) -> GroupsPage:
    window, page, _cascade = _window(qtbot, db)
    page.propose(choose=False)
    wait_for_work(qtbot)
    card = next(iter(page.cards.values()))
    item = card.people.item(card.people.count() - 1)  # a member
    name = item.text().split(" · ")[0]
    target = next(f"Stu{i} Dent" for i in (9, 8) if f"Stu{i} Dent" != name)
    wanted = [target.split()[0], "res1"]

    def pick(dialog: PickPersonDialog) -> int:
        dialog.show()
        dialog.picker.search.setText(wanted.pop(0))
        assert dialog.picker.proxy.rowCount() == 1
        _over(window, dialog, f"{lang}-board-pick-1366x768")
        return 1

    monkeypatch.setattr(PickPersonDialog, "exec", pick)
    card.people.ruleRequested.emit(int(item.data(PID)), "apart")  # "Keep apart from…"
    pair = [name, target]
    apart = _grouping(db)["apart"]
    assert len(apart) == 2 and apart[0] == ["stu03@example.org", "stu04@example.org"]
    assert page.undo_stack.count() == 1 and pair[0] != pair[1]
    page.propose(choose=False)
    wait_for_work(qtbot)
    assert not any(set(pair) <= g for g in _groups_of(page))
    assert page.undo_stack.count() == 0  # a new proposal starts a new history
    page.keep_rule(page.board.groups[0].members[0].participant_id, "together")  # type: ignore[union-attr]
    assert page.undo_stack.count() == 1
    before = len(_grouping(db)["together"])
    page.undo_stack.undo()
    assert len(_grouping(db)["together"]) == before - 1
    page.undo_stack.redo()
    assert len(_grouping(db)["together"]) == before
    return page


def test_the_board_keeps_someone_apart_from_a_picked_person(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = board_action(qtbot, db, monkeypatch, "en")
    assert page.undo_stack.undoText().startswith("Keep ")


def test_the_board_action_in_french(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, french: str
) -> None:
    page = board_action(qtbot, db, monkeypatch, "fr")
    assert page.undo_stack.undoText().startswith("Garder ")
