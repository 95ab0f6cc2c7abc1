"""The refusals of ``app.programs`` (programs, cycles and role ladders), in English and
French; see ``app.sentences``."""

from __future__ import annotations

from app.sentences import NB, register, sentence


def _q(name: str) -> str:
    """``{name}`` in French quotation marks, for a French template."""
    return f"«{NB}{{{name}}}{NB}»"


_TEMPLATES: dict[str, tuple[str, str]] = {
    "programs.name_required": ("A program needs a name.", "Un programme doit avoir un nom."),
    "programs.ladder_too_short": (
        "A role ladder needs at least two roles (mentor and mentee).",
        "Une échelle de rôles doit compter au moins deux rôles (mentor et mentoré).",
    ),
    "programs.ladder_repeats": (
        "Each role of the ladder must have a different name.",
        "Chaque rôle de l'échelle doit avoir un nom différent.",
    ),
    "programs.name_taken": (
        "A program named “{name}” already exists.",
        f"Un programme nommé {_q('name')} existe déjà.",
    ),
    "programs.cadence_too_short": (
        "The contact cadence must be at least one day.",
        "La fréquence des contacts doit être d'au moins un jour.",
    ),
    "programs.cycle_label_required": (
        "A cycle needs a label such as 2025-2026.",
        "Un cycle doit avoir un nom, par exemple 2025-2026.",
    ),
    "programs.cycle_ends_first": (
        "A cycle cannot end before it starts.",
        "Un cycle ne peut pas se terminer avant de commencer.",
    ),
    "programs.cycle_taken": (
        "This program already has a cycle “{label}”.",
        f"Ce programme a déjà un cycle {_q('label')}.",
    ),
    "programs.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "programs.no_such_cycle": (
        "There is no cycle “{label}” in this database.",
        f"Il n'y a aucun cycle {_q('label')} dans cette base de données.",
    ),
    "programs.cycle_ambiguous": (
        "Several programs have a cycle “{label}” ({names}); name the program with --program.",
        f"Plusieurs programmes ont un cycle {_q('label')} ({{names}}); précisez le programme "
        "avec --program.",
    ),
    "programs.role_unknown": (
        "“{role}” is not a role of this program; use one of: {ladder}.",
        f"{_q('role')} n'est pas un rôle de ce programme; utilisez l'un de ceux-ci{NB}: "
        "{ladder}.",
    ),
    "programs.program_gone": ("That program no longer exists.", "Ce programme n'existe plus."),
}

register(_TEMPLATES)

__all__ = ["sentence"]
