"""Texts made by the core — match reasons, why a pair is not allowed, import row problems —
are shown in the window's language; the English ones stay as they were."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Match
from app.meetings.importer import import_meetings
from app.programs.service import CycleInfo
from app.roster.importer import ImportReport, import_roster
from tests.app.meetings.conftest import make_pairs
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import wait_for_work
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.dialogs.import_wizard.check_page import CheckPage
from ui.main_window import MainWindow
from ui.models.rows import RowRole
from ui.pages.matching import MatchingPage

NB = "\u00a0"
CITY = {"city": "Ottawa", "province": "ON", "languages": ["English"]}


@pytest.fixture
def ids(db: Database, cycle: CycleInfo) -> dict[str, int]:
    mentors = add_people(
        db, cycle, 0,
        [
            mentor("ana@res.example.org", "Ana", "Gagné", capacity=2, interests=["Neonatology"],
                   **CITY),
            mentor("bo@res.example.org", "Bo", "Chen", capacity=1, interests=["Oncology"], **CITY),
        ],
    )  # fmt: skip
    mentees = add_people(
        db, cycle, 1,
        [
            mentee("zoe@med.example.org", "Zoé", "Tremblay", interests=["Neonatology"], **CITY),
            mentee("liam@med.example.org", "Liam", "Roy", interests=["Oncology"], **CITY),
        ],
    )  # fmt: skip
    return dict(zip(["ana", "bo", "zoe", "liam"], mentors + mentees, strict=True))


def matching_page(window: MainWindow) -> MatchingPage:
    window.show_page(1)
    return window.matching


def column_texts(model: Any, column: int) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def why_column(model: Any) -> int:
    return model.columnCount() - 1  # "Why" ends both tables of proposals and matches


def test_proposed_and_saved_reasons_in_french(
    qtbot: QtBot, french: str, ids: dict[str, int], window: MainWindow, db: Database
) -> None:
    page = matching_page(window)
    page.tabs.setCurrentIndex(0)
    page.propose_button.click()
    wait_for_work(qtbot)
    proposals = page.proposals
    why = column_texts(proposals, why_column(proposals))
    assert any(f"Intérêts communs{NB}: " in text for text in why), why
    assert all("Both" not in text for text in why), why
    tip = proposals.index(0, why_column(proposals)).data(2 + 1)  # ToolTipRole
    assert "Les deux sont à Ottawa" in tip

    page.accept_all_button.click()
    saved = column_texts(page.matches, why_column(page.matches))
    assert any(f"Intérêts communs{NB}: " in text for text in saved), saved

    # A match saved before reasons were structured keeps its English sentence as it is.
    with db.write() as session:
        old = session.scalars(select(Match).where(Match.mentee_id == ids["zoe"])).one()
        old.reasons = ["Both interested in Neonatology"]
    page.load_matches()
    saved = column_texts(page.matches, why_column(page.matches))
    assert "Both interested in Neonatology" in saved


def choose(page: MatchingPage, mentee_id: int, mentor_id: int | None = None) -> None:
    page.tabs.setCurrentIndex(1)
    page.manual.select_mentee(mentee_id)
    if mentor_id is not None:
        page.manual._reselect_mentor(mentor_id)


def mentor_why(page: MatchingPage, mentor_id: int) -> str:
    model = page.manual.mentors
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(RowRole).id == mentor_id
    )
    return str(model.index(row, model.columnCount() - 1).data())


@pytest.mark.parametrize(
    ("language", "reason", "full_rule", "rule"),
    [
        ("fr", f"Intérêts communs{NB}: ", "Le mentor n'a plus de place",
         "le mentor n'a plus de place"),
        ("en", "Both interested in ", "The mentor has no places left",
         "the mentor has no places left"),
    ],
)  # fmt: skip
def test_manual_pairing_says_why_and_why_not_in_the_window_language(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    ids: dict[str, int],
    language: str,
    reason: str,
    full_rule: str,
    rule: str,
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    page = matching_page(request.getfixturevalue("window"))
    choose(page, ids["liam"], ids["bo"])
    page.manual.pair_button.click()  # Bo's only place is taken
    choose(page, ids["zoe"], ids["ana"])
    assert reason in page.manual.details.text()
    assert reason in mentor_why(page, ids["ana"])
    assert rule in mentor_why(page, ids["bo"])
    choose(page, ids["zoe"], ids["bo"])
    assert full_rule in page.manual.details.text()


SIGN_UPS = [
    ["First name", "Last name", "Email", "Phone", "City"],
    ["Ana", "Gagné", "ana@example.org", "613-555-0101", "Ottawa"],
    ["", "Roy", "roy@example.org", "613-555-0102", "Ottawa"],
    ["Bo", "Chen", "bo@example", "613-555-0103", "Ottawa"],
    ["Mei", "Wong", "mei@example.org", "12", "Ottawa"],
    ["Ana", "Again", "ANA@example.org", "613-555-0104", "Ottawa"],
    ["Li", "Long", "li@example.org", "613-555-0105", "O" * 121],
]
PROBLEMS = {
    "en": [
        "a first name is required",
        "not a valid email address",
        "not a complete phone number (expected e.g. 416-555-0123)",
        "same email as row 2",
        "longer than 120 characters",
    ],
    "fr": [
        "un prénom est requis",
        "n'est pas une adresse courriel valide",
        "numéro de téléphone incomplet (p. ex. 416-555-0123)",
        "même adresse courriel qu'à la ligne 2",
        "plus de 120 caractères",
    ],
}


def dry_run_of_bad_sign_ups(db: Database, cycle: CycleInfo, tmp_path: Path) -> ImportReport:
    path = tmp_path / "sign-ups.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(SIGN_UPS)
    with db.write() as session:
        return import_roster(session, cycle.id, cycle.role_ladder[1], path, dry_run=True)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_check_step_says_row_problems_in_the_window_language(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    db: Database,
    cycle: CycleInfo,
    tmp_path: Path,
    language: str,
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    report = dry_run_of_bad_sign_ups(db, cycle, tmp_path)
    page = CheckPage()
    qtbot.addWidget(page)
    page.show_report(report, set())
    shown = column_texts(page.rejected_model, 2)
    assert len(shown) == len(PROBLEMS[language])
    for expected, text in zip(PROBLEMS[language], shown, strict=True):
        assert text.startswith(expected), (expected, text)
    # What the command line and ``import --json`` print stays English, whatever the window says.
    english = [r.error for r in report.rejected]
    assert english[0] == "a first name is required"
    assert json.loads(json.dumps(english))[3] == "same email as row 2"


TODAY = dt.date.today().isoformat()  # the matches begin today: earlier contacts are refused
CHECK_INS = [
    ["Mentor email", "Mentee email", "Date", "How did you meet?", "Duration", "Topics"],
    ["ana@res.example.org", "zoe@med.example.org", TODAY, "Zoom", "45", "CaRMS match"],
    ["nobody@example.org", "", TODAY, "Phone", "30", ""],
    ["bo@res.example.org", "liam@med.example.org", TODAY, "By pigeon", "30", ""],
    ["bo@res.example.org", "liam@med.example.org", TODAY, "Phone", "-5", ""],
]


def test_contact_import_says_row_problems_and_warnings_in_french(
    qtbot: QtBot, french: str, db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    make_pairs(db, cycle)
    path = tmp_path / "check-ins.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(CHECK_INS)
    with db.write() as session:
        report = import_meetings(session, cycle.id, path, dry_run=True)
    dialog = ImportMeetingsDialog(path)
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    shown = column_texts(dialog.rejected_model, 2)
    assert shown == [
        "nobody@example.org ne fait partie d'aucun jumelage de ce cycle",
        f"«{NB}By pigeon{NB}» n'est pas un moyen de contact connu "
        "(en personne, vidéo, téléphone ou courriel/texto)",
        f"«{NB}-5{NB}» n'est pas une durée{NB}: elle ne peut pas être négative",
    ]
    loosely_read = f"ligne 2, Topics{NB}: «{NB}CaRMS match{NB}» a été lu comme le sujet «{NB}"
    assert loosely_read in dialog.summary.text()
    english = report.rejected[0].error
    assert english == "nobody@example.org is not in a match of this cycle"
