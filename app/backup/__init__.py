"""Verified backups, safe restores and their rotation (see ``service``).

The names below load with their module on first use: the window's start-up check imports
``app.backup.health``, which needs none of them, before its first paint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.backup.crypto import PassphraseRequiredError
    from app.backup.service import (
        BackupInfo,
        BackupResult,
        RestoreResult,
        auto_backup_due,
        backup_database,
        inspect_backup,
        list_backups,
        restore_database,
        rotate_backups,
    )

_HOMES = {"PassphraseRequiredError": "app.backup.crypto"}

__all__ = [
    "BackupInfo",
    "BackupResult",
    "PassphraseRequiredError",
    "RestoreResult",
    "auto_backup_due",
    "backup_database",
    "inspect_backup",
    "list_backups",
    "restore_database",
    "rotate_backups",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'app.backup' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES.get(name, "app.backup.service")), name)
    globals()[name] = value
    return value
