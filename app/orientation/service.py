"""A participant's orientation and training sessions: list, add, change, remove.

Each change is audited with ids only. Dates in the future and hours outside 0–24 are
refused with a sentence; a record typed by hand has no import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Orientation, Participant
from app.errors import NotFoundError, UnusableInputError
from app.orientation.messages import sentence

MAX_HOURS = 24.0
MAX_SESSION = 200


@dataclass(frozen=True)
class OrientationRow:
    id: int
    participant_id: int
    held_on: dt.date | None
    hours: float | None
    session: str
    imported: bool


def _row(record: Orientation) -> OrientationRow:
    return OrientationRow(
        record.id,
        record.participant_id,
        record.held_on,
        record.hours,
        record.session,
        record.import_id is not None,
    )


def list_orientation(session: Session, participant_id: int) -> list[OrientationRow]:
    """The participant's sessions, oldest first."""
    query = (
        select(Orientation)
        .where(Orientation.participant_id == participant_id)
        .order_by(Orientation.held_on, Orientation.id)
    )
    return [_row(r) for r in session.scalars(query)]


def check_values(
    held_on: dt.date | None, hours: float | None, name: str, today: dt.date | None = None
) -> tuple[dt.date, float | None, str]:
    """The values cleaned, or ``UnusableInputError`` with the first problem."""
    if held_on is None:
        raise UnusableInputError(sentence("orientation.date_required"))
    if held_on > (today or dt.date.today()):
        raise UnusableInputError(sentence("orientation.date_in_future", date=held_on.isoformat()))
    if hours is not None and not 0 <= hours <= MAX_HOURS:
        raise UnusableInputError(sentence("orientation.hours_out_of_range", limit=int(MAX_HOURS)))
    name = " ".join(name.split())
    if len(name) > MAX_SESSION:
        raise UnusableInputError(sentence("orientation.session_name_too_long", limit=MAX_SESSION))
    return held_on, hours, name


def add_orientation(
    session: Session,
    participant_id: int,
    held_on: dt.date | None,
    hours: float | None = None,
    name: str = "",
) -> int:
    if session.get(Participant, participant_id) is None:
        raise NotFoundError(sentence("orientation.participant_gone"))
    day, hours, name = check_values(held_on, hours, name)
    record = Orientation(participant_id=participant_id, held_on=day, hours=hours, session=name)
    session.add(record)
    session.flush()
    audit.record(session, "create", "orientation", record.id, participant_id=participant_id)
    return record.id


def update_orientation(
    session: Session,
    orientation_id: int,
    held_on: dt.date | None,
    hours: float | None = None,
    name: str = "",
) -> None:
    record = session.get(Orientation, orientation_id)
    if record is None:
        raise NotFoundError(sentence("orientation.gone"))
    record.held_on, record.hours, record.session = check_values(held_on, hours, name)
    audit.record(session, "update", "orientation", orientation_id)
    session.flush()


def delete_orientation(session: Session, orientation_id: int) -> None:
    record = session.get(Orientation, orientation_id)
    if record is None:
        raise NotFoundError(sentence("orientation.gone"))
    session.delete(record)
    audit.record(session, "delete", "orientation", orientation_id)
    session.flush()
