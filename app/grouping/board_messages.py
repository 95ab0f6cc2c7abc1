"""What the groups board and the mentoring chain say to a coordinator, in English and French."""

from __future__ import annotations

from app.sentences import NB, register, sentence

__all__ = ["sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    "grouping.board.group_gone": (
        "That group no longer exists; the board was reloaded.",
        "Ce groupe n'existe plus; le tableau a été rechargé.",
    ),
    "grouping.board.person_gone": (
        "That person is no longer in this cycle.",
        "Cette personne ne fait plus partie de ce cycle.",
    ),
    "grouping.board.not_there": (
        "{name} is no longer in “{group}”; the board was reloaded.",
        f"{{name}} n'est plus dans {_LQ}{{group}}{_RQ}; le tableau a été rechargé.",
    ),
    "grouping.board.locked": (
        "“{group}” is locked: unlock it before changing its people.",
        f"{_LQ}{{group}}{_RQ} est verrouillé{NB}: déverrouillez-le avant d'en changer les "
        "personnes.",
    ),
    "grouping.board.ended": (
        "“{group}” has ended and can no longer change.",
        f"{_LQ}{{group}}{_RQ} est terminé et ne peut plus changer.",
    ),
    "grouping.board.wrong_role": (
        "{name} is neither “{role}” nor “{mentor_role}”, so cannot join these groups.",
        f"{{name}} n'est ni {_LQ}{{role}}{_RQ} ni {_LQ}{{mentor_role}}{_RQ} et ne peut donc "
        "pas rejoindre ces groupes.",
    ),
    "grouping.board.apart": (
        "{name} and {other} must be kept apart (a rule of these groups' settings).",
        "{name} et {other} doivent rester dans des groupes différents (une règle des "
        "réglages de ces groupes).",
    ),
    "grouping.board.together": (
        "{name} and {other} must stay together (a rule of the program's settings).",
        "{name} et {other} doivent rester ensemble (une règle des réglages du programme).",
    ),
    "grouping.board.too_big": (
        "“{group}” would have {count} members, more than the {high} the program allows.",
        f"{_LQ}{{group}}{_RQ} aurait {{count}} membres, plus que les {{high}} permis par le "
        "programme.",
    ),
    "grouping.board.too_small": (
        "“{group}” would have {count} members, fewer than the {low} the program asks for.",
        f"{_LQ}{{group}}{_RQ} aurait {{count}} membres, moins que les {{low}} demandés par le "
        "programme.",
    ),
    "grouping.board.mentors_short": (
        "“{group}” would have {count} of its {wanted} mentors.",
        f"{_LQ}{{group}}{_RQ} aurait {{count}} des {{wanted}} mentors prévus.",
    ),
    "grouping.board.mentors_over": (
        "“{group}” would have {count} mentors; the program asks for {wanted}.",
        f"{_LQ}{{group}}{_RQ} aurait {{count}} mentors; le programme en demande {{wanted}}.",
    ),
    "grouping.board.capacity": (
        "{name} would lead {count} groups, more than their capacity of {capacity}.",
        "{name} animerait {count} groupes, plus que sa capacité de {capacity}.",
    ),
    "grouping.board.name_empty": (
        "A group needs a name.",
        "Un groupe doit avoir un nom.",
    ),
    "grouping.board.name_taken": (
        "Another group of this cycle is already called “{name}”.",
        f"Un autre groupe de ce cycle s'appelle déjà {_LQ}{{name}}{_RQ}.",
    ),
    "grouping.board.name_long": (
        "A group name can have at most {most} characters.",
        "Un nom de groupe peut avoir au plus {most} caractères.",
    ),
    "grouping.board.no_group_yet": (
        "Not in a group yet.",
        "Pas encore dans un groupe.",
    ),
    "grouping.board.not_eligible": (
        "Not eligible under the program's rules, so left out of proposals.",
        "Non admissible selon les règles du programme, donc laissé hors des propositions.",
    ),
    "grouping.board.free_mentor": (
        "Groups they can still lead: {count}.",
        f"Groupes qu'il peut encore animer{NB}: {{count}}.",
    ),
    "grouping.board.nothing_to_confirm": (
        "There are no proposed groups to confirm.",
        "Il n'y a aucun groupe proposé à confirmer.",
    ),
}

register(_TEMPLATES)
