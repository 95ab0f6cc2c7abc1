"""What group formation says to a coordinator, in English and French.

Registered on import (``app.sentences``); the English text is what the CLI prints and the
tests compare. Counts choose between the ``_one`` and ``_many`` sentences.
"""

from __future__ import annotations

from app.sentences import NB, Sentence, register, sentence

__all__ = ["counted", "sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- unusable requests ----------------------------------------------------------------
    "grouping.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "grouping.top_rung": (
        "Nobody in the program's ladder is above “{role}” to lead its groups.",
        f"Personne dans l'échelle du programme n'est au-dessus de {_LQ}{{role}}{_RQ} pour "
        "animer ses groupes.",
    ),
    "grouping.pairs": (
        "In this program “{role}” are matched in pairs, not groups: use mentordesk match.",
        f"Dans ce programme, les {_LQ}{{role}}{_RQ} sont jumelés en paires, pas en groupes"
        f"{NB}: utilisez mentordesk match.",
    ),
    "grouping.size_bad": (
        "“{text}” is not a group size like 4-6 (from 1 to {most}).",
        f"{_LQ}{{text}}{_RQ} n'est pas une taille de groupe comme 4-6 (de 1 à {{most}}).",
    ),
    "grouping.mentors_bad": (
        "The number of mentors per group must be from 0 to {most}.",
        "Le nombre de mentors par groupe doit être de 0 à {most}.",
    ),
    "grouping.field_unknown": (
        "No participant in “{role}” or “{mentor_role}” has an answer for “{field}”; "
        "fields with answers: {known}.",
        f"Aucun participant de {_LQ}{{role}}{_RQ} ou de {_LQ}{{mentor_role}}{_RQ} n'a de "
        f"réponse pour {_LQ}{{field}}{_RQ}; champs avec des réponses{NB}: {{known}}.",
    ),
    "grouping.size_impossible": (
        "{count} people cannot be split into groups of {low} to {high}.",
        "{count} personnes ne peuvent pas être réparties en groupes de {low} à {high}.",
    ),
    "grouping.size_impossible_role": (
        "The {count} participants in “{role}” cannot be split into groups of {low} to {high}.",
        f"Les {{count}} participants de {_LQ}{{role}}{_RQ} ne peuvent pas être répartis en "
        "groupes de {low} à {high}.",
    ),
    # -- people no group could take -------------------------------------------------------
    "grouping.left_block": (
        "A rule keeps this person with {others} others, more than a group of at most {most} holds.",
        "Une règle garde cette personne avec {others} autres, plus qu'un groupe d'au plus "
        "{most} ne peut accueillir.",
    ),
    "grouping.left_contradiction": (
        "One rule keeps {first} and {second} together and another keeps them apart.",
        "Une règle garde {first} et {second} ensemble et une autre les sépare.",
    ),
    "grouping.left_mentors": (
        "A rule keeps this person with {mentors}, more mentors than the {most} a group has.",
        "Une règle garde cette personne avec {mentors}, plus de mentors que les {most} "
        "d'un groupe.",
    ),
    "grouping.left_mentor_full": (
        "A rule keeps this person with {mentor}, who already leads as many groups as they may.",
        "Une règle garde cette personne avec {mentor}, qui anime déjà autant de groupes "
        "que permis.",
    ),
    "grouping.left_mentor_room": (
        "A rule keeps this person with {mentor}, and no group that mentor can lead has room.",
        "Une règle garde cette personne avec {mentor}, et aucun groupe que ce mentor peut "
        "animer n'a de place.",
    ),
    "grouping.left_apart": (
        "Every group holds someone this person is to be kept apart from.",
        "Chaque groupe compte quelqu'un dont cette personne doit être séparée.",
    ),
    "grouping.left_short": (
        "The rules that keep people together or apart leave too few for this person's group: "
        "a group needs at least {low}.",
        "Les règles qui gardent des personnes ensemble ou séparées en laissent trop peu pour "
        f"le groupe de cette personne{NB}: un groupe en compte au moins {{low}}.",
    ),
    # -- what could not be satisfied ------------------------------------------------------
    "grouping.alone_language_one": (
        "1 group has a single {language} speaker; one more {language}-speaking member "
        "would fix it.",
        "1 groupe n'a qu'un seul membre qui parle {language}; un membre de plus qui parle "
        "{language} réglerait le problème.",
    ),
    "grouping.alone_language_many": (
        "{groups} groups have a single {language} speaker; one more {language}-speaking "
        "member in each would fix it.",
        "{groups} groupes n'ont qu'un seul membre qui parle {language}; un membre de plus "
        "qui parle {language} dans chacun réglerait le problème.",
    ),
    "grouping.alone_value_one": (
        "1 group has a single member whose {field} is “{value}”; one more such member would "
        "fix it.",
        f"1 groupe n'a qu'un seul membre dont le champ {_LQ}{{field}}{_RQ} vaut "
        f"{_LQ}{{value}}{_RQ}; un membre de plus comme lui réglerait le problème.",
    ),
    "grouping.alone_value_many": (
        "{groups} groups have a single member whose {field} is “{value}”; one more such "
        "member in each would fix it.",
        f"{{groups}} groupes n'ont qu'un seul membre dont le champ {_LQ}{{field}}{_RQ} vaut "
        f"{_LQ}{{value}}{_RQ}; un membre de plus comme lui dans chacun réglerait le problème.",
    ),
    "grouping.understaffed_one": (
        "1 group has fewer than {wanted} mentors; {more} more mentor place(s) would fix it.",
        f"1 groupe a moins de {{wanted}} mentors; places de mentor à ajouter{NB}: {{more}}.",
    ),
    "grouping.understaffed_many": (
        "{groups} groups have fewer than {wanted} mentors; {more} more mentor places would fix it.",
        "{groups} groupes ont moins de {wanted} mentors; {more} places de mentor de plus "
        "régleraient le problème.",
    ),
    "grouping.mentor_team_split": (
        "A rule keeps {names} leading one group, but no group had room for all of them; "
        "allow more mentors per group or give them more groups to lead.",
        "Une règle garde {names} à la tête d'un même groupe, mais aucun groupe n'avait de "
        "place pour tous; autorisez plus de mentors par groupe ou plus de groupes à mener.",
    ),
    "grouping.no_mentor_one": (
        "1 group has no mentor; one more mentor place would fix it.",
        "1 groupe n'a pas de mentor; une place de mentor de plus réglerait le problème.",
    ),
    "grouping.no_mentor_many": (
        "{groups} groups have no mentor; {groups} more mentor places would fix it.",
        "{groups} groupes n'ont pas de mentor; il faudrait {groups} places de mentor de plus.",
    ),
    "grouping.ungrouped_one": (
        "1 member could not be placed in any group (the reason is listed).",
        "1 membre n'a pu être placé dans aucun groupe (la raison est indiquée).",
    ),
    "grouping.ungrouped_many": (
        "{count} members could not be placed in any group (each reason is listed).",
        "{count} membres n'ont pu être placés dans aucun groupe (chaque raison est indiquée).",
    ),
    # -- notes on one group ---------------------------------------------------------------
    "grouping.note_alone_language": (
        "Only one member speaks {language}.",
        "Un seul membre parle {language}.",
    ),
    "grouping.note_alone_value": (
        "Only one member has {field} “{value}”.",
        f"Un seul membre a {_LQ}{{value}}{_RQ} pour {_LQ}{{field}}{_RQ}.",
    ),
    "grouping.note_understaffed": (
        "{have} of {wanted} mentors.",
        f"Mentors{NB}: {{have}} sur {{wanted}}.",
    ),
    # -- results --------------------------------------------------------------------------
    "grouping.summary": (
        "{groups} groups of “{role}”: worst group fit {worst}, mean {mean}.",
        f"{{groups}} groupes de {_LQ}{{role}}{_RQ}{NB}: groupe le moins adapté {{worst}}, "
        "moyenne {mean}.",
    ),
    "grouping.saved": (
        "Saved {groups} proposed groups; {replaced} earlier proposed groups were replaced.",
        "{groups} groupes proposés enregistrés; {replaced} groupes proposés auparavant ont "
        "été remplacés.",
    ),
    "grouping.kept": (
        "{count} confirmed or locked groups were kept as they are.",
        "{count} groupes confirmés ou verrouillés ont été gardés tels quels.",
    ),
}

register(_TEMPLATES)


def counted(stem: str, number: int, /, **params: object) -> Sentence:
    """``stem_one`` for a count of 1, else ``stem_many``."""
    return sentence(f"{stem}_one" if number == 1 else f"{stem}_many", **params)
