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
    "programs.model_unknown": (
        "“{model}” is not a program model; use one of: {models}.",
        f"{_q('model')} n'est pas un modèle de programme; utilisez l'un de ceux-ci{NB}: "
        "{models}.",
    ),
    "programs.model_differs": (
        "The program “{name}” already exists with another model; change its model in "
        "Program settings.",
        f"Le programme {_q('name')} existe déjà avec un autre modèle; changez son modèle "
        "dans les paramètres du programme.",
    ),
    "programs.kind_unknown": (
        "The relation {relation} must be made of pairs or of groups.",
        "La relation {relation} doit être faite de paires ou de groupes.",
    ),
    "programs.relation_cadence": (
        "The contact cadence of {relation} must be between 1 and 366 days.",
        "La fréquence des contacts de {relation} doit être entre 1 et 366 jours.",
    ),
    "programs.relation_capacity": (
        "The default capacity of {relation} must be between 1 and {most}.",
        "La capacité par défaut de {relation} doit être entre 1 et {most}.",
    ),
    "programs.criterion_unknown": (
        "“{criterion}” is not a matching criterion ({relation}).",
        f"{_q('criterion')} n'est pas un critère de jumelage ({{relation}}).",
    ),
    "programs.sensitive_unknown": (
        "“{answer}” is not an answer that can be hidden ({relation}).",
        f"{_q('answer')} n'est pas une réponse qui peut être masquée ({{relation}}).",
    ),
    "programs.group_size": (
        "The groups of {relation} need a smallest size of at least 2 and a largest size of "
        "at most {most}, the smallest first.",
        "Les groupes de {relation} doivent compter au moins 2 personnes et au plus {most}, "
        "la plus petite taille en premier.",
    ),
    "programs.mentors_per_group": (
        "The groups of {relation} need at least one mentor, and no more mentors than members.",
        "Les groupes de {relation} doivent avoir au moins un mentor, et pas plus de mentors "
        "que de membres.",
    ),
    "programs.ladder_locked": (
        "The roles cannot change once people are in the program; add a new program instead.",
        "Les rôles ne peuvent plus changer une fois que des personnes sont inscrites; créez "
        "plutôt un nouveau programme.",
    ),
    "programs.relations_mismatch": (
        "The relations do not follow the roles of the ladder.",
        "Les relations ne suivent pas les rôles de l'échelle.",
    ),
}

_CHANGES: dict[str, tuple[str, str]] = {
    "programs.change.to_groups_one": (
        "{relation} becomes groups: its live pair stays a pair, but matching will no longer "
        "propose pairs for it.",
        "{relation} passe aux groupes\u00a0: sa paire en cours reste une paire, mais le jumelage "
        "ne proposera plus de paires pour cette relation.",
    ),
    "programs.change.to_groups_many": (
        "{relation} becomes groups: its {count} live pairs stay pairs, but matching will no "
        "longer propose pairs for it.",
        "{relation} passe aux groupes\u00a0: ses {count} paires en cours restent des paires, mais "
        "le jumelage ne proposera plus de paires pour cette relation.",
    ),
    "programs.change.to_pairs_one": (
        "{relation} becomes pairs: its live group is kept until you end it.",
        "{relation} passe aux paires\u00a0: son groupe en cours est gardé jusqu'à ce que vous "
        "y mettiez fin.",
    ),
    "programs.change.to_pairs_many": (
        "{relation} becomes pairs: its {count} live groups are kept until you end them.",
        "{relation} passe aux paires\u00a0: ses {count} groupes en cours sont gardés jusqu'à ce "
        "que vous y mettiez fin.",
    ),
    "programs.change.overdue_one": (
        "With a contact every {days} days, 1 pair of {relation} becomes overdue.",
        "Avec un contact tous les {days}\u00a0jours, 1 paire de {relation} devient en retard.",
    ),
    "programs.change.overdue_many": (
        "With a contact every {days} days, {count} pairs of {relation} become overdue.",
        "Avec un contact tous les {days}\u00a0jours, {count} paires de {relation} deviennent "
        "en retard.",
    ),
    "programs.change.back_on_track_one": (
        "With a contact every {days} days, 1 overdue pair of {relation} is back on track.",
        "Avec un contact tous les {days}\u00a0jours, 1 paire en retard de {relation} redevient "
        "à jour.",
    ),
    "programs.change.back_on_track_many": (
        "With a contact every {days} days, {count} overdue pairs of {relation} are back on track.",
        "Avec un contact tous les {days}\u00a0jours, {count} paires en retard de {relation} "
        "redeviennent à jour.",
    ),
    "programs.change.capacity_one": (
        "The default capacity of {relation} goes from {old} to {new} for people added from "
        "now on; the mentor already in the roster keeps their capacity.",
        "La capacité par défaut de {relation} passe de {old} à {new} pour les personnes "
        "ajoutées dorénavant; le mentor déjà inscrit garde sa capacité.",
    ),
    "programs.change.capacity_many": (
        "The default capacity of {relation} goes from {old} to {new} for people added from "
        "now on; the {count} mentors already in the roster keep their capacity.",
        "La capacité par défaut de {relation} passe de {old} à {new} pour les personnes "
        "ajoutées dorénavant; les {count} mentors déjà inscrits gardent leur capacité.",
    ),
    "programs.change.criteria_one": (
        "The proposed pair of {relation} was scored with the former criteria; propose "
        "matches again to score it with the new ones.",
        "La paire proposée de {relation} a été évaluée avec les anciens critères; proposez "
        "de nouveau les jumelages pour l'évaluer avec les nouveaux.",
    ),
    "programs.change.criteria_many": (
        "The {count} proposed pairs of {relation} were scored with the former criteria; "
        "propose matches again to score them with the new ones.",
        "Les {count} paires proposées de {relation} ont été évaluées avec les anciens "
        "critères; proposez de nouveau les jumelages pour les évaluer avec les nouveaux.",
    ),
}
# The human names of the keys a program's settings use (the window shows them).
_NAMES: dict[str, tuple[str, str]] = {
    "programs.criterion.interests": ("Shared interests", "Intérêts communs"),
    "programs.criterion.location": ("Location", "Lieu"),
    "programs.criterion.language": ("Shared language", "Langue commune"),
    "programs.criterion.institution": ("Institution", "Établissement"),
    "programs.criterion.style": ("Mentoring style", "Style de mentorat"),
    "programs.criterion.gender": (
        "Gender, as the mentee or family prefers",
        "Genre, selon la préférence du mentoré ou de la famille",
    ),
    "programs.criterion.continuity": ("Continuity with last year", "Continuité avec l'an passé"),
    "programs.criterion.background": ("Cultural background", "Origine culturelle"),
    "programs.answer.own_gender": ("Own gender", "Genre"),
    "programs.answer.gender": ("Gender preference", "Préférence de genre"),
    "programs.answer.background": ("Cultural background", "Origine culturelle"),
}

register(_TEMPLATES)
register(_CHANGES)
register(_NAMES)

__all__ = ["sentence"]
