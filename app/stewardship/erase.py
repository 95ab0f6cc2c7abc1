"""Erasing personal data: anonymising one person, and purging old cycles.

Anonymising keeps the rows (so participant, match and contact counts in reports stay
true) but replaces everything that identifies the person: names, email, phone, city,
notes, custom fields, the free text of their matches and contacts, and the names in their
letter file names. Afterwards the database is vacuumed with ``secure_delete`` on, so the
old values do not survive in free pages or in the write-ahead log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.orm import Session

from app import audit
from app.db.engine import Database
from app.db.models import (
    Cycle,
    Group,
    LetterRecord,
    Match,
    Meeting,
    Participant,
    Person,
    group_member,
)
from app.errors import NotFoundError, UnusableInputError
from app.stewardship.messages import sentence

ANONYMISED_DOMAIN = "anonymised.invalid"
ANONYMISED_FIRST_NAME = "Anonymised"
PURGE_MODES = ("anonymise", "delete")


def is_anonymised(person: Person) -> bool:
    return person.email_key.endswith("@" + ANONYMISED_DOMAIN)


def secure_vacuum(db: Database) -> None:
    """Rewrite the database so erased values leave no trace in free pages or the WAL."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def letter_files_about(session: Session, person_id: int) -> list[str]:
    """The names of the letter files saved for or about a person, from the letter log.

    Their own letters, their partners' letters and the letters of their groups (which name
    every member and mentor) count. The files are wherever the coordinator saved them:
    erasing the database cannot reach them, so the coordinator is told which ones to delete.
    """
    participant_ids = select(Participant.id).where(Participant.person_id == person_id)
    pair = or_(Match.mentor_id.in_(participant_ids), Match.mentee_id.in_(participant_ids))
    match_ids = select(Match.id).where(pair)
    group_ids = select(group_member.c.group_id).where(
        group_member.c.participant_id.in_(participant_ids)
    )
    names = session.scalars(
        select(LetterRecord.file_name)
        .where(
            or_(
                LetterRecord.match_id.in_(match_ids),
                LetterRecord.group_id.in_(group_ids),
                LetterRecord.recipient_id.in_(participant_ids),
            ),
            LetterRecord.file_name != "",
        )
        .distinct()
        .order_by(LetterRecord.file_name)
    )
    return list(names)


def _scrub_person(session: Session, person: Person) -> None:
    person.first_name = ANONYMISED_FIRST_NAME
    person.last_name = f"#{person.id}"
    person.preferred_name = ""
    person.pronouns = ""
    person.email = f"person-{person.id}@{ANONYMISED_DOMAIN}"
    person.email_key = person.email
    person.phone = ""
    person.share_phone = False
    person.city = ""
    person.notes = ""
    for participant in person.participations:
        _scrub_participation(session, participant.id)
        participant.custom_fields = {}


def _scrub_participation(session: Session, participant_id: int) -> None:
    """Clear the free text around one participation: notes may name the person."""
    pair = or_(Match.mentor_id == participant_id, Match.mentee_id == participant_id)
    match_ids = select(Match.id).where(pair).scalar_subquery()
    session.execute(update(Match).where(pair).values(end_reason=""))
    session.execute(
        update(Meeting).where(Meeting.match_id.in_(match_ids)).values(notes="", concern_note="")
    )
    letters = update(LetterRecord).where(LetterRecord.recipient_id == participant_id)
    session.execute(letters.values(file_name=func.printf("letter-%d.pdf", LetterRecord.id)))


def anonymise_person(db: Database, person_id: int, *, reason: str) -> None:
    """Replace everything that identifies ``person_id`` with placeholders, audited with
    ``reason``, then vacuum the database with ``secure_delete``."""
    if not reason.strip():
        raise UnusableInputError(sentence("stewardship.anonymise_reason"))
    with db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(sentence("stewardship.person_gone"))
        _scrub_person(session, person)
        audit.record(session, "anonymise", "person", person_id, reason=reason.strip())
    secure_vacuum(db)


@dataclass(frozen=True)
class PurgeReport:
    """What a cycle purge removes (``dry_run``) or removed."""

    mode: str
    cutoff: dt.date
    cycles: list[str]
    participants: int
    persons: int
    matches: int
    meetings: int
    letters: int
    dry_run: bool

    def to_json(self) -> dict[str, object]:
        return {
            "mode": self.mode,
            "cutoff": self.cutoff.isoformat(),
            "cycles": self.cycles,
            "participants": self.participants,
            "persons": self.persons,
            "matches": self.matches,
            "meetings": self.meetings,
            "letters": self.letters,
            "dry_run": self.dry_run,
        }


def purge_cutoff(today: dt.date, older_than_years: int) -> dt.date:
    try:
        return today.replace(year=today.year - older_than_years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - older_than_years, day=28)


def _old_cycles(session: Session, cutoff: dt.date) -> list[Cycle]:
    """Cycles that ended before ``cutoff`` (by end date, else start date, else creation)."""
    cycles = session.scalars(select(Cycle).order_by(Cycle.id))
    old = []
    for cycle in cycles:
        ended = cycle.ends_on or cycle.starts_on or cycle.created_at.date()
        if ended < cutoff:
            old.append(cycle)
    return old


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _persons_only_in(session: Session, cycle_ids: list[int]) -> list[int]:
    """People whose every participation is in ``cycle_ids``."""
    inside = select(Participant.person_id).where(Participant.cycle_id.in_(cycle_ids))
    outside = select(Participant.person_id).where(Participant.cycle_id.not_in(cycle_ids))
    return sorted(set(session.scalars(inside)) - set(session.scalars(outside)))


def _measure(session: Session, mode: str, cutoff: dt.date, dry_run: bool) -> PurgeReport:
    cycles = _old_cycles(session, cutoff)
    ids = [c.id for c in cycles]
    match_ids = select(Match.id).where(Match.cycle_id.in_(ids))
    group_ids = select(Group.id).where(Group.cycle_id.in_(ids))
    letters = or_(LetterRecord.match_id.in_(match_ids), LetterRecord.group_id.in_(group_ids))
    return PurgeReport(
        mode=mode,
        cutoff=cutoff,
        cycles=[f"{c.program.name} {c.label}" for c in cycles],
        participants=_count(session, select(Participant.id).where(Participant.cycle_id.in_(ids))),
        persons=len(_persons_only_in(session, ids)),
        matches=_count(session, match_ids),
        meetings=_count(session, select(Meeting.id).where(Meeting.match_id.in_(match_ids))),
        letters=_count(session, select(LetterRecord.id).where(letters)),
        dry_run=dry_run,
    )


def _apply_purge(session: Session, mode: str, cycle_ids: list[int]) -> None:
    persons = _persons_only_in(session, cycle_ids)
    if mode == "delete":
        # The database's ON DELETE CASCADE removes participants, matches, contacts,
        # groups, letter records and import records with their cycle.
        session.execute(delete(Cycle).where(Cycle.id.in_(cycle_ids)))
        session.execute(delete(Person).where(Person.id.in_(persons)))
        return
    for person in session.scalars(select(Person).where(Person.id.in_(persons))):
        _scrub_person(session, person)
    # People still active in recent cycles keep their name; their old records lose free text.
    old = session.scalars(select(Participant).where(Participant.cycle_id.in_(cycle_ids)))
    for participant in old:
        _scrub_participation(session, participant.id)
        participant.custom_fields = {}


def purge_cycles(
    db: Database,
    older_than_years: int,
    *,
    today: dt.date,
    mode: str = "anonymise",
    dry_run: bool = False,
) -> PurgeReport:
    """Anonymise or delete every cycle that ended more than ``older_than_years`` ago.

    With ``dry_run`` nothing is changed and the report says what would be. People who also
    take part in a more recent cycle are never deleted or renamed.
    """
    if mode not in PURGE_MODES:
        raise UnusableInputError(sentence("stewardship.purge_mode", mode=mode))
    if older_than_years < 1:
        raise UnusableInputError(sentence("stewardship.purge_years"))
    cutoff = purge_cutoff(today, older_than_years)
    if dry_run:
        with db.read() as session:
            return _measure(session, mode, cutoff, True)
    with db.write() as session:
        report = _measure(session, mode, cutoff, False)
        cycle_ids = [c.id for c in _old_cycles(session, cutoff)]
        if cycle_ids:
            _apply_purge(session, mode, cycle_ids)
            audit.record(session, f"purge_cycles:{mode}", "cycle", None, **report.to_json())
    if cycle_ids:
        secure_vacuum(db)
    return report
