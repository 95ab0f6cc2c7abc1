"""Everything the participant form shows about one participant, and their history.

Returned as plain frozen data so the form can keep it after the session is closed. Choice
answers (province, languages, stage, interests) are the stored catalogue keys; the detail
carries the program's catalogue so the form shows them by their labels in the window's
language (``answer_text``) and stores what is typed back as keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue import Catalogue, load_catalogue, seed_catalogue
from app.cycles.history import GroupSummary, groups_of
from app.db.models import Cycle, Match, Participant
from app.errors import NotFoundError
from app.roster.messages import sentence


@dataclass(frozen=True)
class MatchSummary:
    """One match seen from one side: who the partner was and how it went."""

    match_id: int
    partner_name: str
    partner_role: str
    status: str
    as_mentor: bool
    end_category: str = ""  # why it ended (END_CATEGORIES), with end_reason's words
    end_reason: str = ""
    continued: bool = False  # carried on from the same pair of an earlier cycle


@dataclass(frozen=True)
class PastParticipation:
    participant_id: int
    cycle_id: int
    cycle_label: str  # "2024-2025"
    program_name: str
    role: str
    status: str
    matches: tuple[MatchSummary, ...] = ()
    groups: tuple[GroupSummary, ...] = ()

    @property
    def cycle_title(self) -> str:
        return f"{self.program_name} — {self.cycle_label}"


@dataclass(frozen=True)
class ParticipantDetail:
    id: int
    person_id: int
    cycle_id: int
    role: str
    role_ladder: tuple[str, ...]
    email: str
    first_name: str
    last_name: str
    preferred_name: str
    pronouns: str
    phone: str
    share_phone: bool
    city: str
    province: str
    languages: tuple[str, ...]
    preferred_language: str
    notes: str
    institution: str
    stage: str
    interests: tuple[str, ...]
    capacity: int
    status: str
    returning: bool
    custom_fields: dict[str, str] = field(default_factory=dict)
    matches: tuple[MatchSummary, ...] = ()
    groups: tuple[GroupSummary, ...] = ()
    history: tuple[PastParticipation, ...] = ()
    """The person's other participations (earlier cycles, other roles), newest first."""
    catalogue: Catalogue = field(default_factory=seed_catalogue, compare=False, repr=False)
    """The program's catalogue of answers, to show the stored keys by their labels."""

    @property
    def name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()

    def answer_text(self, field_name: str, lang: str) -> str:
        """A choice answer as the form shows it: labels in ``lang``, several joined.

        Interests are joined with "; " (a label may hold a comma), languages with ", ".
        """
        if field_name in ("interests", "languages"):
            answers: tuple[str, ...] = getattr(self, field_name)
            joiner = "; " if field_name == "interests" else ", "
            return joiner.join(self.catalogue.label(field_name, a, lang) for a in answers)
        answer: str = getattr(self, field_name)
        return self.catalogue.label(field_name, answer, lang) if answer else ""


def get_participant_detail(session: Session, participant_id: int) -> ParticipantDetail:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError(sentence("roster.participant_gone"))
    person = participant.person
    everything = person_history(session, person.id)
    own = next(p for p in everything if p.participant_id == participant_id)
    return ParticipantDetail(
        id=participant.id,
        person_id=person.id,
        cycle_id=participant.cycle_id,
        role=participant.role,
        role_ladder=tuple(participant.cycle.program.role_ladder),
        email=person.email,
        first_name=person.first_name,
        last_name=person.last_name,
        preferred_name=person.preferred_name,
        pronouns=person.pronouns,
        phone=person.phone,
        share_phone=bool(person.share_phone),
        city=person.city,
        province=person.province,
        languages=tuple(person.languages or ()),
        preferred_language=person.preferred_language,
        notes=person.notes,
        institution=participant.institution,
        stage=participant.stage,
        interests=tuple(participant.interests or ()),
        capacity=participant.capacity,
        status=participant.status,
        returning=bool(participant.is_returning),
        custom_fields={str(k): _text(v) for k, v in (participant.custom_fields or {}).items()},
        matches=own.matches,
        groups=own.groups,
        history=tuple(p for p in everything if p.participant_id != participant_id),
        catalogue=load_catalogue(session, participant.cycle.program_id),
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def person_history(session: Session, person_id: int) -> list[PastParticipation]:
    """Every participation of the person, newest cycle first, with each one's matches."""
    participations = session.scalars(
        select(Participant)
        .join(Cycle, Cycle.id == Participant.cycle_id)
        .where(Participant.person_id == person_id)
        .order_by(Cycle.starts_on.desc(), Cycle.id.desc(), Participant.id)
        .options(selectinload(Participant.cycle).selectinload(Cycle.program))
    ).all()
    ids = [p.id for p in participations]
    matches = session.scalars(
        select(Match)
        .where(Match.mentor_id.in_(ids) | Match.mentee_id.in_(ids))
        .order_by(Match.id)
        .options(
            selectinload(Match.mentor).selectinload(Participant.person),
            selectinload(Match.mentee).selectinload(Participant.person),
        )
    ).all()
    groups = groups_of(session, ids)
    return [
        PastParticipation(
            participant_id=p.id,
            cycle_id=p.cycle_id,
            cycle_label=p.cycle.label,
            program_name=p.cycle.program.name,
            role=p.role,
            status=p.status,
            matches=tuple(_summaries(p.id, matches)),
            groups=tuple(groups.get(p.id, ())),
        )
        for p in participations
    ]


def _summaries(participant_id: int, matches: Sequence[Match]) -> list[MatchSummary]:
    found: list[MatchSummary] = []
    for match in matches:
        if participant_id not in (match.mentor_id, match.mentee_id):
            continue
        as_mentor = match.mentor_id == participant_id
        partner = match.mentee if as_mentor else match.mentor
        found.append(
            MatchSummary(
                match_id=match.id,
                partner_name=partner.person.display_name,
                partner_role=partner.role,
                status=match.status,
                as_mentor=as_mentor,
                end_category=match.end_category,
                end_reason=match.end_reason,
                continued=match.continued_from_id is not None,
            )
        )
    return found
