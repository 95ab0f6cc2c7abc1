"""Logging contacts (one or many at once), the topic catalogue and a match's timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Match, Meeting
from app.errors import UnusableInputError
from app.matching.service import end_match
from app.meetings import topics as catalogue
from app.meetings.service import list_meetings, list_topics, log_contacts, log_meeting
from app.meetings.timeline import match_timeline
from tests.app.meetings.conftest import Pairs

TODAY = dt.date(2026, 3, 1)


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(Meeting.id))) or 0)


def test_log_a_contact_with_topics_and_a_concern(db: Database, pairs: Pairs) -> None:
    with db.read() as session:
        topics = list_topics(session)
    assert len(topics) >= 20 and all(t.name_fr for t in topics)
    with db.write() as session:
        log_meeting(
            session, pairs.ids[0], TODAY, "in_person", duration_minutes=40,
            initiated_by="mentor", topic_ids=[topics[0].id], notes=" Coffee ",
            concern=True, concern_note="Asked for a home address", today=TODAY,
        )  # fmt: skip
    with db.read() as session:
        (row,) = list_meetings(session, pairs.cycle.id, pairs.ids[0])
        status = session.get(Match, pairs.ids[0]).status  # type: ignore[union-attr]
    assert (row.notes, row.concern, row.concern_note) == (
        "Coffee",
        True,
        "Asked for a home address",
    )
    assert row.topics == (topics[0].name,) and row.initiated_by == "mentor"
    assert status == "active"


@pytest.mark.parametrize(
    ("held_on", "mode", "minutes", "message"),
    [
        (TODAY + dt.timedelta(days=1), "video", None, "future"),
        (TODAY, "pigeon", None, "Unknown contact mode"),
        (TODAY, "video", -5, "duration"),
    ],
)
def test_refuses_bad_contacts(
    db: Database, pairs: Pairs, held_on: dt.date, mode: str, minutes: int | None, message: str
) -> None:
    with db.write() as session, pytest.raises(UnusableInputError, match=message):
        log_meeting(session, pairs.ids[0], held_on, mode, duration_minutes=minutes, today=TODAY)


def test_bulk_add_is_one_transaction(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        ids = log_contacts(session, pairs.ids, TODAY, "video", notes="Monthly meeting", today=TODAY)
    assert len(ids) == 3 and _count(db) == 3
    with db.write() as session:
        end_match(session, pairs.ids[2], "Mentee left the program")
    with pytest.raises(UnusableInputError, match="ended"), db.write() as session:
        log_contacts(session, pairs.ids, TODAY, "video", today=TODAY)
    assert _count(db) == 3  # nothing of the failed group was written


def test_topic_catalogue_add_rename_deactivate(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        topic_id = catalogue.add_topic(
            session, "  Wellness   and burnout ", "Wellbeing", "Bien-être"
        )
        with pytest.raises(UnusableInputError, match="already has"):
            catalogue.add_topic(session, "wellness and BURNOUT")
        log_meeting(session, pairs.ids[0], TODAY, "video", topic_ids=[topic_id], today=TODAY)
    with db.write() as session:
        catalogue.rename_topic(session, topic_id, "Wellness", name_fr="Bien-être")
        catalogue.set_topic_active(session, topic_id, False)
    with db.read() as session:
        entry = next(t for t in catalogue.catalogue(session) if t.id == topic_id)
        active = {t.id for t in list_topics(session)}
        (row,) = list_meetings(session, pairs.cycle.id)
    assert (entry.name, entry.category, entry.active, entry.uses) == (
        "Wellness", "Wellbeing", False, 1,
    )  # fmt: skip
    assert topic_id not in active and row.topics == ("Wellness",)  # history keeps it


def test_timeline_tells_the_story_newest_first(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        log_meeting(session, pairs.ids[1], dt.date(2025, 11, 2), "phone", today=TODAY)
        log_meeting(
            session, pairs.ids[1], dt.date(2026, 1, 5), "video", concern=True,
            concern_note="Missed meetings", today=TODAY,
        )  # fmt: skip
        end_match(session, pairs.ids[1], "Schedules never aligned")
    with db.read() as session:
        entries = match_timeline(session, pairs.ids[1])
    kinds = [(e.kind, e.title) for e in entries]
    assert kinds[0] == ("status", "Match ended") and entries[0].detail == "Schedules never aligned"
    assert kinds[1:] == [
        ("contact", "Video call"),
        ("contact", "Phone call"),
        ("status", "Match made"),
    ]
    assert entries[1].concern and "Missed meetings" in entries[1].detail
