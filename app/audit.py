"""The audit trail: who did what, when and why, recorded in the same transaction."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy.orm import Session

from app.db.models import AuditEvent


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers)
        return ""


def record(
    session: Session, action: str, entity: str, entity_id: int | None = None, **details: Any
) -> None:
    session.add(
        AuditEvent(
            actor=current_actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=details,
        )
    )
