"""From the database to plain letter content: who gets which letter, saying what."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.models import Cycle, Match, Participant, Person, Program, Topic
from app.letters.content import (
    DEFAULT_FIRST_CONTACT_DAYS,
    LANGUAGES,
    LetterContent,
    Letterhead,
    LetterKind,
    PartnerDetails,
)
from app.letters.files import safe_file_name
from app.letters.letterhead import program_letterhead
from app.matching.reasons import render_reasons, without_invented_preference

LETTER_STATUSES = ("confirmed", "notified", "active")
MAX_TOPICS = 5
DEFAULT_TOPICS = 4
_WORD = re.compile(r"\w+")
_STOPWORDS = frozenset(
    {"and", "the", "for", "with", "from", "into", "one", "ones", "its", "what", "that", "this"}
    | {"des", "les", "pour", "avec", "dans", "une", "son", "ses"}
)


@dataclass(frozen=True)
class PlannedLetter:
    """A letter to write, with what the service needs to record it."""

    content: LetterContent
    recipient_id: int
    person_id: int
    match_ids: tuple[int, ...]
    file_name: str
    recipient_email: str = ""


def letter_matches(
    session: Session, cycle_id: int, match_ids: Iterable[int] | None
) -> tuple[list[Match], int]:
    """The cycle's matches that get letters, and how many chosen ids were left out."""
    query = (
        select(Match)
        .where(Match.cycle_id == cycle_id, Match.status.in_(LETTER_STATUSES))
        .options(
            selectinload(Match.mentor).selectinload(Participant.person),
            selectinload(Match.mentee).selectinload(Participant.person),
        )
        .order_by(Match.id)
    )
    if match_ids is None:
        return list(session.scalars(query)), 0
    wanted = set(match_ids)
    found = list(session.scalars(query.where(Match.id.in_(wanted))))
    return found, len(wanted) - len(found)


def letterhead(program: Program) -> Letterhead:
    return program_letterhead(program)


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """Word stems (first five letters) for a forgiving overlap: research ~ researcher.

    Cached: every letter compares its pair's interests with the same topic names.
    """
    words = _WORD.findall(text.casefold())
    return frozenset(w[:5] for w in words if len(w) > 2 and w not in _STOPWORDS)


def suggest_topics(
    interests_a: Sequence[str], interests_b: Sequence[str], topics: Sequence[Topic], language: str
) -> tuple[str, ...]:
    """Catalogue topics sharing words with the pair's shared interests, else the first few."""
    shared = {i.casefold().strip() for i in interests_a} & {
        i.casefold().strip() for i in interests_b
    }
    stems: set[str] = set()
    for interest in shared:
        stems |= _words(interest)
    chosen = [t for t in topics if stems & (_words(t.name) | _words(t.name_fr))][:MAX_TOPICS]
    if not chosen:
        chosen = list(topics[:DEFAULT_TOPICS])
    return tuple((t.name_fr or t.name) if language == "fr" else t.name for t in chosen)


def _place(person: Person) -> str:
    return ", ".join(p for p in (person.city, person.province) if p)


def partner_details(
    partner: Participant, match: Match, topics: Sequence[Topic], language: str
) -> PartnerDetails:
    """``partner`` as introduced in a letter about ``match`` to the other member of the pair."""
    person = partner.person
    other = match.mentee if partner.id == match.mentor_id else match.mentor
    return PartnerDetails(
        name=person.display_name,
        pronouns=person.pronouns,
        email=person.email,
        phone=person.phone if person.share_phone else "",
        institution=partner.institution,
        stage=partner.stage,
        city=_place(person),
        reasons=tuple(render_reasons(_reasons(match), language)),
        topics=suggest_topics(partner.interests or [], other.interests or [], topics, language),
    )


def _reasons(match: Match) -> list[object]:
    """The match's stored reasons, never calling an unstated language a preference."""
    if match.mentee.person.language_source == "stated":
        return list(match.reasons or ())
    return without_invented_preference(match.reasons)


def reading_language(person: Person, forced: str | None) -> str:
    """The language of ``person``'s letter: ``forced`` (``--lang``), else their own."""
    if forced:
        return forced
    return person.preferred_language if person.preferred_language in LANGUAGES else "en"


def plan_letters(
    session: Session,
    cycle: Cycle,
    matches: Sequence[Match],
    lang: str | None,
    today: dt.date,
) -> list[PlannedLetter]:
    """One letter per recipient and role: mentees get their mentor(s), mentors their mentees."""
    program = cycle.program
    head = letterhead(program)
    topics = list(session.scalars(select(Topic).where(Topic.active.is_(True)).order_by(Topic.id)))
    groups: dict[tuple[LetterKind, int], list[Match]] = defaultdict(list)
    for match in matches:
        groups[("mentee", match.mentee_id)].append(match)
        groups[("mentor", match.mentor_id)].append(match)
    planned = []
    for (kind, _), group in groups.items():
        recipient = group[0].mentee if kind == "mentee" else group[0].mentor
        person = recipient.person
        language = reading_language(person, lang)
        partners = tuple(
            partner_details(m.mentor if kind == "mentee" else m.mentee, m, topics, language)
            for m in group
        )
        content = LetterContent(
            kind=kind,
            language=language,
            recipient_name=person.display_name,
            partners=partners,
            letterhead=head,
            cycle_label=cycle.label,
            date=today,
            first_contact_days=int(
                program.settings.get("first_contact_days", DEFAULT_FIRST_CONTACT_DAYS)
            ),
            cadence_days=program.cadence_days,
            cycle_starts=cycle.starts_on,
            cycle_ends=cycle.ends_on,
        )
        planned.append(
            PlannedLetter(
                content=content,
                recipient_id=recipient.id,
                person_id=person.id,
                match_ids=tuple(m.id for m in group),
                file_name=_file_name(cycle.label, person, kind),
                recipient_email=person.email,
            )
        )
    planned.sort(key=_order)
    return _unique_file_names(planned)


def _file_name(label: str, person: Person, kind: str) -> str:
    first = person.preferred_name or person.first_name
    who = f"{person.last_name}, {first}" if person.last_name else first
    return safe_file_name(f"{label} - {who} - {kind}")


def _order(letter: PlannedLetter) -> tuple[str, str, int, str]:
    name = letter.content.recipient_name.casefold()
    return (letter.file_name.casefold(), name, letter.person_id, letter.content.kind)


def _unique_file_names(planned: list[PlannedLetter]) -> list[PlannedLetter]:
    seen: dict[str, int] = {}
    result = []
    for letter in planned:
        key = letter.file_name.casefold()
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            stem = letter.file_name.removesuffix(".pdf")
            letter = dataclasses.replace(letter, file_name=f"{stem} ({seen[key]}).pdf")
        result.append(letter)
    return result
