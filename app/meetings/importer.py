"""Importing contacts from a check-in form export (participants identified by email).

Same promises as the roster import: the file is read by the roster reader (any encoding
Excel writes, CSV or workbook, cells as text); every row is checked and a rejected row is
reported with its spreadsheet row and column; the accepted rows are written in the
caller's single transaction, or none are; a dry run writes nothing. A contact already
logged (same match, day and mode) is counted as unchanged, so importing the same export
twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, ImportRecord, Match, Meeting, Topic, utcnow
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.meetings import parsing
from app.meetings.contact_rows import (
    EMAIL_FIELDS,
    Contact,
    check_rows,
    load_lookups,
    topic_warnings,
)
from app.meetings.group_import import restore_group_statuses, write_group_meetings
from app.meetings.group_rows import ATTENDANCE_FIELDS, group_rows_note, load_groups
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.import_history import import_event_details, last_undoable_import, record_import
from app.roster.importer import ImportReport, RejectedRow
from app.roster.reader import Table, read_table

log = logging.getLogger(__name__)

KIND = "meetings"


def import_meetings(
    session: Session,
    cycle_id: int,
    path: Path,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    sheet: str | None = None,
) -> ImportReport:
    """Import the contacts of a check-in form export into the matches of ``cycle_id``.

    ``sheet`` names the sheet to read when the workbook has several holding data.
    """
    if session.get(Cycle, cycle_id) is None:
        raise NotFoundError("That cycle no longer exists.")
    table = read_table(Path(path), sheet)
    mapping = parsing.map_columns(table.headers)
    _refuse_unusable(table, mapping)
    lookups = load_lookups(session, cycle_id, today or dt.date.today())
    date_header = next(h for h, f in mapping.items() if f == "date")
    position = table.headers.index(date_header)
    lookups.day_order = parsing.day_order(cells[position] for _, cells in table.rows)
    if "group" in mapping.values():
        lookups.groups = load_groups(session, cycle_id)
    accepted, rejected, unchanged = check_rows(table, mapping, lookups, progress, is_cancelled)
    result = _report(table, mapping, accepted, rejected, unchanged, dry_run)
    if not dry_run and accepted:
        check_cancelled(is_cancelled)
        result.import_id = _write(session, cycle_id, table, result, accepted)
    report(progress, len(table.rows), len(table.rows))
    log.info(
        "meeting import: %d rows, %d imported, %d unchanged, %d rejected, dry run %s",
        result.rows,
        result.imported,
        unchanged,
        result.rejected_rows,
        dry_run,
    )
    return result


def _report(
    table: Table,
    mapping: dict[str, str],
    accepted: list[Contact],
    rejected: list[RejectedRow],
    unchanged: int,
    dry_run: bool,
) -> ImportReport:
    """The roster import's report, so both imports answer with the same document."""
    return ImportReport(
        file=table.file,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table.rows),
        imported=len(accepted),
        updated=0,
        returning=0,
        rejected=rejected,
        unmapped_columns=[h for h in table.headers if h not in mapping],
        dry_run=dry_run,
        import_id=None,
        mapping=dict(mapping),
        unchanged=unchanged,
        header_row=table.header_row,
        format=table.format,
        warnings=[*table.warnings, *topic_warnings(accepted), *_group_note(mapping, accepted)],
    )


def _group_note(mapping: dict[str, str], accepted: list[Contact]) -> list[str]:
    """How the rows naming a group were recorded, said once for the whole file."""
    rows = [c.row for c in accepted if c.group_id]
    column = next((h for h, f in mapping.items() if f in ATTENDANCE_FIELDS), "")
    note = group_rows_note(rows, column)
    return [note] if note else []


def _refuse_unusable(table: Table, mapping: dict[str, str]) -> None:
    fields = set(mapping.values())
    problems = []
    if not fields & set(EMAIL_FIELDS) and "group" not in fields:
        problems.append("has no email column (the mentor's or the mentee's email)")
    if "date" not in fields:
        problems.append("has no date column")
    if "mode" not in fields:
        problems.append("has no column saying how they were in touch")
    if problems:
        raise UnusableInputError(f"{table.file} {' and '.join(problems)}.")


def _write(
    session: Session, cycle_id: int, table: Table, result: ImportReport, accepted: list[Contact]
) -> int:
    import_id = record_import(session, cycle_id, KIND, table, result)
    topics = {t.id: t for t in session.scalars(select(Topic))}
    matches = {m.id: m for m in session.scalars(select(Match).where(Match.cycle_id == cycle_id))}
    activated: dict[str, str] = {}  # match id → its status before the import
    groups_activated = write_group_meetings(session, import_id, [c for c in accepted if c.group_id])
    for c in accepted:
        if c.group_id:
            continue
        session.add(
            Meeting(
                match_id=c.match_id,
                held_on=c.held_on,
                mode=c.mode,
                duration_minutes=c.duration,
                initiated_by=c.initiated_by,
                notes=c.notes,
                concern=c.concern,
                concern_note=c.concern_note,
                topics=[topics[i] for i in c.topic_ids],
                import_id=import_id,
            )
        )
        match = matches[c.match_id]
        if match.status in ("confirmed", "notified"):
            activated.setdefault(str(match.id), match.status)
            match.status = "active"
    # Counts and match ids only: no names, emails or notes in the audit trail. The statuses
    # the import changed are kept so that undoing it can put them back.
    audit.record(
        session, "import", "import_record", import_id, kind=KIND, rows=result.rows,
        imported=result.imported, unchanged=result.unchanged, rejected=result.rejected_rows,
        activated=activated, groups_activated=groups_activated,
    )  # fmt: skip
    session.flush()
    return import_id


def undo_meeting_import(session: Session, import_id: int) -> int:
    """Remove the contacts an import added; returns how many were removed.

    A match the import made active goes back to its earlier status (confirmed or notified)
    unless it is still active with other contacts logged, or has moved on since (ended).
    """
    record = session.get(ImportRecord, import_id)
    if record is None or record.kind != KIND:
        raise NotFoundError("That contact import no longer exists.")
    if record.undone_at is not None:
        raise RuleViolationError("That import was already undone.")
    removed = session.execute(delete(Meeting).where(Meeting.import_id == import_id))
    count = int(getattr(removed, "rowcount", 0) or 0)
    restored = _restore_statuses(session, _activated_by(session, import_id))
    restore_group_statuses(session, import_event_details(session, import_id))
    record.undone_at = utcnow()
    audit.record(
        session, "undo_import", "import_record", import_id, removed=count, restored=restored
    )
    session.flush()
    return count


def _activated_by(session: Session, import_id: int) -> dict[int, str]:
    """The matches the import made active, with their status before it."""
    activated = import_event_details(session, import_id).get("activated") or {}
    return {int(match_id): str(status) for match_id, status in activated.items()}


def _restore_statuses(session: Session, activated: dict[int, str]) -> list[int]:
    """Put back the earlier status of each match that has no contact left and is still
    active; returns the ids of the matches restored."""
    if not activated:
        return []
    still_met = set(
        session.scalars(select(Meeting.match_id).where(Meeting.match_id.in_(list(activated))))
    )
    restored: list[int] = []
    for match in session.scalars(select(Match).where(Match.id.in_(list(activated)))):
        if match.status == "active" and match.id not in still_met:
            match.status = activated[match.id]
            restored.append(match.id)
    return sorted(restored)


@dataclass(frozen=True)
class ImportInfo:
    id: int
    file_name: str
    imported: int
    created_at: dt.datetime


def last_import(session: Session, cycle_id: int) -> ImportInfo | None:
    """The cycle's most recent contact import that can still be undone."""
    record = last_undoable_import(session, cycle_id, KIND)
    if record is None:
        return None
    return ImportInfo(record.id, record.file_name, record.imported, record.created_at)
