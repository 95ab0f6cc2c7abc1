"""Importing a sign-up export into a cycle, previewing it, and undoing an import.

All accepted rows are written or none: the caller owns the transaction and rolls it back
if anything raises. Rejected rows are reported with their spreadsheet row and column and
are not written. A dry run computes the same report and writes nothing at all.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import AuditEvent, Cycle, ImportRecord, Match, Participant, Person, utcnow
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.columns import CUSTOM, FIELDS, IGNORE, check_mapping, resolve_mapping
from app.roster.import_plan import ImportPlan, plan_import, write_plan
from app.roster.reader import Table, read_table
from app.roster.validation import CleanRow, Column, clean_row

log = logging.getLogger(__name__)

_PROGRESS_EVERY = 500


@dataclass
class RejectedRow:
    """One reason a row was not imported: its spreadsheet row number and column header."""

    row: int
    column: str
    error: str


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do).

    ``imported`` counts participants added; ``updated`` counts rows that changed an existing
    person or participant (a returning person whose phone changed is in both);
    ``returning`` counts accepted rows whose person took part in another cycle.
    """

    file: str
    encoding: str
    delimiter: str
    rows: int
    imported: int
    updated: int
    returning: int
    rejected: list[RejectedRow]
    unmapped_columns: list[str]
    dry_run: bool
    import_id: int | None
    mapping: dict[str, str]
    unchanged: int = 0
    header_row: int = 1
    format: str = "csv"
    warnings: list[str] = field(default_factory=list)

    @property
    def rejected_rows(self) -> int:
        """How many rows were rejected (a row with two bad cells has two entries)."""
        return len({r.row for r in self.rejected})

    def to_json(self) -> dict[str, object]:
        """The ``import --json`` document of CLI.md, plus a few extra keys."""
        return {
            "file": self.file,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "returning": self.returning,
            "rejected": [asdict(r) for r in self.rejected],
            "unmapped_columns": list(self.unmapped_columns),
            "dry_run": self.dry_run,
            "import_id": self.import_id,
            "unchanged": self.unchanged,
            "rejected_rows": self.rejected_rows,
            "header_row": self.header_row,
            "format": self.format,
            "mapping": dict(self.mapping),
            "warnings": list(self.warnings),
        }


@dataclass
class ImportPreview:
    """The first rows of a file and the mapping an import would use (the wizard's page)."""

    file: str
    format: str
    encoding: str
    delimiter: str
    header_row: int
    headers: list[str]
    mapping: dict[str, str]  # header → field, for mapped headers only
    unmapped_columns: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    total_rows: int
    warnings: list[str]
    problems: list[str]  # what would make the import refuse the file (e.g. no email column)


def load_mapping(path: Path) -> dict[str, str]:
    """A saved column mapping: a JSON object {"Spreadsheet header": "field"}."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UnusableInputError(f"The mapping file {path.name} cannot be opened.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnusableInputError(f"The mapping file {path.name} is not valid JSON.") from exc
    return check_mapping(data, path.name)


def _targets(table: Table, mapping: dict[str, str] | None) -> dict[str, str]:
    user = check_mapping(mapping, "the mapping") if mapping is not None else None
    return resolve_mapping(table.headers, user)


def _problems(targets: dict[str, str]) -> list[str]:
    fields = set(targets.values())
    problems = []
    if "email" not in fields:
        problems.append("has no email column")
    if not fields & {"first_name", "full_name"}:
        problems.append("has no first name or name column")
    return problems


def _field_mapping(targets: dict[str, str]) -> dict[str, str]:
    return {h: f for h, f in targets.items() if f in FIELDS}


def _unmapped(table: Table, targets: dict[str, str]) -> list[str]:
    return [h for h in table.headers if targets.get(h, CUSTOM) == CUSTOM]


def preview(path: Path, mapping: dict[str, str] | None = None, rows: int = 20) -> ImportPreview:
    """Read ``path`` and show what an import would see, without touching the database."""
    table = read_table(Path(path))
    targets = _targets(table, mapping)
    shown = table.rows[: max(rows, 0)]
    return ImportPreview(
        file=table.file,
        format=table.format,
        encoding=table.encoding,
        delimiter=table.delimiter,
        header_row=table.header_row,
        headers=list(table.headers),
        mapping=_field_mapping(targets),
        unmapped_columns=_unmapped(table, targets),
        rows=[list(cells) for _, cells in shown],
        row_numbers=[number for number, _ in shown],
        total_rows=len(table.rows),
        warnings=list(table.warnings),
        problems=[f"The file {p}." for p in _problems(targets)],
    )


def _clean_all(
    table: Table,
    columns: list[Column],
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
) -> tuple[list[CleanRow], list[RejectedRow]]:
    """Parse every row; the second row with an email already seen in the file is rejected."""
    accepted: list[CleanRow] = []
    rejected: list[RejectedRow] = []
    first_seen: dict[str, int] = {}
    email_header = next((c.header for c in columns if c.target == "email"), "")
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows):
        if done % _PROGRESS_EVERY == 0:
            check_cancelled(is_cancelled)
            report(progress, done, total)
        row = clean_row(number, cells, columns)
        if not row.errors and row.email_key in first_seen:
            row.errors.append((email_header, f"same email as row {first_seen[row.email_key]}"))
        if row.errors:
            rejected.extend(RejectedRow(number, column, error) for column, error in row.errors)
            continue
        first_seen[row.email_key] = number
        accepted.append(row)
    return accepted, rejected


def _check_cycle_role(session: Session, cycle_id: int, role: str) -> None:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError("That cycle no longer exists.")
    if role not in cycle.program.role_ladder:
        ladder = ", ".join(cycle.program.role_ladder)
        raise UnusableInputError(f"“{role}” is not a role of this program; use one of: {ladder}.")


def import_roster(
    session: Session,
    cycle_id: int,
    role: str,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    update_existing: bool = True,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Import the participants of a sign-up export into ``cycle_id`` in ``role``."""
    _check_cycle_role(session, cycle_id, role)
    table = read_table(Path(path))
    targets = _targets(table, mapping)
    problems = _problems(targets)
    if problems:
        raise UnusableInputError(f"{table.file} {' and '.join(problems)}.")
    columns = [
        Column(i, h, targets.get(h, CUSTOM))
        for i, h in enumerate(table.headers)
        if targets.get(h) != IGNORE
    ]
    accepted, rejected = _clean_all(table, columns, progress, is_cancelled)
    check_cancelled(is_cancelled)
    plan = plan_import(session, cycle_id, role, accepted, update_existing)
    result = _report(table, targets, plan, rejected, dry_run)
    if not dry_run:
        check_cancelled(is_cancelled)
        result.import_id = _record(session, cycle_id, role, table, result)
        created = write_plan(session, plan, cycle_id, role, result.import_id)
        _audit_import(session, result, role, created)
    report(progress, len(table.rows), len(table.rows))
    log.info(
        "roster import: %d rows, %d imported, %d updated, %d rejected, dry run %s",
        result.rows,
        result.imported,
        result.updated,
        result.rejected_rows,
        dry_run,
    )
    return result


def _report(
    table: Table,
    targets: dict[str, str],
    plan: ImportPlan,
    rejected: list[RejectedRow],
    dry_run: bool,
) -> ImportReport:
    return ImportReport(
        file=table.file,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table.rows),
        imported=plan.imported,
        updated=plan.updated,
        returning=plan.returning,
        rejected=rejected,
        unmapped_columns=_unmapped(table, targets),
        dry_run=dry_run,
        import_id=None,
        mapping=_field_mapping(targets),
        unchanged=plan.unchanged,
        header_row=table.header_row,
        format=table.format,
        warnings=list(table.warnings),
    )


def _record(session: Session, cycle_id: int, role: str, table: Table, result: ImportReport) -> int:
    record = ImportRecord(
        cycle_id=cycle_id,
        kind="roster",
        role=role,
        file_name=table.file,
        file_sha256=table.sha256,
        rows=result.rows,
        imported=result.imported,
        updated=result.updated,
        rejected=result.rejected_rows,
    )
    session.add(record)
    session.flush()
    return record.id


def _audit_import(session: Session, result: ImportReport, role: str, created: list[int]) -> None:
    # Counts and ids only: no names, emails or file contents in the audit trail.
    audit.record(
        session,
        "import",
        "import_record",
        result.import_id,
        role=role,
        rows=result.rows,
        imported=result.imported,
        updated=result.updated,
        returning=result.returning,
        rejected=result.rejected_rows,
        created_person_ids=created,
    )
    session.flush()


def undo_import(session: Session, import_id: int) -> int:
    """Remove the participants an import added, and the persons it created who have no other
    participation; returns how many participants were removed.

    Details that the import changed on existing people are not restored. Refused while any
    of those participants is in a match (even an ended one: that is program history).
    """
    record = session.get(ImportRecord, import_id)
    if record is None:
        raise NotFoundError("That import no longer exists.")
    if record.undone_at is not None:
        raise RuleViolationError("That import was already undone.")
    added = select(Participant.id).where(Participant.import_id == import_id)
    in_match = session.scalar(
        select(func.count(Match.id)).where(
            or_(Match.mentor_id.in_(added), Match.mentee_id.in_(added))
        )
    )
    if in_match:
        raise RuleViolationError(
            "This import cannot be undone: some of its participants are in matches. "
            "Remove those matches first."
        )
    removed = session.execute(delete(Participant).where(Participant.import_id == import_id))
    count = int(getattr(removed, "rowcount", 0) or 0)
    persons = _delete_created_persons(session, import_id)
    record.undone_at = utcnow()
    audit.record(session, "undo_import", "import_record", import_id, removed=count, persons=persons)
    session.flush()
    return count


def _delete_created_persons(session: Session, import_id: int) -> int:
    """Delete the persons the import created (from its audit event) left without a role."""
    details = session.scalars(
        select(AuditEvent.details).where(
            AuditEvent.action == "import",
            AuditEvent.entity == "import_record",
            AuditEvent.entity_id == import_id,
        )
    ).first()
    ids = [int(i) for i in (details or {}).get("created_person_ids", [])]
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
