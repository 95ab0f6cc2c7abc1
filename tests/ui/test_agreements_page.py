"""The Agreements page as a coordinator uses it: write, review and print, in English and French.

Screenshots at 1366×768 go to ``$MENTORDESK_SHOTS`` when it is set (they are looked at by
hand; the tests check what the window says and what reaches the database and the PDF).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.agreements import service
from app.agreements.service import AgreementDraft, GoalDraft
from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.app.agreements.conftest import People, make_people
from tests.ui.conftest import Messages, wait_for_work
from tests.ui.french_walk import english_left
from ui.dialogs.agreement_editor import AgreementEditor, ReviewDialog
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.agreements import AgreementsPage

NAMES = [
    "Amélie Gagné",
    "Zoé Tremblay",
    "Bo Chen",
    "Léa Roy",
    "Liam Park",
    "Mei Wong",
    "Tuesday circle",
    "Tuesday circle — Liam Park, Mei Wong",
    "Amélie Gagné et Zoé Tremblay",
    "Amélie Gagné and Zoé Tremblay",
    "Dr Hélène Morin",
]


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("MENTORDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> People:
    return make_people(db, cycle)


def _page(qtbot: QtBot, db: Database) -> tuple[MainWindow, AgreementsPage]:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("agreements"))
    page = window.agreements
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return window, page


def _select(page: AgreementsPage, text: str) -> None:
    for row in range(page.proxy.rowCount()):
        if text in page.proxy.index(row, 1).data():
            page.table.selectRow(row)
            return
    raise AssertionError(text)


def _answering(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kind: type, fill: Callable[[Any], None]
) -> None:
    """The dialog's ``exec`` shows it, lets ``fill`` act as the coordinator, and answers."""

    def exec_(dialog: Any) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(kind, "exec", exec_)


def test_write_review_and_print_an_agreement(
    qtbot: QtBot,
    qtmodeltester: Any,
    db: Database,
    people: People,
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
    tmp_path: Path,
) -> None:
    window, page = _page(qtbot, db)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 3  # two running pairs and the group
    assert "0 agreements" in page.summary.text() and "3 without one" in page.summary.text()
    assert "faculty career mentoring model" in page.model_hint.text()
    _shot(window, "page-en-empty")
    _select(page, "Zoé Tremblay")
    assert page.edit_button.text() == "Write agreement…" and not page.print_button.isEnabled()

    def fill(editor: AgreementEditor) -> None:
        assert editor.confidentiality.toPlainText().startswith("Ce dont nous discutons")
        editor.support["career_planning"].setChecked(True)
        editor.support["wellness"].setChecked(True)
        editor.frequency.setValue(21)
        editor.goals.append("Présenter une affiche", dt.date(2026, 3, 1), "in_progress")
        editor.goals.append("Observer une journée de clinique", None, "in_progress")
        editor.goals.append("", None, "in_progress")
        editor.buttons.accepted.emit()  # an empty goal: refused, the dialog stays open
        assert editor.error.isVisible() and "Goal 3 has no text" in editor.error.text()
        editor.goals.view.selectRow(2)
        editor.goals.remove()
        editor.goals.view.selectRow(1)
        editor.goals.move_goal(-1)
        editor.signed.setChecked(True)
        _shot(editor, "editor-en")
        editor.buttons.accepted.emit()

    _answering(qtbot, monkeypatch, AgreementEditor, fill)
    assert page.edit_selected()
    with db.read() as session:
        view = service.agreement_of(session, match_id=people.french_pair)
    assert view is not None
    assert view.support == ("career_planning", "wellness") and view.meeting_every_days == 21
    assert [g.text for g in view.goals] == [
        "Observer une journée de clinique",
        "Présenter une affiche",
    ]
    assert view.signed_on == dt.date.today() and view.confidentiality == ""
    qtbot.waitUntil(lambda: "1 agreement" in page.summary.text())
    _select(page, "Zoé Tremblay")
    assert page.edit_button.text() == "Edit agreement…" and page.print_button.isEnabled()

    def review(dialog: ReviewDialog) -> None:
        first = next(iter(dialog.choices.values()))
        first.setCurrentIndex(first.findData("met"))
        _shot(dialog, "review-en")
        dialog.accept()

    _answering(qtbot, monkeypatch, ReviewDialog, review)
    assert page.review_selected("mid")
    with db.read() as session:
        goals = service.get_agreement(session, view.id).goals
    assert [(g.status, g.mid_status) for g in goals] == [("met", "met"), ("in_progress",) * 2]
    qtbot.waitUntil(lambda: "goals: 1 met, 1 in progress, 0 dropped" in page.summary.text())
    _shot(window, "page-en")

    _select(page, "Zoé Tremblay")
    out = tmp_path / "agreement.pdf"
    page.print_selected(out)
    wait_for_work(qtbot)
    assert messages.texts("information")[-1] == f"1 agreement written to {out}."
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Entente de mentorat" in text and "Observer une journée de clinique" in text
    assert "Mentoring agreement" not in text  # both read French
    page.print_selected(tmp_path / "both.pdf", lang="both")  # the button's arrow: both
    wait_for_work(qtbot)
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "both.pdf").pages)
    assert "Entente de mentorat" in text and "Mentoring agreement" in text
    assert [a.text() for a in page.print_button.menu().actions()] == [
        "In English",
        "In French",
        "In English and French",
    ]


def test_printing_onto_the_database_is_refused_with_a_sentence(
    qtbot: QtBot, db: Database, db_path: Path, people: People, messages: Messages
) -> None:
    with db.write() as session:
        service.create_agreement(
            session, AgreementDraft(goals=(GoalDraft("Goal"),)), match_id=people.mixed_pair
        )
    window, page = _page(qtbot, db)
    before = db_path.read_bytes()
    _select(page, "Léa Roy")
    page.print_selected(db_path)
    wait_for_work(qtbot)
    warning = messages.texts("warning")[-1]
    assert str(db_path) in warning and "database" in warning
    assert db_path.read_bytes() == before
    assert window.isVisible()


def test_the_page_and_editor_speak_french(
    qtbot: QtBot,
    db: Database,
    people: People,
    french: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.write() as session:
        service.create_agreement(
            session,
            AgreementDraft(
                support=("research",),
                meeting_every_days=30,
                goals=(GoalDraft("Soumettre un résumé", dt.date(2026, 2, 1)),),
            ),
            match_id=people.french_pair,
        )
    window, page = _page(qtbot, db)
    assert "1 entente" in page.summary.text()
    _select(page, "Zoé Tremblay")
    assert page.edit_button.text() == "Modifier l'entente…"
    _shot(window, "page-fr")
    assert english_left(page, allow=NAMES) == []
    seen: list[str] = []

    def look(editor: AgreementEditor) -> None:
        _shot(editor, "editor-fr")
        seen.extend(english_left(editor, allow=[*NAMES, "Soumettre un résumé"]))
        editor.reject()

    _answering(qtbot, monkeypatch, AgreementEditor, look)
    assert not page.edit_selected()
    assert seen == []

    def review(dialog: ReviewDialog) -> None:
        _shot(dialog, "review-fr")
        seen.extend(english_left(dialog, allow=["Soumettre un résumé"]))
        dialog.reject()

    _answering(qtbot, monkeypatch, ReviewDialog, review)
    assert not page.review_selected("end")
    assert seen == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_cycle_without_confirmed_pairs_says_what_to_do(
    qtbot: QtBot, db: Database, cycle: CycleInfo, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("agreements"))
    page = window.agreements
    qtbot.waitUntil(page.empty.is_showing_message)
    message = page.empty.message.text()
    faculty = "faculty career mentoring" if language == "en" else "corps professoral"
    assert faculty in message and not page.model_hint.isVisible()
    assert not page.print_all_button.isEnabled() and not page.edit_button.isEnabled()
    _shot(window, f"page-{language}-no-pairs")
    if language == "fr":
        assert english_left(page) == []
