"""What a sign-up import reports: its rejected rows, its counts and the first rows of a file.

The same report serves the command line (``to_json``), the wizard and the other imports
(contacts, attendance, survey answers), which share ``RejectedRow`` and ``ImportReport``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from app.catalogue import UnmappedAnswer
from app.roster.import_plan import PlannedPerson

if TYPE_CHECKING:
    from app.matching.named import AnswerNote

Corrections = dict[int, dict[str, str]]
"""File row number → {column header or field name → the value to check instead}."""


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
