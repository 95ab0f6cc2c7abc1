"""Named column-mapping presets, so next year's form export maps itself.

A preset is a mapping {"Spreadsheet header": "field"} saved under a name in the database
(so backups carry it); headers match again after folding case and accents, so a preset
still applies when a form's question only changed its capitalisation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import ImportMapping, utcnow
from app.errors import NotFoundError, UnusableInputError
from app.roster.columns import check_mapping
from app.roster.messages import quoted, sentence

KIND = "roster"
MAX_NAME = 200


@dataclass(frozen=True)
class Preset:
    id: int
    name: str
    mapping: dict[str, str]
    updated_at: dt.datetime


def _preset(row: ImportMapping) -> Preset:
    return Preset(row.id, row.name, dict(row.mapping), row.updated_at)


def list_presets(session: Session) -> list[Preset]:
    """Every saved preset, by name."""
    rows = session.scalars(
        select(ImportMapping).where(ImportMapping.kind == KIND).order_by(ImportMapping.name)
    )
    return [_preset(r) for r in rows]


def _find(session: Session, name: str) -> ImportMapping | None:
    return session.scalars(
        select(ImportMapping).where(
            ImportMapping.kind == KIND, func.lower(ImportMapping.name) == name.strip().lower()
        )
    ).first()


def get_preset(session: Session, name: str) -> Preset:
    """The preset called ``name`` (any case), or NotFoundError."""
    row = _find(session, name)
    if row is None:
        raise NotFoundError(sentence("roster.no_preset", name=name.strip()))
    return _preset(row)


def save_preset(session: Session, name: str, mapping: dict[str, str]) -> Preset:
    """Save ``mapping`` under ``name``, replacing a preset of the same name."""
    clean_name = " ".join(name.split())
    if not clean_name:
        raise UnusableInputError(sentence("roster.preset_name_required"))
    if len(clean_name) > MAX_NAME:
        raise UnusableInputError(sentence("roster.preset_name_too_long", limit=MAX_NAME))
    checked = check_mapping(mapping, quoted(clean_name))
    row = _find(session, clean_name)
    if row is None:
        row = ImportMapping(name=clean_name, kind=KIND, mapping=checked)
        session.add(row)
    else:
        row.mapping = checked
        row.updated_at = utcnow()
    session.flush()
    audit.record(session, "save_mapping", "import_mapping", row.id, columns=len(checked))
    return _preset(row)


def delete_preset(session: Session, name: str) -> None:
    row = _find(session, name)
    if row is None:
        raise NotFoundError(sentence("roster.no_preset", name=name.strip()))
    audit.record(session, "delete_mapping", "import_mapping", row.id)
    session.delete(row)
    session.flush()
