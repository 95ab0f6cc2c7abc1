"""Columns of the proposals and saved-matches tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.core_text import reason_sentences
from ui.models import labels
from ui.models.rows import Column
from ui.pages.wording import TranslatedColumns, percent

LIVE = ("proposed", "confirmed", "notified", "active")


def status_label(status: str) -> str:
    """The one name of a match status (``ui.models.labels``), as every page shows it."""
    return labels.match_status(status)


def origin_label(origin: str) -> str:
    if origin == "assisted":
        return QCoreApplication.translate("MatchColumns", "Assisted")
    if origin == "manual":
        return QCoreApplication.translate("MatchColumns", "By hand")
    return origin


def score_fraction(score: float | None) -> float:
    """Scores come as 0–1 or 0–100; the bar wants 0–1."""
    if score is None:
        return 0.0
    return score / 100 if score > 1 else score


def _reasons(row: Any) -> str:
    return "; ".join(reason_sentences(row))


def _person(name: str, email: str) -> str:
    return f"{name} <{email}>" if email else name


def _made(row: Any) -> str:
    made = origin_label(row.origin)
    if row.pinned:
        made += " · " + QCoreApplication.translate("MatchColumns", "pinned")
    return made


def _pair_columns() -> list[Column[Any]]:
    return [
        Column(
            QCoreApplication.translate("MatchColumns", "Mentor"),
            lambda r: r.mentor_name,
            tooltip=lambda r: _person(r.mentor_name, r.mentor_email),
        ),
        Column(
            QCoreApplication.translate("MatchColumns", "Mentee"),
            lambda r: r.mentee_name,
            tooltip=lambda r: _person(r.mentee_name, r.mentee_email),
        ),
    ]


def _proposal_columns() -> list[Column[Any]]:
    return [
        *_pair_columns(),
        Column(
            QCoreApplication.translate("MatchColumns", "Score"),
            lambda r: percent(score_fraction(r.score)),
            sort_key=lambda r: r.score,
            value=lambda r: score_fraction(r.score),
            header_tip=QCoreApplication.translate(
                "MatchColumns", "How well the pair fits the program's criteria"
            ),
        ),
        Column(
            QCoreApplication.translate("MatchColumns", "Why"),
            _reasons,
            tooltip=lambda r: "\n".join(reason_sentences(r)),
            header_tip=QCoreApplication.translate("MatchColumns", "What the pair has in common"),
        ),
    ]


def _match_columns() -> list[Column[Any]]:
    return [
        *_pair_columns(),
        Column(
            QCoreApplication.translate("MatchColumns", "Status"),
            lambda r: status_label(r.status),
            sort_key=lambda r: LIVE.index(r.status) if r.status in LIVE else 9,
        ),
        Column(QCoreApplication.translate("MatchColumns", "Made"), _made),
        Column(
            QCoreApplication.translate("MatchColumns", "Score"),
            lambda r: percent(score_fraction(r.score)) if r.score is not None else "",
            sort_key=lambda r: r.score or 0.0,
            value=lambda r: score_fraction(r.score),
        ),
        Column(
            QCoreApplication.translate("MatchColumns", "Why"),
            _reasons,
            tooltip=lambda r: "\n".join(reason_sentences(r)),
        ),
    ]


PROPOSAL_COLUMNS = TranslatedColumns(_proposal_columns)
MATCH_COLUMNS = TranslatedColumns(_match_columns)
