"""Importing a sign-up export into a cycle, previewing it, and undoing an import.

All accepted rows are written or none: the caller owns the transaction and rolls it back
if anything raises. Rejected rows are reported with their spreadsheet row and column and
are not written. A dry run computes the same report and writes nothing at all.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
from collections.abc import Collection, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app import audit
from app.catalogue import Catalogue, UnmappedAnswer, load_catalogue, map_answer
from app.db.models import Cycle, ImportRecord
from app.errors import NotFoundError, UnusableInputError
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.answer_keys import AnswerKeys, AnswerMapping
from app.roster.batches import Rows, open_table
from app.roster.columns import (
    CUSTOM,
    FIELDS,
    IGNORE,
    check_mapping,
    form_language,
    resolve_mapping,
)
from app.roster.import_history import record_import, undo_import
from app.roster.import_plan import NEW, ImportPlan, PlannedPerson, plan_import
from app.roster.import_write import write_plan
from app.roster.messages import sentence
from app.roster.problems import problem
from app.roster.reader import Table, read_table
from app.roster.validation import CleanTable, Column, TableCleaner
from app.sentences import Sentence

if TYPE_CHECKING:
    from app.matching.named import AnswerNote

Corrections = dict[int, dict[str, str]]
"""File row number → {column header or field name → the value to check instead}."""

__all__ = [
    "Corrections",
    "ImportPreview",
    "ImportReport",
    "RejectedRow",
    "import_roster",
    "undo_import",
]

log = logging.getLogger(__name__)


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
    people: list[PlannedPerson] = field(default_factory=list)
    sha256: str = ""
    form_language: str = ""  # "en"/"fr" when the headers say which form it is, else ""
    # Answers of choice fields that are not in the catalogue (kept as given), by question.
    unmapped_answers: list[UnmappedAnswer] = field(default_factory=list)
    # Preferred-mentor names that fit several of the cycle's mentors or none (read only).
    preferred_mentor_notes: list[AnswerNote] = field(default_factory=list)
    # Rows of the file whose cells were replaced by corrections made in the wizard.
    corrected: int = 0

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
            "corrected_rows": self.corrected,
            "rejected_rows": self.rejected_rows,
            "header_row": self.header_row,
            "format": self.format,
            "mapping": dict(self.mapping),
            "warnings": list(self.warnings),
            "form_language": self.form_language or None,
            "unmapped_answers": [
                {
                    "field": a.field,
                    "answer": a.answer,
                    "rows": list(a.rows),
                    "suggestions": [v.key for v in a.suggestions],
                }
                for a in self.unmapped_answers
            ],
            "preferred_mentors": [note.to_json() for note in self.preferred_mentor_notes],
            "changes": [
                {
                    "row": p.row,
                    "email": p.email,
                    "status": p.status,
                    "applied": p.applied,
                    "fields": [asdict(c) for c in p.changes],
                }
                for p in self.people
                if p.changes
            ],
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
    sheet: str = ""  # the workbook sheet read


def load_mapping(path: Path) -> dict[str, str]:
    """A saved column mapping: a JSON object {"Spreadsheet header": "field"}."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UnusableInputError(
            sentence("roster.mapping_file_unopenable", name=path.name)
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnusableInputError(sentence("roster.mapping_file_not_json", name=path.name)) from exc
    return check_mapping(data, path.name)


def mapping_argument(session: Session, value: Path) -> dict[str, str]:
    """The CLI's ``--mapping``: a JSON file if one exists there, else a saved preset's name."""
    from app.roster.presets import get_preset

    if Path(value).is_file():
        return load_mapping(Path(value))
    try:
        return get_preset(session, str(value)).mapping
    except NotFoundError as exc:
        raise UnusableInputError(sentence("roster.no_mapping_called", value=value)) from exc


def _targets(table: Table, mapping: dict[str, str] | None) -> dict[str, str]:
    user = check_mapping(mapping, sentence("roster.the_mapping")) if mapping is not None else None
    return resolve_mapping(table.headers, user)


def _problems(targets: dict[str, str]) -> list[str]:
    fields = set(targets.values())
    problems: list[str] = []
    if "email" not in fields:
        problems.append(sentence("roster.column.no_email"))
    if not fields & {"first_name", "full_name"}:
        problems.append(sentence("roster.column.no_name"))
    return problems


def _refusal(file: str, problems: list[str]) -> Sentence:
    """ "people.csv has no email column and has no first name or name column." """
    if len(problems) == 1:
        return sentence("roster.file_problem", file=file, problem=problems[0])
    first, second = problems
    return sentence("roster.file_problems", file=file, first=first, second=second)


def _field_mapping(targets: dict[str, str]) -> dict[str, str]:
    return {h: f for h, f in targets.items() if f in FIELDS}


def _unmapped(table: Table, targets: dict[str, str]) -> list[str]:
    return [h for h in table.headers if targets.get(h, CUSTOM) == CUSTOM]


def preview(
    path: Path, mapping: dict[str, str] | None = None, rows: int = 20, sheet: str | None = None
) -> ImportPreview:
    """Read ``path`` (``sheet`` of a workbook) and show what an import would see, without
    touching the database."""
    table = read_table(Path(path), sheet)
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
        problems=[sentence("roster.the_file_problem", problem=p) for p in _problems(targets)],
        sheet=table.sheet,
    )


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
    with _collector_paused():
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
    targets, columns = _columns(table, mapping)
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
    run = _Run(_email_header(columns), list_new_people)
    fixes = _cell_fixes(table, targets, corrections)
    for rows in source.batches():
        if fixes:
            rows = _corrected(rows, fixes, result)
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
        result.preferred_mentor_notes += _preferred_mentor_notes(session, cycle_id, role, accepted)
        del accepted  # the next batch needs its memory
        if not dry_run:
            check_cancelled(is_cancelled)
            if result.import_id is None:
                for (field_name, answer), key in (answer_mapping or {}).items():
                    map_answer(session, program_id, field_name, answer, key)
                result.import_id = record_import(session, cycle_id, "roster", table, result, role)
            run.created += write_plan(session, plan, cycle_id, role, result.import_id)
    result.rejected.sort(key=lambda r: r.row)  # stable: a row's problems stay in column order
    result.unmapped_answers = _unmapped_answers(catalogue, run.unmapped)
    if result.import_id is not None:
        _record_counts(session, result)
        _audit_import(session, result, role, sorted(run.created))
    return result


def _cell_fixes(
    table: Table, targets: dict[str, str], corrections: Corrections | None
) -> dict[int, dict[int, str]]:
    """The corrections by row number and column position of ``table``."""
    if not corrections:
        return {}
    by_field = {f: h for h, f in targets.items() if f in FIELDS}
    position = {h: i for i, h in enumerate(table.headers)}
    fixes: dict[int, dict[int, str]] = {}
    for row, cells in corrections.items():
        for name, value in cells.items():
            header = name if name in position else by_field.get(name)
            if header is None:
                # The wizard names the file's own columns: anything else is a bug.
                raise ValueError(f"no column {name!r} to correct")
            fixes.setdefault(int(row), {})[position[header]] = str(value)
    return fixes


def _corrected(rows: Rows, fixes: dict[int, dict[int, str]], result: ImportReport) -> Rows:
    """The batch with the corrected cells replaced, on copies: the rows read stay as read."""
    out: Rows = []
    for number, cells in rows:
        fix = fixes.get(number)
        if fix:
            cells = list(cells)
            for index, value in fix.items():
                cells += [""] * (index + 1 - len(cells))
                cells[index] = value.strip()
            result.corrected += 1
        out.append((number, cells))
    return out


def _email_header(columns: list[Column]) -> str:
    return next((c.header for c in columns if c.target == "email"), "")


class _Run:
    """What the batches of one import add up to, and the emails already accepted."""

    def __init__(self, email_header: str, list_new_people: bool = True) -> None:
        self.email_header = email_header
        self.list_new_people = list_new_people
        self.done = 0
        self.first_row: dict[str, int] = {}  # email key → the row that brought it
        self.unmapped: dict[tuple[str, str], list[int]] = {}
        self.created: list[int] = []

    def drop_earlier_duplicates(self, rows: CleanTable, rejected: list[RejectedRow]) -> CleanTable:
        """Reject the rows whose email an earlier batch accepted, as the cleaner does within
        a batch; remember this batch's emails."""
        first_row = self.first_row
        if first_row:
            repeats = [i for i, key in enumerate(rows.email_key) if key in first_row]
            for index in repeats:
                earlier = first_row[rows.email_key[index]]
                message = problem("duplicate_email", row=earlier)
                rejected.append(RejectedRow(rows.rows[index], self.email_header, message))
            if repeats:
                dropped = set(repeats)
                rows = rows.take([i for i in range(len(rows)) if i not in dropped])
        first_row.update(zip(rows.email_key, rows.rows, strict=True))
        return rows

    def note_unmapped(self, found: dict[tuple[str, str], list[int]]) -> None:
        for answer, rows in found.items():
            self.unmapped.setdefault(answer, []).extend(rows)

    def add(self, result: ImportReport, plan: ImportPlan, rejected: list[RejectedRow]) -> None:
        result.imported += plan.imported
        result.updated += plan.updated
        result.unchanged += plan.unchanged
        result.returning += plan.returning
        result.rejected += rejected
        if self.list_new_people:
            result.people += plan.people
        else:
            result.people += [p for p in plan.people if p.status != NEW]


def _record_counts(session: Session, result: ImportReport) -> None:
    """The import record was made with the first batch: give it the whole file's counts."""
    record = session.get(ImportRecord, result.import_id)
    if record is not None:
        record.imported, record.updated = result.imported, result.updated
        record.rejected = result.rejected_rows
        session.flush()


def _preferred_mentor_notes(
    session: Session, cycle_id: int, role: str, accepted: CleanTable
) -> list[AnswerNote]:
    """The named mentors of the accepted rows that fit several mentors or none."""
    from app.matching.named import PREFERENCE_KEY, check_sign_up_answers

    answers = accepted.preferences.get(PREFERENCE_KEY)
    if not answers:
        return []  # no preferred-mentors column
    given = [(r, a) for r, a in zip(accepted.rows, answers, strict=True) if isinstance(a, str)]
    return check_sign_up_answers(session, cycle_id, role, given) if given else []


def _program_id(session: Session, cycle_id: int) -> int:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("roster.cycle_gone"))
    return cycle.program_id


def _unmapped_answers(
    catalogue: Catalogue, found: dict[tuple[str, str], list[int]]
) -> list[UnmappedAnswer]:
    """The answers kept as given, by question then by answer, with likely values."""
    return [
        UnmappedAnswer(name, answer, sorted(set(rows)), catalogue.suggestions(name, answer))
        for (name, answer), rows in sorted(
            found.items(), key=lambda i: (i[0][0], i[0][1].casefold())
        )
    ]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an import builds its many small objects.

    Rows are plain strings, lists and dicts freed by reference counting; without the pause
    the collector rescans them all again and again, which costs more than the parsing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _columns(table: Table, mapping: dict[str, str] | None) -> tuple[dict[str, str], list[Column]]:
    """The resolved mapping and the columns to read, or UnusableInputError."""
    targets = _targets(table, mapping)
    problems = _problems(targets)
    if problems:
        raise UnusableInputError(_refusal(table.file, problems))
    columns = [
        Column(i, h, targets.get(h, CUSTOM))
        for i, h in enumerate(table.headers)
        if targets.get(h) != IGNORE
    ]
    return targets, columns


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
        unmapped_columns=_unmapped(table, targets),
        dry_run=dry_run,
        import_id=None,
        mapping=_field_mapping(targets),
        header_row=table.header_row,
        format=table.format,
        warnings=list(table.warnings),
        sha256=table.sha256,
    )


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
        corrected_rows=result.corrected,
        created_person_ids=created,
    )
    session.flush()
