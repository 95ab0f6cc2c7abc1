"""Engagement statuses at their boundaries, computed against the program cadence."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db.engine import Database
from app.db.models import Match, Program
from app.matching.service import end_match
from app.meetings.engagement import contact_status, contacts_per_month, engagement
from app.meetings.service import log_meeting
from tests.app.meetings.conftest import MADE_ON, Pairs

CADENCE = 60
AS_OF = dt.date(2026, 3, 1)


def _days_before(days: int) -> dt.date:
    return AS_OF - dt.timedelta(days=days)


@pytest.mark.parametrize(
    ("days", "status"),
    [
        (0, "on_track"),
        (44, "on_track"),  # just before the due-soon window (75 % of 60 = 45)
        (45, "due_soon"),
        (CADENCE - 1, "due_soon"),
        (CADENCE, "due_soon"),  # exactly the cadence: still within it
        (CADENCE + 1, "overdue"),
    ],
)
def test_status_boundaries(days: int, status: str) -> None:
    assert contact_status(MADE_ON, _days_before(days), AS_OF, CADENCE) == (status, days)


def test_no_contact_is_never_met_counting_from_the_match() -> None:
    made = _days_before(3)
    assert contact_status(made, None, AS_OF, CADENCE) == ("never_met", 3)
    assert contact_status(AS_OF + dt.timedelta(days=2), None, AS_OF, CADENCE)[1] == 0


def test_report_orders_by_urgency_and_excludes_ended(db: Database, pairs: Pairs) -> None:
    quiet, recent, ended = pairs.ids
    with db.write() as session:
        log_meeting(session, quiet, _days_before(CADENCE + 1), "phone", today=AS_OF)
        log_meeting(session, recent, _days_before(CADENCE), "video", today=AS_OF)
        log_meeting(session, ended, _days_before(5), "video", today=AS_OF)
        end_match(session, ended, "The mentee moved away")
    with db.read() as session:
        report = engagement(session, pairs.cycle.id, AS_OF)
    assert [(m.match_id, m.status) for m in report.matches] == [
        (quiet, "overdue"),
        (recent, "due_soon"),
    ]
    assert report.matches[0].days_since_contact == CADENCE + 1
    assert report.matches[0].due_on == _days_before(1)
    assert report.counts() == {"overdue": 1, "never_met": 0, "due_soon": 1, "on_track": 0}


def test_recent_match_never_met_and_as_of(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        session.get(Match, pairs.ids[1]).confirmed_at = dt.datetime(2026, 2, 26, 15)  # type: ignore[union-attr]
        log_meeting(session, pairs.ids[0], dt.date(2026, 2, 27), "video", today=AS_OF)
    with db.read() as session:
        now = {m.match_id: m for m in engagement(session, pairs.cycle.id, AS_OF).matches}
        before = {
            m.match_id: m for m in engagement(session, pairs.cycle.id, dt.date(2026, 2, 20)).matches
        }
    assert (now[pairs.ids[1]].status, now[pairs.ids[1]].days_since_contact) == ("never_met", 3)
    assert now[pairs.ids[0]].status == "on_track" and now[pairs.ids[0]].contacts == 1
    # As of an earlier day, the later contact and the later match do not exist yet.
    assert pairs.ids[1] not in before
    assert before[pairs.ids[0]].status == "never_met" and before[pairs.ids[0]].last_contact is None


def test_never_met_sorts_with_overdue_longest_silence_first(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        log_meeting(session, pairs.ids[0], _days_before(100), "video", today=AS_OF)
        log_meeting(session, pairs.ids[1], _days_before(1), "video", today=AS_OF)
    with db.read() as session:
        report = engagement(session, pairs.cycle.id, AS_OF)
    statuses = [m.status for m in report.matches]
    assert statuses == ["never_met", "overdue", "on_track"]  # 151 days since the match, then 100


def test_program_cadence_setting(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        program = session.get(Program, pairs.cycle.program_id)
        assert program is not None
        program.settings = {**program.settings, "cadence_days": 30}
        log_meeting(session, pairs.ids[0], _days_before(31), "video", today=AS_OF)
    with db.read() as session:
        report = engagement(session, pairs.cycle.id, AS_OF)
    assert report.cadence_days == 30
    assert {m.match_id: m.status for m in report.matches}[pairs.ids[0]] == "overdue"


def test_contacts_per_month_include_empty_months(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        log_meeting(session, pairs.ids[0], dt.date(2025, 10, 3), "video", today=AS_OF)
        log_meeting(session, pairs.ids[1], dt.date(2025, 10, 20), "phone", today=AS_OF)
        log_meeting(session, pairs.ids[1], dt.date(2026, 1, 9), "phone", concern=True, today=AS_OF)
    with db.read() as session:
        months = contacts_per_month(session, pairs.cycle.id, today=AS_OF)
    table = [(m.year, m.month, m.contacts, m.concerns) for m in months]
    assert table == [
        (2025, 10, 2, 0),
        (2025, 11, 0, 0),
        (2025, 12, 0, 0),
        (2026, 1, 1, 1),
        (2026, 2, 0, 0),
        (2026, 3, 0, 0),
    ]
