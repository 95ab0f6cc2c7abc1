"""What a contact import says about rows naming a group, in English and French.

Row problems are cell words like the other import problems (``app.roster.problems``): no
capital, no full stop, since the report puts the row and column before them.
"""

from __future__ import annotations

from app.sentences import NB, register

_LQ, _RQ = f"«{NB}", f"{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    "group_unknown": (
        "no group of this cycle is named “{name}”",
        f"aucun groupe de ce cycle ne s'appelle {_LQ}{{name}}{_RQ}",
    ),
    "group_ambiguous": (
        "{count} groups of this cycle are named “{name}”; rename them so that each name is "
        "used once",
        f"{{count}} groupes de ce cycle s'appellent {_LQ}{{name}}{_RQ}; renommez-les pour que "
        "chaque nom soit unique",
    ),
    "group_not_confirmed": (
        "the group “{name}” is not confirmed yet",
        f"le groupe {_LQ}{{name}}{_RQ} n'est pas encore confirmé",
    ),
    "group_ended": (
        "the group “{name}” has ended",
        f"le groupe {_LQ}{{name}}{_RQ} est terminé",
    ),
    "group_no_members": (
        "the group “{name}” has no members",
        f"le groupe {_LQ}{{name}}{_RQ} n'a aucun membre",
    ),
    "attendee_not_member": (
        "“{who}” is not a member of the group “{name}”",
        f"{_LQ}{{who}}{_RQ} ne fait pas partie du groupe {_LQ}{{name}}{_RQ}",
    ),
    "attendee_several": (
        "“{who}” names {count} members of the group “{name}”; use their email",
        f"{_LQ}{{who}}{_RQ} désigne {{count}} membres du groupe {_LQ}{{name}}{_RQ}; "
        "indiquez leur courriel",
    ),
    "attendance_both": (
        "fill in either {absent} or {present}, not both",
        "remplissez {absent} ou {present}, pas les deux",
    ),
    # Notes of the report: rows imported as group meetings.
    "group_rows_attendance": (
        "Group meetings ({rows}): recorded as meetings of the group each row names, with the "
        "attendance read from the column {column} (every other member present).",
        f"Rencontres de groupe ({{rows}}){NB}: inscrites comme rencontres du groupe que nomme "
        "chaque ligne, avec les présences lues dans la colonne {column} (les autres membres "
        "présents).",
    ),
    "group_rows_all_present": (
        "Group meetings ({rows}): recorded as meetings of the group each row names, with every "
        "member present (add an Absent column to say who missed one).",
        f"Rencontres de groupe ({{rows}}){NB}: inscrites comme rencontres du groupe que nomme "
        "chaque ligne, tous les membres présents (ajoutez une colonne Absents pour dire qui en "
        "a manqué une).",
    ),
}

register(_TEMPLATES)
