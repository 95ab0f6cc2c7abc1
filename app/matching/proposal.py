"""Assisted matching: propose the best matches for everyone not yet matched (read-only)."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.matching.choice_sentences import choice_sentence
from app.matching.criteria import exclusion, score_pair
from app.matching.limits import RelationOutcome, limit_sentences, priority_left
from app.matching.loading import Roster, load_roster
from app.matching.profile import MatchSettings, Profile
from app.matching.reasons import Reason, reason, render
from app.matching.settings_service import MatchChoices
from app.programs.relations import relation_match_settings, relation_settings
from app.progress import CancelCheck, Progress, check_cancelled, report

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProposedMatch:
    mentor_id: int
    mentee_id: int
    mentor_email: str
    mentee_email: str
    mentor_name: str
    mentee_name: str
    score: float
    reasons: list[str]  # English sentences (``match --json``)
    contributions: dict[str, float]
    reason_data: list[Reason] = field(default_factory=list)  # structured: what is saved


@dataclass(frozen=True)
class Candidate:
    """A mentor considered for a mentee; ``excluded_by`` names the hard rule against it."""

    mentor_id: int
    mentor_email: str
    mentor_name: str
    score: float
    reasons: list[str]
    excluded_by: str | None
    remaining_capacity: int


@dataclass
class Proposal:
    """Proposed matches of a cycle (participant ids and emails), not yet saved."""

    cycle: str
    matches: list[ProposedMatch] = field(default_factory=list)
    unmatched_mentees: list[tuple[int, str]] = field(default_factory=list)
    unmatched_mentors: list[tuple[int, str]] = field(default_factory=list)
    total_score: float = 0.0
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    limits: list[str] = field(default_factory=list)
    candidates_asked: int = 0
    blocking_pairs: int = 0  # pairs who would both rather be together (see ``stability``)
    notes: list[str] = field(default_factory=list)  # stability and priority, in sentences
    optimum_total: float | None = None  # the best total score, when a stable set was asked
    priority_waiting: int = 0  # mentees left unmatched last cycle, when served first
    priority_served: int = 0
    unrecognised_preferences: list[dict[str, object]] = field(default_factory=list)
    # Email → the eligibility rules each person left out fails (English sentences).
    ineligible: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The ``match --json`` document of CLI.md (plus ``limits``)."""
        doc: dict[str, object] = {
            "cycle": self.cycle,
            "matches": [
                {
                    "mentor": m.mentor_email,
                    "mentee": m.mentee_email,
                    "score": m.score,
                    "reasons": list(m.reasons),
                }
                for m in self.matches
            ],
            "unmatched_mentees": [email for _, email in self.unmatched_mentees],
            "unmatched_mentors": [email for _, email in self.unmatched_mentors],
            "total_score": round(self.total_score, 4),
        }
        if self.candidates_asked or self.candidates:
            doc["candidates"] = {
                mentee: [
                    {
                        "mentor": c.mentor_email,
                        "score": c.score,
                        "reasons": list(c.reasons),
                        "excluded_by": c.excluded_by,
                    }
                    for c in ranked
                ]
                for mentee, ranked in self.candidates.items()
            }
        doc["limits"] = list(self.limits)
        doc["unrecognised_preferences"] = list(self.unrecognised_preferences)
        if self.ineligible:
            doc["ineligible"] = {email: list(why) for email, why in self.ineligible.items()}
        doc["blocking_pairs"] = self.blocking_pairs
        doc["notes"] = list(self.notes)
        if self.optimum_total is not None:
            doc["stable"] = {
                "total_score_optimum": round(self.optimum_total, 4),
                "cost": round(max(0.0, self.optimum_total - self.total_score), 4),
            }
        if self.priority_waiting:
            doc["priority"] = {"waiting": self.priority_waiting, "served": self.priority_served}
        return doc


def propose_matches(
    session: Session,
    cycle_id: int,
    *,
    candidates: int = 0,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    settings: MatchSettings | None = None,
    choices: MatchChoices | None = None,
) -> Proposal:
    """The best matches for every mentee of the cycle not yet in a live match.

    Each pair of adjacent rungs of the ladder is matched on its own. Live matches (pinned
    or not) are kept and use up their mentor's places. With ``candidates`` > 0, every
    waiting mentee also gets their best mentors and the better-scoring ones a hard rule
    excluded. ``settings`` and ``choices`` replace the program's own for this proposal (a
    settings file); by default the program's are used. Nothing is written.
    """
    from app.matching.priority import unmatched_last_cycle
    from app.matching.settings_service import load_choices

    roster = load_roster(session, cycle_id)
    if settings is not None:
        roster = dataclasses.replace(roster, settings=settings)
    chosen = choices if choices is not None else load_choices(session, roster.program_id)
    first = unmatched_last_cycle(session, cycle_id) if chosen.priority_unmatched else set()
    proposal = Proposal(cycle=roster.label, candidates_asked=max(0, candidates))
    proposal.limits += [note.sentence for note in roster.named_notes]
    proposal.unrecognised_preferences = [note.to_json() for note in roster.named_notes]
    _add_ineligible(roster, proposal)
    relations = list(zip(roster.ladder, roster.ladder[1:], strict=False))
    program_settings = _program_settings(session, roster.program_id)
    for done, (mentor_role, mentee_role) in enumerate(relations):
        check_cancelled(is_cancelled)
        report(progress, done, len(relations))
        relation = relation_settings(program_settings, mentee_role, mentor_role)
        if relation.stored and relation.is_groups:
            continue  # a relation of groups is formed by group work, never as pairs
        own = relation_match_settings(roster.settings, relation)
        plan = _Plan(roster, mentor_role, mentee_role, chosen.prefer_stable, first, own)
        _propose_relation(plan, proposal, is_cancelled)
    check_cancelled(is_cancelled)
    report(progress, len(relations), len(relations))
    proposal.total_score = round(sum(m.score for m in proposal.matches), 4)
    _add_notes(proposal, chosen)
    log.info(
        "Proposed %d matches in cycle %d; %d mentees unmatched",
        len(proposal.matches),
        cycle_id,
        len(proposal.unmatched_mentees),
    )
    return proposal


def _add_ineligible(roster: Roster, proposal: Proposal) -> None:
    """Who the eligibility rules left out, with why, and one sentence per role."""
    from app.eligibility.messages import sentence

    counts: dict[str, int] = {}
    for pid, why in sorted(roster.ineligible.items()):
        proposal.ineligible[roster.profiles[pid].email] = [str(s) for s in why]
        counts[roster.roles[pid]] = counts.get(roster.roles[pid], 0) + 1
    for role, count in counts.items():
        proposal.limits.append(sentence("eligibility.left_out", count=count, role=role))


@dataclass(frozen=True)
class _Plan:
    """One pair of adjacent rungs to match, with the choices that shape it."""

    roster: Roster
    mentor_role: str
    mentee_role: str
    prefer_stable: bool
    first: set[int]  # person ids served first (unmatched last cycle)
    settings: MatchSettings | None = None  # the relation's criteria (None: the roster's)


def _program_settings(session: Session, program_id: int) -> dict[str, Any]:
    from app.db.models import Program

    program = session.get(Program, program_id)
    return dict(program.settings) if program is not None else {}


def _propose_relation(plan: _Plan, proposal: Proposal, is_cancelled: CancelCheck | None) -> None:
    from app.matching.matrix import score_matrix
    from app.matching.priority import with_priority
    from app.matching.solver import solve
    from app.matching.stability import blocking_pairs, prefer_stable

    roster, mentor_role, mentee_role = plan.roster, plan.mentor_role, plan.mentee_role
    mentors = roster.by_role(mentor_role)
    waiting = [p for p in roster.by_role(mentee_role) if p.active and not p.matched]
    settings = plan.settings or roster.settings
    scores, allowed = score_matrix(mentors, waiting, settings)
    check_cancelled(is_cancelled)
    places = [m.capacity for m in mentors]
    first = {row for row, p in enumerate(waiting) if p.person_id in plan.first}
    pairs = solve(with_priority(scores, first, places), allowed, places, settings.mode)
    check_cancelled(is_cancelled)
    if plan.prefer_stable:
        choice = prefer_stable(scores, allowed, places, pairs, priority_rows=first)
        proposal.optimum_total = (proposal.optimum_total or 0.0) + choice.optimum_total
        pairs = choice.pairs
    proposal.blocking_pairs += blocking_pairs(scores, allowed, places, pairs)
    for row, col in pairs:
        proposal.matches.append(_proposed(mentors[col], waiting[row], settings, row in first))
    chosen_rows = {row for row, _ in pairs}
    proposal.priority_waiting += len(first)
    proposal.priority_served += len(first & chosen_rows)
    if first - chosen_rows:
        proposal.limits.append(priority_left(len(first - chosen_rows), mentee_role))
    chosen_mentors = {mentors[col].id for _, col in pairs}
    proposal.unmatched_mentees += [
        (p.id, p.email) for row, p in enumerate(waiting) if row not in chosen_rows
    ]
    proposal.unmatched_mentors += [
        (m.id, m.email)
        for m in mentors
        if m.active
        and roster.capacities[m.id] > 0
        and roster.live_as_mentor[m.id] == 0
        and m.id not in chosen_mentors
    ]
    outcome = RelationOutcome(
        mentor_role=mentor_role,
        mentee_role=mentee_role,
        mentors=mentors,
        waiting=waiting,
        allowed=allowed,
        pairs=pairs,
        capacities=[roster.capacities[m.id] for m in mentors],
    )
    proposal.limits += limit_sentences(outcome)
    if proposal.candidates_asked:
        _add_candidates(mentors, waiting, scores, allowed, settings, proposal)


def _add_notes(proposal: Proposal, chosen: MatchChoices) -> None:
    """Sentences for the summary: how stable the proposal is, who was served first."""
    if chosen.priority_unmatched and proposal.priority_waiting:
        served, waiting = proposal.priority_served, proposal.priority_waiting
        proposal.notes.append(
            choice_sentence("matching.priority_served", served=served, waiting=waiting)
        )
    optimum = proposal.optimum_total
    if optimum is not None and optimum - proposal.total_score > 1e-9:
        proposal.notes.append(
            choice_sentence(
                "matching.stable_chosen",
                stable=f"{proposal.total_score:.2f}",
                best=f"{optimum:.2f}",
            )
        )
    if proposal.blocking_pairs == 0:
        proposal.notes.append(choice_sentence("matching.stable_none"))
    elif proposal.blocking_pairs == 1:
        proposal.notes.append(choice_sentence("matching.stable_blocking_one"))
    else:
        count = proposal.blocking_pairs
        proposal.notes.append(choice_sentence("matching.stable_blocking", count=count))


def _proposed(
    mentor: Profile, mentee: Profile, settings: MatchSettings, served_first: bool = False
) -> ProposedMatch:
    scored = score_pair(mentor, mentee, settings)
    if served_first:
        why = reason("served_first_unmatched")
        scored = dataclasses.replace(
            scored,
            reasons=[render(why, "en"), *scored.reasons],
            reason_data=[why, *scored.reason_data],
        )
    return ProposedMatch(
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        mentor_email=mentor.email,
        mentee_email=mentee.email,
        mentor_name=mentor.name,
        mentee_name=mentee.name,
        score=scored.score,
        reasons=scored.reasons,
        contributions=scored.contributions,
        reason_data=scored.reason_data,
    )


def candidate(mentor: Profile, mentee: Profile, settings: MatchSettings) -> Candidate:
    """One mentor as a candidate for one mentee, with the hard rule against it if any."""
    scored = score_pair(mentor, mentee, settings)
    return Candidate(
        mentor_id=mentor.id,
        mentor_email=mentor.email,
        mentor_name=mentor.name,
        score=scored.score,
        reasons=scored.reasons,
        excluded_by=exclusion(mentor, mentee, settings, scored.score),
        remaining_capacity=mentor.capacity,
    )


def _add_candidates(
    mentors: list[Profile],
    waiting: list[Profile],
    scores: npt.NDArray[np.float64],
    allowed: npt.NDArray[np.bool_],
    settings: MatchSettings,
    proposal: Proposal,
) -> None:
    """The N best allowed mentors per mentee, and up to N excluded ones ranked above them."""
    import numpy as np

    wanted = proposal.candidates_asked
    order = np.argsort(-scores, axis=1, kind="stable")
    for row, mentee in enumerate(waiting):
        ranked: list[Candidate] = []
        kept = excluded = 0
        for col in order[row]:
            if kept >= wanted:
                break
            if allowed[row, col]:
                kept += 1
            elif excluded < wanted and mentors[col].active:
                excluded += 1
            else:
                continue
            ranked.append(candidate(mentors[col], mentee, settings))
        proposal.candidates[mentee.email] = ranked
