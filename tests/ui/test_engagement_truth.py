"""The Engagement page tells the truth on the demo database, in English and French, at 1366×768:
never-met pairs past their cadence count as needing attention, "Next due" never shows a past
date as upcoming, the chips are not clipped and the pairs table needs no sideways scrolling.

Screenshots go to ``$MENTORDESK_SHOTS`` when it is set (they are looked at by a person).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import audit
from app.cli import main
from app.db.engine import Database
from app.db.models import Cycle, Match
from app.meetings.timeline import match_timeline
from tests.ui.conftest import wait_for_work
from ui.main_window import MainWindow
from ui.pages.engagement import EngagementPage
from ui.pages.engagement.model import NEXT_DUE, ROLES, MatchRole

TODAY = dt.date.today()


def _open(qtbot: QtBot, db: Database) -> tuple[MainWindow, EngagementPage]:
    window = MainWindow(db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(2)
    wait_for_work(qtbot)
    return window, window.meetings


def _shot(window: MainWindow, name: str) -> None:
    folder = os.environ.get("MENTORDESK_SHOTS")
    if folder:
        window.grab().save(str(Path(folder) / name))


def _late_count(db: Database) -> int:
    """Demo pairs past the program's 60-day cadence without a contact, read independently."""
    window_rows = []
    with db.read() as session:
        from app.meetings.engagement import engagement

        cycle_id = session.scalars(select(Match.cycle_id).order_by(Match.id.desc())).first()
        report = engagement(session, cycle_id)
        for m in report.matches:
            since = m.last_contact or m.made_on
            assert since is not None
            window_rows.append((TODAY - since).days > (m.cadence_days or 60))
    return sum(window_rows)


def _check_page(page: EngagementPage, attention: str, overdue: str) -> None:
    # Chips show their whole text (no "…"): each is as wide as its text needs.
    for chip in page.chips.values():
        assert chip.width() >= chip.sizeHint().width(), chip.text()
    assert page.chips["needs_attention"].text() == attention
    assert page.chips["overdue"].text() == overdue
    # The pairs table fits its side of the page: no sideways scrolling.
    assert page.table.horizontalScrollBar().maximum() == 0
    # A demo program has one relation: its Roles column would say the same on every row.
    assert page.table.isColumnHidden(ROLES)
    for row in range(page.proxy.rowCount()):
        match = page.proxy.index(row, 0).data(MatchRole)
        due_text = page.proxy.index(row, NEXT_DUE).data()
        if match.due_on < TODAY:  # a past day is never shown as still to come
            assert match.late and due_text in ("Now", "Maintenant")
        else:
            assert not match.late and due_text and due_text not in ("Now", "Maintenant")


def test_demo_in_english(qtbot: QtBot, demo_db: Database) -> None:
    late = _late_count(demo_db)
    assert late >= 1  # the demo has never-met pairs past the cadence (the case reported)
    window, page = _open(qtbot, demo_db)
    _check_page(page, f"Needs attention: {late}", "Overdue: 0")
    page.chips["needs_attention"].click()
    assert page.proxy.rowCount() == late
    page.select_match(page.proxy.index(0, 0).data(MatchRole).match_id)
    standing = page.timeline.standing.text()
    assert "due since" in standing and "next due" not in standing
    _shot(window, "engagement_en.png")


def test_demo_in_french(qtbot: QtBot, demo_db: Database, french: str) -> None:
    late = _late_count(demo_db)
    window, page = _open(qtbot, demo_db)
    _check_page(page, f"À relancer : {late}", "En retard : 0")
    assert "attendu depuis le" in page.timeline.standing.text()
    _shot(window, "engagement_fr.png")


def test_engagement_json_says_which_never_met_pairs_are_late(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.read() as session:
        cycle_id = session.scalars(select(Match.cycle_id).order_by(Match.id.desc())).first()
        label = session.scalars(select(Cycle.label).where(Cycle.id == cycle_id)).one()
    code = main(["engagement", "--db", str(demo_db.path), "--cycle", label, "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    never = [m for m in document["matches"] if m["status"] == "never_met"]
    assert never and all(m["last_contact"] is None for m in never)  # the status is kept
    late = [m for m in document["matches"] if m["late"]]
    assert document["needs_attention"] == len(late) == _late_count(demo_db)
    assert {m["status"] for m in late} <= {"overdue", "never_met"}
    for m in document["matches"]:
        assert m["late"] == (dt.date.fromisoformat(m["due_on"]) < TODAY)


def test_timeline_shows_match_made_once(demo_db: Database) -> None:
    with demo_db.write() as session:
        match = session.scalars(select(Match).order_by(Match.id.desc())).first()
        assert match is not None
        # A match whose making left two trails (made, then recorded again on confirming).
        audit.record(session, "create", "match", match.id, origin="manual")
        audit.record(session, "create", "match", match.id, origin="assisted")
        match_id = match.id
    with demo_db.read() as session:
        titles = [e.title for e in match_timeline(session, match_id)]
    assert titles.count("Match made") == 1
