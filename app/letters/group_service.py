"""Group letters for a cycle: plan one letter per person of each confirmed group, render, record.

A group's first meeting is kept on the group (``Group.first_meeting_*``). Every letter
written is a ``letter_record`` row with the group's id, so the letter log lists group letters
with the pairs' ones; one audit event names the batch, as for match letters.

The caller's session is the transaction; the PDF is written through :mod:`app.safe_files`.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.catalogue import load_catalogue
from app.db.models import Cycle, Group, LetterRecord, Participant, Person, group_member
from app.errors import NotFoundError, UnusableInputError
from app.letters import files
from app.letters.content import LANGUAGES, PartnerDetails
from app.letters.group_letter import MODES, FirstMeeting, GroupLetterContent, render_group_letters
from app.letters.group_messages import sentence
from app.letters.letterhead import program_letterhead
from app.letters.planning import reading_language
from app.letters.versions import adopt_legacy_templates, current_templates
from app.safe_files import OutputFiles

log = logging.getLogger(__name__)

LETTER_GROUP_STATUSES = ("confirmed", "active")
MAX_TEXT = 200


@dataclass
class GroupLetterBatch:
    path: Path
    letters: int
    groups: int
    language_counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)


def first_meeting(group: Group) -> FirstMeeting:
    """The group's first meeting as entered (an empty one when nothing was)."""
    return FirstMeeting(
        on=group.first_meeting_on,
        time=group.first_meeting_time or "",
        place=group.first_meeting_place or "",
        mode=group.first_meeting_mode or "",
    )


def group_first_meeting(session: Session, group_id: int) -> FirstMeeting:
    """The first meeting of the group ``group_id`` (refused when the group is gone)."""
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(sentence("letters.group_gone"))
    return first_meeting(group)


def set_first_meeting(session: Session, group_id: int, meeting: FirstMeeting) -> None:
    """Keep when and how the group first meets (an empty meeting forgets it)."""
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(sentence("letters.group_gone"))
    if meeting.mode and meeting.mode not in MODES:
        raise UnusableInputError(sentence("letters.first_mode", mode=meeting.mode))
    if len(meeting.time.strip()) > MAX_TEXT or len(meeting.place.strip()) > MAX_TEXT:
        raise UnusableInputError(sentence("letters.first_text_long", most=MAX_TEXT))
    group.first_meeting_on = meeting.on
    group.first_meeting_time = meeting.time.strip()
    group.first_meeting_place = meeting.place.strip()
    group.first_meeting_mode = meeting.mode
    session.flush()
    audit.record(session, "first_meeting", "group", group_id)


def _details(
    participant: Participant, person: Person, language: str, catalogue: Any
) -> PartnerDetails:
    return PartnerDetails(
        name=person.display_name,
        pronouns=person.pronouns,
        email=person.email,
        phone=person.phone if person.share_phone else "",
        institution=participant.institution,
        stage=catalogue.label("stage", participant.stage, language) if participant.stage else "",
    )


def plan_group_letters(
    session: Session,
    cycle: Cycle,
    lang: str | None,
    today: dt.date,
    group_ids: Iterable[int] | None = None,
) -> tuple[list[tuple[int, int, GroupLetterContent]], list[str]]:
    """(group id, recipient participant id, content) per person of each confirmed group."""
    from app.meetings.group_engagement import group_cadences

    program = cycle.program
    head = program_letterhead(program)
    catalogue = load_catalogue(session, program.id)
    query = select(Group).where(Group.cycle_id == cycle.id, Group.status.in_(LETTER_GROUP_STATUSES))
    if group_ids is not None:
        query = query.where(Group.id.in_(list(group_ids)))
    groups = list(session.scalars(query.order_by(Group.name, Group.id)))
    cadences = group_cadences(session, cycle, [g.id for g in groups])
    planned: list[tuple[int, int, GroupLetterContent]] = []
    warnings: list[str] = []
    unset = 0
    for group in groups:
        people = session.execute(
            select(Participant, Person, group_member.c.is_mentor)
            .join(group_member, group_member.c.participant_id == Participant.id)
            .join(Person, Person.id == Participant.person_id)
            .where(group_member.c.group_id == group.id)
            .order_by(group_member.c.is_mentor.desc(), Person.last_name, Person.first_name)
        ).all()
        if len(people) < 2:
            warnings.append(sentence("letters.group_alone", name=group.name))
            continue
        first = first_meeting(group)
        unset += not first.is_set
        for participant, person, is_mentor in people:
            language = reading_language(person, lang)
            shown = [(p, q, m) for p, q, m in people]
            mentors = tuple(_details(p, q, language, catalogue) for p, q, m in shown if m)
            members = tuple(_details(p, q, language, catalogue) for p, q, m in shown if not m)
            others = tuple(
                _details(p, q, language, catalogue) for p, q, _ in shown if p.id != participant.id
            )
            content = GroupLetterContent(
                kind="mentor" if is_mentor else "mentee", language=language,
                recipient_name=person.display_name, partners=others, letterhead=head,
                cycle_label=cycle.label, date=today, cadence_days=cadences[group.id],
                cycle_starts=cycle.starts_on, cycle_ends=cycle.ends_on,
                group_name=group.name, mentors=mentors, members=members, first_meeting=first,
            )  # fmt: skip
            planned.append((group.id, participant.id, content))
    if unset:
        warnings.append(sentence("letters.group_first_unset", count=unset))
    return planned, warnings


def generate_group_letters(
    session: Session,
    cycle_id: int,
    out: Path,
    *,
    lang: str | None = None,
    group_ids: Iterable[int] | None = None,
    today: dt.date | None = None,
) -> GroupLetterBatch:
    """Write one PDF of letters to everyone in the cycle's confirmed or active groups."""
    if lang is not None and lang not in LANGUAGES:
        from app.letters.messages import sentence as letter_sentence

        raise UnusableInputError(
            letter_sentence("letters.language_invalid", choices=" or ".join(LANGUAGES), lang=lang)
        )
    out = Path(out)
    with OutputFiles("the letters") as outputs:
        merged = outputs.new(out)  # the destination is checked before anything else
        cycle = session.get(Cycle, cycle_id)
        if cycle is None:
            raise NotFoundError(sentence("letters.cycle_gone"))
        planned, warnings = plan_group_letters(
            session, cycle, lang, today or dt.date.today(), group_ids
        )
        if not planned:
            raise UnusableInputError(sentence("letters.no_groups"))
        adopt_legacy_templates(session, cycle.program)
        templates = current_templates(session, cycle.program)
        buffer = io.BytesIO()
        _pages, rendered = render_group_letters(
            [c for _, _, c in planned], buffer, templates=templates
        )
        data = buffer.getvalue()
        merged.write_bytes(data)
        sha = files.sha256_of_bytes(data)
        session.add_all(
            LetterRecord(
                group_id=group_id,
                recipient_id=recipient_id,
                language=content.language,
                template_version=templates[content.language].version,
                file_name=out.name,
                file_sha256=sha,
            )
            for group_id, recipient_id, content in planned
        )
        languages = dict(Counter(c.language for _, _, c in planned))
        audit.record(
            session, "group_letters", "cycle", cycle.id, letters=len(planned), languages=languages
        )
        session.flush()
        outputs.commit()
    groups = len({g for g, _, _ in planned})
    log.info("wrote %d group letters for %d groups", len(planned), groups)
    return GroupLetterBatch(out, len(planned), groups, languages, warnings + rendered)
