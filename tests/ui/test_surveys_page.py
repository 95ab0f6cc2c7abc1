"""The Surveys page as a coordinator walks it, in English and in French: a survey made from
a template, answers imported through the check-in import's dialog, results with bars and a
flagged pair, the question editor, the PDF and the question list. Screenshots at 1366×768
are saved under the surveys screenshot folder (tests/shots.py) for a look."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Match, Participant, Person, Survey
from tests.shots import shots_dir
from tests.ui.conftest import wait_for_work
from tests.ui.french_walk import demo_data, english_left
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.dialogs.survey_editor import SurveyEditorDialog
from ui.main_window import MainWindow
from ui.page_registry import page_number
from ui.pages.surveys import SurveysPage

SHOTS = shots_dir("surveys")


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def _answers(db: Database, cycle_id: int, path: Path, french: bool) -> tuple[str, str]:
    """A check-in export of three people of the cycle; the mentee of the first live pair
    says "not a good fit". Returns (that mentee's name, their mentor's name)."""
    with db.read() as session:
        match = session.scalars(
            select(Match).where(Match.cycle_id == cycle_id, Match.status != "ended")
        ).first()
        assert match is not None
        mentee, mentor = match.mentee, match.mentor
        other = session.scalars(
            select(Person.email)
            .join(Participant)
            .where(Participant.cycle_id == cycle_id, Participant.id.not_in([mentee.id, mentor.id]))
        ).first()
        names = (mentee.person.display_name, mentor.person.display_name)
        emails = [mentee.person.email, mentor.person.email, other]
    fit = ["Pas un bon jumelage", "Bon jumelage", "Je ne sais pas encore"]
    if not french:
        fit = ["Not a good fit", "Good fit", "Still deciding"]
    header = ["Horodateur" if french else "Timestamp", "Courriel" if french else "Email",
              "How satisfied are you with your match so far (1 to 5)?",
              "How is the match working for you?",
              "Is there anything the coordinator should know?"]  # fmt: skip
    rows = [[f"2026-11-0{n + 1}", email, str(5 - 2 * n), fit[n], "Nous ne nous parlons pas"
             if n == 0 else ""] for n, email in enumerate(emails)]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return names


def _walk(qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          language: str) -> tuple[MainWindow, SurveysPage]:  # fmt: skip
    window = _window(qtbot, db)
    window.show_page(page_number("surveys"))
    page = window.surveys
    wait_for_work(qtbot)
    assert page.model.rowCount() == 0
    _shot(window, f"page-empty-{language}")
    survey_id = page.create_from("match_check_in", language)
    assert survey_id is not None and page.selected() is not None
    path = tmp_path / "check-in.csv"
    mentee, mentor = _answers(db, window.context.cycle_id, path, language == "fr")
    page.importer.start(path, survey=page.selected().name)  # type: ignore[union-attr]
    dialog = page.importer.dialog
    assert isinstance(dialog, ImportMeetingsDialog)
    wait_for_work(qtbot)
    assert dialog.import_button.isEnabled()
    _shot(dialog, f"import-dialog-{language}")
    dialog.accept()
    wait_for_work(qtbot)
    QApplication.processEvents()
    info = page.selected()
    assert info is not None and info.responses == 3
    assert mentee in page.results.flagged.text() and mentor in page.results.flagged.text()
    assert page.results.model.rowCount() >= 10
    _shot(window, f"page-results-{language}")
    page.edit_selected()
    editor = page.editor
    assert isinstance(editor, SurveyEditorDialog)
    editor.resize(1000, 640)
    editor.list.setCurrentRow(1)
    _shot(editor, f"editor-{language}")
    return window, page


def test_the_surveys_page_walk(
    qtbot: QtBot,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    window, page = _walk(qtbot, demo_db, tmp_path, monkeypatch, "en")
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.results.model)
    assert page.model.index(0, 1).data() == "30 days after a match begins"
    editor = page.editor
    editor.name.setText("Check-in, November")
    editor.list.setCurrentRow(3)
    editor.text_fr.setText("Autre chose à nous dire?")
    editor.text_fr.textEdited.emit(editor.text_fr.text())
    editor.move_question(-1)
    editor.accept()
    wait_for_work(qtbot)
    QApplication.processEvents()
    with demo_db.read() as session:
        survey = session.scalars(select(Survey)).one()
        assert survey.name == "Check-in, November"
        assert survey.questions[2].text_fr == "Autre chose à nous dire?"
    assert page.selected().name == "Check-in, November"  # type: ignore[union-attr]
    text = page.copy_questions()
    assert QApplication.clipboard().text() == text
    assert text.startswith("Check-in, November\n\n1. How satisfied")
    out = tmp_path / "check-in.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.export_pdf()
    assert out.read_bytes().startswith(b"%PDF")
    # A refused edit keeps the editor open with the reason.
    page.create_from("end_of_year")
    page.edit_selected()
    page.editor.name.setText("Check-in, November")
    page.editor.accept()
    assert page.editor.isVisible()
    assert "already has a survey called" in page.editor.problem.text()
    page.editor.reject()
    window.close()


def test_the_surveys_page_in_french(
    qtbot: QtBot, french: str, demo_db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window, page = _walk(qtbot, demo_db, tmp_path, monkeypatch, "fr")
    assert page.model.index(0, 0).data() == "Suivi du jumelage (30 jours)"
    assert page.results.summary.text().startswith("<b>3 réponses sur ")
    data = demo_data(demo_db) | {"Suivi du jumelage (30 jours)", "Nous ne nous parlons pas"}
    problems = english_left(page, allow=data) + english_left(page.editor, allow=data)
    page.editor.reject()
    assert problems == [], problems
    window.close()
