"""What a program's settings say about forming one relation's groups, read defensively.

``Program.settings["relations"]`` holds, per relation, its kind ("pairs"/"groups"),
``group_size``, ``mentors_per_group``, the names of its criteria and, under ``grouping``,
the finer choices of that relation only: ``criteria`` (``field``, ``kind``, ``weight``,
``among``), ``never_alone`` (fields, or ``{"field", "values"}``), ``together`` and ``apart``
(pairs of emails: two members, or a member and a mentor) and ``continuity`` ("keep", "mix"
or "ignore"). Programs saved before choices were per relation keep them program-wide in
``Program.settings["grouping"]``: that is read for every group relation without its own
(``choices.save_choices`` moves it into the relations on the first save). Anything missing
or malformed falls back to a default; nothing here refuses a program.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.grouping.problem import (
    CONTINUITY,
    DIVERSE,
    IGNORE,
    KEEP,
    KINDS,
    MENTORS,
    MIX,
    PREVIOUS_GROUP,
    SCOPES,
    SIMILAR,
    Criterion,
)

DEFAULT_SIZE = (4, 6)
# A relation's criterion name → how groups use it (field, kind, also never alone).
_FROM_RELATION: dict[str, tuple[str, str, bool]] = {
    "interests": ("interests", SIMILAR, False),
    "location": ("city", SIMILAR, False),
    "language": ("languages", SIMILAR, True),
    "institution": ("institution", DIVERSE, False),
    "style": ("style", SIMILAR, False),
    "gender": ("gender", DIVERSE, True),
    "background": ("background", DIVERSE, True),
}
# Mentors of one group are best of different specialties (the first field answered).
MENTOR_DIVERSITY_FIELDS = ("specialty", "discipline", "specialite")


@dataclass(frozen=True)
class GroupSettings:
    kind: str
    size: tuple[int, int]
    mentors_per_group: int
    criteria: tuple[Criterion, ...]
    never_alone: tuple[tuple[str, tuple[str, ...]], ...]  # field, values (empty: all)
    together: tuple[tuple[str, str], ...]
    apart: tuple[tuple[str, str], ...]
    continuity: str


def _relation(settings: Mapping[str, Any], role: str) -> Mapping[str, Any]:
    found = settings.get("relations")
    for item in found if isinstance(found, list) else []:
        mentees = str(item.get("mentee_role") or "") if isinstance(item, Mapping) else ""
        if isinstance(item, Mapping) and mentees.strip().casefold() == role.casefold():
            return item
    return {}


def relation_grouping(settings: Mapping[str, Any], role: str) -> Mapping[str, Any]:
    """The grouping choices of the relation whose members are ``role``: its own when it has
    them, else the program-wide ones of an older program (empty when neither)."""
    own = _relation(settings, role).get("grouping")
    if isinstance(own, Mapping):
        return own
    shared = settings.get("grouping")
    return shared if isinstance(shared, Mapping) else {}


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _size(value: Any) -> tuple[int, int]:
    if isinstance(value, list | tuple) and len(value) == 2:
        low, high = _int(value[0], 0), _int(value[1], 0)
        if 1 <= low <= high:
            return low, high
    return DEFAULT_SIZE


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    found = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, list | tuple) and len(item) == 2:
            found.append((str(item[0]), str(item[1])))
    return tuple(found)


def _criteria(grouping: Mapping[str, Any]) -> list[Criterion] | None:
    raw = grouping.get("criteria")
    if not isinstance(raw, list):
        return None
    found = []
    for item in raw:
        if not isinstance(item, Mapping) or not str(item.get("field") or "").strip():
            continue
        kind = str(item.get("kind") or SIMILAR)
        among = str(item.get("among") or "members")
        weight = item.get("weight", 1.0)
        found.append(
            Criterion(
                str(item["field"]).strip(),
                kind if kind in KINDS else IGNORE,
                float(weight) if isinstance(weight, int | float) else 1.0,
                among if among in SCOPES else "members",
            )
        )
    return found


def _never_alone(grouping: Mapping[str, Any]) -> list[tuple[str, tuple[str, ...]]] | None:
    raw = grouping.get("never_alone")
    if not isinstance(raw, list):
        return None
    found: list[tuple[str, tuple[str, ...]]] = []
    for item in raw:
        if isinstance(item, str) and item.strip():
            found.append((item.strip(), ()))
        elif isinstance(item, Mapping) and str(item.get("field") or "").strip():
            values = item.get("values")
            listed = tuple(str(v) for v in values) if isinstance(values, list) else ()
            found.append((str(item["field"]).strip(), listed))
    return found


def group_settings(settings: Mapping[str, Any], role: str) -> GroupSettings:
    """The settings of the relation whose members are ``role`` (defaults where unset)."""
    relation = _relation(settings, role)
    grouping = relation_grouping(settings, role)
    names = relation.get("criteria")
    names = [str(n) for n in names] if isinstance(names, list) else list(_FROM_RELATION)
    criteria = _criteria(grouping)
    alone = _never_alone(grouping)
    if criteria is None:
        criteria = [Criterion(*_FROM_RELATION[n][:2]) for n in names if n in _FROM_RELATION]
    if alone is None:
        alone = [
            (_FROM_RELATION[n][0], ())
            for n in names
            if n in _FROM_RELATION and _FROM_RELATION[n][2]
        ]
    continuity = str(grouping.get("continuity") or "")
    if continuity not in CONTINUITY:
        keeps = _int(settings.get("keep_groups_years"), 0) > 0 or "continuity" in names
        continuity = KEEP if keeps else IGNORE
    if continuity in (KEEP, MIX):
        kind = SIMILAR if continuity == KEEP else DIVERSE
        criteria.append(Criterion(PREVIOUS_GROUP, kind, 2.0))
    return GroupSettings(
        kind=str(relation.get("kind") or "groups"),
        size=_size(relation.get("group_size")),
        mentors_per_group=max(0, _int(relation.get("mentors_per_group"), 1)),
        criteria=tuple(criteria),
        never_alone=tuple(alone),
        together=_pairs(grouping.get("together")),
        apart=_pairs(grouping.get("apart")),
        continuity=continuity,
    )


def mentor_diversity(mentors_per_group: int, answered: set[str]) -> list[Criterion]:
    """Two or more mentors per group: prefer them of different specialties."""
    if mentors_per_group < 2:
        return []
    for name in MENTOR_DIVERSITY_FIELDS:
        if name in answered:
            return [Criterion(name, DIVERSE, 1.0, MENTORS)]
    return []
