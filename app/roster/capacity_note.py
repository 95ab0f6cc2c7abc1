"""A sign-up file of mentors without a capacity column: say what the import assumed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.db.models import Cycle
from app.programs.relations import relation_settings
from app.sentences import NB, register, sentence

if TYPE_CHECKING:
    from app.roster.import_report import ImportReport

register(
    {
        "roster.no_capacity_column": (
            "The file has no capacity column, so every {role} was given capacity 1 (one "
            "mentee each); add the column or change the capacities on the Participants page.",
            f"Le fichier n'a pas de colonne de capacité{NB}: chaque {{role}} a reçu une "
            "capacité de 1 (un mentoré chacun); ajoutez la colonne ou modifiez les capacités "
            "dans la page Participants.",
        ),
        "roster.no_capacity_column_relation": (
            "The file has no capacity column, so every {role} was given capacity {capacity}, "
            "the default of the relation {relation}; add the column or change the capacities "
            "on the Participants page.",
            f"Le fichier n'a pas de colonne de capacité{NB}: chaque {{role}} a reçu une "
            "capacité de {capacity}, celle par défaut de la relation {relation}; ajoutez la "
            "colonne ou modifiez les capacités dans la page Participants.",
        ),
        "roster.no_capacity_column_program": (
            "The file has no capacity column, so every {role} was given capacity {capacity}, "
            "the program's default; add the column or change the capacities on the "
            "Participants page.",
            f"Le fichier n'a pas de colonne de capacité{NB}: chaque {{role}} a reçu une "
            "capacité de {capacity}, celle par défaut du programme; ajoutez la colonne ou "
            "modifiez les capacités dans la page Participants.",
        ),
    }
)


@dataclass(frozen=True)
class DefaultCapacity:
    """The capacity a mentor gets when the file does not say, and where it comes from."""

    value: int = 1
    source: str = ""  # "relation", "program" or "" (nothing set: one mentee each)
    relation: str = ""  # "Resident mentor → Medical student" when from a relation


def default_capacity(session: Session, cycle_id: int, role: str) -> DefaultCapacity:
    """What an imported ``role`` gets without a capacity: its relation's default, else the
    program's matching default, else 1."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        return DefaultCapacity()
    ladder = list(cycle.program.role_ladder)
    if role not in ladder[:-1]:
        return DefaultCapacity()  # the bottom rung mentors nobody
    settings = cycle.program.settings or {}
    mentee_role = ladder[ladder.index(role) + 1]
    relation = relation_settings(settings, mentee_role, role)
    if relation.stored:
        return DefaultCapacity(relation.default_capacity, "relation", f"{role} → {mentee_role}")
    matching = settings.get("matching")
    wide = matching.get("default_capacity") if isinstance(matching, Mapping) else None
    if isinstance(wide, int) and wide >= 1 and wide != 1:
        return DefaultCapacity(wide, "program")
    return DefaultCapacity()


def note_missing_capacity(session: Session, cycle_id: int, role: str, report: ImportReport) -> None:
    """Warn when ``role`` mentors someone and no column of the file was read as capacity."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None or not report.rows:
        return
    if role not in tuple(cycle.program.role_ladder)[:-1]:
        return  # the bottom rung mentors nobody: capacity means nothing there
    if "capacity" in report.mapping.values():
        return
    used = default_capacity(session, cycle_id, role)
    if used.source == "relation":
        note = sentence(
            "roster.no_capacity_column_relation",
            role=role, capacity=used.value, relation=used.relation,
        )  # fmt: skip
    elif used.source == "program":
        note = sentence("roster.no_capacity_column_program", role=role, capacity=used.value)
    else:
        note = sentence("roster.no_capacity_column", role=role)
    report.warnings.append(note)
