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
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, aliased

from app import audit
from app.db.models import Cycle, ImportRecord, Match, Meeting, Participant, Person, Topic, utcnow
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.meetings import parsing
from app.meetings.engagement import ENGAGED_STATUSES
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.columns import normalise_header as fold
from app.roster.import_history import import_event_details, record_import
from app.roster.importer import ImportReport, RejectedRow
from app.roster.reader import Table, read_table
from app.roster.values import CellError, clean_email, parse_yes_no

log = logging.getLogger(__name__)

KIND = "meetings"
EMAIL_FIELDS = ("mentor_email", "mentee_email", "email")
_NO_CONCERN = ("", "none", "no concern", "no concerns", "n a", "na", "nothing", "rien", "aucune")
_PROGRESS_EVERY = 200


@dataclass
class _Contact:
    row: int
    match_id: int = 0
    held_on: dt.date = dt.date.min
    mode: str = ""
    duration: int | None = None
    initiated_by: str = ""
    topic_ids: list[int] = field(default_factory=list)
    notes: str = ""
    concern: bool = False
    concern_note: str = ""
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Lookups:
    """What a row is checked against, loaded once per import."""

    by_pair: dict[tuple[str, str], tuple[int, str]]
    by_person: dict[str, list[tuple[int, str]]]
    topics: dict[str, int]
    logged: set[tuple[int, dt.date, str]]
    today: dt.date
    day_order: str | None = None


def import_meetings(
    session: Session,
    cycle_id: int,
    path: Path,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Import the contacts of a check-in form export into the matches of ``cycle_id``."""
    if session.get(Cycle, cycle_id) is None:
        raise NotFoundError("That cycle no longer exists.")
    table = read_table(Path(path))
    mapping = parsing.map_columns(table.headers)
    _refuse_unusable(table, mapping)
    lookups = _lookups(session, cycle_id, today or dt.date.today())
    date_header = next(h for h, f in mapping.items() if f == "date")
    position = table.headers.index(date_header)
    lookups.day_order = parsing.day_order(cells[position] for _, cells in table.rows)
    accepted, rejected, unchanged = _check_rows(table, mapping, lookups, progress, is_cancelled)
    result = _report(table, mapping, len(accepted), rejected, unchanged, dry_run)
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
    imported: int,
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


def _refuse_unusable(table: Table, mapping: dict[str, str]) -> None:
    fields = set(mapping.values())
    problems = []
    if not fields & set(EMAIL_FIELDS):
        problems.append("has no email column (the mentor's or the mentee's email)")
    if "date" not in fields:
        problems.append("has no date column")
    if "mode" not in fields:
        problems.append("has no column saying how they were in touch")
    if problems:
        raise UnusableInputError(f"{table.file} {' and '.join(problems)}.")


def _lookups(session: Session, cycle_id: int, today: dt.date) -> _Lookups:
    mentor, mentee = aliased(Participant), aliased(Participant)
    a, b = aliased(Person), aliased(Person)
    query = (
        select(Match.id, Match.status, a.email_key, b.email_key)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(a, a.id == mentor.person_id)
        .join(b, b.id == mentee.person_id)
        .where(Match.cycle_id == cycle_id)
        .order_by(Match.id)
    )
    by_pair: dict[tuple[str, str], tuple[int, str]] = {}
    by_person: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for match_id, status, mentor_key, mentee_key in session.execute(query):
        # A pair matched twice (ended, then matched again) resolves to the live match.
        if by_pair.get((mentor_key, mentee_key), (0, "ended"))[1] == "ended":
            by_pair[(mentor_key, mentee_key)] = (match_id, status)
        by_person[mentor_key].append((match_id, status))
        by_person[mentee_key].append((match_id, status))
    topics: dict[str, int] = {}
    for topic in session.scalars(select(Topic)):
        for name in (topic.name, topic.name_fr):
            if fold(name):
                topics.setdefault(fold(name), topic.id)
    logged = {
        (int(match_id or 0), held_on, mode)
        for match_id, held_on, mode in session.execute(
            select(Meeting.match_id, Meeting.held_on, Meeting.mode)
            .join(Match, Match.id == Meeting.match_id)
            .where(Match.cycle_id == cycle_id)
        )
    }
    return _Lookups(by_pair, dict(by_person), topics, logged, today)


def _check_rows(
    table: Table,
    mapping: dict[str, str],
    lookups: _Lookups,
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
) -> tuple[list[_Contact], list[RejectedRow], int]:
    accepted: list[_Contact] = []
    rejected: list[RejectedRow] = []
    unchanged = 0
    columns = [(i, h, mapping[h]) for i, h in enumerate(table.headers) if h in mapping]
    for done, (number, cells) in enumerate(table.rows):
        if done % _PROGRESS_EVERY == 0:
            check_cancelled(is_cancelled)
            report(progress, done, len(table.rows))
        contact = _check_row(number, {f: (h, cells[i]) for i, h, f in columns}, lookups)
        if contact.errors:
            rejected.extend(RejectedRow(number, column, error) for column, error in contact.errors)
            continue
        key = (contact.match_id, contact.held_on, contact.mode)
        if key in lookups.logged:
            unchanged += 1
            continue
        lookups.logged.add(key)
        accepted.append(contact)
    return accepted, rejected, unchanged


def _check_row(number: int, cells: dict[str, tuple[str, str]], lookups: _Lookups) -> _Contact:
    contact = _Contact(number)

    def read(name: str, parse: object) -> object:
        header, value = cells.get(name, ("", ""))
        try:
            return parse(value)  # type: ignore[operator]
        except CellError as exc:
            contact.errors.append((header, str(exc)))
            return None

    held_on = read("date", lambda v: parsing.parse_date(v, lookups.day_order))
    if isinstance(held_on, dt.date):
        if held_on > lookups.today:
            contact.errors.append((cells["date"][0], f"{held_on.isoformat()} is in the future"))
        contact.held_on = held_on
    contact.mode = str(read("mode", parsing.parse_mode) or "")
    duration = read("duration", parsing.parse_duration)
    contact.duration = duration if isinstance(duration, int) else None
    contact.initiated_by = str(read("initiated_by", parsing.parse_initiator) or "")
    topics = read("topics", lambda v: parsing.parse_topics(v, lookups.topics))
    contact.topic_ids = topics if isinstance(topics, list) else []
    contact.notes = cells.get("notes", ("", ""))[1].strip()
    _read_concern(contact, cells)
    _resolve_match(contact, cells, lookups)
    return contact


def _read_concern(contact: _Contact, cells: dict[str, tuple[str, str]]) -> None:
    """A concern column may hold yes/no or the concern itself ("Missed two meetings")."""
    answer = cells.get("concern", ("", ""))[1].strip()
    note = cells.get("concern_note", ("", ""))[1].strip()
    if fold(answer) in _NO_CONCERN:
        flagged = False
    else:
        try:
            flagged = parse_yes_no(answer)
        except CellError:
            flagged = True
        if flagged and len(fold(answer).split()) > 1:  # "Yes - missed two meetings"
            note = "\n".join(v for v in (answer, note) if v)
    contact.concern = flagged or bool(note and fold(note) not in _NO_CONCERN)
    contact.concern_note = note if contact.concern else ""


def _emails(contact: _Contact, cells: dict[str, tuple[str, str]]) -> dict[str, str]:
    keys = {}
    for name in EMAIL_FIELDS:
        header, value = cells.get(name, ("", ""))
        if not value.strip():
            continue
        try:
            keys[name] = clean_email(value).lower()
        except CellError as exc:
            contact.errors.append((header, str(exc)))
    if not keys and not contact.errors:
        header = next((cells[n][0] for n in EMAIL_FIELDS if n in cells), "")
        contact.errors.append((header, "no email to tell whose contact this was"))
    return keys


def _resolve_match(contact: _Contact, cells: dict[str, tuple[str, str]], lookups: _Lookups) -> None:
    keys = _emails(contact, cells)
    if not keys:
        return
    column = next(cells[n][0] for n in EMAIL_FIELDS if n in keys)
    if "mentor_email" in keys and "mentee_email" in keys:
        found = lookups.by_pair.get((keys["mentor_email"], keys["mentee_email"]))
        if found is None:
            strangers = [k for k in (keys["mentor_email"], keys["mentee_email"])
                         if k not in lookups.by_person]  # fmt: skip
            message = (
                f"{strangers[0]} is not in a match of this cycle"
                if strangers
                else f"{keys['mentor_email']} and {keys['mentee_email']} are not matched "
                "with each other in this cycle"
            )
            contact.errors.append((column, message))
            return
        candidates = [found]
    else:
        candidates = sorted({m for key in keys.values() for m in lookups.by_person.get(key, [])})
    _choose_match(contact, column, ", ".join(keys.values()), candidates)


def _choose_match(
    contact: _Contact, column: str, who: str, candidates: list[tuple[int, str]]
) -> None:
    live = [(i, s) for i, s in candidates if s in ENGAGED_STATUSES]
    if len(live) == 1:
        contact.match_id = live[0][0]
    elif len(live) > 1:
        contact.errors.append(
            (column, f"{who} is in {len(live)} matches; add the other person's email")
        )
    elif any(s == "ended" for _, s in candidates):
        contact.errors.append((column, f"the match of {who} has ended"))
    elif candidates:
        contact.errors.append((column, f"the match of {who} is not confirmed yet"))
    else:
        contact.errors.append((column, f"{who} is not in a match of this cycle"))


def _write(
    session: Session, cycle_id: int, table: Table, result: ImportReport, accepted: list[_Contact]
) -> int:
    import_id = record_import(session, cycle_id, KIND, table, result)
    topics = {t.id: t for t in session.scalars(select(Topic))}
    matches = {m.id: m for m in session.scalars(select(Match).where(Match.cycle_id == cycle_id))}
    activated: dict[str, str] = {}  # match id → its status before the import
    for c in accepted:
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
        activated=activated,
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
    record = session.scalars(
        select(ImportRecord)
        .where(
            ImportRecord.cycle_id == cycle_id,
            ImportRecord.kind == KIND,
            ImportRecord.undone_at.is_(None),
        )
        .order_by(ImportRecord.id.desc())
    ).first()
    if record is None:
        return None
    return ImportInfo(record.id, record.file_name, record.imported, record.created_at)
