"""Importing a sign-up export into a cycle, previewing it, and undoing an import.

All accepted rows are written or none: the caller owns the transaction and rolls it back
if anything raises. Rejected rows are reported with their spreadsheet row and column and
are not written. A dry run computes the same report and writes nothing at all.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path

from sqlalchemy.orm import Session

from app.catalogue import load_catalogue, map_answer
from app.db.models import Cycle
from app.errors import NotFoundError, UnusableInputError
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.answer_keys import AnswerKeys, AnswerMapping
from app.roster.batches import Rows, open_table
from app.roster.columns import form_language
from app.roster.import_history import record_import, undo_import
from app.roster.import_mapping import (
    columns_to_read,
    field_mapping,
    load_mapping,
    mapping_argument,
    preview,
    unmapped_columns,
)
from app.roster.import_plan import plan_import
from app.roster.import_report import Corrections, ImportPreview, ImportReport, RejectedRow
from app.roster.import_run import (
    ImportRun,
    audit_import,
    cell_fixes,
    collector_paused,
    corrected,
    email_header,
    preferred_mentor_notes,
    record_counts,
    unmapped_answers,
)
from app.roster.import_write import write_plan
from app.roster.messages import sentence
from app.roster.reader import Table
from app.roster.validation import CleanTable, Column, TableCleaner

__all__ = [
    "Corrections",
    "ImportPreview",
    "ImportReport",
    "RejectedRow",
    "import_roster",
    "load_mapping",
    "mapping_argument",
    "preview",
    "undo_import",
]

log = logging.getLogger(__name__)

_collector_paused = collector_paused  # the survey import pauses the collector the same way


def _clean_batch(
    cleaner: TableCleaner,
    columns: list[Column],
    rows: Rows,
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
    done: int,
    total: int,
) -> tuple[CleanTable, list[RejectedRow]]:
    """Check one batch of rows: the accepted rows, and each problem of the rejected ones."""
    steps = max(1, len(columns))
    step = iter(range(steps + 1))

    def tick() -> None:
        check_cancelled(is_cancelled)
        report(progress, done + len(rows) * next(step) // steps, total)

    accepted, problems = cleaner(rows, tick)
    return accepted, [RejectedRow(*problem) for problem in problems]


def _check_cycle_role(session: Session, cycle_id: int, role: str) -> None:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("roster.cycle_gone"))
    if role not in cycle.program.role_ladder:
        ladder = ", ".join(cycle.program.role_ladder)
        raise UnusableInputError(
            sentence("roster.role_not_in_program_use", role=role, ladder=ladder)
        )


def import_roster(
    session: Session,
    cycle_id: int,
    role: str,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    update_existing: bool = True,
    keep: Collection[str] = (),
    expected_sha256: str | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    sheet: str | None = None,
    answer_mapping: AnswerMapping | None = None,
    list_new_people: bool = True,
    corrections: Corrections | None = None,
) -> ImportReport:
    """Import the participants of a sign-up export into ``cycle_id`` in ``role``.

    People already in the database (same email, any case) are linked, never duplicated.
    Their changed details are applied when ``update_existing`` is true (the CLI's default),
    except for the emails listed in ``keep``. ``expected_sha256`` (from a dry run) refuses
    a file that changed since it was checked. ``sheet`` names the sheet to read when the
    workbook has several holding data. Answers of choice fields are stored as catalogue
    keys; ``answer_mapping`` ((field, answer) → key) maps answers the catalogue does not
    know, and a real import remembers those choices in the program's catalogue.
    ``list_new_people`` false leaves the people new to the database out of
    ``report.people`` (the command line lists only changes), so a long file's report
    stays small. ``corrections`` (file row number → {column header or field name → new
    value}) replaces cells as the rows are read, before they are checked; the file itself
    is never changed.
    """
    _check_cycle_role(session, cycle_id, role)
    with collector_paused():
        # The rows, clean rows and plan are freed when _import returns, before the
        # collector resumes; only the report is left for it to look at.
        result = _import(
            session,
            cycle_id,
            role,
            Path(path),
            mapping=mapping,
            dry_run=dry_run,
            update_existing=update_existing,
            keep=keep,
            expected_sha256=expected_sha256,
            progress=progress,
            is_cancelled=is_cancelled,
            sheet=sheet,
            answer_mapping=answer_mapping,
            list_new_people=list_new_people,
            corrections=corrections,
        )
    from app.roster.capacity_note import note_missing_capacity

    note_missing_capacity(session, cycle_id, role, result)
    report(progress, result.rows, result.rows)
    log.info(
        "roster import: %d rows, %d imported, %d updated, %d rejected, dry run %s",
        result.rows,
        result.imported,
        result.updated,
        result.rejected_rows,
        dry_run,
    )
    return result


def _import(
    session: Session,
    cycle_id: int,
    role: str,
    path: Path,
    *,
    mapping: dict[str, str] | None,
    dry_run: bool,
    update_existing: bool,
    keep: Collection[str],
    expected_sha256: str | None,
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
    sheet: str | None,
    answer_mapping: AnswerMapping | None = None,
    list_new_people: bool = True,
    corrections: Corrections | None = None,
) -> ImportReport:
    # A large file comes in batches, each checked, planned and written before the next is
    # read; all of them go into the caller's one transaction, so the import stays
    # all-or-nothing. A small file is one batch.
    source = open_table(path, sheet)
    table = source.table
    if expected_sha256 is not None and table.sha256 != expected_sha256:
        raise UnusableInputError(sentence("roster.file_changed", file=table.file))
    targets, columns = columns_to_read(table, mapping)
    language = form_language(table.headers)
    program_id = _program_id(session, cycle_id)
    catalogue = load_catalogue(session, program_id)
    answers = AnswerKeys(catalogue, answer_mapping)
    cleaner = TableCleaner(columns, language, answers)
    cleaner.flag_beyond_header(
        {k: (p, table.headers[k]) for k, p in table.beyond_header.items()}, table.header_width
    )
    result = _report(table, targets, source.rows, dry_run)
    result.form_language = language or ""
    run = ImportRun(email_header(columns), list_new_people)
    fixes = cell_fixes(table, targets, corrections)
    for rows in source.batches():
        if fixes:
            rows = corrected(rows, fixes, result)
        accepted, rejected = _clean_batch(
            cleaner, columns, rows, progress, is_cancelled, run.done, source.rows
        )
        run.done += len(rows)
        accepted = run.drop_earlier_duplicates(accepted, rejected)
        run.note_unmapped(cleaner.unmapped_answers())
        answers.unmapped.clear()  # row positions of this batch only
        check_cancelled(is_cancelled)
        plan = plan_import(session, cycle_id, role, accepted, update_existing, keep, catalogue)
        run.add(result, plan, rejected)
        result.preferred_mentor_notes += preferred_mentor_notes(session, cycle_id, role, accepted)
        del accepted  # the next batch needs its memory
        if not dry_run:
            check_cancelled(is_cancelled)
            if result.import_id is None:
                for (field_name, answer), key in (answer_mapping or {}).items():
                    map_answer(session, program_id, field_name, answer, key)
                result.import_id = record_import(session, cycle_id, "roster", table, result, role)
            run.created += write_plan(session, plan, cycle_id, role, result.import_id)
    result.rejected.sort(key=lambda r: r.row)  # stable: a row's problems stay in column order
    result.unmapped_answers = unmapped_answers(catalogue, run.unmapped)
    if result.import_id is not None:
        record_counts(session, result)
        audit_import(session, result, role, sorted(run.created))
    return result


def _program_id(session: Session, cycle_id: int) -> int:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("roster.cycle_gone"))
    return cycle.program_id


def _report(table: Table, targets: dict[str, str], rows: int, dry_run: bool) -> ImportReport:
    """The report of a file before any batch is counted."""
    return ImportReport(
        file=table.file,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=rows,
        imported=0,
        updated=0,
        returning=0,
        rejected=[],
        unmapped_columns=unmapped_columns(table, targets),
        dry_run=dry_run,
        import_id=None,
        mapping=field_mapping(targets),
        header_row=table.header_row,
        format=table.format,
        warnings=list(table.warnings),
        sha256=table.sha256,
    )
