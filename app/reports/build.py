"""``build_report``: the cycle's report from one query per table, aggregated with pandas."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agreements.listing import goal_counts
from app.db.models import END_CATEGORIES, GROUP_STATUSES, MATCH_STATUSES, Cycle, Program
from app.eligibility.checking import ineligible
from app.errors import NotFoundError
from app.programs.relations import RelationSettings, program_relations
from app.reports import activity
from app.reports.matching import matched_people, relation_figures
from app.reports.messages import sentence
from app.reports.model import EarlierCycle, Measure, Report, rate
from app.reports.rows import Rows, load_rows
from app.reports.surveys import survey_part

log = logging.getLogger(__name__)


def _order(cycle: Cycle) -> tuple[dt.date, int]:
    return (cycle.starts_on or cycle.created_at.date(), cycle.id)


def earlier_cycles(session: Session, cycle: Cycle) -> list[Cycle]:
    """The program's cycles before ``cycle`` (by start date, else creation), oldest first."""
    others = session.scalars(
        select(Cycle).where(Cycle.program_id == cycle.program_id, Cycle.id != cycle.id)
    ).all()
    return sorted((c for c in others if _order(c) < _order(cycle)), key=_order)


def _by_role(
    rows: Rows, cycle_id: int, ladder: list[str], withdrawn: bool = False
) -> dict[str, int]:
    people = rows.participants[rows.participants["cycle_id"] == cycle_id]
    if withdrawn:
        people = people[people["status"] == "withdrawn"]
    counts = people.groupby("role").size()
    roles = ladder + sorted(set(counts.index) - set(ladder))
    return {role: int(counts.get(role, 0)) for role in roles}


def _status_counts(frame: object, statuses: tuple[str, ...]) -> dict[str, int]:
    counts = frame.value_counts()  # type: ignore[attr-defined]
    return {status: int(counts.get(status, 0)) for status in statuses}


def build_report(session: Session, cycle_id: int, as_of: dt.date | None = None) -> Report:
    """Everything the report shows for the cycle, as of ``as_of`` (default: today, or the
    cycle's end when it is over, so a past cycle's pairs are not all "overdue")."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("reports.cycle_gone"))
    program = session.get(Program, cycle.program_id)
    assert program is not None
    today = dt.date.today()
    as_of = as_of or (min(today, cycle.ends_on) if cycle.ends_on else today)
    ladder = list(program.role_ladder)
    relations = program_relations(program.settings, ladder)
    earlier = earlier_cycles(session, cycle)
    rows = load_rows(session, cycle_id, [c.id for c in earlier])
    cannot = ineligible(session, cycle_id)
    figures = [relation_figures(rows, cycle_id, r, cannot) for r in relations]
    contact = activity.contact(session, cycle_id, as_of)
    pairs = rows.matches[rows.matches["cycle_id"] == cycle_id]
    groups = rows.groups[rows.groups["cycle_id"] == cycle_id]
    closed = activity.ended(rows, cycle_id)
    lengths = [days for _c, _w, days in closed if days is not None]
    surveys, positive = survey_part(session, cycle_id)
    report = Report(
        program=program.name,
        cycle=cycle.label,
        cycle_id=cycle.id,
        as_of=as_of,
        starts_on=cycle.starts_on,
        ends_on=cycle.ends_on,
        ladder=ladder,
        participants=_by_role(rows, cycle_id, ladder),
        withdrawn=_by_role(rows, cycle_id, ladder, withdrawn=True),
        matches=_status_counts(pairs["status"], MATCH_STATUSES),
        groups=_status_counts(groups["status"], GROUP_STATUSES),
        relations=figures,
        contact=contact,
        meetings=len(rows.meetings),
        modes={str(k): int(n) for k, n in rows.meetings["mode"].value_counts().items()},
        topics=_topics(rows),
        closures=_closures(closed),
        average_match_days=round(sum(lengths) / len(lengths), 1) if lengths else None,
        surveys=surveys,
        positive=positive,
        goals=goal_counts(session, cycle_id),
        measures=[],
        previous=[_earlier(rows, c, ladder, relations) for c in earlier],
        made=activity.made_count(rows, cycle_id),
    )
    report.measures = _measures(report, rows, closed, bool(earlier))
    report.no_data = _no_data(report)
    log.info("report built: %d participants, %d pairs", report.total_participants, len(pairs))
    return report


def _topics(rows: Rows) -> list[tuple[str, str, int]]:
    if rows.topics.empty:
        return []
    counts = rows.topics.groupby(["name", "name_fr"]).size().reset_index(name="n")
    counts = counts.sort_values(["n", "name"], ascending=[False, True])
    return [(str(r["name"]), str(r["name_fr"]), int(r["n"])) for r in counts.to_dict("records")]


def _closures(closed: list[tuple[str, dt.datetime | None, float | None]]) -> dict[str, int]:
    counts = {category: 0 for category in END_CATEGORIES}
    for category, _when, _days in closed:
        counts[category if category in counts else "other"] += 1
    return {category: n for category, n in counts.items() if n}


def _earlier(
    rows: Rows, cycle: Cycle, ladder: list[str], relations: Sequence[RelationSettings]
) -> EarlierCycle:
    matched = to_match = 0
    for relation in relations:
        active, done, _proposed = matched_people(rows, cycle.id, relation)
        matched, to_match = matched + len(done), to_match + len(active)
    return EarlierCycle(cycle.label, _by_role(rows, cycle.id, ladder), matched, to_match)


def _measures(
    report: Report,
    rows: Rows,
    closed: list[tuple[str, dt.datetime | None, float | None]],
    has_earlier: bool,
) -> list[Measure]:
    cid = report.cycle_id
    early = activity.early_closures(closed, report.ends_on)
    intended = (
        (report.ends_on - report.starts_on).days if report.ends_on and report.starts_on else None
    )
    support = activity.support_contacts(rows, cid)
    people = rows.participants[rows.participants["cycle_id"] == cid]
    active = people[people["status"] == "active"]
    trained = int(active["id"].isin(set(rows.orientation["participant_id"])).sum())
    returning = int(people["is_returning"].astype(bool).sum())
    responses = sum(s.responses for s in report.surveys)
    invited = sum(s.invited for s in report.surveys)
    goals = report.goals
    goal_total = goals["met"] + goals["in_progress"] + goals["dropped"]
    return [
        Measure("closure_rate", rate(early, report.made), early, report.made),
        Measure("average_length", report.average_match_days, None, len(closed) or None),
        Measure(
            "intended_length",
            float(intended) if intended is not None else None,
            note="cycle_dates" if intended is not None else "no_dates",
        ),
        Measure("contact_rate", report.on_track_share, report.in_touch, report.live),
        Measure(
            "support_contact",
            rate(*support) if support else None,
            *(support or (None, None)),
        ),
        Measure(
            "orientation",
            rate(trained, len(active)) if not rows.orientation.empty else None,
            trained if not rows.orientation.empty else None,
            len(active),
        ),
        Measure(
            "returning",
            rate(returning, len(people)) if has_earlier else None,
            returning,
            len(people),
        ),
        Measure(
            "response_rate", rate(responses, invited) if responses else None, responses, invited
        ),
        Measure("goals_met", rate(goals["met"], goal_total), goals["met"], goal_total),
    ]


def _no_data(report: Report) -> list[str]:
    """Figures with nothing to count this cycle: the report says so instead of a zero."""
    missing = [m.key for m in report.measures if m.value is None]
    if report.match_rate is None:
        missing.append("match_rate")
    if all(r.median_days_to_match is None for r in report.relations):
        missing.append("time_to_match")
    if not report.live:
        missing.append("engagement")
    if not report.meetings:
        missing.append("meetings")
    if not report.made:
        missing.append("closures")
    if not any(s.responses for s in report.surveys):
        missing.append("surveys")
    if not report.previous:
        missing.append("previous_cycles")
    return missing
