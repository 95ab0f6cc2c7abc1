"""Columns of the proposals and saved-matches tables."""

from __future__ import annotations

from typing import Any

from ui.models.rows import Column

STATUS_LABELS = {
    "proposed": "Proposed",
    "confirmed": "Confirmed",
    "notified": "Letter sent",
    "active": "Active",
    "ended": "Ended",
}
ORIGIN_LABELS = {"assisted": "Assisted", "manual": "By hand"}
LIVE = ("proposed", "confirmed", "notified", "active")


def score_fraction(score: float | None) -> float:
    """Scores come as 0–1 or 0–100; the bar wants 0–1."""
    if score is None:
        return 0.0
    return score / 100 if score > 1 else score


def _reasons(row: Any) -> str:
    return "; ".join(row.reasons)


def _person(name: str, email: str) -> str:
    return f"{name} <{email}>" if email else name


def _made(row: Any) -> str:
    return ORIGIN_LABELS.get(row.origin, row.origin) + (" · pinned" if row.pinned else "")


PROPOSAL_COLUMNS: list[Column[Any]] = [
    Column(
        "Mentor", lambda r: r.mentor_name, tooltip=lambda r: _person(r.mentor_name, r.mentor_email)
    ),
    Column(
        "Mentee", lambda r: r.mentee_name, tooltip=lambda r: _person(r.mentee_name, r.mentee_email)
    ),
    Column(
        "Score",
        lambda r: f"{score_fraction(r.score):.0%}",
        sort_key=lambda r: r.score,
        value=lambda r: score_fraction(r.score),
        header_tip="How well the pair fits the program's criteria",
    ),
    Column(
        "Why",
        _reasons,
        tooltip=lambda r: "\n".join(r.reasons),
        header_tip="What the pair has in common",
    ),
]
MATCH_COLUMNS: list[Column[Any]] = [
    Column(
        "Mentor", lambda r: r.mentor_name, tooltip=lambda r: _person(r.mentor_name, r.mentor_email)
    ),
    Column(
        "Mentee", lambda r: r.mentee_name, tooltip=lambda r: _person(r.mentee_name, r.mentee_email)
    ),
    Column(
        "Status",
        lambda r: STATUS_LABELS.get(r.status, r.status),
        sort_key=lambda r: LIVE.index(r.status) if r.status in LIVE else 9,
    ),
    Column("Made", _made),
    Column(
        "Score",
        lambda r: f"{score_fraction(r.score):.0%}" if r.score is not None else "",
        sort_key=lambda r: r.score or 0.0,
        value=lambda r: score_fraction(r.score),
    ),
    Column("Why", _reasons, tooltip=lambda r: "\n".join(r.reasons)),
]
