"""Importing an orientation attendance sheet (email, date, hours, session) into a cycle.

The same pipeline as the sign-up and check-in imports: the roster reader reads the file
(any encoding Excel writes, CSV or workbook, cells as text, hostile files refused), every
row is checked and a rejected row is reported with its spreadsheet row and column, the
accepted rows are written in the caller's one transaction or none are, a dry run writes
nothing, and the import is recorded so it can be undone as a whole. A session already
recorded (same person, day and session name) is counted as unchanged.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, ImportRecord, Orientation, Participant, Person, utcnow
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.meetings import parsing
from app.meetings.contact_rules import future_problem
from app.orientation.messages import sentence
from app.orientation.service import MAX_HOURS, MAX_SESSION
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.columns import normalise_header as fold
from app.roster.import_history import last_undoable_import, record_import
from app.roster.importer import ImportReport, RejectedRow
from app.roster.problems import problem
from app.roster.reader import Table, read_table
from app.roster.values import CellError, clean_email, email_key

log = logging.getLogger(__name__)

KIND = "attendance"
_PROGRESS_EVERY = 200
# Field → words any of which identify its header (checked in this order).
_HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("email", "e mail", "courriel", "mail", "adresse")),
    ("hours", ("hours", "heures", "hrs", "duration", "duree", "length", "temps")),
    ("date", ("date", "held on", "attended", "jour", "quand", "when")),
    ("timestamp", ("timestamp", "horodat", "submitted")),
    ("session", ("session", "seance", "training", "formation", "workshop", "atelier",
                 "orientation", "module", "title", "titre")),
)  # fmt: skip
_PLAIN_HOURS = re.compile(r"\d{1,3}(?:[.,]\d{1,3})?")


def guess_column(header: str) -> str | None:
    padded = f" {fold(header)} "
    for name, words in _HEADERS:
        if any(f" {word} " in padded or f" {word}" in padded for word in words):
            return name
    return None


def map_columns(headers: Sequence[str]) -> dict[str, str]:
    """header → field for the first header of each field; a timestamp stands in for a date."""
    mapping: dict[str, str] = {}
    for header in headers:
        name = guess_column(header)
        if name is not None and name not in mapping.values():
            mapping[header] = name
    if "date" not in mapping.values():
        mapping = {h: ("date" if f == "timestamp" else f) for h, f in mapping.items()}
    return {h: f for h, f in mapping.items() if f != "timestamp"}


def parse_hours(value: str) -> float | None:
    """Hours from "1.5", "1,5", "1 h 30", "90 min"; blank is not recorded."""
    text = value.strip()
    if not text:
        return None
    if _PLAIN_HOURS.fullmatch(text):
        hours = float(text.replace(",", "."))
    else:
        try:
            minutes = parsing.parse_duration(text)
        except CellError:
            raise CellError(sentence("orientation.hours_invalid", text=text)) from None
        hours = (minutes or 0) / 60
    if hours > MAX_HOURS:
        raise CellError(sentence("orientation.hours_too_many", text=text, limit=int(MAX_HOURS)))
    return round(hours, 2)


@dataclass
class Attended:
    row: int
    participant_id: int = 0
    held_on: dt.date = dt.date.min
    hours: float | None = None
    session: str = ""
    errors: list[tuple[str, str]] = field(default_factory=list)


def import_attendance(
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
    """Import the orientation sessions of an attendance sheet into ``cycle_id``."""
    if session.get(Cycle, cycle_id) is None:
        raise NotFoundError(sentence("orientation.participant_gone"))
    table = read_table(Path(path), sheet)
    mapping = map_columns(table.headers)
    if "email" not in mapping.values():
        raise UnusableInputError(sentence("orientation.no_email_column", file=table.file))
    if "date" not in mapping.values():
        raise UnusableInputError(sentence("orientation.no_date_column", file=table.file))
    people = _people(session, cycle_id)
    known = _recorded(session, cycle_id)
    columns = [(i, h, mapping[h]) for i, h in enumerate(table.headers) if h in mapping]
    date_at = next(i for i, _, f in columns if f == "date")
    order = parsing.day_order(cells[date_at] for _, cells in table.rows)
    accepted: list[Attended] = []
    rejected: list[RejectedRow] = []
    unchanged = 0
    for done, (number, cells) in enumerate(table.rows):
        if done % _PROGRESS_EVERY == 0:
            check_cancelled(is_cancelled)
            report(progress, done, len(table.rows))
        found = {f: (h, cells[i]) for i, h, f in columns}
        row = _check_row(number, found, people, order, today or dt.date.today())
        if row.errors:
            rejected.extend(RejectedRow(number, column, error) for column, error in row.errors)
            continue
        key = (row.participant_id, row.held_on, fold(row.session))
        if key in known:
            unchanged += 1
            continue
        known.add(key)
        accepted.append(row)
    result = _report(table, mapping, len(accepted), rejected, unchanged, dry_run)
    if not dry_run and accepted:
        check_cancelled(is_cancelled)
        result.import_id = _write(session, cycle_id, table, result, accepted)
    report(progress, len(table.rows), len(table.rows))
    log.info(
        "attendance import: %d rows, %d imported, %d unchanged, %d rejected, dry run %s",
        result.rows, result.imported, unchanged, result.rejected_rows, dry_run,
    )  # fmt: skip
    return result


def _people(session: Session, cycle_id: int) -> dict[str, int]:
    """Email key → the person's first participation in the cycle (orientation is the
    person's: a student mentor who is also a mentee needs it once)."""
    query = (
        select(Person.email, Participant.id)
        .join(Participant, Participant.person_id == Person.id)
        .where(Participant.cycle_id == cycle_id)
        .order_by(Participant.id.desc())
    )
    return {email_key(email): pid for email, pid in session.execute(query)}


def _recorded(session: Session, cycle_id: int) -> set[tuple[int, dt.date, str]]:
    query = (
        select(Orientation.participant_id, Orientation.held_on, Orientation.session)
        .join(Participant, Participant.id == Orientation.participant_id)
        .where(Participant.cycle_id == cycle_id)
    )
    return {(pid, day or dt.date.min, fold(name)) for pid, day, name in session.execute(query)}


def _check_row(
    number: int,
    cells: dict[str, tuple[str, str]],
    people: dict[str, int],
    order: str | None,
    today: dt.date,
) -> Attended:
    row = Attended(number)
    header, value = cells["email"]
    try:
        if not value.strip():
            raise CellError(problem("email_required"))
        key = email_key(clean_email(value.strip()))
        row.participant_id = people.get(key, 0)
        if not row.participant_id:
            row.errors.append((header, sentence("orientation.not_in_cycle", email=key)))
    except CellError as exc:
        row.errors.append((header, exc.message))
    header, value = cells["date"]
    try:
        row.held_on = parsing.parse_date(value, order)
        if late := future_problem(row.held_on, today):
            row.errors.append((header, late))
    except CellError as exc:
        row.errors.append((header, exc.message))
    header, value = cells.get("hours", ("", ""))
    try:
        row.hours = parse_hours(value)
    except CellError as exc:
        row.errors.append((header, exc.message))
    header, value = cells.get("session", ("", ""))
    row.session = " ".join(value.split())
    if len(row.session) > MAX_SESSION:
        row.errors.append((header, sentence("orientation.session_too_long", limit=MAX_SESSION)))
    return row


def _report(
    table: Table,
    mapping: dict[str, str],
    imported: int,
    rejected: list[RejectedRow],
    unchanged: int,
    dry_run: bool,
) -> ImportReport:
    """The roster import's report, so every import answers with the same document."""
    return ImportReport(
        file=table.file,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table.rows),
        imported=imported,
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
        warnings=list(table.warnings),
    )


def _write(
    session: Session, cycle_id: int, table: Table, result: ImportReport, accepted: list[Attended]
) -> int:
    import_id = record_import(session, cycle_id, KIND, table, result)
    session.add_all(
        Orientation(
            participant_id=a.participant_id,
            held_on=a.held_on,
            hours=a.hours,
            session=a.session,
            import_id=import_id,
        )
        for a in accepted
    )
    # Counts only: no names or emails in the audit trail.
    audit.record(
        session, "import", "import_record", import_id, kind=KIND, rows=result.rows,
        imported=result.imported, unchanged=result.unchanged, rejected=result.rejected_rows,
    )  # fmt: skip
    session.flush()
    return import_id


def undo_attendance_import(session: Session, import_id: int) -> int:
    """Remove the sessions an attendance import added; returns how many were removed."""
    record = session.get(ImportRecord, import_id)
    if record is None or record.kind != KIND:
        raise NotFoundError(sentence("orientation.import_gone"))
    if record.undone_at is not None:
        raise RuleViolationError(sentence("orientation.import_undone"))
    removed = session.execute(delete(Orientation).where(Orientation.import_id == import_id))
    count = int(getattr(removed, "rowcount", 0) or 0)
    record.undone_at = utcnow()
    audit.record(session, "undo_import", "import_record", import_id, removed=count)
    session.flush()
    return count


def last_attendance_import(session: Session, cycle_id: int) -> ImportRecord | None:
    """The cycle's most recent attendance import that can still be undone."""
    return last_undoable_import(session, cycle_id, KIND)
