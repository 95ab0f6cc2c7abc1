"""Contacts logged by hand obey the rules of the check-in import: no date before the match
began, no length of zero or less (nor over a day), in the same words."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Match, Meeting
from app.errors import UnusableInputError
from app.meetings import contact_rules
from app.meetings.service import log_contacts, log_meeting
from tests.app.meetings.conftest import MADE_ON, Pairs

TODAY = dt.date(2026, 3, 1)
DAY_BEFORE = MADE_ON - dt.timedelta(days=1)


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(Meeting.id))) or 0)


@pytest.fixture
def toronto(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The coordinator's clock in Toronto (a POSIX rule: no time zone database needed)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones are set this way on POSIX only")
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_contact_before_the_match_began_is_refused_naming_the_pair(
    db: Database, pairs: Pairs
) -> None:
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        log_meeting(session, pairs.ids[0], DAY_BEFORE, "video", today=TODAY)
    assert refused.value.message == (
        "2025-09-30 is before the match of Ana Gagné and Zoé Tremblay began (2025-10-01); "
        "check the date."
    )
    assert _count(db) == 0
    with db.write() as session:  # the day it began is fine
        log_meeting(session, pairs.ids[0], MADE_ON, "video", today=TODAY)
    assert _count(db) == 1


def test_the_day_a_match_began_is_the_coordinators_day(
    db: Database, pairs: Pairs, toronto: None
) -> None:
    """Matched at 9:30 pm on 1 October in Toronto, stored as 2 October in UTC."""
    with db.write() as session:
        late = session.get(Match, pairs.ids[1])
        assert late is not None
        late.created_at = dt.datetime(2025, 10, 2, 1, 30)
    with db.write() as session:
        log_meeting(session, pairs.ids[1], dt.date(2025, 10, 1), "phone", today=TODAY)
    with pytest.raises(UnusableInputError, match="before the match of Bo"), db.write() as session:
        log_meeting(session, pairs.ids[1], dt.date(2025, 9, 30), "phone", today=TODAY)


@pytest.mark.parametrize(
    ("minutes", "message"),
    [
        (0, "A duration of 0 minutes is not possible: a contact lasts at least a minute "
            "(leave the length empty when it is not known)."),
        (-30, "A duration of -30 minutes is not possible: a contact lasts at least a minute "
              "(leave the length empty when it is not known)."),
        (24 * 60 + 1, "A duration of 1441 minutes is longer than a day; a contact lasts at "
                      "most 24 hours."),
    ],
)  # fmt: skip
def test_a_length_of_zero_or_less_or_over_a_day_is_refused(
    db: Database, pairs: Pairs, minutes: int, message: str
) -> None:
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        log_meeting(session, pairs.ids[0], TODAY, "video", duration_minutes=minutes, today=TODAY)
    assert refused.value.message == message
    assert _count(db) == 0


@pytest.mark.parametrize("minutes", [None, 1, 24 * 60])
def test_lengths_within_the_rule_and_an_unknown_length_are_kept(
    db: Database, pairs: Pairs, minutes: int | None
) -> None:
    with db.write() as session:
        log_meeting(session, pairs.ids[0], TODAY, "video", duration_minutes=minutes, today=TODAY)
    with db.read() as session:
        assert session.scalar(select(Meeting.duration_minutes)) == minutes


def test_one_contact_for_many_matches_is_refused_whole_naming_the_newer_match(
    db: Database, pairs: Pairs
) -> None:
    with db.write() as session:
        newer = session.get(Match, pairs.ids[2])
        assert newer is not None
        newer.created_at = dt.datetime(2026, 1, 10, 15)
    held_on = dt.date(2026, 1, 5)
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        log_contacts(session, pairs.ids, held_on, "in_person", today=TODAY)
    assert refused.value.message == (
        "2026-01-05 is before the match of Ana Gagné and Mei Wong began (2026-01-10); "
        "check the date."
    )
    assert _count(db) == 0  # all or nothing: the two older matches got nothing either
    with pytest.raises(UnusableInputError, match="A duration of 0"), db.write() as session:
        log_contacts(session, pairs.ids[:2], TODAY, "video", duration_minutes=0, today=TODAY)
    assert _count(db) == 0


def test_the_import_and_the_service_say_the_same_thing() -> None:
    """One rule, one wording: the import shows it after the row, the service as a sentence."""
    held_on, began = dt.date(2025, 9, 30), dt.date(2025, 10, 1)
    problem = contact_rules.before_match_problem(held_on, began)
    assert problem == "2025-09-30 is before this match began (2025-10-01); check the date"
    assert contact_rules.as_sentence(problem) == problem + "."
    assert contact_rules.future_problem(dt.date(2026, 3, 2), TODAY) == "2026-03-02 is in the future"
    assert contact_rules.duration_problem(None) is None
