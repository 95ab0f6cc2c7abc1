"""Engagement, contacts and closures of a cycle's pairs and groups.

The contact statuses are those of the Engagement page: the pairs' from
``app.meetings.engagement``, the groups' from ``app.meetings.group_engagement`` (the same
``contact_status`` rule); the report only counts them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.meetings.engagement import STATUSES, engagement
from app.reports.matching import MADE
from app.reports.rows import Rows

LIVE_GROUP = ("confirmed", "active")
ON_TIME_ENDINGS = ("goals_met", "cycle_ended")
"""Ending categories that are not an early closure."""


def contact(session: Session, cycle_id: int, as_of: dt.date) -> dict[str, dict[str, int]]:
    """Pairs' and groups' contact statuses from one engagement reading (which already holds
    the groups': reading them again cost the report a second group query)."""
    found = engagement(session, cycle_id, as_of)
    groups = dict.fromkeys(STATUSES, 0)
    for group in found.groups:
        groups[group.status] += 1
    return {"pairs": found.counts(), "groups": groups}


def made_count(rows: Rows, cycle_id: int) -> int:
    pairs = rows.matches[rows.matches["cycle_id"] == cycle_id]
    groups = rows.groups[rows.groups["cycle_id"] == cycle_id]
    return int(pairs["status"].isin(MADE).sum() + groups["status"].isin(MADE).sum())


def ended(rows: Rows, cycle_id: int) -> list[tuple[str, dt.datetime | None, float | None]]:
    """Each ended pair and group: its end category, when it ended and how many days it ran."""
    found = []
    pairs = rows.matches[(rows.matches["cycle_id"] == cycle_id)]
    pairs = pairs[pairs["status"] == "ended"]
    start = pairs["confirmed_at"].fillna(pairs["created_at"])
    for category, end, begin in zip(pairs["end_category"], pairs["ended_at"], start, strict=True):
        found.append((str(category or ""), _when(end), _days(begin, end)))
    groups = rows.groups[(rows.groups["cycle_id"] == cycle_id)]
    groups = groups[groups["status"] == "ended"]
    for group in groups.to_dict("records"):
        found.append(
            (
                str(group["end_category"] or ""),
                _when(group["ended_at"]),
                _days(group["created_at"], group["ended_at"]),
            )
        )
    return found


def _when(value: Any) -> dt.datetime | None:
    import pandas as pd

    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()


def _days(begin: Any, end: Any) -> float | None:
    import pandas as pd

    if begin is None or end is None or pd.isna(begin) or pd.isna(end):
        return None
    return float(max((pd.Timestamp(end) - pd.Timestamp(begin)).days, 0))


def early_closures(
    closed: list[tuple[str, dt.datetime | None, float | None]], ends_on: dt.date | None
) -> int:
    """Ended before the cycle's end (or, without an end date, for a reason other than the
    goals being met or the cycle ending)."""
    early = 0
    for category, when, _days in closed:
        if category in ON_TIME_ENDINGS:
            continue
        if ends_on is None or when is None or when.date() < ends_on:
            early += 1
    return early


def support_contacts(rows: Rows, cycle_id: int) -> tuple[int, int] | None:
    """Pairs and groups made that the coordinator contacted at least once, and all made;
    None when the cycle records no coordinator contact at all (not measured)."""
    meetings = rows.meetings[rows.meetings["initiated_by"] == "coordinator"]
    if meetings.empty:
        return None
    pairs = rows.matches[(rows.matches["cycle_id"] == cycle_id)]
    groups = rows.groups[(rows.groups["cycle_id"] == cycle_id)]
    made_pairs = set(pairs[pairs["status"].isin(MADE)]["id"])
    made_groups = set(groups[groups["status"].isin(MADE)]["id"])
    reached = len(made_pairs & set(meetings["match_id"].dropna().astype(int))) + len(
        made_groups & set(meetings["group_id"].dropna().astype(int))
    )
    return reached, len(made_pairs) + len(made_groups)
