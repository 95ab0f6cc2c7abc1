"""The letter log: who got which letter, with which template version, and its reproduction.

A logged letter is made again with the exact template version it named, for the same
recipient, matches, language and date. Names and contact details come from the roster as it
is now; when nothing changed, a letter saved on its own is reproduced byte for byte (the
PDFs are written without timestamps), which :attr:`ReproducedLetter.identical` reports.
Group letters are logged per reader too (``LetterRecord.group_id``); the logged file holds the
whole batch, so one reader's letter made again is never identical to it.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.db.models import Cycle, Group, LetterRecord, Match, Participant, Person, group_member
from app.errors import NotFoundError
from app.letters.files import sha256_of_bytes
from app.letters.messages import sentence
from app.letters.planning import plan_letters
from app.letters.service import render_one
from app.letters.versions import template_for_label


@dataclass(frozen=True)
class LetterLogRow:
    """One line of the letter log: one letter about one match or one group to one person.

    A group letter has ``group_id`` and ``group_name`` set, ``match_id`` None, no pair's
    names and the role "mentor" or "member"; its ``match_status`` is the group's status.
    """

    id: int
    created_at: dt.datetime
    recipient_name: str
    recipient_email: str
    role: str
    match_id: int | None
    mentor_name: str
    mentee_name: str
    match_status: str
    language: str
    template_version: str
    file_name: str
    file_sha256: str
    group_id: int | None = None
    group_name: str = ""


@dataclass(frozen=True)
class ReproducedLetter:
    pdf: bytes
    file_name: str
    template_version: str
    identical: bool
    """True when the PDF is byte for byte the logged one (same hash)."""


def letter_log(session: Session, cycle_id: int) -> list[LetterLogRow]:
    """Every letter logged for the cycle's matches and groups, newest first."""
    rows = _pair_letters(session, cycle_id) + _group_letters(session, cycle_id)
    rows.sort(key=lambda row: (row.created_at, row.id), reverse=True)
    return rows


def _pair_letters(session: Session, cycle_id: int) -> list[LetterLogRow]:
    mentor, mentee = aliased(Participant), aliased(Participant)
    mentor_who, mentee_who = aliased(Person), aliased(Person)
    query = (
        select(LetterRecord, Match, mentor_who, mentee_who)
        .join(Match, Match.id == LetterRecord.match_id)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(mentor_who, mentor_who.id == mentor.person_id)
        .join(mentee_who, mentee_who.id == mentee.person_id)
        .where(Match.cycle_id == cycle_id)
        .order_by(LetterRecord.created_at.desc(), LetterRecord.id.desc())
    )
    rows = []
    for record, match, mentor_person, mentee_person in session.execute(query):
        is_mentee = record.recipient_id == match.mentee_id
        who = mentee_person if is_mentee else mentor_person
        rows.append(
            LetterLogRow(
                id=record.id,
                created_at=record.created_at,
                recipient_name=who.display_name,
                recipient_email=who.email,
                role="mentee" if is_mentee else "mentor",
                match_id=match.id,
                mentor_name=mentor_person.display_name,
                mentee_name=mentee_person.display_name,
                match_status=match.status,
                language=record.language,
                template_version=record.template_version,
                file_name=record.file_name,
                file_sha256=record.file_sha256,
            )
        )
    return rows


def _group_letters(session: Session, cycle_id: int) -> list[LetterLogRow]:
    # Outer join: a person taken out of the group since keeps their logged letter.
    query = (
        select(LetterRecord, Group, Person, group_member.c.is_mentor)
        .join(Group, Group.id == LetterRecord.group_id)
        .join(Participant, Participant.id == LetterRecord.recipient_id)
        .join(Person, Person.id == Participant.person_id)
        .outerjoin(
            group_member,
            (group_member.c.group_id == Group.id)
            & (group_member.c.participant_id == LetterRecord.recipient_id),
        )
        .where(Group.cycle_id == cycle_id)
    )
    return [
        LetterLogRow(
            id=record.id,
            created_at=record.created_at,
            recipient_name=person.display_name,
            recipient_email=person.email,
            role="mentor" if is_mentor else "member",
            match_id=None,
            mentor_name="",
            mentee_name="",
            match_status=group.status,
            language=record.language,
            template_version=record.template_version,
            file_name=record.file_name,
            file_sha256=record.file_sha256,
            group_id=group.id,
            group_name=group.name,
        )
        for record, group, person, is_mentor in session.execute(query)
    ]


def local_date(created_at: dt.datetime) -> dt.date:
    """The local calendar day of a logged (UTC) time: the date printed on that letter."""
    return created_at.replace(tzinfo=dt.UTC).astimezone().date()


def reproduce_letter(session: Session, record_id: int) -> ReproducedLetter:
    """The logged letter ``record_id``, made again with the template version it used."""
    record = session.get(LetterRecord, record_id)
    if record is None:
        raise NotFoundError(sentence("letters.log_entry_gone"))
    if record.group_id is not None:
        return _reproduce_group_letter(session, record, record.group_id)
    match = session.get(Match, record.match_id)
    cycle = session.get(Cycle, match.cycle_id) if match is not None else None
    if match is None or cycle is None:
        raise NotFoundError(sentence("letters.log_match_gone"))
    role = "mentee" if record.recipient_id == match.mentee_id else "mentor"
    same_letter = select(LetterRecord.match_id).where(
        LetterRecord.recipient_id == record.recipient_id,
        LetterRecord.file_sha256 == record.file_sha256,
        LetterRecord.file_name == record.file_name,
    )
    matches = list(
        session.scalars(select(Match).where(Match.id.in_(same_letter)).order_by(Match.id))
    )
    template = template_for_label(
        session, cycle.program_id, record.language, record.template_version
    )
    planned = plan_letters(session, cycle, matches, record.language, local_date(record.created_at))
    letter = next(
        p for p in planned if p.recipient_id == record.recipient_id and p.content.kind == role
    )
    pdf, _warnings = render_one(letter, {record.language: template})
    return ReproducedLetter(
        pdf=pdf,
        file_name=letter.file_name,
        template_version=record.template_version,
        identical=sha256_of_bytes(pdf) == record.file_sha256,
    )


def _reproduce_group_letter(
    session: Session, record: LetterRecord, group_id: int
) -> ReproducedLetter:
    """One person's group letter, made again alone (the logged file held the whole batch)."""
    from app.letters.group_letter import render_group_letters
    from app.letters.group_messages import sentence as group_sentence
    from app.letters.group_service import plan_group_letters

    group = session.get(Group, group_id)
    cycle = session.get(Cycle, group.cycle_id) if group is not None else None
    if group is None or cycle is None:
        raise NotFoundError(group_sentence("letters.group_gone"))
    template = template_for_label(
        session, cycle.program_id, record.language, record.template_version
    )
    planned, _warnings = plan_group_letters(
        session, cycle, record.language, local_date(record.created_at), [group_id]
    )
    mine = [content for _, recipient, content in planned if recipient == record.recipient_id]
    if not mine:
        raise NotFoundError(group_sentence("letters.log_group_member_gone"))
    buffer = io.BytesIO()
    render_group_letters(mine, buffer, templates={record.language: template}, title="Group letter")
    pdf = buffer.getvalue()
    return ReproducedLetter(
        pdf=pdf,
        file_name=record.file_name,
        template_version=record.template_version,
        identical=sha256_of_bytes(pdf) == record.file_sha256,
    )
