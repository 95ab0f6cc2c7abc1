"""Comparing clean rows with the database: what an import would add, link and change.

Planning only reads, so a dry run computes exactly the report a real import gives, down to
each returning person's changed details. The coordinator decides per person whether those
changes are applied (``keep`` names the people whose stored details stay as they are);
``import_write`` then applies the plan in a few bulk statements.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from sqlalchemy import String, bindparam, func, select
from sqlalchemy.orm import Session

from app.catalogue import Catalogue
from app.db.models import Participant, Person, utcnow
from app.roster.columns import FIELDS
from app.roster.service import PERSON_FIELDS
from app.roster.validation import CleanRow, CleanTable
from app.roster.values import email_key, language_change

CHUNK = 900  # well under SQLite's limit on bound parameters
_PERSON_COLUMNS = (*PERSON_FIELDS, "notes")
_LANGUAGE_FIELDS = ("preferred_language", "language_source")
# Stored answers of the catalogue's choice fields, by the name they are stored under.
_CATALOGUE_FIELDS = {
    "interests": "interests",
    "stage": "stage",
    "province": "province",
    "languages": "languages",
    "location": "location_preference",
    "style": "mentoring_style",
}
_PREFERENCE_LABELS = {
    "location": "Local or anywhere",
    "style": "Mentoring style",
    "gender": "Gender preference for the match",
    "own_gender": "Own gender",
    "background_wish": "Mentor of a similar background wished",
}

NEW = "new"
"""Nobody with this email is in the database: a person and a participant are added."""
RETURNING = "returning"
"""Linked to a person who took part in an earlier cycle; a participant is added."""
LINKED = "linked"
"""Linked to a person already known (e.g. in another role); a participant is added."""
IN_CYCLE = "in_cycle"
"""Already a participant of this cycle in this role: only their details may change."""


@dataclass(slots=True)
class FieldChange:
    """One stored detail the file would change, as text for people to read."""

    label: str
    old: str
    new: str


@dataclass(slots=True)
class PlannedPerson:
    """What the import does with one accepted row."""

    row: int
    email: str
    name: str
    status: str  # NEW, RETURNING, LINKED or IN_CYCLE
    changes: tuple[FieldChange, ...] = ()
    applied: bool = False  # whether ``changes`` are written (the coordinator's choice)

    @property
    def email_key(self) -> str:
        return email_key(self.email)


@dataclass
class ImportPlan:
    """Every write an import will make, and the counts the report shows."""

    new_persons: CleanTable | None = None  # the rows of people not yet in the database
    person_updates: list[dict[str, Any]] = field(default_factory=list)
    new_participants: CleanTable | None = None  # the rows that add a participant
    returning_flags: list[bool] = field(default_factory=list)  # one per new participant
    participant_updates: list[dict[str, Any]] = field(default_factory=list)
    person_ids: dict[str, int] = field(default_factory=dict)  # email_key → existing person
    people: list[PlannedPerson] = field(default_factory=list)
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    returning: int = 0


def chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _existing_persons(session: Session, keys: list[str]) -> dict[str, dict[str, Any]]:
    """The stored persons among ``keys``, in one query whatever the number of keys."""
    # An empty database (the usual first import) needs no lookup at all. Otherwise each key
    # is looked up in the unique index on email_key: a large import's later batches would
    # otherwise read every person the earlier ones wrote, again and again.
    connection = session.connection()
    if not keys or connection.exec_driver_sql("SELECT 1 FROM person LIMIT 1").first() is None:
        return {}
    columns = [Person.id, Person.email_key, *(getattr(Person, c) for c in _PERSON_COLUMNS)]
    # The keys travel as one JSON array parameter, so ten thousand of them cost one
    # statement instead of one per 900 bound parameters.
    wanted = func.json_each(bindparam("keys", type_=String)).table_valued("value")
    query = select(*columns).where(Person.email_key.in_(select(wanted.c.value)))
    rows = session.execute(query, {"keys": json.dumps(keys)})
    return {row.email_key: row._asdict() for row in rows}


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
    for chunk in chunks(person_ids):
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


def _as_keys(catalogue: Catalogue | None, name: str, value: Any) -> Any:
    """A stored answer as catalogue keys, so an answer stored as given before the
    catalogue ("Research") is not a change from its key ("research")."""
    field = _CATALOGUE_FIELDS.get(name)
    if catalogue is None or field is None:
        return value
    if isinstance(value, str):
        return catalogue.key_of(field, value) if value else value
    if isinstance(value, list):
        return [catalogue.key_of(field, v) if isinstance(v, str) else v for v in value]
    if isinstance(value, dict):
        return {k: _as_keys(catalogue, k, v) for k, v in value.items()}
    return value


def _person_changes(
    row: CleanRow, existing: dict[str, Any], catalogue: Catalogue | None = None
) -> dict[str, Any]:
    changes = {}
    for name, value in row.person.items():
        if name == "notes" and existing["notes"]:
            continue  # the coordinator's notes are never overwritten by a form answer
        if name in _LANGUAGE_FIELDS:
            continue  # weighed together below
        if _as_keys(catalogue, name, existing[name]) != value:
            changes[name] = value
    return changes | language_change(row.person, existing)


def _participant_values(row: CleanRow) -> dict[str, Any]:
    values = dict(row.participant)
    if row.preferences:
        values["preferences"] = dict(row.preferences)
    if row.custom:
        values["custom_fields"] = dict(row.custom)
    return values


def _participant_changes(
    row: CleanRow, existing: dict[str, Any], catalogue: Catalogue | None = None
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name, value in _participant_values(row).items():
        if name in ("preferences", "custom_fields"):
            value = {**(existing[name] or {}), **value}
        old = existing[name]
        if _as_keys(catalogue, name, old) != _as_keys(catalogue, name, value):
            changes[name] = value
    return changes


def plan_import(
    session: Session,
    cycle_id: int,
    role: str,
    rows: CleanTable,
    update_existing: bool = True,
    keep: Collection[str] = (),
    catalogue: Catalogue | None = None,
) -> ImportPlan:
    """What importing ``rows`` would change; reads the database, writes nothing.

    Changed details of people already in the database are applied when ``update_existing``
    is true, except for the people whose email (case-insensitive) is in ``keep``. With the
    program's ``catalogue``, answers stored as given before it are compared as its keys and
    changes are described with its (English) labels.
    """
    plan = ImportPlan()
    persons = _existing_persons(session, rows.email_key)
    if not persons:  # a first import: every row is a new person, planned column by column
        plan.new_persons = plan.new_participants = rows
        plan.returning_flags = [False] * len(rows)
        plan.people = list(map(PlannedPerson, rows.rows, rows.email, rows.names(), repeat(NEW)))
        plan.imported = len(rows)
        return plan
    here, elsewhere = _participations(session, cycle_id, role, [p["id"] for p in persons.values()])
    kept = set(map(email_key, keep))
    now = utcnow()
    new_rows: list[int] = []
    joining: list[int] = []  # rows that add a participant, new person or not
    names = rows.names()
    for index, key in enumerate(rows.email_key):
        person = persons.get(key)
        if person is None:
            new_rows.append(index)
            joining.append(index)
            plan.returning_flags.append(False)
            planned = PlannedPerson(rows.rows[index], rows.email[index], names[index], NEW)
            plan.people.append(planned)
            continue
        allowed = update_existing and key not in kept
        row = rows.row(index)
        returning = person["id"] in elsewhere
        if _plan_existing(plan, row, person, here, returning, allowed, now, catalogue):
            joining.append(index)
    plan.imported += len(new_rows)
    plan.new_persons = rows.take(new_rows)
    plan.new_participants = rows.take(joining)
    return plan


def _plan_existing(
    plan: ImportPlan,
    row: CleanRow,
    person: dict[str, Any],
    here: dict[int, dict[str, Any]],
    returning: bool,
    allowed: bool,
    now: Any,
    catalogue: Catalogue | None = None,
) -> bool:
    """Link a row to a known person; their changed details are written only if ``allowed``.

    Returns whether the row adds a participant (the person is not yet in this cycle-role).
    """
    plan.person_ids[row.email_key] = person["id"]
    plan.returning += returning
    current = here.get(person["id"])
    person_changes = _person_changes(row, person, catalogue)
    part_changes = _participant_changes(row, current, catalogue) if current is not None else {}
    if allowed and person_changes:
        plan.person_updates.append({"id": person["id"], "updated_at": now, **person_changes})
    if current is None:
        plan.returning_flags.append(returning)
        plan.imported += 1
    elif allowed and part_changes:
        plan.participant_updates.append({"id": current["id"], **part_changes})
    changed = allowed and bool(person_changes or part_changes)
    if changed:
        plan.updated += 1
    elif current is not None:
        plan.unchanged += 1
    status = IN_CYCLE if current is not None else RETURNING if returning else LINKED
    shown = (
        *_describe(person_changes, person, catalogue),
        *_describe(part_changes, current or {}, catalogue),
    )
    plan.people.append(
        PlannedPerson(row.row, row.email, _name({**person, **row.person}), status, shown, changed)
    )
    return current is None


def _name(values: dict[str, Any]) -> str:
    first = values.get("preferred_name") or values.get("first_name", "")
    return f"{first} {values.get('last_name', '')}".strip()


def _describe(
    changes: dict[str, Any], existing: dict[str, Any], catalogue: Catalogue | None = None
) -> list[FieldChange]:
    """The changes as label/old/new text; dictionaries compared key by key."""

    def said(name: str, value: Any) -> str:
        return as_text(_labels(catalogue, name, value))

    shown: list[FieldChange] = []
    for name, new in changes.items():
        if name == "language_source":
            continue  # how the letter language was decided goes with it, unshown
        old = existing.get(name)
        if isinstance(new, dict):
            before = old or {}
            labels: dict[str, str] = _PREFERENCE_LABELS if name == "preferences" else {}
            shown.extend(
                FieldChange(str(labels.get(k, k)), said(k, before.get(k)), said(k, v))
                for k, v in new.items()
                if _as_keys(catalogue, k, before.get(k)) != _as_keys(catalogue, k, v)
            )
        else:
            shown.append(FieldChange(FIELDS.get(name, name), said(name, old), said(name, new)))
    return shown


def _labels(catalogue: Catalogue | None, name: str, value: Any) -> Any:
    """Stored keys as the catalogue's English labels (answers kept as given stay as is)."""
    field = _CATALOGUE_FIELDS.get(name)
    if catalogue is None or field is None:
        return value
    if isinstance(value, str):
        return catalogue.label(field, value, "en") if value else value
    if isinstance(value, list):
        return [catalogue.label(field, v, "en") if isinstance(v, str) else v for v in value]
    return value


def as_text(value: Any) -> str:
    """A stored value as a person reads it: lists joined, booleans as yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
