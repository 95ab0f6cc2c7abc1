"""A program's changes to its catalogue, kept in ``Program.settings["catalogue"]``.

Each change is one user action: the caller's transaction holds it, with its audit event,
so it is saved whole or not at all. Layout of the settings, per field::

    {"added": {key: {"en", "fr", "synonyms"}}, "labels": {key: {"en", "fr"}},
     "merged": {dropped key: kept key}, "answers": {answer as given: key}}
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.catalogue.messages import sentence
from app.catalogue.model import FIELDS, Catalogue, Value
from app.catalogue.normalise import normalise, slug
from app.db.models import Cycle, Participant, Person, Program
from app.errors import NotFoundError, RuleViolationError, UnusableInputError

logger = logging.getLogger(__name__)

SETTINGS_KEY = "catalogue"


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("catalogue.program_gone"))
    return program


def _check_field(field: str) -> None:
    if field not in FIELDS:
        raise UnusableInputError(sentence("catalogue.not_a_field", field=field))


def load_catalogue(session: Session, program_id: int) -> Catalogue:
    """The program's catalogue: the seed with the program's edits."""
    return Catalogue.build(_program(session, program_id).settings.get(SETTINGS_KEY))


def _edit(program: Program, field: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(a copy of all catalogue edits, the field's part of it) to change and then store."""
    edits = copy.deepcopy(dict(program.settings.get(SETTINGS_KEY) or {}))
    return edits, edits.setdefault(field, {})


def _store(program: Program, edits: dict[str, Any]) -> None:
    # A new dict, so SQLAlchemy sees the JSON column change.
    program.settings = {**(program.settings or {}), SETTINGS_KEY: edits}


def _labels(en: str, fr: str) -> tuple[str, str]:
    en, fr = " ".join(en.split()), " ".join(fr.split())
    if not en and not fr:
        raise UnusableInputError(sentence("catalogue.label_required"))
    return en or fr, fr or en


def _value(catalogue: Catalogue, field: str, key: str) -> Value:
    value = catalogue.value(field, key)
    if value is None:
        raise NotFoundError(sentence("catalogue.not_a_value", value=key, field=field))
    return value


def _refuse_taken(catalogue: Catalogue, field: str, labels: tuple[str, ...], key: str) -> None:
    for label in labels:
        found = catalogue.lookup(field, label)
        if (
            found is not None
            and found.key != key
            and normalise(label) in {normalise(s) for s in found.spellings()}
        ):
            raise RuleViolationError(sentence("catalogue.label_taken", label=label, found=found.en))


def add_value(
    session: Session,
    program_id: int,
    field: str,
    en: str,
    fr: str,
    synonyms: tuple[str, ...] | list[str] = (),
) -> Value:
    """Add a value to a field of the program's catalogue; its key is made from its label."""
    _check_field(field)
    program = _program(session, program_id)
    catalogue = Catalogue.build(program.settings.get(SETTINGS_KEY))
    en, fr = _labels(en, fr)
    extra = tuple(dict.fromkeys(s for s in (" ".join(x.split()) for x in synonyms) if s))
    _refuse_taken(catalogue, field, (en, fr, *extra), "")
    base = slug(en)
    key, n = base, 2
    while catalogue.value(field, key) is not None or catalogue.lookup(field, key) is not None:
        key, n = f"{base}_{n}", n + 1
    edits, part = _edit(program, field)
    part.setdefault("added", {})[key] = {"en": en, "fr": fr, "synonyms": list(extra)}
    _store(program, edits)
    audit.record(session, "catalogue_add", "program", program.id, field=field, key=key)
    return Value(key, en, fr, extra)


def rename_value(session: Session, program_id: int, field: str, key: str, en: str, fr: str) -> None:
    """Give a value new labels; the old ones remain spellings that find it."""
    _check_field(field)
    program = _program(session, program_id)
    catalogue = Catalogue.build(program.settings.get(SETTINGS_KEY))
    value = _value(catalogue, field, key)
    en, fr = _labels(en, fr)
    _refuse_taken(catalogue, field, (en, fr), value.key)
    edits, part = _edit(program, field)
    if value.key in part.get("added", {}):
        part["added"][value.key].update(en=en, fr=fr)
    else:
        part.setdefault("labels", {})[value.key] = {"en": en, "fr": fr}
    _store(program, edits)
    audit.record(session, "catalogue_rename", "program", program.id, field=field, key=value.key)


def map_answer(session: Session, program_id: int, field: str, answer: str, key: str) -> None:
    """Remember that ``answer`` means the value ``key`` (for this and every later import)."""
    _check_field(field)
    program = _program(session, program_id)
    catalogue = Catalogue.build(program.settings.get(SETTINGS_KEY))
    value = _value(catalogue, field, key)
    text = " ".join(answer.split())
    if not normalise(text):
        raise UnusableInputError(sentence("catalogue.empty_answer"))
    edits, part = _edit(program, field)
    part.setdefault("answers", {})[text] = value.key
    _store(program, edits)
    audit.record(session, "catalogue_map_answer", "program", program.id, field=field, key=value.key)


def merge_values(
    session: Session, program_id: int, field: str, keep_key: str, drop_key: str
) -> int:
    """Make ``drop_key`` one with ``keep_key``: stored answers are rewritten to the kept key.

    Returns how many participants of the program changed.
    """
    _check_field(field)
    program = _program(session, program_id)
    before = Catalogue.build(program.settings.get(SETTINGS_KEY))
    keep, drop = _value(before, field, keep_key), _value(before, field, drop_key)
    if keep.key == drop.key:
        raise RuleViolationError(sentence("catalogue.merge_with_itself"))
    edits, part = _edit(program, field)
    part.setdefault("merged", {})[drop.key] = keep.key
    for other, target in part["merged"].items():  # earlier merges into the dropped value
        if target == drop.key:
            part["merged"][other] = keep.key
    for answer, target in part.get("answers", {}).items():
        if target == drop.key:
            part["answers"][answer] = keep.key
    _store(program, edits)
    changed = _rewrite(session, program.id, field, before, drop.key, keep.key)
    audit.record(
        session,
        "catalogue_merge",
        "program",
        program.id,
        field=field,
        kept=keep.key,
        dropped=drop.key,
        participants=changed,
    )
    return changed


def _rewrite(
    session: Session, program_id: int, field: str, before: Catalogue, drop: str, keep: str
) -> int:
    """Rewrite stored answers meaning ``drop`` (as key or as older raw text) to ``keep``."""

    def moved(answer: str) -> str | None:
        return keep if before.key_of(field, answer) == drop else None

    def meaning(answer: str) -> str:
        key = before.key_of(field, answer)
        return keep if key == drop else key

    participants = session.scalars(
        select(Participant).join(Cycle).where(Cycle.program_id == program_id)
    ).all()
    changed: set[int] = set()
    for participant in participants:
        if _rewrite_one(participant, field, moved, meaning):
            changed.add(participant.id)
    logger.info("catalogue merge rewrote %d participants", len(changed))
    return len(changed)


def _rewrite_one(participant: Participant, field: str, moved: Any, meaning: Any) -> bool:
    person: Person = participant.person
    if field in ("interests", "languages"):
        owner: Any = participant if field == "interests" else person
        old = list(getattr(owner, field) or [])
        first: dict[str, str] = {}  # one answer per value: the first one given
        for answer in old:
            first.setdefault(meaning(answer), moved(answer) or answer)
        new = list(first.values())
        if new != old:
            setattr(owner, field, new)
            return True
        return False
    if field in ("stage", "province"):
        owner = participant if field == "stage" else person
        target = moved(getattr(owner, field) or "")
        if target is not None and target != getattr(owner, field):
            setattr(owner, field, target)
            return True
        return False
    pref = {"mentoring_style": "style", "location_preference": "location"}.get(field)
    prefs = dict(participant.preferences or {})
    if pref is not None and isinstance(prefs.get(pref), str):
        target = moved(prefs[pref])
        if target is not None and target != prefs[pref]:
            participant.preferences = {**prefs, pref: target}
            return True
    return False
