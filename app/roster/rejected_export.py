"""Saving the rows an import rejected, with what to fix, as a CSV to correct and re-import."""

from __future__ import annotations

import csv
from pathlib import Path

from app.roster.export import neutralise
from app.roster.import_report import RejectedRow
from app.roster.reader import read_table
from app.safe_files import check_destination, replacing

REJECTED_PROBLEM_HEADER = "Import problem"
"""The extra column of an exported rejected-rows file; a re-import ignores it."""
WHAT = "the rejected rows"


def export_rejected(
    source: Path, rejected: list[RejectedRow], out: Path, sheet: str | None = None
) -> int:
    """Write the rejected rows of ``source`` (its ``sheet``) to a CSV to fix and import again.

    The file keeps the source's header and cells (formula-like cells neutralised) and adds
    one column saying what to fix; returns how many rows were written. The file is written
    through :mod:`app.safe_files`: never over the file being imported, the database or a
    backup, and renamed into place so a failure leaves no half-written file.
    """
    keep = [(Path(source), "the file being imported")]
    check_destination(Path(out), WHAT, protect=keep)
    table = read_table(Path(source), sheet)
    problems: dict[int, list[str]] = {}
    for item in rejected:
        problems.setdefault(item.row, []).append(f"{item.column}: {item.error}")
    rows = [(n, cells) for n, cells in table.rows if n in problems]
    with (
        replacing(Path(out), WHAT, protect=keep) as temp,
        temp.open("w", newline="", encoding="utf-8-sig") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow([*table.headers, REJECTED_PROBLEM_HEADER])
        for number, cells in rows:
            message = f"row {number}: " + "; ".join(problems[number])
            writer.writerow([neutralise(c) for c in [*cells, message]])
    return len(rows)
