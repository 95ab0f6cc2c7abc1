"""Comparing clean rows with the database, then writing them in a few bulk statements.

Planning only reads, so a dry run computes exactly the report a real import gives. Writing
uses executemany inserts and updates (not one ORM object per row) so that a sign-up export
of ten thousand rows imports in about a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.db.models import Participant, Person, utcnow
from app.roster.service import PERSON_FIELDS
from app.roster.validation import CleanRow

_CHUNK = 900  # well under SQLite's limit on bound parameters
_PERSON_COLUMNS = (*PERSON_FIELDS, "notes")
_PERSON_DEFAULTS: dict[str, Any] = {
    "last_name": "",
    "preferred_name": "",
    "pronouns": "",
    "phone": "",
    "share_phone": False,
    "city": "",
    "province": "",
    "languages": [],
    "preferred_language": "en",
    "notes": "",
}


@dataclass
class ImportPlan:
    """Every write an import will make, and the counts the report shows."""

    new_persons: list[dict[str, Any]] = field(default_factory=list)
    person_updates: list[dict[str, Any]] = field(default_factory=list)
    new_participants: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    participant_updates: list[dict[str, Any]] = field(default_factory=list)
    person_ids: dict[str, int] = field(default_factory=dict)  # email_key → existing person
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    returning: int = 0


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _existing_persons(session: Session, keys: list[str]) -> dict[str, dict[str, Any]]:
    columns = [Person.id, Person.email_key, *(getattr(Person, c) for c in _PERSON_COLUMNS)]
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(keys):
        for row in session.execute(select(*columns).where(Person.email_key.in_(chunk))):
            found[row.email_key] = row._asdict()
    return found


def _participations(
    session: Session, cycle_id: int, role: str, person_ids: list[int]
) -> tuple[dict[int, dict[str, Any]], set[int]]:
    """This cycle-and-role's participants by person, and the persons seen in other cycles."""
    columns = (
        Participant.id,
        Participant.person_id,
        Participant.institution,
        Participant.stage,
        Participant.interests,
        Participant.preferences,
        Participant.capacity,
        Participant.custom_fields,
    )
    here: dict[int, dict[str, Any]] = {}
    elsewhere: set[int] = set()
    for chunk in _chunks(person_ids):
        query = select(*columns).where(
            Participant.cycle_id == cycle_id,
            Participant.role == role,
            Participant.person_id.in_(chunk),
        )
        here.update({row.person_id: row._asdict() for row in session.execute(query)})
        elsewhere.update(
            session.scalars(
                select(Participant.person_id)
                .where(Participant.cycle_id != cycle_id, Participant.person_id.in_(chunk))
                .distinct()
            )
        )
    return here, elsewhere


def _person_changes(row: CleanRow, existing: dict[str, Any]) -> dict[str, Any]:
    changes = {}
    for name, value in row.person.items():
        if name == "notes" and existing["notes"]:
            continue  # the coordinator's notes are never overwritten by a form answer
        if existing[name] != value:
            changes[name] = value
    return changes


def _participant_values(row: CleanRow) -> dict[str, Any]:
    values = dict(row.participant)
    if row.preferences:
        values["preferences"] = dict(row.preferences)
    if row.custom:
        values["custom_fields"] = dict(row.custom)
    return values


def _participant_changes(row: CleanRow, existing: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name, value in _participant_values(row).items():
        if name in ("preferences", "custom_fields"):
            value = {**(existing[name] or {}), **value}
        if existing[name] != value:
            changes[name] = value
    return changes


def plan_import(
    session: Session, cycle_id: int, role: str, rows: list[CleanRow], update_existing: bool
) -> ImportPlan:
    """What importing ``rows`` would change; reads the database, writes nothing."""
    plan = ImportPlan()
    persons = _existing_persons(session, [r.email_key for r in rows])
    here, elsewhere = _participations(session, cycle_id, role, [p["id"] for p in persons.values()])
    now = utcnow()
    for row in rows:
        person = persons.get(row.email_key)
        if person is None:
            plan.new_persons.append(_new_person(row, now))
            plan.new_participants.append((row.email_key, _new_participant(row, False)))
            plan.imported += 1
            continue
        plan.person_ids[row.email_key] = person["id"]
        returning = person["id"] in elsewhere
        plan.returning += returning
        changed = update_existing and _plan_person_update(plan, row, person, now)
        current = here.get(person["id"])
        if current is None:
            plan.new_participants.append((row.email_key, _new_participant(row, returning)))
            plan.imported += 1
        elif update_existing and (changes := _participant_changes(row, current)):
            plan.participant_updates.append({"id": current["id"], **changes})
            changed = True
        if changed:
            plan.updated += 1
        elif current is not None:
            plan.unchanged += 1
    return plan


def _plan_person_update(plan: ImportPlan, row: CleanRow, person: dict[str, Any], now: Any) -> bool:
    changes = _person_changes(row, person)
    if changes:
        plan.person_updates.append({"id": person["id"], "updated_at": now, **changes})
    return bool(changes)


def _new_person(row: CleanRow, now: Any) -> dict[str, Any]:
    values = {**_PERSON_DEFAULTS, **row.person}
    values["languages"] = list(values["languages"])
    return {
        **values,
        "email": row.email,
        "email_key": row.email_key,
        "created_at": now,
        "updated_at": now,
    }


def _new_participant(row: CleanRow, returning: bool) -> dict[str, Any]:
    return {
        "institution": row.participant.get("institution", ""),
        "stage": row.participant.get("stage", ""),
        "interests": list(row.participant.get("interests", [])),
        "preferences": dict(row.preferences),
        "capacity": row.participant.get("capacity", 1),
        "custom_fields": dict(row.custom),
        "is_returning": returning,
        "status": "active",
    }


def write_plan(
    session: Session, plan: ImportPlan, cycle_id: int, role: str, import_id: int
) -> list[int]:
    """Apply ``plan`` in the caller's transaction; returns the ids of the persons created."""
    created: dict[str, int] = {}
    for chunk in _chunks(plan.new_persons):
        # Each returned row names its own email_key, so the order of RETURNING rows does not
        # matter and SQLite can insert the whole chunk in one statement.
        statement = insert(Person).returning(Person.email_key, Person.id)
        created.update({key: pid for key, pid in session.execute(statement, chunk)})
    _bulk_update(session, Person, plan.person_updates)
    person_ids = {**plan.person_ids, **created}
    now = utcnow()
    participants = [
        {
            **values,
            "person_id": person_ids[key],
            "cycle_id": cycle_id,
            "role": role,
            "import_id": import_id,
            "created_at": now,
        }
        for key, values in plan.new_participants
    ]
    for chunk in _chunks(participants):
        session.execute(insert(Participant), chunk)
    _bulk_update(session, Participant, plan.participant_updates)
    return sorted(created.values())


def _bulk_update(session: Session, model: type[Any], rows: Iterable[dict[str, Any]]) -> None:
    """Update by primary key, grouped by the set of columns changed (one executemany each)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    for group in groups.values():
        session.execute(update(model), group)
