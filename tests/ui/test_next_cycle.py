"""The next-cycle screen walked as a coordinator: decide per pair, bulk actions, people
returning or leaving, the re-sign-up list, the summary and its confirmation, the new cycle
chosen afterwards, and the closed cycle's banner with Reopen — in English and in French.

Set ``MENTORDESK_SCREENSHOTS`` to a folder to keep a picture of each screen.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Cycle, Match, Participant
from app.roster.detail import get_participant_detail
from app.roster.service import list_participants
from tests.ui.conftest import Messages, wait_for_work
from tests.ui.french_walk import english_left
from ui.dialogs.next_cycle import NextCycleDialog
from ui.dialogs.participant_parts import HistoryView
from ui.main_window import MainWindow

SCREEN = (1366, 768)


def _shot(widget: QWidget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    folder = os.environ.get("MENTORDESK_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _button(widget: QWidget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert found, [b.text() for b in widget.findChildren(QPushButton)]
    return found[0]


def _open(qtbot: QtBot, demo_db: Database) -> tuple[MainWindow, NextCycleDialog]:
    window = MainWindow(demo_db, welcome=False)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    assert window.context.cycle is not None and window.context.cycle.status == "open"
    assert not window.closed_banner.holder.isVisible()
    window.start_next_cycle_action.trigger()
    dialog = window.next_cycle_dialog
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]
    return window, dialog


def _allow(db: Database, window: MainWindow) -> tuple[str, ...]:
    cycle = window.context.cycle
    assert cycle is not None
    with db.read() as session:
        rows = list_participants(session, cycle.id)
    return (
        *(r.name for r in rows), *(r.email for r in rows), cycle.program_name, cycle.label,
        *cycle.role_ladder, "Group",
    )  # fmt: skip


def _walk(
    qtbot: QtBot, demo_db: Database, messages: Messages, tmp_path: Path, lang: str, words: dict
) -> None:
    window, dialog = _open(qtbot, demo_db)
    old = window.context.cycle
    assert old is not None
    model = dialog.relations
    assert model.rowCount() == 28  # the demo's live pairs
    on_track = sum(1 for r in model.rows if r.default == "continue")
    assert dialog.summary.text().startswith(words["summary"].format(n=on_track))
    _button(dialog, words["rematch_all"]).click()
    assert set(model.chosen().values()) == {"rematch"}
    _button(dialog, words["continue_all"]).click()
    assert sum(1 for d in model.chosen().values() if d == "continue") == on_track
    # Close the first pair with a reason, through the table's own editor.
    view = dialog.relations_view
    model.setData(model.index(0, model.DECISION), "close")
    model.setData(model.index(0, model.CATEGORY), "moved")
    model.setData(model.index(0, model.NOTE), "Moved to Halifax")
    assert model.flags(model.index(0, model.NOTE)) & Qt.ItemFlag.ItemIsEditable
    view.edit(model.index(1, model.DECISION))
    _shot(dialog, f"{lang}-next-cycle-pairs")
    # People: everyone leaving, then the first one returning.
    dialog.tabs.setCurrentIndex(1)
    _button(dialog, words["leaving"]).click()
    dialog.people_view.selectRow(0)
    _button(dialog, words["returning"]).click()
    assert list(dialog.people.answers.values()).count("returning") == 1
    assert words["conflict"] in dialog.summary.text()  # continued pairs are leaving now
    dialog.people_view.clearSelection()
    _button(dialog, words["unknown"]).click()
    _shot(dialog, f"{lang}-next-cycle-people")
    if lang == "fr":
        assert english_left(dialog, allow=_allow(demo_db, window)) == []
    # The re-sign-up list, read back.
    out = tmp_path / f"resignup-{lang}.xlsx"
    chosen = (str(out), "")
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    try:
        dialog.export_button.click()
    finally:
        qtbot_patch.undo()
    table = pd.read_excel(out, dtype=str, keep_default_na=False, engine="openpyxl")
    assert len(table) == len(dialog.people.rows) and "Email" in table.columns
    # Create: the confirmation repeats the summary, then the window shows the new cycle.
    expected_people = len(dialog.plan.carried)
    dialog.buttons.accepted.emit()
    wait_for_work(qtbot)
    question = messages.texts("question")[-1]
    assert dialog.summary.text() in question
    new = window.context.cycle
    assert new is not None and new.label == dialog.label_edit.text()
    with demo_db.read() as session:
        carried = session.scalars(select(Participant).where(Participant.cycle_id == new.id)).all()
        closed = session.get(Match, model.rows[0].id)
        assert len(carried) == expected_people
        assert (closed.status, closed.end_category, closed.end_reason) == (
            "ended",
            "moved",
            "Moved to Halifax",
        )
        assert session.get(Cycle, old.id).status == "closed"
    _shot(window, f"{lang}-next-cycle-created")
    # The closed pair's mentee: the history says how it ended, in the window's language.
    with demo_db.read() as session:
        detail = get_participant_detail(session, model.rows[0].participant_ids[1])
    history = HistoryView(detail)
    qtbot.addWidget(history)
    ended = history.topLevelItem(0).child(0)
    assert ended.text(3) == words["ended"]
    # Back on the old cycle: the banner, writes refused, then Reopen.
    window.reload_cycles(old.id)
    assert window.closed_banner.holder.isVisible()
    assert words["banner"] in window.closed_banner.text.text()
    _shot(window, f"{lang}-closed-cycle-banner")
    if lang == "fr":
        assert english_left(window.closed_banner, allow=(old.label,)) == []
    window.start_next_cycle_action.trigger()
    assert words["already"] in messages.texts("information")[-1]
    window.closed_banner.reopen_button.click()
    assert not window.closed_banner.holder.isVisible()
    assert window.context.cycle is not None and window.context.cycle.status == "open"


ENGLISH = {
    "summary": "{n} continue, ",
    "rematch_all": "Re-match all",
    "continue_all": "Continue all on track",
    "leaving": "Mark leaving",
    "returning": "Mark returning",
    "unknown": "Mark not known",
    "conflict": "Marked leaving but continuing:",
    "banner": "This cycle is closed (read-only)",
    "already": "is closed: its next cycle was started already",
    "ended": "Moved away: Moved to Halifax",
}
FRENCH = {
    "summary": "{n} continuent, ",
    "rematch_all": "Tout rejumeler",
    "continue_all": "Continuer tous ceux en bonne voie",
    "leaving": "Marquer partant",
    "returning": "Marquer de retour",
    "unknown": "Marquer inconnu",
    "conflict": "Marqués comme partants mais qui continuent",
    "banner": "Ce cycle est fermé (lecture seule)",
    "already": "est fermé : son cycle suivant",
    "ended": "A déménagé : Moved to Halifax",
}


def test_next_cycle_in_english(
    qtbot: QtBot, demo_db: Database, messages: Messages, tmp_path: Path
) -> None:
    _walk(qtbot, demo_db, messages, tmp_path, "en", ENGLISH)


def test_next_cycle_in_french(
    qtbot: QtBot, demo_db: Database, messages: Messages, tmp_path: Path, french: str
) -> None:
    _walk(qtbot, demo_db, messages, tmp_path, "fr", FRENCH)
