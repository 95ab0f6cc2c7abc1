"""The program models a coordinator starts from: ladder, relations, criteria and flags.

A model is a preset: choosing it fills ``Program.settings`` once (``"model"``,
``"relations"``, program-level flags); the coordinator can change any of it later in the
Program settings page. The ladder's names may be translated or edited: relations follow the
rungs by position, so "Résident mentor → Étudiant en médecine" gets the one-to-one relation.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.db.models import DEFAULT_LADDER
from app.errors import UnusableInputError
from app.programs.messages import sentence
from app.programs.relations import DEFAULT_SENSITIVE, GROUPS, RelationSettings
from app.programs.rung_names import ladder_language as ladder_language
from app.programs.rung_names import role_label as role_label

CUSTOM = "custom"
MODELS = ("one-to-one", "cascading", "small-groups", "assigned-groups", "faculty", CUSTOM)
CLI_MODELS = MODELS[:-1]  # custom is the window's free ladder; the CLI keeps init's default


@dataclass(frozen=True)
class Preset:
    """One program model: its ladder (English names) and one relation per adjacent pair."""

    key: str
    ladder: tuple[str, ...]
    relations: tuple[RelationSettings, ...]
    flags: dict[str, Any] = field(default_factory=dict)

    def relation_for(self, position: int) -> RelationSettings:
        """The preset relation of rung ``position`` → ``position + 1`` (the last one repeats
        for a ladder the coordinator made longer)."""
        return self.relations[min(position, len(self.relations) - 1)]


def _rel(mentor: str, mentee: str, **values: Any) -> RelationSettings:
    return RelationSettings(mentor_role=mentor, mentee_role=mentee, stored=True, **values)


_FLAGS_OFF: dict[str, Any] = {
    "agreements": False,
    "eligibility": False,
    "orientation": False,
    "surveys": [],
    "terms": 1,
    "keep_groups_years": 0,
}

PRESETS: dict[str, Preset] = {
    "one-to-one": Preset(
        "one-to-one",
        ("Resident mentor", "Medical student"),
        (
            _rel(
                "Resident mentor",
                "Medical student",
                cadence_days=60,
                sensitive=DEFAULT_SENSITIVE,
            ),
        ),
    ),
    "cascading": Preset(
        "cascading",
        ("Program lead", "Resident mentor", "Student mentor", "Youth"),
        (
            # The lead oversees the residents: pairs, many residents each.
            _rel(
                "Program lead",
                "Resident mentor",
                cadence_days=30,
                default_capacity=10,
                criteria=("location", "language"),
            ),
            # Two residents work with a group of four to six student mentors.
            _rel(
                "Resident mentor",
                "Student mentor",
                kind=GROUPS,
                cadence_days=30,
                criteria=("interests", "location", "language"),
                group_size=(4, 6),
                mentors_per_group=2,
            ),
            # Each student mentors one youth, as the family prefers.
            _rel(
                "Student mentor",
                "Youth",
                cadence_days=14,
                criteria=("language", "background", "gender"),
                sensitive=DEFAULT_SENSITIVE,
            ),
        ),
    ),
    "small-groups": Preset(
        "small-groups",
        ("Mentor", "Student"),
        (
            _rel(
                "Mentor",
                "Student",
                kind=GROUPS,
                cadence_days=30,
                criteria=("interests", "location", "language"),
                group_size=(3, 5),
                mentors_per_group=1,
                sensitive=DEFAULT_SENSITIVE,
            ),
        ),
        {"terms": 2},
    ),
    "assigned-groups": Preset(
        "assigned-groups",
        ("Mentor", "Student"),
        (
            _rel(
                "Mentor",
                "Student",
                kind=GROUPS,
                cadence_days=30,
                criteria=("interests", "location", "continuity"),
                group_size=(4, 8),
                mentors_per_group=1,
                sensitive=DEFAULT_SENSITIVE,
            ),
        ),
        {"keep_groups_years": 4},
    ),
    "faculty": Preset(
        "faculty",
        ("Faculty mentor", "Junior faculty"),
        (
            _rel(
                "Faculty mentor",
                "Junior faculty",
                cadence_days=30,
                default_capacity=2,
                criteria=("interests", "institution", "style", "gender", "continuity"),
                sensitive=DEFAULT_SENSITIVE,
            ),
        ),
        {"agreements": True, "eligibility": True, "orientation": True, "surveys": ["pre", "post"]},
    ),
    CUSTOM: Preset(
        CUSTOM,
        tuple(DEFAULT_LADDER),
        (_rel(DEFAULT_LADDER[0], DEFAULT_LADDER[1]),),
    ),
}


def program_language(program_settings: dict[str, Any] | None, ladder: Sequence[str]) -> str:
    """The language a program was set up in (``"en"`` or ``"fr"``): as stored at creation,
    else read from its ladder's names."""
    stored = str((program_settings or {}).get("language") or "")
    return stored if stored in ("en", "fr") else ladder_language(ladder)


def check_model(model: str) -> str:
    key = model.strip().casefold()
    if key not in PRESETS:
        raise UnusableInputError(
            sentence("programs.model_unknown", model=model, models=", ".join(MODELS))
        )
    return key


def preset_ladder(model: str, lang: str | None = "en") -> list[str]:
    """The model's rungs named in ``lang`` ("en" or "fr")."""
    return [role_label(r, lang) for r in PRESETS[check_model(model)].ladder]


def preset_relations(model: str, ladder: Sequence[str]) -> list[RelationSettings]:
    """The model's relations laid on ``ladder`` (its own names, translated or edited)."""
    preset = PRESETS[check_model(model)]
    return [
        replace(preset.relation_for(i), mentor_role=mentor, mentee_role=mentee)
        for i, (mentor, mentee) in enumerate(itertools.pairwise(ladder))
    ]


def relaid_relations(
    current: Sequence[RelationSettings], model: str, ladder: Sequence[str]
) -> list[RelationSettings]:
    """The relations of an edited ladder, keeping what each relation was set to.

    With as many roles as before, the roles were renamed: each relation keeps its settings
    under its new names. With roles added or removed, a relation between two roles that
    were already next to each other (same names, any case) keeps its settings, and the
    others take ``model``'s defaults.
    """
    laid = preset_relations(model, ladder)
    if len(laid) == len(current):
        return [
            replace(old, mentor_role=new.mentor_role, mentee_role=new.mentee_role)
            for old, new in zip(current, laid, strict=True)
        ]
    kept = {(r.mentor_role.casefold(), r.mentee_role.casefold()): r for r in current}
    return [
        replace(
            kept.get((new.mentor_role.casefold(), new.mentee_role.casefold()), new),
            mentor_role=new.mentor_role,
            mentee_role=new.mentee_role,
        )
        for new in laid
    ]


def preset_settings(model: str, ladder: Sequence[str] | None = None) -> dict[str, Any]:
    """What choosing ``model`` writes into ``Program.settings``.

    The program-wide cadence (letters' ``{cadence}``, older readers) is the cadence of the
    most junior relation, whose people receive match letters; matching's default capacity
    follows the same relation.
    """
    preset = PRESETS[check_model(model)]
    rungs = list(ladder) if ladder else list(preset.ladder)
    relations = preset_relations(preset.key, rungs)
    last = relations[-1]
    flags = {**_FLAGS_OFF, **preset.flags}
    return {
        "model": preset.key,
        "relations": [r.to_dict() for r in relations],
        "cadence_days": last.cadence_days,
        "matching": {"default_capacity": last.default_capacity},
        **flags,
    }


def program_model(program_settings: dict[str, Any] | None) -> str:
    """The model a program was set up with; ``""`` for one made before models existed."""
    found = str((program_settings or {}).get("model") or "")
    return found if found in PRESETS else ""
