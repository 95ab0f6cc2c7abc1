"""What the manual matching panes show: every mentee with their state, and for one mentee
every mentor of the rung above ranked by score, with reasons, places left and the hard rule
against each (read-only)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import LIVE_MATCH_STATUSES, Match, Participant
from app.errors import NotFoundError
from app.matching.criteria import score_pair, violation_reasons
from app.matching.loading import Roster, load_roster
from app.matching.messages import sentence
from app.matching.reasons import Reason, reason, render
from app.matching.relation_weights import relation_weights

# How far along a mentee is, least advanced first (the order of the list).
STATES = ("unmatched", "proposed", "confirmed", "notified", "active", "withdrawn")


@dataclasses.dataclass(frozen=True)
class Partner:
    match_id: int
    participant_id: int
    name: str
    status: str
    pinned: bool


@dataclasses.dataclass(frozen=True)
class MenteeRow:
    id: int  # participant id
    person_id: int
    name: str
    email: str
    role: str
    state: str  # one of STATES
    partners: tuple[Partner, ...]


@dataclasses.dataclass(frozen=True)
class MentorOption:
    """A mentor for the chosen mentee; ``rule``/``excluded_by`` say which hard rule stops it."""

    id: int
    person_id: int
    name: str
    email: str
    institution: str
    score: float
    reasons: tuple[str, ...]
    remaining: int
    capacity: int
    rule: str | None
    excluded_by: str | None
    match_id: int | None  # the live match with the mentee, when they are paired
    pinned: bool = False
    reason_data: tuple[Reason, ...] = ()  # ``reasons``, structured: said in any language
    excluded_reason: Reason | None = None  # ``excluded_by``, structured
    over_by: int = 0  # live matches beyond the mentor's capacity (a rule broken on purpose)


def list_mentees(session: Session, cycle_id: int) -> list[MenteeRow]:
    """Everyone who can be mentored in the cycle: unmatched first, then by name."""
    roster = load_roster(session, cycle_id)
    mentee_roles = set(roster.ladder[1:])
    partners = _live_partners(session, cycle_id, roster)
    rows = []
    for pid, profile in roster.profiles.items():
        if roster.roles[pid] not in mentee_roles:
            continue
        mine = partners.get(pid, ())
        if not profile.active:
            state = "withdrawn"
        elif not mine:
            state = "unmatched"
        else:
            state = max((p.status for p in mine), key=STATES.index)
        rows.append(
            MenteeRow(pid, profile.person_id, profile.name, profile.email, roster.roles[pid],
                      state, tuple(mine))
        )  # fmt: skip
    return sorted(rows, key=lambda r: (STATES.index(r.state), r.name.casefold(), r.id))


def _live_partners(
    session: Session, cycle_id: int, roster: Roster
) -> dict[int, tuple[Partner, ...]]:
    found: dict[int, list[Partner]] = defaultdict(list)
    query = select(Match).where(Match.cycle_id == cycle_id, Match.status.in_(LIVE_MATCH_STATUSES))
    for match in session.scalars(query.order_by(Match.id)):
        mentor = roster.profiles.get(match.mentor_id)
        name = mentor.name if mentor else ""
        found[match.mentee_id].append(
            Partner(match.id, match.mentor_id, name, match.status, match.pinned)
        )
    return {pid: tuple(items) for pid, items in found.items()}


def rank_mentors(session: Session, mentee_id: int) -> list[MentorOption]:
    """Every mentor of the rung above ``mentee_id``: allowed ones by score, then excluded ones.

    The mentee's own current matches do not exclude anyone here (the list is about who
    else would suit them); their current mentors are marked with ``match_id``.
    """
    participant = session.get(Participant, mentee_id)
    if participant is None:
        raise NotFoundError(sentence("matching.participant_gone"))
    roster = load_roster(session, participant.cycle_id)
    role = roster.roles[mentee_id]
    rung = roster.ladder.index(role) if role in roster.ladder else 0
    if rung == 0:
        return []
    mentor_role = roster.ladder[rung - 1]
    # Weighed as the relation weighs its pairs, as a proposal would score them.
    settings = relation_weights(session, roster, mentor_role, role)
    mentee = dataclasses.replace(roster.profiles[mentee_id], matched=False)
    current = {
        m.mentor_id: (m.id, m.pinned)
        for m in session.scalars(
            select(Match).where(Match.mentee_id == mentee_id, Match.status.in_(LIVE_MATCH_STATUSES))
        )
    }
    used: dict[int, int] = defaultdict(int)
    for mentor_id in session.scalars(
        select(Match.mentor_id).where(
            Match.cycle_id == participant.cycle_id, Match.status.in_(LIVE_MATCH_STATUSES)
        )
    ):
        used[mentor_id] += 1
    options = []
    for mentor in roster.by_role(mentor_role):
        scored = score_pair(mentor, mentee, settings)
        broken = violation_reasons(mentor, mentee, settings)
        if mentor.id in current:  # their own pairing does not count against them
            broken = [v for v in broken if v[0] != "capacity"]
        if not broken and scored.score < settings.min_score - 1e-9:
            broken = [("min_score", reason("rule_min_score"))]
        match_id, pinned = current.get(mentor.id, (None, False))
        options.append(
            MentorOption(
                id=mentor.id,
                person_id=mentor.person_id,
                name=mentor.name,
                email=mentor.email,
                institution=mentor.institution,
                score=scored.score,
                reasons=tuple(scored.reasons),
                reason_data=tuple(scored.reason_data),
                remaining=mentor.capacity,
                capacity=roster.capacities[mentor.id],
                rule=broken[0][0] if broken else None,
                excluded_by=render(broken[0][1], "en") if broken else None,
                excluded_reason=broken[0][1] if broken else None,
                match_id=match_id,
                pinned=pinned,
                over_by=max(0, used[mentor.id] - roster.capacities[mentor.id]),
            )
        )
    return sorted(options, key=lambda o: (o.match_id is None, o.rule is not None, -o.score, o.name))
