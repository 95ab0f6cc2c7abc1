"""The refusals and warnings of group letters, in English and French (``app.sentences``)."""

from __future__ import annotations

from app.sentences import NB, register, sentence

__all__ = ["sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

register(
    {
        "letters.no_groups": (
            "There are no confirmed groups to write letters for; confirm groups first.",
            "Il n'y a aucun groupe confirmé pour qui écrire des lettres; confirmez d'abord "
            "des groupes.",
        ),
        "letters.group_gone": ("That group no longer exists.", "Ce groupe n'existe plus."),
        "letters.no_group_to_mark": (
            "The chosen group has no letters written that are not marked as sent already; "
            "write its letters first.",
            "Le groupe choisi n'a aucune lettre écrite qui ne soit déjà marquée comme "
            "envoyée; écrivez d'abord ses lettres.",
        ),
        "letters.log_group_member_gone": (
            "This person is no longer in a confirmed group, so their group letter cannot be "
            "made again.",
            "Cette personne n'est plus dans un groupe confirmé; sa lettre de groupe ne peut "
            "pas être refaite.",
        ),
        "letters.first_mode": (
            "Unknown way of meeting “{mode}”.",
            f"Façon de se rencontrer inconnue{NB}: {_LQ}{{mode}}{_RQ}.",
        ),
        "letters.first_text_long": (
            "The first meeting's time and place can have at most {most} characters each.",
            "L'heure et le lieu de la première rencontre peuvent compter au plus {most} "
            "caractères chacun.",
        ),
        "letters.group_alone": (
            "The group “{name}” has fewer than two people; it gets no letters.",
            f"Le groupe {_LQ}{{name}}{_RQ} compte moins de deux personnes; il ne reçoit "
            "pas de lettres.",
        ),
        "letters.group_first_unset": (
            "Groups with no first meeting set: {count}; their letters say it will follow.",
            f"Groupes sans première rencontre fixée{NB}: {{count}}; leurs lettres disent que "
            "l'information suivra.",
        ),
    }
)
