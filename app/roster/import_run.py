"""The bookkeeping of one import across its batches: corrections put in place, emails
already accepted, answers kept as given, and the record and audit entry of the whole file."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app import audit
from app.catalogue import Catalogue, UnmappedAnswer
from app.db.models import ImportRecord
from app.roster.batches import Rows
from app.roster.columns import FIELDS
from app.roster.import_plan import NEW, ImportPlan
from app.roster.import_report import Corrections, ImportReport, RejectedRow
from app.roster.problems import problem
from app.roster.reader import Table
from app.roster.validation import CleanTable, Column

if TYPE_CHECKING:
    from app.matching.named import AnswerNote


def cell_fixes(
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


def corrected(rows: Rows, fixes: dict[int, dict[int, str]], result: ImportReport) -> Rows:
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


def email_header(columns: list[Column]) -> str:
    return next((c.header for c in columns if c.target == "email"), "")


class ImportRun:
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


def record_counts(session: Session, result: ImportReport) -> None:
    """The import record was made with the first batch: give it the whole file's counts."""
    record = session.get(ImportRecord, result.import_id)
    if record is not None:
        record.imported, record.updated = result.imported, result.updated
        record.rejected = result.rejected_rows
        session.flush()


def preferred_mentor_notes(
    session: Session, cycle_id: int, role: str, accepted: CleanTable
) -> list[AnswerNote]:
    """The named mentors of the accepted rows that fit several mentors or none."""
    from app.matching.named import PREFERENCE_KEY, check_sign_up_answers

    answers = accepted.preferences.get(PREFERENCE_KEY)
    if not answers:
        return []  # no preferred-mentors column
    given = [(r, a) for r, a in zip(accepted.rows, answers, strict=True) if isinstance(a, str)]
    return check_sign_up_answers(session, cycle_id, role, given) if given else []


def unmapped_answers(
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
def collector_paused() -> Iterator[None]:
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


def audit_import(session: Session, result: ImportReport, role: str, created: list[int]) -> None:
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
