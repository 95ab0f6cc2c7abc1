"""Verified backups, safe restores and their rotation (see ``service``)."""

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
