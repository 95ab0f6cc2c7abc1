"""Load and save a program's matching settings and its never-pair list (audited).

The settings live in ``Program.settings["matching"]`` so backups carry them. Every save is
validated by ``MatchSettings.from_program``: a bad value is refused with a sentence and
nothing is stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Person, Program
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.matching.messages import sentence
from app.matching.profile import Ban, MatchSettings

MAX_REASON = 300


@dataclasses.dataclass(frozen=True)
class NeverPairRow:
    """One entry of the never-pair list, with the people's names for display."""

    mentor_person: int
    mentee_person: int
    mentor_name: str
    mentee_name: str
    reason: str


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("matching.program_gone"))
    return program


def load_settings(session: Session, program_id: int) -> MatchSettings:
    """The program's matching settings; the defaults where nothing was chosen."""
    return MatchSettings.from_program(_program(session, program_id).settings)


def save_settings(
    session: Session, program_id: int, data: Mapping[str, Any] | MatchSettings
) -> MatchSettings:
    """Validate and store the matching settings; records which keys changed."""
    program = _program(session, program_id)
    before = MatchSettings.from_program(program.settings)
    chosen = data if isinstance(data, MatchSettings) else MatchSettings.from_program(data)
    _store(program, chosen)
    old, new = before.to_dict(), chosen.to_dict()
    changed = sorted(key for key in new if old.get(key) != new.get(key))
    if changed:
        audit.record(session, "update_matching_settings", "program", program.id, changed=changed)
    return chosen


def _store(program: Program, chosen: MatchSettings) -> None:
    # A new dict, so SQLAlchemy sees the JSON column change.
    program.settings = {**(program.settings or {}), "matching": chosen.to_dict()}


def list_never_pairs(session: Session, program_id: int) -> list[NeverPairRow]:
    settings = load_settings(session, program_id)
    ids = {b.mentor_person for b in settings.never_pair}
    ids |= {b.mentee_person for b in settings.never_pair}
    names = {
        p.id: p.display_name for p in session.scalars(select(Person).where(Person.id.in_(ids)))
    }
    return [
        NeverPairRow(
            b.mentor_person,
            b.mentee_person,
            names.get(b.mentor_person, "(deleted person)"),
            names.get(b.mentee_person, "(deleted person)"),
            b.reason,
        )
        for b in settings.never_pair
    ]


def add_never_pair(
    session: Session, program_id: int, mentor_person: int, mentee_person: int, reason: str
) -> None:
    """Never propose this mentor (person id) for this mentee; the reason is required."""
    reason = reason.strip()
    if not reason:
        raise UnusableInputError(sentence("matching.ban_reason_missing"))
    if mentor_person == mentee_person:
        raise RuleViolationError(sentence("matching.ban_self"))
    found = set(
        session.scalars(select(Person.id).where(Person.id.in_([mentor_person, mentee_person])))
    )
    if found != {mentor_person, mentee_person}:
        raise NotFoundError(sentence("matching.person_gone"))
    program = _program(session, program_id)
    settings = MatchSettings.from_program(program.settings)
    if settings.ban_reason(mentor_person, mentee_person) is not None:
        raise RuleViolationError(sentence("matching.ban_exists"))
    ban = Ban(mentor_person, mentee_person, reason[:MAX_REASON])
    _store(program, dataclasses.replace(settings, never_pair=(*settings.never_pair, ban)))
    audit.record(
        session,
        "ban_pair",
        "program",
        program.id,
        mentor_person=mentor_person,
        mentee_person=mentee_person,
    )  # the reason is kept on the list itself, out of the audit trail


def remove_never_pair(
    session: Session, program_id: int, mentor_person: int, mentee_person: int
) -> str:
    """Take the pair off the never-pair list; returns the reason it had."""
    program = _program(session, program_id)
    settings = MatchSettings.from_program(program.settings)
    kept = tuple(
        b
        for b in settings.never_pair
        if (b.mentor_person, b.mentee_person) != (mentor_person, mentee_person)
    )
    if len(kept) == len(settings.never_pair):
        raise NotFoundError(sentence("matching.ban_missing"))
    reason = settings.ban_reason(mentor_person, mentee_person) or ""
    _store(program, dataclasses.replace(settings, never_pair=kept))
    audit.record(
        session,
        "unban_pair",
        "program",
        program.id,
        mentor_person=mentor_person,
        mentee_person=mentee_person,
    )
    return reason
