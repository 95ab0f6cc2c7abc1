"""Reading a cycle's participants from the database as matching profiles."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.catalogue import Catalogue, load_catalogue
from app.db.models import LIVE_MATCH_STATUSES, Cycle, Match, Participant, Person, Program
from app.errors import NotFoundError
from app.matching.messages import sentence
from app.matching.named import PREFERENCE_KEY, MentorIndex, MentorName, NamedNote, recognise
from app.matching.profile import MatchSettings, Profile

# Earlier matches that count for continuity: the pair actually went ahead.
CONTINUITY_STATUSES = ("confirmed", "notified", "active", "ended")


@dataclass(frozen=True)
class Roster:
    """The participants of one cycle as matching sees them, with the program's rules."""

    cycle_id: int
    label: str
    program_id: int
    ladder: tuple[str, ...]
    settings: MatchSettings
    profiles: dict[int, Profile] = field(default_factory=dict)  # by participant id
    roles: dict[int, str] = field(default_factory=dict)
    capacities: dict[int, int] = field(default_factory=dict)  # as signed up
    live_as_mentor: dict[int, int] = field(default_factory=dict)
    # Names of preferred mentors that fit no mentor, or several (settled by the coordinator).
    named_notes: list[NamedNote] = field(default_factory=list)
    # Participant id → the eligibility rules they fail (app.eligibility): left out.
    ineligible: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def by_role(self, role: str) -> list[Profile]:
        """The eligible participants in ``role``, by id (the stable order matching relies
        on); people failing the role's eligibility rules are never candidates."""
        return sorted(
            (
                p
                for pid, p in self.profiles.items()
                if self.roles[pid] == role and pid not in self.ineligible
            ),
            key=lambda p: p.id,
        )

    def is_relation(self, mentor_role: str, mentee_role: str) -> bool:
        """Whether the two roles are adjacent rungs, the mentor's the more senior."""
        pairs = zip(self.ladder, self.ladder[1:], strict=False)
        return (mentor_role, mentee_role) in set(pairs)


def load_roster(
    session: Session, cycle_id: int, participant_ids: Collection[int] | None = None
) -> Roster:
    """The cycle's participants (or only ``participant_ids``) with their open places."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("matching.cycle_gone"))
    program: Program = cycle.program
    roster = Roster(
        cycle_id=cycle.id,
        label=cycle.label,
        program_id=program.id,
        ladder=tuple(program.role_ladder),
        settings=MatchSettings.from_program(program.settings),
    )
    live = _live_counts(session, cycle_id)
    matched = _matched_mentees(session, cycle_id)
    partners = _past_partners(session, cycle)
    catalogue = load_catalogue(session, program.id)
    query = (
        select(Participant, Person)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.cycle_id == cycle_id)
    )
    if participant_ids is not None:
        query = query.where(Participant.id.in_(list(participant_ids)))
    named: dict[int, str] = {}
    for participant, person in session.execute(query.order_by(Participant.id)):
        pid = participant.id
        roster.roles[pid] = participant.role
        roster.capacities[pid] = participant.capacity
        roster.live_as_mentor[pid] = live.get(pid, 0)
        roster.profiles[pid] = _profile(
            participant, person, live.get(pid, 0), pid in matched, partners, catalogue
        )
        answer = (participant.preferences or {}).get(PREFERENCE_KEY)
        if answer:
            named[pid] = str(answer)
    if named:
        _recognise_named(session, roster, named)
    if participant_ids is None:  # the whole cycle: who its eligibility rules leave out
        from app.eligibility.checking import ineligible

        roster.ineligible.update(ineligible(session, cycle_id))
    return roster


def _recognise_named(session: Session, roster: Roster, answers: dict[int, str]) -> None:
    """Tie each mentee's named mentors to the cycle's mentors of the rung above them.

    The whole cycle is looked at even when only some participants were loaded, so a pair
    scores the same in a proposal and on its own.
    """
    query = (
        select(Participant.role, Person)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.cycle_id == roster.cycle_id)
    )
    by_role: dict[str, list[MentorName]] = {}
    for role, person in session.execute(query):
        by_role.setdefault(role, []).append(
            MentorName(
                person.id,
                person.email,
                person.first_name,
                person.last_name,
                person.preferred_name,
            )
        )
    above = dict(zip(roster.ladder[1:], roster.ladder, strict=False))
    indexes: dict[str, MentorIndex] = {}
    for pid, answer in answers.items():
        mentor_role = above.get(roster.roles[pid])
        if mentor_role is None:
            continue  # the top rung has no mentors to name
        if mentor_role not in indexes:
            indexes[mentor_role] = MentorIndex(by_role.get(mentor_role, ()))
        profile = roster.profiles[pid]
        chosen, notes = recognise(pid, profile.email, answer, indexes[mentor_role])
        roster.named_notes.extend(notes)
        if chosen:
            roster.profiles[pid] = dataclasses.replace(profile, named_mentors=chosen)


def _profile(
    participant: Participant,
    person: Person,
    live: int,
    matched: bool,
    partners: dict[int, set[int]],
    catalogue: Catalogue,
) -> Profile:
    # Interests compared as catalogue keys; answers stored before the catalogue are
    # looked up now. Labels go with them so reasons name each in its reader's language.
    keys = list(dict.fromkeys(catalogue.key_of("interests", i) for i in participant.interests))
    known = (catalogue.value("interests", k) for k in keys)
    labels = tuple((v.key, v.en, v.fr) for v in known if v is not None)
    return Profile.from_dict(
        {
            "id": participant.id,
            "person_id": person.id,
            "email": person.email,
            "name": person.display_name,
            "interests": keys,
            "interest_labels": labels,
            "city": person.city,
            "province": person.province,
            "languages": person.languages,
            # Only a stated language is a preference; one derived from the languages spoken
            # or the form (or a default) must not be called the person's preferred language.
            "preferred_language": (
                person.preferred_language if person.language_source == "stated" else ""
            ),
            "institution": participant.institution,
            "preferences": participant.preferences,
            "background": (participant.custom_fields or {}).get("background") or "",
            "capacity": max(0, participant.capacity - live),
            "status": participant.status,
            "matched": matched,
            "past_partners": partners.get(person.id, ()),
        }
    )


def _live_counts(session: Session, cycle_id: int) -> dict[int, int]:
    query = (
        select(Match.mentor_id, func.count())
        .where(Match.cycle_id == cycle_id, Match.status.in_(LIVE_MATCH_STATUSES))
        .group_by(Match.mentor_id)
    )
    return {mentor: count for mentor, count in session.execute(query)}


def _matched_mentees(session: Session, cycle_id: int) -> set[int]:
    query = select(Match.mentee_id).where(
        Match.cycle_id == cycle_id, Match.status.in_(LIVE_MATCH_STATUSES)
    )
    return set(session.scalars(query))


def _past_partners(session: Session, cycle: Cycle) -> dict[int, set[int]]:
    """Person id → the people they were matched with in the program's other cycles."""
    mentor, mentee = aliased(Participant), aliased(Participant)
    query = (
        select(mentor.person_id, mentee.person_id)
        .select_from(Match)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(Cycle, Cycle.id == Match.cycle_id)
        .where(
            Cycle.program_id == cycle.program_id,
            Cycle.id != cycle.id,
            Match.status.in_(CONTINUITY_STATUSES),
        )
    )
    partners: dict[int, set[int]] = {}
    for mentor_person, mentee_person in session.execute(query):
        partners.setdefault(mentor_person, set()).add(mentee_person)
        partners.setdefault(mentee_person, set()).add(mentor_person)
    return partners
