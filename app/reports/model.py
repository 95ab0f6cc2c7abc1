"""The cycle's report as plain data: what the CLI prints, the PDF and workbook show and the
window's dashboard draws. Nothing here reads the database.

Rates are percentages rounded to one decimal; ``None`` means "no data this cycle" (nobody to
count), never zero, and the report lists those measures in ``no_data``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

SMALL_CELL = 5
"""Counts from 1 to ``SMALL_CELL - 1`` are shown as "<5" in files that leave the office."""


def rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def small(count: float) -> str:
    """A count as a file for a board shows it: ``<5`` for 1 to 4 (people could be told).

    The one rule for the tables and the charts' bar labels (a chart gives its counts as
    floats)."""
    whole = round(count)
    return f"<{SMALL_CELL}" if 0 < whole < SMALL_CELL else str(whole)


@dataclass(frozen=True)
class RelationFigures:
    """Matching of one relation: ``mentor_role`` mentors ``mentee_role`` in pairs or groups."""

    mentor_role: str
    mentee_role: str
    kind: str  # "pairs" | "groups"
    to_match: int  # active people of the mentee role
    matched: int
    median_days_to_match: float | None
    unmatched: dict[str, int]  # reason → people (see reports.why.*)

    @property
    def rate(self) -> float | None:
        return rate(self.matched, self.to_match)


@dataclass(frozen=True)
class Measure:
    """One measure of effective practice; ``value`` None when there is no data this cycle."""

    key: str
    value: float | None
    part: int | None = None
    whole: int | None = None
    note: str = ""  # a reports.detail.* key when the measure needs a word of explanation


@dataclass(frozen=True)
class QuestionSummary:
    text: str
    text_fr: str
    kind: str
    answered: int
    labels: list[str]
    french: dict[str, str]
    overall: dict[str, int]
    by_role: dict[str, dict[str, int]]
    mean: float | None
    positive: list[str]  # the labels that count as a positive answer (empty: not counted)


@dataclass(frozen=True)
class SurveySummary:
    name: str
    responses: int
    invited: int
    questions: list[QuestionSummary]

    @property
    def response_rate(self) -> float | None:
        return rate(self.responses, self.invited)


@dataclass(frozen=True)
class EarlierCycle:
    cycle: str
    participants: dict[str, int]
    matched: int
    to_match: int

    @property
    def match_rate(self) -> float | None:
        return rate(self.matched, self.to_match)


@dataclass
class Report:
    program: str
    cycle: str
    cycle_id: int
    as_of: dt.date
    starts_on: dt.date | None
    ends_on: dt.date | None
    ladder: list[str]
    participants: dict[str, int]  # role → people in the cycle (withdrawn ones included)
    withdrawn: dict[str, int]
    matches: dict[str, int]  # status → pairs
    groups: dict[str, int]  # status → groups
    relations: list[RelationFigures]
    contact: dict[str, dict[str, int]]  # "pairs"/"groups" → engagement status → n
    meetings: int
    modes: dict[str, int]
    topics: list[tuple[str, str, int]]  # name, French name, contacts that covered it
    closures: dict[str, int]  # end category ("" = not given) → pairs and groups
    average_match_days: float | None
    surveys: list[SurveySummary]
    positive: dict[str, tuple[int, int]]  # role ("" = everyone) → (positive, answers)
    goals: dict[str, int]
    measures: list[Measure]
    previous: list[EarlierCycle]
    made: int = 0  # pairs and groups that got past "proposed" (the basis of per-match rates)
    no_data: list[str] = field(default_factory=list)

    # -- headline figures -------------------------------------------------------------
    @property
    def total_participants(self) -> int:
        return sum(self.participants.values())

    @property
    def matched(self) -> int:
        return sum(r.matched for r in self.relations)

    @property
    def to_match(self) -> int:
        return sum(r.to_match for r in self.relations)

    @property
    def match_rate(self) -> float | None:
        return rate(self.matched, self.to_match)

    @property
    def live(self) -> int:
        return sum(sum(counts.values()) for counts in self.contact.values())

    @property
    def in_touch(self) -> int:
        return sum(
            counts.get("on_track", 0) + counts.get("due_soon", 0)
            for counts in self.contact.values()
        )

    @property
    def on_track_share(self) -> float | None:
        return rate(self.in_touch, self.live)

    @property
    def closed(self) -> int:
        return sum(self.closures.values())

    @property
    def positive_share(self) -> float | None:
        part, whole = self.positive.get("", (0, 0))
        return rate(part, whole)

    @property
    def meetings_per_match(self) -> float | None:
        return round(self.meetings / self.made, 1) if self.made else None

    def measure(self, key: str) -> Measure | None:
        return next((m for m in self.measures if m.key == key), None)

    def to_json(self) -> dict[str, Any]:
        """The ``report --json`` document of CLI.md, with more keys after the contract's."""
        pair_contact = self.contact.get("pairs", {})
        return {
            "cycle": self.cycle,
            "participants": dict(self.participants),
            "matches": dict(self.matches),
            "groups": sum(self.groups.values()),
            "meetings": self.meetings,
            "overdue_matches": pair_contact.get("overdue", 0),
            "match_rate": self.match_rate,
            "closures": {key or "not_given": n for key, n in self.closures.items()},
            "surveys": {s.name: _survey_json(s) for s in self.surveys},
            "previous_cycles": [
                {
                    "cycle": e.cycle,
                    "participants": dict(e.participants),
                    "match_rate": e.match_rate,
                }
                for e in self.previous
            ],
            "program": self.program,
            "as_of": self.as_of.isoformat(),
            "withdrawn": dict(self.withdrawn),
            "groups_by_status": dict(self.groups),
            "relations": [{**asdict(r), "match_rate": r.rate} for r in self.relations],
            "engagement": {kind: dict(c) for kind, c in self.contact.items()},
            "on_track_share": self.on_track_share,
            "never_met_matches": pair_contact.get("never_met", 0),
            "meetings_per_match": self.meetings_per_match,
            "modes": dict(self.modes),
            "topics": {name: n for name, _fr, n in self.topics},
            "average_match_days": self.average_match_days,
            "survey_positive_share": self.positive_share,
            "survey_positive_by_role": {
                role: rate(*counts) for role, counts in self.positive.items() if role
            },
            "goals": dict(self.goals),
            "measures": {
                m.key: {"value": m.value, "part": m.part, "whole": m.whole} for m in self.measures
            },
            "no_data": list(self.no_data),
        }


def _survey_json(survey: SurveySummary) -> dict[str, Any]:
    return {
        "responses": survey.responses,
        "invited": survey.invited,
        "response_rate": survey.response_rate,
        "questions": [
            {
                "text": q.text,
                "kind": q.kind,
                "answered": q.answered,
                "overall": {label: q.overall[label] for label in q.labels if label in q.overall},
                "by_role": q.by_role,
                "mean": q.mean,
            }
            for q in survey.questions
        ],
    }
