"""A sign-up file of mentors without a capacity column: say what the import assumed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.db.models import Cycle
from app.sentences import NB, register, sentence

if TYPE_CHECKING:
    from app.roster.importer import ImportReport

register(
    {
        "roster.no_capacity_column": (
            "The file has no capacity column, so every {role} was given capacity 1 (one "
            "mentee each); add the column or change the capacities on the Participants page.",
            f"Le fichier n'a pas de colonne de capacité{NB}: chaque {{role}} a reçu une "
            "capacité de 1 (un mentoré chacun); ajoutez la colonne ou modifiez les capacités "
            "dans la page Participants.",
        )
    }
)


def note_missing_capacity(session: Session, cycle_id: int, role: str, report: ImportReport) -> None:
    """Warn when ``role`` mentors someone and no column of the file was read as capacity."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None or not report.rows:
        return
    if role not in tuple(cycle.program.role_ladder)[:-1]:
        return  # the bottom rung mentors nobody: capacity means nothing there
    if "capacity" in report.mapping.values():
        return
    report.warnings.append(sentence("roster.no_capacity_column", role=role))
