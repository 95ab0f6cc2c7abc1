"""What the together and apart rules editor says to a coordinator, in English and French."""

from __future__ import annotations

from app.sentences import NB, register, sentence

__all__ = ["sentence"]

_TEMPLATES: dict[str, tuple[str, str]] = {
    "grouping.rules.same_person": (
        "A rule needs two different people.",
        "Une règle demande deux personnes différentes.",
    ),
    "grouping.rules.duplicate": (
        "{first} and {second} already have this rule.",
        "{first} et {second} ont déjà cette règle.",
    ),
    "grouping.rules.contradiction": (
        "{first} and {second} cannot be kept both together and apart: remove the other rule first.",
        f"{{first}} et {{second}} ne peuvent pas être à la fois ensemble et séparés{NB}: "
        "retirez d'abord l'autre règle.",
    ),
    "grouping.rules.mentors_one": (
        "{first} and {second} are both mentors and a group has one mentor: allow 2 mentors "
        "per group to keep them together.",
        f"{{first}} et {{second}} sont tous deux mentors et un groupe n'a qu'un mentor{NB}: "
        "permettez 2 mentors par groupe pour les garder ensemble.",
    ),
    "grouping.rules.mentors_many": (
        "Together rules keep {count} mentors in one group ({names}), more than the {most} "
        "a group has.",
        "Des règles gardent {count} mentors dans un même groupe ({names}), plus que les "
        "{most} d'un groupe.",
    ),
    "grouping.rules.not_in_relation": (
        "{name} is neither a member nor a mentor of these groups in this cycle.",
        "{name} n'est ni membre ni mentor de ces groupes dans ce cycle.",
    ),
}

register(_TEMPLATES)
