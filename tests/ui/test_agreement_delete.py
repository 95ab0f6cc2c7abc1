"""Deleting a pair's agreement from the Agreements page asks first, naming the pair."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.agreements import service
from app.agreements.service import AgreementDraft, GoalDraft
from app.db.engine import Database
from app.db.models import AgreementGoal, Match
from app.programs.service import CycleInfo
from tests.app.agreements.conftest import People, make_people
from tests.shots import shots_dir
from tests.ui.conftest import Messages
from tests.ui.french_walk import english_left
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.agreements import AgreementsPage

WORDS = {
    "en": ("Delete agreement…", "Delete the agreement of Amélie Gagné and Zoé Tremblay with its "
           "goals and reviews? The pair or group itself stays."),
    "fr": ("Supprimer l'entente…", "Supprimer l'entente de Amélie Gagné et Zoé Tremblay, avec "
           "ses objectifs et ses bilans? Le jumelage ou le groupe lui-même reste."),
}  # fmt: skip


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> People:
    found = make_people(db, cycle)
    with db.write() as session:
        service.create_agreement(
            session,
            AgreementDraft(meeting_every_days=30, goals=(GoalDraft("Submit an abstract"),)),
            match_id=found.french_pair,
        )
    return found


def _page(qtbot: QtBot, db: Database) -> tuple[MainWindow, AgreementsPage]:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("agreements"))
    page = window.agreements
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    for row in range(page.proxy.rowCount()):
        if "Zoé Tremblay" in page.proxy.index(row, 1).data():
            page.table.selectRow(row)
    return window, page


def _agreement(db: Database, people: People) -> object:
    with db.read() as session:
        return service.agreement_of(session, match_id=people.french_pair)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_delete_asks_naming_the_pair_and_cancel_keeps_it(
    qtbot: QtBot,
    db: Database,
    people: People,
    messages: Messages,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    button, question = WORDS[language]
    window, page = _page(qtbot, db)
    assert page.delete_button.text() == button and page.delete_button.isEnabled()
    shots = shots_dir("p3")
    if shots.is_dir():
        window.grab().save(str(shots / f"agreements-delete-{language}.png"))
    if language == "fr":
        assert english_left(page, allow=["Amélie Gagné", "Zoé Tremblay", "Bo Chen", "Léa Roy",
                                         "Liam Park", "Mei Wong", "Tuesday circle",
                                         "Tuesday circle — Liam Park, Mei Wong"]) == []  # fmt: skip
    messages.answer = QMessageBox.StandardButton.Cancel
    assert not page.delete_selected()
    assert messages.shown[-1][0] == "question" and messages.shown[-1][2] == question
    assert _agreement(db, people) is not None


def test_delete_confirmed_removes_the_agreement_and_its_goals_not_the_pair(
    qtbot: QtBot, db: Database, people: People, messages: Messages
) -> None:
    _window, page = _page(qtbot, db)
    messages.answer = QMessageBox.StandardButton.Yes
    assert page.delete_selected()
    assert _agreement(db, people) is None
    with db.read() as session:
        assert session.get(Match, people.french_pair) is not None
        assert session.scalar(select(func.count()).select_from(AgreementGoal)) == 0
    qtbot.waitUntil(lambda: not page.delete_button.isEnabled())
    assert page.edit_button.text() == "Write agreement…"
    assert "0 agreements" in page.summary.text()
