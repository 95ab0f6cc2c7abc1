"""Checking a cycle's participants against their role's eligibility rules.

Each participant is eligible, or not eligible with the sentence of every rule they fail
("fewer than 3 years in the specialty (2)"). Orientation tests read the orientation
records of the person in the cycle (whichever of their roles they were recorded under).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue import Catalogue, load_catalogue
from app.db.models import Cycle, Orientation, Participant, Person
from app.eligibility.messages import sentence
from app.eligibility.rules import Rule, number_in
from app.eligibility.service import load_rules
from app.errors import NotFoundError
from app.roster.columns import normalise_header as fold
from app.roster.values import CellError, parse_yes_no
from app.sentences import Sentence

log = logging.getLogger(__name__)

CATALOGUE_FIELDS = ("stage", "province", "languages", "interests")


@dataclass(frozen=True)
class Facts:
    """What the rules read of one participant."""

    participant_id: int
    person_id: int
    role: str
    status: str
    values: dict[str, Any]
    orientation: list[tuple[dt.date | None, float | None]] = field(default_factory=list)


@dataclass(frozen=True)
class Verdict:
    participant_id: int
    role: str
    status: str
    failed: tuple[Sentence, ...] = ()
    has_orientation: bool = False
    checked: bool = False  # the role has rules

    @property
    def eligible(self) -> bool:
        return not self.failed


def check_cycle(
    session: Session,
    cycle_id: int,
    rules: Mapping[str, list[Rule]] | None = None,
    participant_ids: Collection[int] | None = None,
) -> dict[int, Verdict]:
    """Participant id → verdict for the cycle's participants (or only ``participant_ids``);
    ``rules`` replaces the program's own (the editor's preview of unsaved rules)."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("eligibility.cycle_gone"))
    if rules is None:
        rules = load_rules(session, cycle.program_id)
    catalogue = load_catalogue(session, cycle.program_id)
    facts = load_facts(session, cycle_id, participant_ids)
    return {
        f.participant_id: Verdict(
            f.participant_id,
            f.role,
            f.status,
            tuple(failures(f, rules.get(f.role, []), catalogue)),
            bool(f.orientation),
            bool(rules.get(f.role)),
        )
        for f in facts
    }


def ineligible(session: Session, cycle_id: int) -> dict[int, tuple[Sentence, ...]]:
    """Participant id → the rules they fail, for the active participants who fail any.

    Costs one query when the program has no rules (matching calls it on every proposal).
    """
    cycle = session.get(Cycle, cycle_id)
    if cycle is None or not load_rules(session, cycle.program_id):
        return {}
    verdicts = check_cycle(session, cycle_id)
    return {pid: v.failed for pid, v in verdicts.items() if v.failed and v.status == "active"}


def eligible_participants(session: Session, cycle_id: int, role: str) -> list[int]:
    """Ids of the active participants in ``role`` who meet its rules (group formation)."""
    verdicts = check_cycle(session, cycle_id)
    return sorted(
        pid for pid, v in verdicts.items() if v.role == role and v.status == "active" and v.eligible
    )


def annotate_rows(session: Session, cycle_id: int, rows: list[Any]) -> list[Any]:
    """The roster's rows (``ParticipantRow``) with their eligibility and orientation.

    Rows of roles without rules and of people without orientation are kept as they are,
    so a program without rules or orientation pays two small queries.
    """
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        return rows
    rules = load_rules(session, cycle.program_id)
    verdicts = check_cycle(session, cycle_id, rules) if rules else {}
    people = _people_with_orientation(session, cycle_id)
    if not verdicts and not people:
        return rows
    annotated: list[Any] = []
    for row in rows:
        verdict = verdicts.get(row.id)
        checked = verdict is not None and verdict.checked
        has = row.person_id in people
        if not checked and not has:
            annotated.append(row)
            continue
        extra: dict[str, Any] = {"has_orientation": has}
        if verdict is not None and checked:
            extra["eligibility"] = "eligible" if verdict.eligible else "not_eligible"
            extra["eligibility_reasons"] = verdict.failed
        annotated.append(dataclasses.replace(row, **extra))
    return annotated


def _people_with_orientation(session: Session, cycle_id: int) -> set[int]:
    query = (
        select(Participant.person_id)
        .join(Orientation, Orientation.participant_id == Participant.id)
        .where(Participant.cycle_id == cycle_id)
    )
    return set(session.scalars(query))


def excluded_counts(
    session: Session, cycle_id: int, rules: Mapping[str, list[Rule]]
) -> dict[str, list[int]]:
    """Role → how many active participants each of its rules (in order) would exclude."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("eligibility.cycle_gone"))
    catalogue = load_catalogue(session, cycle.program_id)
    counts = {role: [0] * len(found) for role, found in rules.items()}
    for facts in load_facts(session, cycle_id):
        if facts.status != "active":
            continue
        for number, rule in enumerate(rules.get(facts.role, [])):
            if failure(facts, rule, catalogue) is not None:
                counts[facts.role][number] += 1
    return counts


def load_facts(
    session: Session, cycle_id: int, participant_ids: Collection[int] | None = None
) -> list[Facts]:
    query = (
        select(Participant, Person)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.cycle_id == cycle_id)
        .order_by(Participant.id)
    )
    if participant_ids is not None:
        query = query.where(Participant.id.in_(list(participant_ids)))
    attended = _orientation_by_person(session, cycle_id)
    found = []
    for participant, person in session.execute(query):
        values: dict[str, Any] = {str(k): v for k, v in (participant.custom_fields or {}).items()}
        values.update(
            stage=participant.stage,
            institution=participant.institution,
            city=person.city,
            province=person.province,
            languages=list(person.languages or ()),
            interests=list(participant.interests or ()),
            capacity=participant.capacity,
            returning="yes" if participant.is_returning else "no",
        )
        found.append(
            Facts(
                participant.id,
                person.id,
                participant.role,
                participant.status,
                values,
                attended.get(person.id, []),
            )
        )
    return found


def _orientation_by_person(
    session: Session, cycle_id: int
) -> dict[int, list[tuple[dt.date | None, float | None]]]:
    query = (
        select(Participant.person_id, Orientation.held_on, Orientation.hours)
        .join(Participant, Participant.id == Orientation.participant_id)
        .where(Participant.cycle_id == cycle_id)
    )
    found: dict[int, list[tuple[dt.date | None, float | None]]] = {}
    for person_id, held_on, hours in session.execute(query):
        found.setdefault(person_id, []).append((held_on, hours))
    return found


def failures(facts: Facts, rules: list[Rule], catalogue: Catalogue) -> list[Sentence]:
    """The sentence of every rule ``facts`` fails, in the rules' order."""
    return [s for s in (failure(facts, rule, catalogue) for rule in rules) if s is not None]


def failure(facts: Facts, rule: Rule, catalogue: Catalogue) -> Sentence | None:
    """Why ``facts`` fail ``rule``, or None when they meet it."""
    if rule.op == "orientation_by":
        return _orientation_by(facts, rule.value)
    if rule.op == "orientation_hours":
        total = sum(h or 0.0 for _, h in facts.orientation)
        if total >= rule.value:
            return None
        return sentence(
            "eligibility.failed_orientation_hours", value=_number(rule.value), actual=_number(total)
        )
    raw = facts.values.get(rule.field)
    answers = _answers(raw)
    shown = ", ".join(answers) if answers else sentence("eligibility.no_answer")
    params = {"label": rule.words, "actual": shown}
    if rule.op == "is_set":
        return None if answers else sentence("eligibility.failed_is_set", label=rule.words)
    if rule.op == "is_yes":
        return None if _is_yes(answers) else sentence("eligibility.failed_is_yes", **params)
    if rule.op in ("equals", "one_of"):
        wanted = (rule.value,) if rule.op == "equals" else tuple(rule.value)
        keys = {_key(catalogue, rule.field, w) for w in wanted}
        if keys & {_key(catalogue, rule.field, a) for a in answers}:
            return None
        value = "; ".join(wanted)
        return sentence(f"eligibility.failed_{rule.op}", value=value, **params)
    number = number_in(raw) if raw is not None and raw != "" else None
    met = number is not None and (
        number >= rule.value if rule.op == "at_least" else number <= rule.value
    )
    if met:
        return None
    return sentence(f"eligibility.failed_{rule.op}", value=_number(rule.value), **params)


def _orientation_by(facts: Facts, by: dt.date) -> Sentence | None:
    days = sorted(d for d, _ in facts.orientation if d is not None)
    if days and days[0] <= by:
        return None
    if days:
        return sentence(
            "eligibility.failed_orientation_late", date=by.isoformat(), attended=days[0].isoformat()
        )
    return sentence("eligibility.failed_orientation_by", date=by.isoformat())


def _answers(raw: object) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, list | tuple):
        return [" ".join(str(v).split()) for v in raw if str(v).strip()]
    text = " ".join(str(raw).split())
    return [text] if text else []


def _is_yes(answers: list[str]) -> bool:
    if len(answers) != 1:
        return False
    try:
        return parse_yes_no(answers[0])
    except CellError:
        return fold(answers[0]) in ("1", "x", "true", "vrai", "checked")


def _key(catalogue: Catalogue, field_name: str, answer: str) -> str:
    """An answer compared the way the roster stores it: a catalogue key, else folded."""
    if field_name in CATALOGUE_FIELDS:
        answer = catalogue.key_of(field_name, answer)
    return fold(answer)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
