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

from app.catalogue import Catalogue, load_catalogue, seed_catalogue
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
from app.matching.reasons import (
    render_reasons,
    without_invented_preference,
    without_sensitive,
)

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
    interests_a: Sequence[str],
    interests_b: Sequence[str],
    topics: Sequence[Topic],
    language: str,
    catalogue: Catalogue | None = None,
) -> tuple[str, ...]:
    """Catalogue topics sharing words with the pair's shared interests, else the first few.

    Interests are compared as catalogue values ("Santé mondiale" is "Global health"); each
    shared value's English label is matched with the topics' English names and its French
    label with their French names, so the topics do not depend on the language of the
    forms the pair filled in, and "personnelle" never meets "personal". An answer outside
    the catalogue is matched by its own words, with names in both languages.
    """
    catalogue = catalogue or seed_catalogue()
    keys_a = _interest_keys(interests_a, catalogue)
    shared = keys_a.keys() & _interest_keys(interests_b, catalogue).keys()
    english: set[str] = set()
    french: set[str] = set()
    for folded in shared:
        value = catalogue.value("interests", keys_a[folded])
        if value is None:
            english |= _words(keys_a[folded])
            french |= _words(keys_a[folded])
        else:
            english |= _words(value.en)
            french |= _words(value.fr)
    chosen = [t for t in topics if english & _words(t.name) or french & _words(t.name_fr)][
        :MAX_TOPICS
    ]
    if not chosen:
        chosen = list(topics[:DEFAULT_TOPICS])
    return tuple((t.name_fr or t.name) if language == "fr" else t.name for t in chosen)


def _interest_keys(interests: Sequence[str], catalogue: Catalogue) -> dict[str, str]:
    """Folded key → key of each interest: a stored key, or an answer stored as typed."""
    keys = (catalogue.key_of("interests", i.strip()) for i in interests if i.strip())
    return {key.casefold(): key for key in keys}


def _place(person: Person, catalogue: Catalogue, language: str) -> str:
    province = catalogue.label("province", person.province, language) if person.province else ""
    return ", ".join(p for p in (person.city, province) if p)


def partner_details(
    partner: Participant,
    match: Match,
    topics: Sequence[Topic],
    language: str,
    catalogue: Catalogue | None = None,
) -> PartnerDetails:
    """``partner`` as introduced in a letter about ``match`` to the other member of the pair.

    Answers stored as catalogue keys (stage, province, interests) are printed as their
    labels in the letter's ``language`` (the program's ``catalogue``, else the seed).
    """
    catalogue = catalogue or seed_catalogue()
    person = partner.person
    other = match.mentee if partner.id == match.mentor_id else match.mentor
    return PartnerDetails(
        name=person.display_name,
        pronouns=person.pronouns,
        email=person.email,
        phone=person.phone if person.share_phone else "",
        institution=partner.institution,
        stage=catalogue.label("stage", partner.stage, language) if partner.stage else "",
        city=_place(person, catalogue, language),
        reasons=tuple(render_reasons(_reasons(match), language)),
        topics=suggest_topics(
            partner.interests or [], other.interests or [], topics, language, catalogue
        ),
    )


def _reasons(match: Match) -> list[object]:
    """The match's stored reasons fit for a letter: none revealing a sensitive answer,
    never calling an unstated language a preference."""
    stored = without_sensitive(match.reasons)
    if match.mentee.person.language_source == "stated":
        return stored
    return without_invented_preference(stored)


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
    catalogue = load_catalogue(session, program.id)
    groups: dict[tuple[LetterKind, int], list[Match]] = defaultdict(list)
    for match in matches:
        groups[("mentee", match.mentee_id)].append(match)
        groups[("mentor", match.mentor_id)].append(match)
    from app.meetings.engagement import pair_cadences

    # Each pair's own cadence, as engagement measures it; a mentor with several mentees
    # is asked for the most frequent contact among them.
    cadences = pair_cadences(session, cycle.id, [m.id for m in matches])
    planned = []
    for (kind, _), group in groups.items():
        recipient = group[0].mentee if kind == "mentee" else group[0].mentor
        person = recipient.person
        language = reading_language(person, lang)
        partners = tuple(
            partner_details(
                m.mentor if kind == "mentee" else m.mentee, m, topics, language, catalogue
            )
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
            cadence_days=min(cadences.get(m.id, program.cadence_days) for m in group),
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
