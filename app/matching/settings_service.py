"""Load and save a program's matching settings and its never-pair list (audited).

The settings live in ``Program.settings["matching"]`` so backups carry them. Every save is
validated by ``MatchSettings.from_program``: a bad value is refused with a sentence and
nothing is stored. Two choices about how the proposal is made (``MatchChoices``: serve first
the people left unmatched last cycle; prefer a stable set) are kept beside them.
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
from app.matching.choice_sentences import choice_sentence
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


@dataclasses.dataclass(frozen=True)
class MatchChoices:
    """How a proposal is made, beyond the scores (both off by default).

    ``priority_unmatched``: mentees left unmatched in the program's previous cycle are
    served first. ``prefer_stable``: prefer a set where no mentee and mentor would both
    rather be together than with their partners, at the least cost in total score found.
    """

    priority_unmatched: bool = False
    prefer_stable: bool = False

    KEYS = ("priority_unmatched_last_cycle", "prefer_stable")

    def to_dict(self) -> dict[str, bool]:
        return dict(zip(self.KEYS, (self.priority_unmatched, self.prefer_stable), strict=True))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> MatchChoices:
        """Read the choices from a matching settings dict; anything but true/false is refused."""
        data = dict(raw or {})
        if isinstance(data.get("matching"), Mapping):
            data = dict(data["matching"])
        values = []
        for key in cls.KEYS:
            value = data.get(key, False)
            if not isinstance(value, bool):
                raise UnusableInputError(choice_sentence("matching.choice_not_bool", setting=key))
            values.append(value)
        return cls(*values)


def validate_settings(data: Mapping[str, Any]) -> tuple[MatchSettings, MatchChoices]:
    """The settings and choices ``data`` holds, checked as a save checks them."""
    return MatchSettings.from_program(data), MatchChoices.from_mapping(data)


def load_choices(session: Session, program_id: int) -> MatchChoices:
    """The program's matching choices; both off where nothing was chosen."""
    return MatchChoices.from_mapping(_program(session, program_id).settings)


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("matching.program_gone"))
    return program


def load_settings(session: Session, program_id: int) -> MatchSettings:
    """The program's matching settings; the defaults where nothing was chosen."""
    return MatchSettings.from_program(_program(session, program_id).settings)


def save_settings(
    session: Session,
    program_id: int,
    data: Mapping[str, Any] | MatchSettings,
    choices: MatchChoices | None = None,
) -> MatchSettings:
    """Validate and store the matching settings; records which keys changed.

    The choices come from ``choices``, else from ``data`` when it is a dict holding them,
    else they stay as stored.
    """
    program = _program(session, program_id)
    before = MatchSettings.from_program(program.settings)
    chosen = data if isinstance(data, MatchSettings) else MatchSettings.from_program(data)
    choices_before = MatchChoices.from_mapping(program.settings)
    if choices is None and isinstance(data, Mapping) and set(MatchChoices.KEYS) & set(data):
        choices = MatchChoices.from_mapping(data)
    _store(program, chosen, choices or choices_before)
    old = {**before.to_dict(), **choices_before.to_dict()}
    new = {**chosen.to_dict(), **(choices or choices_before).to_dict()}
    changed = sorted(key for key in new if old.get(key) != new.get(key))
    if changed:
        audit.record(session, "update_matching_settings", "program", program.id, changed=changed)
    return chosen


def _store(program: Program, chosen: MatchSettings, choices: MatchChoices | None = None) -> None:
    # A new dict, so SQLAlchemy sees the JSON column change; the choices stay beside the
    # settings (MatchSettings does not know them).
    kept = choices or MatchChoices.from_mapping(program.settings)
    matching = {**chosen.to_dict(), **kept.to_dict()}
    program.settings = {**(program.settings or {}), "matching": matching}


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
