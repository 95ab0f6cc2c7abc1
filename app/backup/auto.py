"""Automatic backups: a verified backup followed by the rotation, and a note when it failed.

An automatic backup never stands between the coordinator and their data: when one fails
(disk full, folder gone, wrong passphrase in the keyring) the live database is untouched,
the cause is logged without personal data, and a one-line note is left so the next start
can tell the coordinator.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.backup.rotation import rotate_backups
from app.backup.service import BackupResult, backup_database
from app.errors import MentorDeskError
from app.paths import data_dir
from app.progress import Progress
from app.safe_files import write_bytes
from app.sentences import sentence

log = logging.getLogger(__name__)

FAILURE_NOTE = "backup-failed.json"


@dataclass(frozen=True)
class Rotation:
    """How many backups rotation keeps (see ``rotation``)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def automatic_backup(
    db_path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    rotation: Rotation | None = None,
    progress: Progress | None = None,
) -> BackupResult:
    """Back up ``db_path`` into ``folder`` as an automatic backup, then delete the automatic
    backups rotation lets go (never one made by hand).

    Rotation runs only after the new backup is verified, so a failed backup never costs
    an old one.
    """
    keep = rotation or Rotation()
    result = backup_database(
        db_path, folder, passphrase=passphrase, progress=progress, automatic=True
    )
    try:
        rotate_backups(folder, daily=keep.daily, weekly=keep.weekly, monthly=keep.monthly)
    except OSError as exc:  # an old backup that cannot be deleted is not worth a failure
        log.warning("Rotation could not delete an old backup (%s)", type(exc).__name__)
    return result


def _note_path() -> Path:
    return data_dir() / FAILURE_NOTE


def record_failure(exc: BaseException, when: dt.datetime | None = None) -> None:
    """Remember that an automatic backup failed, for the next start to mention."""
    if isinstance(exc, MentorDeskError):
        reason = exc.message
    elif isinstance(exc, OSError):
        cause = exc.strerror or sentence("backup.system_error")
        reason = sentence("backup.folder_unwritable", cause=cause)
    else:
        reason = sentence("backup.unexpected")
    log.error("Automatic backup failed (%s)", type(exc).__name__)
    stamp = (when or dt.datetime.now()).isoformat(timespec="seconds")
    note = json.dumps({"at": stamp, "reason": reason}).encode("utf-8")
    try:
        write_bytes(_note_path(), note, "the note about the failed backup", make_folders=True)
    except MentorDeskError:
        log.error("Could not leave a note about the failed automatic backup")


def take_failure() -> tuple[dt.datetime, str] | None:
    """The last automatic backup failure not yet shown to the user (then forgotten)."""
    path = _note_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        path.unlink()
        return dt.datetime.fromisoformat(data["at"]), str(data["reason"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        path.unlink(missing_ok=True)
        return None


def clear_failure() -> None:
    _note_path().unlink(missing_ok=True)
