"""A group's letters marked as sent: only a confirmed or active group with letters written,
the moment kept on the group and shown with its engagement, and taken back by the undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Group
from app.errors import RuleViolationError
from app.letters.group_sent import mark_group_letters_sent, unmark_group_letters_sent
from app.letters.group_service import generate_group_letters
from app.meetings.group_engagement import group_engagement
from app.programs.service import CycleInfo
from app.sentences import render
from tests.app.letters.conftest import Pairs
from tests.app.letters.test_group_letters import TODAY, _group


def _sent_at(db: Database, group_id: int) -> dt.datetime | None:
    with db.read() as session:
        group = session.get(Group, group_id)
        assert group is not None
        return group.letters_sent_at


def _engagement(db: Database, cycle: CycleInfo) -> dict[str, object]:
    with db.read() as session:
        [row] = group_engagement(session, cycle.id, as_of=dt.date.today())
        return {"written": row.letters_written, "sent": row.letters_sent_at, **row.to_json()}


def test_a_groups_letters_are_marked_sent_once_written_and_the_undo_takes_it_back(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    group_id = _group(db, cycle, pairs)
    with pytest.raises(RuleViolationError) as refused, db.write() as session:
        mark_group_letters_sent(session, [group_id])  # nothing written yet
    assert "write its letters first" in refused.value.message
    assert "écrivez d'abord ses lettres" in render(refused.value.message, "fr")
    assert _engagement(db, cycle)["letters"] == "none"
    with db.write() as session:
        generate_group_letters(session, cycle.id, tmp_path / "groups.pdf", today=TODAY)
    assert _engagement(db, cycle)["letters"] == "written"

    with db.write() as session:
        assert mark_group_letters_sent(session, [group_id, group_id, 9999]) == [group_id]
    sent = _sent_at(db, group_id)
    assert sent is not None
    shown = _engagement(db, cycle)
    assert (shown["letters"], shown["sent"]) == ("sent", sent)
    with pytest.raises(RuleViolationError), db.write() as session:
        mark_group_letters_sent(session, [group_id])  # marked already: nothing to do
    assert _sent_at(db, group_id) == sent

    with db.write() as session:
        assert unmark_group_letters_sent(session, [group_id, 9999]) == 1
    assert _sent_at(db, group_id) is None
    assert _engagement(db, cycle)["letters"] == "written"
    with db.read() as session:
        events = [
            (e.action, e.entity, e.entity_id)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action.in_(["letters_sent", "letters_unsent"]))
            )
        ]
    assert events == [("letters_sent", "group", group_id), ("letters_unsent", "group", group_id)]


def test_a_group_not_confirmed_is_never_marked(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    group_id = _group(db, cycle, pairs)
    with db.write() as session:
        generate_group_letters(session, cycle.id, tmp_path / "groups.pdf", today=TODAY)
        group = session.get(Group, group_id)
        assert group is not None
        group.status = "proposed"  # taken back to a proposal after its letters were written
    with pytest.raises(RuleViolationError), db.write() as session:
        mark_group_letters_sent(session, [group_id])
    assert _sent_at(db, group_id) is None
