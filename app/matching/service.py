"""Matching services: propose, save, list, confirm, reject, end, pin and explain matches.

Every function works inside the caller's transaction (``db.write()`` or ``db.read()``)
and never commits; every change is audited with ids only.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app import audit
from app.db.models import (
    END_CATEGORIES,
    LIVE_MATCH_STATUSES,
    Match,
    Participant,
    Person,
    utcnow,
)
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.matching.changes import delete_match, reopen_match, restore_match, unconfirm_matches
from app.matching.criteria import score_pair, violation_reasons
from app.matching.loading import Roster, load_roster
from app.matching.messages import sentence, text
from app.matching.profile import MatchSettings
from app.matching.proposal import (
    Candidate,
    Proposal,
    ProposedMatch,
    candidate,
    propose_matches,
)
from app.matching.reasons import reason, render, render_reasons
from app.matching.relation_weights import relation_roster
from app.sentences import render as render_sentence

__all__ = [
    "Candidate",
    "MatchRow",
    "Proposal",
    "ProposedMatch",
    "apply_proposal",
    "confirm_matches",
    "create_manual_match",
    "delete_match",
    "end_match",
    "explain_pair",
    "list_matches",
    "pair_violations",
    "propose_matches",
    "reject_match",
    "reopen_match",
    "restore_match",
    "set_pinned",
    "unconfirm_matches",
]


@dataclasses.dataclass(frozen=True)
class MatchRow:
    """One line of the matches table."""

    id: int
    cycle_id: int
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentor_email: str
    mentee_name: str
    mentee_email: str
    mentor_institution: str
    mentee_institution: str
    status: str
    origin: str
    score: float | None
    reasons: tuple[str, ...]
    pinned: bool
    reason_data: tuple[object, ...] = ()  # as stored: structured, or old English sentences


def apply_proposal(
    session: Session,
    cycle_id: int,
    proposal: Proposal,
    *,
    confirm: bool = False,
    settings: MatchSettings | None = None,
) -> list[int]:
    """Save the proposal's matches (proposed, or confirmed with ``confirm``); new match ids.

    Refuses the whole proposal when it no longer fits the data: someone has since been
    matched or withdrawn, a mentor would exceed their places, a rule changed. ``settings``
    are the ones the proposal was made with when they were not the program's (a file).
    """
    ids = {m.mentor_id for m in proposal.matches} | {m.mentee_id for m in proposal.matches}
    roster = load_roster(session, cycle_id, ids)
    if settings is not None:
        roster = dataclasses.replace(roster, settings=settings)
    if proposal.cycle != roster.label:
        raise RuleViolationError(
            sentence("matching.proposal_other_cycle", made=proposal.cycle, current=roster.label)
        )
    problem = _first_stale_problem(roster, proposal)
    if problem:
        raise RuleViolationError(sentence("matching.proposal_stale", problem=problem))
    status = "confirmed" if confirm else "proposed"
    now = utcnow()
    matches = [
        Match(
            cycle_id=cycle_id,
            mentor_id=m.mentor_id,
            mentee_id=m.mentee_id,
            status=status,
            origin="assisted",
            score=m.score,
            reasons=list(m.reason_data or m.reasons),
            confirmed_at=now if confirm else None,
        )
        for m in proposal.matches
    ]
    session.add_all(matches)
    session.flush()
    for match in matches:
        audit.record(
            session,
            "create",
            "match",
            match.id,
            origin="assisted",
            status=status,
            cycle_id=cycle_id,
        )
    audit.record(session, "apply_proposal", "cycle", cycle_id, matches=len(matches))
    return [match.id for match in matches]


def _first_stale_problem(roster: Roster, proposal: Proposal) -> str | None:
    used: Counter[int] = Counter()
    seen: set[int] = set()
    for pm in proposal.matches:
        mentor = roster.profiles.get(pm.mentor_id)
        mentee = roster.profiles.get(pm.mentee_id)
        if mentor is None or mentee is None:
            return sentence("matching.stale_participant_left")
        pair = {"mentor": mentor.name, "mentee": mentee.name}
        if not roster.is_relation(roster.roles[mentor.id], roster.roles[mentee.id]):
            return sentence("matching.stale_roles", **pair)
        broken = violation_reasons(mentor, mentee, roster.settings)
        if broken:
            why = broken[0][1]
            rule = text(render(why, "en").lower(), render(why, "fr").lower())
            return sentence("matching.stale_rule", rule=rule, **pair)
        if mentee.id in seen:
            return sentence("matching.stale_twice", name=mentee.name)
        seen.add(mentee.id)
        used[mentor.id] += 1
        if used[mentor.id] > mentor.capacity:
            return sentence("matching.stale_over_capacity", name=mentor.name)
    return None


def list_matches(
    session: Session, cycle_id: int, statuses: Iterable[str] | None = None
) -> list[MatchRow]:
    """The cycle's matches (optionally only some statuses), oldest first."""
    mentor, mentee = aliased(Participant), aliased(Participant)
    mentor_person, mentee_person = aliased(Person), aliased(Person)
    query = (
        select(Match, mentor, mentee, mentor_person, mentee_person)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(mentor_person, mentor_person.id == mentor.person_id)
        .join(mentee_person, mentee_person.id == mentee.person_id)
        .where(Match.cycle_id == cycle_id)
        .order_by(Match.id)
    )
    if statuses is not None:
        query = query.where(Match.status.in_(list(statuses)))
    return [
        MatchRow(
            id=match.id,
            cycle_id=match.cycle_id,
            mentor_id=match.mentor_id,
            mentee_id=match.mentee_id,
            mentor_name=mentor_who.display_name,
            mentor_email=mentor_who.email,
            mentee_name=mentee_who.display_name,
            mentee_email=mentee_who.email,
            mentor_institution=mentor_part.institution,
            mentee_institution=mentee_part.institution,
            status=match.status,
            origin=match.origin,
            score=match.score,
            reasons=tuple(render_reasons(match.reasons, "en")),
            pinned=match.pinned,
            reason_data=tuple(match.reasons or ()),
        )
        for match, mentor_part, mentee_part, mentor_who, mentee_who in session.execute(query)
    ]


def _match(session: Session, match_id: int) -> Match:
    match = session.get(Match, match_id)
    if match is None:
        raise NotFoundError(sentence("matching.match_gone"))
    return match


def confirm_matches(session: Session, match_ids: Iterable[int]) -> int:
    """Confirm the proposed matches among ``match_ids``; returns how many were confirmed."""
    confirmed = 0
    now = utcnow()
    for match_id in dict.fromkeys(match_ids):
        match = _match(session, match_id)
        if match.status != "proposed":
            continue
        match.status = "confirmed"
        match.confirmed_at = now
        audit.record(session, "confirm", "match", match.id)
        confirmed += 1
    return confirmed


def reject_match(session: Session, match_id: int) -> None:
    """Delete a proposed match (a pinned one must be unpinned first)."""
    match = _match(session, match_id)
    if match.status != "proposed":
        raise RuleViolationError(sentence("matching.reject_not_proposed"))
    if match.pinned:
        raise RuleViolationError(sentence("matching.reject_pinned"))
    audit.record(
        session,
        "reject",
        "match",
        match.id,
        cycle_id=match.cycle_id,
        mentor_id=match.mentor_id,
        mentee_id=match.mentee_id,
    )
    session.delete(match)
    session.flush()


def end_match(session: Session, match_id: int, reason: str, category: str = "") -> None:
    """End a live match early or at the end of the cycle; the reason is required.

    ``category`` (one of ``END_CATEGORIES``) sorts the ending for reports; ``reason`` is
    the coordinator's note.
    """
    reason = reason.strip()
    if not reason:
        raise UnusableInputError(sentence("matching.end_reason_missing"))
    if category not in END_CATEGORIES:
        raise ValueError(f"not an end category: {category!r}")
    match = _match(session, match_id)
    if match.status not in LIVE_MATCH_STATUSES:
        raise RuleViolationError(sentence("matching.already_ended"))
    match.status = "ended"
    match.ended_at = utcnow()
    match.end_reason = reason[:500]
    match.end_category = category
    # The reason stays on the match; the category is no personal text.
    audit.record(session, "end", "match", match.id, category=category)


def set_pinned(session: Session, match_id: int, pinned: bool) -> None:
    """Pin a live match (kept as it is, cannot be rejected) or unpin it."""
    match = _match(session, match_id)
    if pinned and match.status not in LIVE_MATCH_STATUSES:
        raise RuleViolationError(sentence("matching.pin_ended"))
    if match.pinned != pinned:
        match.pinned = pinned
        audit.record(session, "pin" if pinned else "unpin", "match", match.id)


def _pair_roster(session: Session, mentor_id: int, mentee_id: int) -> Roster:
    """The two participants, checked to exist and to take part in the same cycle."""
    found = {
        p.id: p.cycle_id
        for p in session.scalars(
            select(Participant).where(Participant.id.in_([mentor_id, mentee_id]))
        )
    }
    if mentor_id not in found or mentee_id not in found:
        raise NotFoundError(sentence("matching.participant_gone"))
    if found[mentor_id] != found[mentee_id]:
        raise RuleViolationError(sentence("matching.different_cycles"))
    if mentor_id == mentee_id:
        raise RuleViolationError(sentence("matching.self_match"))
    roster = load_roster(session, found[mentor_id], [mentor_id, mentee_id])
    # Scored and checked as their relation weighs pairs, as a proposal would be.
    return relation_roster(session, roster, mentor_id, mentee_id)


def _pair_violations(roster: Roster, mentor_id: int, mentee_id: int) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if not roster.is_relation(roster.roles[mentor_id], roster.roles[mentee_id]):
        roles = reason("rule_roles")
        found.append(("roles", text(render(roles, "en"), render(roles, "fr"))))
    mentor, mentee = roster.profiles[mentor_id], roster.profiles[mentee_id]
    for rule, why in violation_reasons(mentor, mentee, roster.settings):
        found.append((rule, text(render(why, "en"), render(why, "fr"))))
    return found


def pair_violations(session: Session, mentor_id: int, mentee_id: int) -> list[tuple[str, str]]:
    """The hard rules pairing these two would break, as (rule, sentence); [] when none."""
    roster = _pair_roster(session, mentor_id, mentee_id)
    return _pair_violations(roster, mentor_id, mentee_id)


def explain_pair(session: Session, mentor_id: int, mentee_id: int) -> Candidate:
    """How well ``mentor_id`` suits ``mentee_id``, why, and the hard rule against it if any."""
    roster = _pair_roster(session, mentor_id, mentee_id)
    mentor, mentee = roster.profiles[mentor_id], roster.profiles[mentee_id]
    result = candidate(mentor, mentee, roster.settings)
    broken = _pair_violations(roster, mentor_id, mentee_id)
    if broken and broken[0][0] == "roles":
        return dataclasses.replace(result, excluded_by=broken[0][1])
    return result


def create_manual_match(
    session: Session,
    cycle_id: int,
    mentor_id: int,
    mentee_id: int,
    *,
    override_reason: str = "",
) -> int:
    """A coordinator's own match (origin manual), confirmed at once, scored with reasons.

    Pairing by hand is the coordinator's own decision, as accepting a proposal is, so both
    confirm: a hand-made pair left "proposed" would wait for a second confirmation nobody
    thinks of, and would get no letters.

    Breaking a hard rule (places, withdrawn, never-pair list, required language, mentee
    already matched, roles) is refused unless ``override_reason`` says why; the override
    and its reason go to the audit trail.
    """
    roster = _pair_roster(session, mentor_id, mentee_id)
    if roster.cycle_id != cycle_id:
        raise RuleViolationError(sentence("matching.not_in_cycle"))
    broken = _pair_violations(roster, mentor_id, mentee_id)
    reason = override_reason.strip()
    if broken and not reason:
        rules = text(
            "; ".join(said for _, said in broken),
            "; ".join(render_sentence(said, "fr") for _, said in broken),
        )
        raise RuleViolationError(sentence("matching.rules_broken", rules=rules))
    scored = score_pair(roster.profiles[mentor_id], roster.profiles[mentee_id], roster.settings)
    match = Match(
        cycle_id=cycle_id,
        mentor_id=mentor_id,
        mentee_id=mentee_id,
        status="confirmed",
        confirmed_at=utcnow(),
        origin="manual",
        score=scored.score,
        reasons=list(scored.reason_data),
    )
    session.add(match)
    session.flush()
    details: dict[str, object] = {"origin": "manual", "cycle_id": cycle_id}
    if broken:
        details |= {"overridden": [rule for rule, _ in broken], "override_reason": reason}
    audit.record(session, "create", "match", match.id, **details)
    return match.id
