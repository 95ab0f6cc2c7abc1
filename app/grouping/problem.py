"""What a group-formation run is asked to do, as plain data.

People carry their answers as sets of values per field (``languages`` → {"en", "fr"}); a
criterion says, per field, whether a group should be *similar* or *diverse* in it, among its
members or among its mentors, and with what weight. Rules are hard (``together``, ``apart``)
or counted before any fit (``never_alone``: no value held by exactly one member of a group).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

SIMILAR, DIVERSE, IGNORE = "similar", "diverse", "ignore"
KINDS = (SIMILAR, DIVERSE, IGNORE)
MEMBERS, MENTORS = "members", "mentors"
SCOPES = (MEMBERS, MENTORS)
# Continuity with the previous cycle: keep its groups together, mix them, or ignore them.
KEEP, MIX = "keep", "mix"
CONTINUITY = (KEEP, MIX, IGNORE)
# The field holding the previous cycle's group of a person (filled by ``loading``).
PREVIOUS_GROUP = "previous_group"


@dataclass(frozen=True)
class Person:
    """One member or mentor: ``key`` is their participant id, ``values`` their answers."""

    key: int
    email: str = ""
    name: str = ""
    values: Mapping[str, frozenset[str]] = field(default_factory=dict)
    capacity: int = 1  # mentors: how many groups they may lead

    def answer(self, field_name: str) -> frozenset[str]:
        return self.values.get(field_name, frozenset())


@dataclass(frozen=True)
class Criterion:
    field: str
    kind: str = SIMILAR
    weight: float = 1.0
    among: str = MEMBERS

    @property
    def label(self) -> str:
        return self.field if self.among == MEMBERS else f"{self.field} ({self.among})"


@dataclass(frozen=True)
class NeverAlone:
    """No group may hold exactly one member with a value of ``field`` (every value when
    ``values`` is empty): a single woman, a single French speaker."""

    field: str
    values: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Problem:
    members: tuple[Person, ...]
    mentors: tuple[Person, ...] = ()
    size: tuple[int, int] = (4, 6)
    mentors_per_group: int = 1
    criteria: tuple[Criterion, ...] = ()
    never_alone: tuple[NeverAlone, ...] = ()
    # Two keys that must share a group: two members, or a member and a mentor (the member
    # goes to a group that mentor leads).
    together: tuple[tuple[int, int], ...] = ()
    apart: tuple[tuple[int, int], ...] = ()  # any two keys that must not share a group
    groups: int = 0  # how many groups; 0: chosen by ``group_count``
    # Keep each mentor with the people of their previous group (``previous_group`` answers).
    keep_mentors: bool = False
    # Mentors of the rung who lead as many groups as they may already (key → email): a
    # member kept together with one of them can go nowhere.
    full_mentors: Mapping[int, str] = field(default_factory=dict)

    @property
    def active_criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.kind != IGNORE and c.weight > 0)

    def fields(self) -> list[str]:
        """Every field a criterion or rule reads, in a stable order."""
        named = [c.field for c in self.active_criteria] + [r.field for r in self.never_alone]
        return list(dict.fromkeys(named))


def group_count(members: int, size: tuple[int, int], mentor_places: int | None) -> int:
    """How many groups: sizes near the middle of the bounds, fewer when mentors are short.

    Returns 0 when ``members`` cannot be split into groups within the bounds.
    """
    low, high = size
    fewest, most = -(-members // high), members // low
    if members == 0 or fewest > most:
        return 0
    wanted = round(members / ((low + high) / 2))
    if mentor_places is not None and mentor_places >= fewest:
        wanted = min(wanted, mentor_places)
    return max(fewest, min(most, wanted))


def from_pairs(pairs: Sequence[Sequence[int]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in pairs if int(a) != int(b))
