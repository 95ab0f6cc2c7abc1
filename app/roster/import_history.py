"""The imports of a cycle, and undoing one as a whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import AuditEvent, ImportRecord, Match, Participant, Person, utcnow
from app.errors import NotFoundError, RuleViolationError
from app.roster.messages import sentence
from app.roster.reader import Table


class ImportCounts(Protocol):
    """What an import report says in numbers."""

    @property
    def rows(self) -> int: ...
    @property
    def imported(self) -> int: ...
    @property
    def updated(self) -> int: ...
    @property
    def rejected_rows(self) -> int: ...


def record_import(
    session: Session,
    cycle_id: int,
    kind: str,
    table: Table,
    counts: ImportCounts,
    role: str = "",
) -> int:
    """Keep what was imported from which file (name and hash) with its counts; its id."""
    record = ImportRecord(
        cycle_id=cycle_id,
        kind=kind,
        role=role,
        file_name=table.file,
        file_sha256=table.sha256,
        rows=counts.rows,
        imported=counts.imported,
        updated=counts.updated,
        rejected=counts.rejected_rows,
    )
    session.add(record)
    session.flush()
    return record.id


@dataclass(frozen=True)
class ImportSummary:
    """One past import as the import history lists it."""

    id: int
    file_name: str
    kind: str
    role: str
    created_at: dt.datetime
    rows: int
    imported: int
    updated: int
    rejected: int
    undone_at: dt.datetime | None
    still_present: int  # participants it added that are still in the roster
    in_matches: int  # of those, how many are in a match (which blocks the undo)

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None and self.in_matches == 0


def last_undoable_import(session: Session, cycle_id: int, kind: str) -> ImportRecord | None:
    """The cycle's most recent import of ``kind`` (contacts, attendance, a survey's answers)
    that can still be undone."""
    return session.scalars(
        select(ImportRecord)
        .where(
            ImportRecord.cycle_id == cycle_id,
            ImportRecord.kind == kind,
            ImportRecord.undone_at.is_(None),
        )
        .order_by(ImportRecord.id.desc())
    ).first()


def list_imports(session: Session, cycle_id: int) -> list[ImportSummary]:
    """The sign-up imports into ``cycle_id``, newest first."""
    records = session.scalars(
        select(ImportRecord)
        .where(ImportRecord.cycle_id == cycle_id, ImportRecord.kind == "roster")
        .order_by(ImportRecord.created_at.desc(), ImportRecord.id.desc())
    ).all()
    present = dict(
        session.execute(
            select(Participant.import_id, func.count(Participant.id))
            .where(Participant.cycle_id == cycle_id, Participant.import_id.is_not(None))
            .group_by(Participant.import_id)
        ).all()
    )
    matched = _matched_counts(session, cycle_id)
    return [
        ImportSummary(
            id=r.id,
            file_name=r.file_name,
            kind=r.kind,
            role=r.role,
            created_at=r.created_at,
            rows=r.rows,
            imported=r.imported,
            updated=r.updated,
            rejected=r.rejected,
            undone_at=r.undone_at,
            still_present=int(present.get(r.id, 0)),
            in_matches=matched.get(r.id, 0),
        )
        for r in records
    ]


def _matched_counts(session: Session, cycle_id: int) -> dict[int, int]:
    """Per import, how many of its participants are mentor or mentee of any match."""
    in_match = exists().where(
        or_(Match.mentor_id == Participant.id, Match.mentee_id == Participant.id)
    )
    rows = session.execute(
        select(Participant.import_id, func.count(Participant.id))
        .where(Participant.cycle_id == cycle_id, Participant.import_id.is_not(None), in_match)
        .group_by(Participant.import_id)
    ).all()
    return {int(import_id or 0): int(count) for import_id, count in rows}


def undo_import(session: Session, import_id: int) -> int:
    """Remove the participants an import added, and the persons it created who have no other
    participation; returns how many participants were removed.

    Details that the import changed on existing people are not restored. Refused while any
    of those participants is in a match (even an ended one: that is program history).
    """
    record = session.get(ImportRecord, import_id)
    if record is None or record.kind != "roster":
        raise NotFoundError(sentence("roster.import_gone"))
    if record.undone_at is not None:
        raise RuleViolationError(sentence("roster.import_already_undone"))
    added = select(Participant.id).where(Participant.import_id == import_id)
    in_match = session.scalar(
        select(func.count(Match.id)).where(
            or_(Match.mentor_id.in_(added), Match.mentee_id.in_(added))
        )
    )
    if in_match:
        raise RuleViolationError(sentence("roster.import_in_matches"))
    removed = session.execute(delete(Participant).where(Participant.import_id == import_id))
    count = int(getattr(removed, "rowcount", 0) or 0)
    persons = _delete_created_persons(session, import_id)
    record.undone_at = utcnow()
    audit.record(session, "undo_import", "import_record", import_id, removed=count, persons=persons)
    session.flush()
    return count


def import_event_details(session: Session, import_id: int) -> dict[str, Any]:
    """What the import's audit event kept (counts and ids), for undoing it."""
    details = session.scalars(
        select(AuditEvent.details).where(
            AuditEvent.action == "import",
            AuditEvent.entity == "import_record",
            AuditEvent.entity_id == import_id,
        )
    ).first()
    return dict(details or {})


def _delete_created_persons(session: Session, import_id: int) -> int:
    """Delete the persons the import created (from its audit event) left without a role."""
    ids = [int(i) for i in import_event_details(session, import_id).get("created_person_ids", [])]
    deleted = 0
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        result = session.execute(
            delete(Person).where(
                Person.id.in_(chunk),
                ~exists().where(Participant.person_id == Person.id),
            )
        )
        deleted += int(getattr(result, "rowcount", 0) or 0)
    return deleted
