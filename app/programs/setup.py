"""A program's setup as the Program settings page edits it, what a change will do, and saving it.

``preview_settings_change`` says, before saving, what a change does to data already there
(live pairs of a relation switched to groups, pairs that become overdue with a shorter
cadence, people who keep their capacity...). ``save_program_setup`` stores the whole setup
in the caller's transaction and records which parts changed in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app import audit
from app.db.models import (
    LIVE_MATCH_STATUSES,
    Cycle,
    Group,
    Match,
    Meeting,
    Participant,
    Program,
)
from app.errors import NotFoundError, UnusableInputError
from app.programs.messages import sentence
from app.programs.presets import CUSTOM, check_model, preset_settings
from app.programs.relations import RelationSettings, program_relations
from app.sentences import Sentence

log = logging.getLogger(__name__)

FLAG_DEFAULTS: dict[str, Any] = {
    "agreements": False,
    "eligibility": False,
    "orientation": False,
    "surveys": [],
    "terms": 1,
    "keep_groups_years": 0,
}


@dataclass(frozen=True)
class ProgramSetup:
    """Name, model, ladder, relations and program-level flags of one program."""

    name: str
    organisation: str
    model: str
    ladder: tuple[str, ...]
    relations: tuple[RelationSettings, ...]
    flags: dict[str, Any] = field(default_factory=lambda: dict(FLAG_DEFAULTS))
    ladder_locked: bool = False  # people are in the program: the rungs cannot change

    def relation(self, mentee_role: str) -> RelationSettings:
        return next(r for r in self.relations if r.mentee_role == mentee_role)

    def with_model(self, model: str) -> ProgramSetup:
        """This setup with ``model``'s preset relations and flags laid on its ladder."""
        preset = preset_settings(model, self.ladder)
        relations = tuple(RelationSettings.from_dict(r) for r in preset["relations"])
        flags = {key: preset.get(key, default) for key, default in FLAG_DEFAULTS.items()}
        return replace(self, model=preset["model"], relations=relations, flags=flags)


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("programs.program_gone"))
    return program


def has_people(session: Session, program_id: int) -> bool:
    found = session.scalar(
        select(Participant.id).join(Cycle).where(Cycle.program_id == program_id).limit(1)
    )
    return found is not None


def load_setup(session: Session, program_id: int) -> ProgramSetup:
    program = _program(session, program_id)
    settings = dict(program.settings or {})
    ladder = tuple(program.role_ladder)
    return ProgramSetup(
        name=program.name,
        organisation=program.organisation,
        model=str(settings.get("model") or ""),
        ladder=ladder,
        relations=program_relations(settings, ladder),
        flags={key: settings.get(key, default) for key, default in FLAG_DEFAULTS.items()},
        ladder_locked=has_people(session, program_id),
    )


def _checked(session: Session, program_id: int, new: ProgramSetup) -> ProgramSetup:
    """``new`` validated against the stored program; refusals are sentences."""
    program = _program(session, program_id)
    name = new.name.strip()
    if not name:
        raise UnusableInputError(sentence("programs.name_required"))
    taken = session.scalar(select(Program.id).where(Program.name == name, Program.id != program_id))
    if taken is not None:
        raise UnusableInputError(sentence("programs.name_taken", name=name))
    ladder = tuple(r.strip() for r in new.ladder if r.strip())
    if ladder != tuple(program.role_ladder):
        if has_people(session, program_id):
            raise UnusableInputError(sentence("programs.ladder_locked"))
        if len(ladder) < 2:
            raise UnusableInputError(sentence("programs.ladder_too_short"))
        if len({r.casefold() for r in ladder}) != len(ladder):
            raise UnusableInputError(sentence("programs.ladder_repeats"))
    pairs = list(itertools.pairwise(ladder))
    if [(r.mentor_role, r.mentee_role) for r in new.relations] != pairs:
        raise UnusableInputError(sentence("programs.relations_mismatch"))
    for relation in new.relations:
        relation.check()
    model = check_model(new.model) if new.model else CUSTOM
    return replace(
        new, name=name, organisation=new.organisation.strip(), ladder=ladder, model=model
    )


def _where(relation: RelationSettings) -> str:
    return f"{relation.mentor_role} → {relation.mentee_role}"


def _counted(key: str, count: int, **params: Any) -> Sentence:
    return sentence(f"{key}_{'one' if count == 1 else 'many'}", count=count, **params)


def _live_pairs(session: Session, program_id: int, mentee_role: str) -> list[tuple[Any, Any, Any]]:
    """(day made, last contact) of each live pair whose mentee has ``mentee_role``."""
    mentee = aliased(Participant)
    last = (
        select(Meeting.match_id, func.max(Meeting.held_on).label("last"))
        .where(Meeting.match_id.is_not(None))
        .group_by(Meeting.match_id)
        .subquery()
    )
    query = (
        select(func.coalesce(Match.confirmed_at, Match.created_at), Match.status, last.c.last)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(Cycle, Cycle.id == Match.cycle_id)
        .outerjoin(last, last.c.match_id == Match.id)
        .where(
            Cycle.program_id == program_id,
            Cycle.status != "closed",
            mentee.role == mentee_role,
            Match.status.in_(LIVE_MATCH_STATUSES),
        )
    )
    return [(made, status, seen) for made, status, seen in session.execute(query)]


def _overdue(pairs: list[tuple[Any, Any, Any]], cadence: int, today: dt.date) -> int:
    from app.meetings.engagement import ENGAGED_STATUSES, contact_status

    count = 0
    for made, status, seen in pairs:
        if status not in ENGAGED_STATUSES or seen is None:
            continue
        last = _day(seen) or today
        made_on = made.date() if isinstance(made, dt.datetime) else _day(made) or last
        if contact_status(made_on, last, today, cadence)[0] == "overdue":
            count += 1
    return count


def _day(value: object) -> dt.date | None:
    """A day from SQLite (text once a function wraps the column) or from the ORM."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _live_groups(session: Session, program_id: int, mentee_role: str) -> int:
    query = (
        select(func.count(Group.id))
        .join(Cycle, Cycle.id == Group.cycle_id)
        .where(
            Cycle.program_id == program_id,
            Cycle.status != "closed",
            Group.relation == mentee_role,
            Group.status != "ended",
        )
    )
    return session.scalar(query) or 0


def _mentors(session: Session, program_id: int, mentor_role: str) -> int:
    query = (
        select(func.count(Participant.id))
        .join(Cycle, Cycle.id == Participant.cycle_id)
        .where(Cycle.program_id == program_id, Participant.role == mentor_role)
    )
    return session.scalar(query) or 0


def _relation_effects(
    session: Session, program_id: int, old: RelationSettings, new: RelationSettings, today: dt.date
) -> list[Sentence]:
    said: list[Sentence] = []
    where = _where(new)
    if old.kind != new.kind:
        if new.is_groups:
            live = len(_live_pairs(session, program_id, new.mentee_role))
            if live:
                said.append(_counted("programs.change.to_groups", live, relation=where))
        else:
            groups = _live_groups(session, program_id, new.mentee_role)
            if groups:
                said.append(_counted("programs.change.to_pairs", groups, relation=where))
    if old.cadence_days != new.cadence_days and not new.is_groups:
        pairs = _live_pairs(session, program_id, new.mentee_role)
        before = _overdue(pairs, old.cadence_days, today)
        after = _overdue(pairs, new.cadence_days, today)
        if after > before:
            said.append(
                _counted(
                    "programs.change.overdue",
                    after - before,
                    relation=where,
                    days=new.cadence_days,
                )
            )
        elif before > after:
            said.append(
                _counted(
                    "programs.change.back_on_track",
                    before - after,
                    relation=where,
                    days=new.cadence_days,
                )
            )
    if old.default_capacity != new.default_capacity:
        mentors = _mentors(session, program_id, new.mentor_role)
        if mentors:
            said.append(
                _counted(
                    "programs.change.capacity",
                    mentors,
                    relation=where,
                    old=old.default_capacity,
                    new=new.default_capacity,
                )
            )
    if set(old.criteria) != set(new.criteria):
        proposed = sum(
            1
            for _, status, _ in _live_pairs(session, program_id, new.mentee_role)
            if status == "proposed"
        )
        if proposed:
            said.append(_counted("programs.change.criteria", proposed, relation=where))
    return said


def preview_settings_change(
    session: Session, program_id: int, new: ProgramSetup, today: dt.date | None = None
) -> list[Sentence]:
    """What saving ``new`` will change in data already there; [] when nothing is touched."""
    checked = _checked(session, program_id, new)
    current = load_setup(session, program_id)
    today = today or dt.date.today()
    said: list[Sentence] = []
    old_by_role = {r.mentee_role: r for r in current.relations}
    for relation in checked.relations:
        old = old_by_role.get(relation.mentee_role)
        if old is not None:
            said += _relation_effects(session, program_id, old, relation, today)
    return said


def save_program_setup(
    session: Session, program_id: int, new: ProgramSetup, today: dt.date | None = None
) -> list[Sentence]:
    """Store ``new`` (one transaction: the caller's); returns what it changed in the data."""
    effects = preview_settings_change(session, program_id, new, today)
    checked = _checked(session, program_id, new)
    program = _program(session, program_id)
    before = load_setup(session, program_id)
    last = checked.relations[-1]
    matching = dict(program.settings.get("matching") or {})
    matching["default_capacity"] = last.default_capacity
    program.name = checked.name
    program.organisation = checked.organisation
    program.role_ladder = list(checked.ladder)
    # A new dict, so SQLAlchemy sees the JSON column change.
    program.settings = {
        **(program.settings or {}),
        **{key: checked.flags.get(key, default) for key, default in FLAG_DEFAULTS.items()},
        "model": checked.model,
        "relations": [
            replace(r, stored=True).to_dict() for r in _keep_grouping(before, checked.relations)
        ],
        "cadence_days": last.cadence_days,
        "matching": matching,
    }
    changed = _changed_parts(before, checked)
    if changed:
        audit.record(session, "update_program_settings", "program", program_id, changed=changed)
    log.info("Saved the setup of program %d (%s)", program_id, ", ".join(changed) or "no change")
    return effects


def _keep_grouping(
    before: ProgramSetup, relations: tuple[RelationSettings, ...]
) -> tuple[RelationSettings, ...]:
    """Rungs renamed (same number of rungs): each relation is the same relation under new
    names, so it keeps the grouping choices and rules saved at its place in the ladder."""
    if len(before.relations) != len(relations):
        return relations
    return tuple(
        replace(new, grouping=old.grouping) if old.grouping and not new.grouping else new
        for old, new in zip(before.relations, relations, strict=True)
    )


def _changed_parts(before: ProgramSetup, after: ProgramSetup) -> list[str]:
    parts = []
    for name in ("name", "organisation", "model", "ladder", "flags"):
        if getattr(before, name) != getattr(after, name):
            parts.append(name)
    old = {r.mentee_role: r.to_dict() for r in before.relations}
    for relation in after.relations:
        if old.get(relation.mentee_role) != relation.to_dict():
            parts.append(f"relation:{relation.mentee_role}")
    return parts
