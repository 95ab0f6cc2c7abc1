"""Pieces shared by the sign-up and contact imports: the rejected-rows table and role guess."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui.models.rows import Column
from ui.models.search import fold

REJECTED_COLUMNS: list[Column[Any]] = [
    Column("Row", lambda r: str(r.row), sort_key=lambda r: r.row, align_right=True),
    Column("Column", lambda r: str(r.column or "")),
    Column("What to fix", lambda r: str(r.error)),
]


def guess_role(path: Path, ladder: tuple[str, ...]) -> str:
    """The rung named in the file name (``mentors.csv``), else the most junior rung."""
    name = fold(path.stem)
    for rung in ladder:
        if fold(rung) in name:
            return rung
    if len(ladder) == 2 and "mentor" in name and "mentee" not in name:
        return ladder[0]
    return ladder[-1]
