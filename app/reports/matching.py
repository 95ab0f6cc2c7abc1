"""Who of a relation was matched, how fast, and why the others were not (pandas frames)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from app.programs.relations import RelationSettings
from app.reports.model import RelationFigures
from app.reports.rows import Rows

if TYPE_CHECKING:
    import pandas as pd

MADE = ("confirmed", "notified", "active", "ended")
"""A pair or group past "proposed": its people count as matched."""
LIVE_PAIR = ("proposed", "confirmed", "notified", "active")
REASONS = ("ineligible", "proposed", "no_capacity", "not_matched")


def _active(people: pd.DataFrame, role: str) -> pd.DataFrame:
    return people[(people["role"] == role) & (people["status"] == "active")]


def matched_people(
    rows: Rows, cycle_id: int, relation: RelationSettings
) -> tuple[set[int], set[int], set[int]]:
    """Active people of the mentee role, those matched, those only proposed (one cycle)."""
    people = rows.participants[rows.participants["cycle_id"] == cycle_id]
    active = set(_active(people, relation.mentee_role)["id"])
    if relation.is_groups:
        groups = rows.groups[rows.groups["cycle_id"] == cycle_id]
        members = rows.members[~rows.members["is_mentor"].astype(bool)]
        made_ids = set(groups[groups["status"].isin(MADE)]["id"])
        proposed_ids = set(groups[groups["status"] == "proposed"]["id"])
        matched = set(members[members["group_id"].isin(made_ids)]["participant_id"])
        proposed = set(members[members["group_id"].isin(proposed_ids)]["participant_id"])
    else:
        pairs = rows.matches[rows.matches["cycle_id"] == cycle_id]
        matched = set(pairs[pairs["status"].isin(MADE)]["mentee_id"])
        proposed = set(pairs[pairs["status"] == "proposed"]["mentee_id"])
    return active, matched & active, (proposed & active) - matched


def _median_days(rows: Rows, cycle_id: int, matched: set[int]) -> float | None:
    """Median days from sign-up to the first confirmed match, for pairs made this cycle
    (continued pairs were matched in an earlier cycle, so they are left out)."""
    pairs = rows.matches
    pairs = pairs[
        (pairs["cycle_id"] == cycle_id)
        & pairs["status"].isin(MADE)
        & pairs["confirmed_at"].notna()
        & pairs["continued_from_id"].isna()
        & pairs["mentee_id"].isin(matched)
    ]
    if pairs.empty:
        return None
    first = pairs.groupby("mentee_id")["confirmed_at"].min()
    signed = rows.participants.set_index("id")["created_at"]
    days = (first - signed.reindex(first.index)).dt.days.clip(lower=0).dropna()
    return round(float(days.median()), 1) if not days.empty else None


def _places_left(rows: Rows, cycle_id: int, relation: RelationSettings) -> int:
    """Mentor places still free in a pairs relation (capacity less live matches)."""
    people = rows.participants[rows.participants["cycle_id"] == cycle_id]
    mentors = _active(people, relation.mentor_role).set_index("id")["capacity"]
    pairs = rows.matches
    live = pairs[(pairs["cycle_id"] == cycle_id) & pairs["status"].isin(LIVE_PAIR)]
    used = live.groupby("mentor_id").size().reindex(mentors.index, fill_value=0)
    return int((mentors - used).clip(lower=0).sum())


def relation_figures(
    rows: Rows,
    cycle_id: int,
    relation: RelationSettings,
    ineligible: Mapping[int, object],
) -> RelationFigures:
    active, matched, proposed = matched_people(rows, cycle_id, relation)
    no_places = not relation.is_groups and _places_left(rows, cycle_id, relation) == 0
    why = dict.fromkeys(REASONS, 0)
    for person in active - matched:
        if person in ineligible:
            why["ineligible"] += 1
        elif person in proposed:
            why["proposed"] += 1
        elif no_places:
            why["no_capacity"] += 1
        else:
            why["not_matched"] += 1
    return RelationFigures(
        mentor_role=relation.mentor_role,
        mentee_role=relation.mentee_role,
        kind="groups" if relation.is_groups else "pairs",
        to_match=len(active),
        matched=len(matched),
        median_days_to_match=(
            None if relation.is_groups else _median_days(rows, cycle_id, matched)
        ),
        unmatched={reason: n for reason, n in why.items() if n},
    )
