"""The sentences of group and program-wide meetings and of safety notes, in English and French.

Registered on import (``app.sentences``); the English text is what the CLI prints and the
tests compare.
"""

from __future__ import annotations

from app.sentences import NB, register, sentence

__all__ = ["sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

register(
    {
        "meetings.group_gone": ("That group no longer exists.", "Ce groupe n'existe plus."),
        "meetings.meeting_gone": (
            "That meeting no longer exists.",
            "Cette rencontre n'existe plus.",
        ),
        "meetings.group_not_live": (
            "The group “{name}” is not confirmed or has ended; its meetings cannot be logged.",
            f"Le groupe {_LQ}{{name}}{_RQ} n'est pas confirmé ou est terminé; "
            "on ne peut pas y inscrire de rencontre.",
        ),
        "meetings.group_empty": (
            "The group “{name}” has nobody in it; add its members first.",
            f"Le groupe {_LQ}{{name}}{_RQ} ne compte personne; ajoutez d'abord ses membres.",
        ),
        "meetings.cycle_empty": (
            "The cycle has no active participants to take attendance of.",
            "Le cycle n'a aucun participant actif dont noter la présence.",
        ),
        "meetings.not_expected": (
            "Someone marked absent is not expected at this meeting.",
            "Une personne notée absente n'est pas attendue à cette rencontre.",
        ),
        "meetings.not_group_meeting": (
            "That meeting is a pair's contact, not a group or program meeting.",
            "Cette rencontre est un contact de jumelage, pas une rencontre de groupe ou de "
            "programme.",
        ),
        "meetings.safety_note_too_long": (
            "A safety note can have at most {most} characters.",
            "Une note de sécurité peut compter au plus {most} caractères.",
        ),
    }
)
