"""The status bar's one line: which file is open and how big the chosen cycle is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.db.engine import Database
from app.programs.cycle_info import CycleInfo


def counts_text(database: Database, cycle: CycleInfo | None) -> str:
    """``program.db · 120 participants · 48 matches``."""
    name = database.path.name
    if cycle is None:
        return name
    from app.programs.service import cycle_counts  # after the first paint: see ui/app.py

    with database.read() as session:
        counts = cycle_counts(session, cycle.id)
    people_text = QCoreApplication.translate(
        "StatusBar", "%Ln participant(s)", "", counts.participants
    )
    matches_text = QCoreApplication.translate("StatusBar", "%Ln match(es)", "", counts.live_matches)
    return f"{name}  ·  {people_text}  ·  {matches_text}"
