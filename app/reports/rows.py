"""The plain rows a report aggregates, read with one query per table into pandas frames.

pandas is imported here, inside :func:`load_rows`, only when a report is made (start-up
stays light). Dates come back from SQLite as text or datetimes; they are made pandas
timestamps once, here, so the figures never parse them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.db.models import (
    Group,
    Match,
    Meeting,
    Orientation,
    Participant,
    Topic,
    group_member,
    meeting_topic,
)

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Rows:
    participants: pd.DataFrame  # id, cycle_id, role, status, is_returning, capacity, created_at
    matches: pd.DataFrame  # id, cycle_id, mentor_id, mentee_id, status, …, end_category
    groups: pd.DataFrame  # id, cycle_id, relation, status, created_at, ended_at, end_category
    members: pd.DataFrame  # group_id, participant_id, is_mentor
    meetings: pd.DataFrame  # id, match_id, group_id, held_on, mode, initiated_by
    topics: pd.DataFrame  # meeting_id, name, name_fr
    orientation: pd.DataFrame  # participant_id


def _text(column: Any) -> Any:
    """A date or time column as SQLite stores it (ISO text): pandas parses a whole column at
    once far faster than SQLAlchemy converts each value."""
    return type_coerce(column, String)


def _frame(session: Session, query: Any, columns: list[str]) -> pd.DataFrame:
    """One query's rows as a frame.

    The query is compiled by SQLAlchemy but its rows are fetched as the driver's plain
    tuples, in the session's transaction: SQLAlchemy's per-value result processing was
    half the report's time, and pandas converts whole columns itself (dates as ISO text,
    booleans as 0/1)."""
    import pandas as pd

    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        found = cursor.execute(str(compiled), params).fetchall()
    finally:
        cursor.close()
    return pd.DataFrame.from_records(found, columns=columns)


def _times(frame: pd.DataFrame, *names: str) -> pd.DataFrame:
    import pandas as pd

    for name in names:
        frame[name] = pd.to_datetime(frame[name], errors="coerce", format="ISO8601")
    return frame


def load_rows(session: Session, cycle_id: int, earlier: list[int]) -> Rows:
    """The cycle's rows; participants and matches of the ``earlier`` cycles as well."""
    cycles = [cycle_id, *earlier]
    participants = _frame(
        session,
        select(
            Participant.id, Participant.cycle_id, Participant.role, Participant.status,
            Participant.is_returning, Participant.capacity, _text(Participant.created_at),
        ).where(Participant.cycle_id.in_(cycles)),
        ["id", "cycle_id", "role", "status", "is_returning", "capacity", "created_at"],
    )  # fmt: skip
    matches = _frame(
        session,
        select(
            Match.id, Match.cycle_id, Match.mentor_id, Match.mentee_id, Match.status,
            _text(Match.created_at), _text(Match.confirmed_at), _text(Match.ended_at),
            Match.end_category, Match.continued_from_id,
        ).where(Match.cycle_id.in_(cycles)),
        ["id", "cycle_id", "mentor_id", "mentee_id", "status", "created_at", "confirmed_at",
         "ended_at", "end_category", "continued_from_id"],
    )  # fmt: skip
    groups = _frame(
        session,
        select(
            Group.id, Group.cycle_id, Group.relation, Group.status, _text(Group.created_at),
            _text(Group.ended_at), Group.end_category,
        ).where(Group.cycle_id.in_(cycles)),
        ["id", "cycle_id", "relation", "status", "created_at", "ended_at", "end_category"],
    )  # fmt: skip
    members = _frame(
        session,
        select(group_member.c.group_id, group_member.c.participant_id, group_member.c.is_mentor)
        .join(Group, Group.id == group_member.c.group_id)
        .where(Group.cycle_id.in_(cycles)),
        ["group_id", "participant_id", "is_mentor"],
    )
    own_matches = select(Match.id).where(Match.cycle_id == cycle_id)
    own_groups = select(Group.id).where(Group.cycle_id == cycle_id)
    mine = Meeting.match_id.in_(own_matches) | Meeting.group_id.in_(own_groups)
    meetings = _frame(
        session,
        select(
            Meeting.id, Meeting.match_id, Meeting.group_id, _text(Meeting.held_on), Meeting.mode,
            Meeting.initiated_by,
        ).where(mine),
        ["id", "match_id", "group_id", "held_on", "mode", "initiated_by"],
    )  # fmt: skip
    topics = _frame(
        session,
        select(meeting_topic.c.meeting_id, Topic.name, Topic.name_fr)
        .join(Topic, Topic.id == meeting_topic.c.topic_id)
        .join(Meeting, Meeting.id == meeting_topic.c.meeting_id)
        .where(mine),
        ["meeting_id", "name", "name_fr"],
    )
    orientation = _frame(
        session,
        select(Orientation.participant_id)
        .join(Participant, Participant.id == Orientation.participant_id)
        .where(Participant.cycle_id == cycle_id)
        .distinct(),
        ["participant_id"],
    )
    return Rows(
        _times(participants, "created_at"),
        _times(matches, "created_at", "confirmed_at", "ended_at"),
        _times(groups, "created_at", "ended_at"),
        members,
        _times(meetings, "held_on"),
        topics,
        orientation,
    )
