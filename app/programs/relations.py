"""How each relation between two rungs of a program works: pairs or groups, cadence, criteria.

A program's settings keep one entry per pair of adjacent rungs in ``settings["relations"]``
(see ``presets``). Every package reads them through :func:`relation_settings` or
:func:`program_relations`, so a program made before program models existed reads as it
always behaved: pairs, the program's cadence, one mentee per mentor, every criterion.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.db.models import DEFAULT_CADENCE_DAYS
from app.errors import UnusableInputError
from app.matching.profile import (
    CRITERIA,
    MAX_CAPACITY,
    OPT_IN_CRITERIA,
    USUAL_CRITERIA,
    MatchSettings,
)
from app.programs.messages import sentence

PAIRS, GROUPS = "pairs", "groups"
KINDS = (PAIRS, GROUPS)
# Criteria a relation can name. Cultural background counts only where a relation names it.
CRITERION_KEYS: tuple[str, ...] = CRITERIA
# Answers that can be marked sensitive: where they live in a participant's answers.
SENSITIVE_ANSWERS: dict[str, str] = {
    "own_gender": "preferences",
    "gender": "preferences",
    "background": "custom_fields",
}
DEFAULT_SENSITIVE: tuple[str, ...] = ("own_gender", "gender", "background")
MAX_GROUP_SIZE = 30
MAX_CADENCE_DAYS = 366


@dataclass(frozen=True)
class RelationSettings:
    """One relation: ``mentor_role`` mentors ``mentee_role`` in pairs or in groups."""

    mentor_role: str
    mentee_role: str
    kind: str = PAIRS
    cadence_days: int = DEFAULT_CADENCE_DAYS
    default_capacity: int = 1
    criteria: tuple[str, ...] = USUAL_CRITERIA
    group_size: tuple[int, int] = (4, 6)  # members per group (groups only)
    mentors_per_group: int = 1  # groups only
    sensitive: tuple[str, ...] = ()
    stored: bool = field(default=False, compare=False)  # False: today's behaviour, not saved
    # How the relation's groups are formed (criteria, rules, continuity), read and written by
    # ``app.grouping``; kept here so saving the program's setup never drops it.
    grouping: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_groups(self) -> bool:
        return self.kind == GROUPS

    def to_dict(self) -> dict[str, Any]:
        """The JSON kept in ``Program.settings["relations"]``."""
        data: dict[str, Any] = {
            "mentor_role": self.mentor_role,
            "mentee_role": self.mentee_role,
            "kind": self.kind,
            "cadence_days": self.cadence_days,
            "default_capacity": self.default_capacity,
            "criteria": list(self.criteria),
            "sensitive": list(self.sensitive),
        }
        if self.is_groups:
            data["group_size"] = list(self.group_size)
            data["mentors_per_group"] = self.mentors_per_group
        if self.grouping:
            data["grouping"] = dict(self.grouping)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationSettings:
        """Validate one stored or edited relation; a bad value is refused with a sentence."""
        relation = cls(
            mentor_role=str(data.get("mentor_role") or "").strip(),
            mentee_role=str(data.get("mentee_role") or "").strip(),
            kind=str(data.get("kind") or PAIRS),
            cadence_days=_whole(data.get("cadence_days", DEFAULT_CADENCE_DAYS)),
            default_capacity=_whole(data.get("default_capacity", 1)),
            criteria=tuple(str(c) for c in data.get("criteria") or ()),
            group_size=_size(data.get("group_size") or (4, 6)),
            mentors_per_group=_whole(data.get("mentors_per_group", 1)),
            sensitive=tuple(str(k) for k in data.get("sensitive") or ()),
            stored=True,
            grouping=_mapping(data.get("grouping")),
        )
        relation.check()
        return relation

    def check(self) -> None:
        where = f"{self.mentor_role} → {self.mentee_role}"
        if self.kind not in KINDS:
            raise UnusableInputError(sentence("programs.kind_unknown", relation=where))
        if not 1 <= self.cadence_days <= MAX_CADENCE_DAYS:
            raise UnusableInputError(sentence("programs.relation_cadence", relation=where))
        if not 1 <= self.default_capacity <= MAX_CAPACITY:
            raise UnusableInputError(
                sentence("programs.relation_capacity", relation=where, most=MAX_CAPACITY)
            )
        unknown = [c for c in self.criteria if c not in CRITERION_KEYS]
        if unknown:
            raise UnusableInputError(
                sentence("programs.criterion_unknown", criterion=unknown[0], relation=where)
            )
        hidden = [k for k in self.sensitive if k not in SENSITIVE_ANSWERS]
        if hidden:
            raise UnusableInputError(
                sentence("programs.sensitive_unknown", answer=hidden[0], relation=where)
            )
        if self.is_groups:
            low, high = self.group_size
            if not 2 <= low <= high <= MAX_GROUP_SIZE:
                raise UnusableInputError(
                    sentence("programs.group_size", relation=where, most=MAX_GROUP_SIZE)
                )
            if not 1 <= self.mentors_per_group <= high:
                raise UnusableInputError(sentence("programs.mentors_per_group", relation=where))


def _whole(value: object) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return -1


def _mapping(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _size(value: object) -> tuple[int, int]:
    if isinstance(value, str):
        value = value.replace("–", "-").split("-")
    if isinstance(value, Sequence) and len(value) == 2:
        return _whole(value[0]), _whole(value[1])
    return -1, -1


def default_relation(
    program_settings: Mapping[str, Any] | None, mentor_role: str, mentee_role: str
) -> RelationSettings:
    """Today's behaviour for a relation nobody set: pairs at the program's cadence."""
    raw = (program_settings or {}).get("cadence_days", DEFAULT_CADENCE_DAYS)
    cadence = _whole(raw)
    return RelationSettings(
        mentor_role=mentor_role,
        mentee_role=mentee_role,
        cadence_days=cadence if cadence >= 1 else DEFAULT_CADENCE_DAYS,
    )


def _stored(program_settings: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    found = (program_settings or {}).get("relations")
    if not isinstance(found, list):
        return []
    return [item for item in found if isinstance(item, Mapping)]


def relation_settings(
    program_settings: Mapping[str, Any] | None, mentee_role: str, mentor_role: str = ""
) -> RelationSettings:
    """The settings of the relation whose mentees are ``mentee_role``.

    A program made before program models (or a rung nobody set) gets today's behaviour.
    """
    wanted = mentee_role.strip().casefold()
    for item in _stored(program_settings):
        if str(item.get("mentee_role") or "").strip().casefold() == wanted:
            return RelationSettings.from_dict(item)
    return default_relation(program_settings, mentor_role, mentee_role)


def program_relations(
    program_settings: Mapping[str, Any] | None, ladder: Sequence[str]
) -> tuple[RelationSettings, ...]:
    """One relation per pair of adjacent rungs of ``ladder``, most senior first."""
    found = []
    for mentor_role, mentee_role in itertools.pairwise(ladder):
        relation = relation_settings(program_settings, mentee_role, mentor_role)
        found.append(replace(relation, mentor_role=mentor_role))
    return tuple(found)


def sensitive_answers(
    program_settings: Mapping[str, Any] | None, ladder: Sequence[str]
) -> frozenset[str]:
    """Answer keys any relation of the program marks sensitive (hidden in tables)."""
    return frozenset(
        key
        for relation in program_relations(program_settings, ladder)
        for key in relation.sensitive
    )


def cadence_by_role(
    program_settings: Mapping[str, Any] | None, ladder: Sequence[str]
) -> dict[str, int]:
    """Mentee role → the contact cadence of its relation (engagement reads it per pair)."""
    return {r.mentee_role: r.cadence_days for r in program_relations(program_settings, ladder)}


def relation_match_settings(settings: MatchSettings, relation: RelationSettings) -> MatchSettings:
    """``settings`` weighing only the criteria that apply to ``relation``.

    A relation nobody set (a program made before models) keeps every usual criterion; so
    does one whose criteria all weigh 0, rather than score nothing. An opt-in criterion
    (cultural background) counts only for a relation naming it.
    """
    if not relation.stored:
        return settings
    weights = {
        name: (w if name in relation.criteria else 0.0) for name, w in settings.weights.items()
    }
    opted = frozenset(c for c in relation.criteria if c in OPT_IN_CRITERIA)
    own = replace(settings, weights=weights, opted_in=opted)
    if not any(own.weight(name) > 0 for name in CRITERIA):
        return settings
    return own
