"""Reading and saving a program's eligibility rules, and the fields they may read."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, Participant, Program
from app.eligibility.messages import sentence
from app.eligibility.rules import BUILTIN_FIELDS, SETTINGS_KEY, Rule, parse_rules, rules_to_json
from app.errors import MentorDeskError, NotFoundError

log = logging.getLogger(__name__)


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("eligibility.program_gone"))
    return program


def load_rules(session: Session, program_id: int) -> dict[str, list[Rule]]:
    """The program's rules by role. Rules saved before a role was renamed, or otherwise
    no longer readable, are skipped (and logged) rather than stopping matching."""
    program = _program(session, program_id)
    raw = (program.settings or {}).get(SETTINGS_KEY)
    if not raw:
        return {}
    ladder = list(program.role_ladder)
    if isinstance(raw, Mapping):
        raw = {role: rules for role, rules in raw.items() if role in ladder}
    try:
        return parse_rules(raw, ladder, None)
    except MentorDeskError:
        log.warning("program %d: stored eligibility rules cannot be read; ignored", program_id)
        return {}


def save_rules(
    session: Session, program_id: int, raw: Mapping[str, object]
) -> dict[str, list[Rule]]:
    """Check ``raw`` (``{ROLE: [{"field", "op", "value", "label"}]}``) and store it as the
    program's rules; a rule that cannot be used is refused with a sentence naming it."""
    program = _program(session, program_id)
    fields = program_fields(session, program_id)
    rules = parse_rules(raw, list(program.role_ladder), fields)
    settings = dict(program.settings or {})
    stored = rules_to_json(rules)
    if stored:
        settings[SETTINGS_KEY] = stored
    else:
        settings.pop(SETTINGS_KEY, None)
    program.settings = settings  # a new dict, so the JSON column is saved
    audit.record(
        session,
        "set_eligibility",
        "program",
        program_id,
        rules={role: len(found) for role, found in rules.items()},
    )
    session.flush()
    return rules


def custom_fields(session: Session, cycle_ids: list[int]) -> list[str]:
    """The custom questions answered by participants of these cycles, sorted."""
    if not cycle_ids:
        return []
    seen: set[str] = set()
    query = select(Participant.custom_fields).where(Participant.cycle_id.in_(cycle_ids))
    for answers in session.scalars(query):
        seen.update(str(k) for k in (answers or {}))
    return sorted(seen, key=str.casefold)


def program_fields(session: Session, program_id: int) -> list[str]:
    """Every field a rule of the program may read: the built-in ones, then the custom
    questions seen in any of its cycles."""
    cycles = list(session.scalars(select(Cycle.id).where(Cycle.program_id == program_id)))
    found = custom_fields(session, cycles)
    return [*BUILTIN_FIELDS, *(f for f in found if f not in BUILTIN_FIELDS)]
