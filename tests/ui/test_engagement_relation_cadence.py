"""The Engagement page says the contact cadence per relation when the relations differ."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.db.models import Match, Program
from app.programs.relations import RelationSettings
from app.programs.service import CycleInfo
from app.roster.service import add_participant
from tests.shots import shots_dir
from ui.main_window import MainWindow
from ui.page_registry import page_number

LADDER = ["Resident mentor", "Student mentor", "Youth"]
EXPECTED = {
    "en": ("2 live matches", "Contact expected every 60 days (Resident mentor → Student mentor) "
           "and 30 days (Student mentor → Youth)."),
    "fr": ("2 jumelages en cours", "Contact attendu tous les 60 jours (Resident mentor → "
           "Student mentor) et 30 jours (Student mentor → Youth)."),
}  # fmt: skip


def _cascade(db: Database, cycle: CycleInfo, youth_days: int) -> None:
    relations = [
        RelationSettings(LADDER[0], LADDER[1], cadence_days=60).to_dict(),
        RelationSettings(LADDER[1], LADDER[2], cadence_days=youth_days).to_dict(),
    ]
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.role_ladder = LADDER
        program.settings = {**program.settings, "cadence_days": 45, "relations": relations}
        ids = [
            add_participant(session, cycle.id, role, f"{name}@example.org", first_name=name)
            for role, name in zip([*LADDER, LADDER[2]], ["Rita", "Sam", "Yan", "Zed"], strict=True)
        ]
        for mentor, mentee in ((ids[0], ids[1]), (ids[1], ids[2])):
            session.add(Match(cycle_id=cycle.id, mentor_id=mentor, mentee_id=mentee,
                              status="confirmed"))  # fmt: skip


def _summary(qtbot: QtBot, db: Database) -> tuple[MainWindow, tuple[str, str]]:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_number("meetings"))
    page = window.meetings
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    cadences = page.cadences.text() if page.cadences.isVisible() else ""
    if cadences:  # laid out on its own line, the page's full width
        qtbot.waitUntil(lambda: page.cadences.y() > page.summary.y())
    return window, (page.summary.text(), cadences)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_summary_names_each_relation_cadence(
    qtbot: QtBot,
    db: Database,
    cycle: CycleInfo,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    _cascade(db, cycle, youth_days=30)
    window, texts = _summary(qtbot, db)
    assert tuple(t.replace("\u00a0", " ") for t in texts) == EXPECTED[language]
    shots = shots_dir("p3")
    if shots.is_dir():
        window.grab().save(str(shots / f"engagement-cadence-{language}.png"))


def test_relations_with_one_cadence_say_it_once(
    qtbot: QtBot, db: Database, cycle: CycleInfo
) -> None:
    _cascade(db, cycle, youth_days=60)
    _, texts = _summary(qtbot, db)
    assert texts == ("2 live matches · contact expected every 60 days", "")  # not the 45
