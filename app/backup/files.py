"""Backup file names and the small file-system steps that make writes atomic and private.

A backup is named ``<db stem>[-<program slug>]-YYYYMMDD-HHMMSS.mentordesk-backup``
(``-2``, ``-3``... when two land in the same second). Everything before the time stamp is
the file's *series*; the safety copies taken before a restore have the series
``<db stem>-before-restore``.

An automatic backup ends in ``-auto`` after its time stamp
(``program-paediatrics-20250301-090000-auto.mentordesk-backup``). The marker sits after the
stamp because nothing else ever does: a program's slug may well end in "auto". It lives in
the name so that it survives copying the folder elsewhere. Rotation deletes only files
with this marker; every other backup, including those made before the marker existed, was
made by hand or before a restore and is kept until the coordinator deletes it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.paths import fsync_dir, fsync_file

BACKUP_SUFFIX = ".mentordesk-backup"
SAFETY_SERIES_SUFFIX = "-before-restore"
DEFAULT_SLUG = "mentordesk"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
AUTOMATIC_MARKER = "-auto"
_NAME = re.compile(
    r"^(?P<series>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
    f"(?P<automatic>{re.escape(AUTOMATIC_MARKER)})?{re.escape(BACKUP_SUFFIX)}$"
)
_SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: its series and when it was taken."""

    series: str
    created_at: dt.datetime
    automatic: bool = False
    number: int = 1  # the second, third... backup of the same second

    @property
    def before_restore(self) -> bool:
        return self.series.endswith(SAFETY_SERIES_SUFFIX)


def slug(text: str, max_length: int = 40) -> str:
    """Lower-case ASCII words joined by dashes; ``''`` when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:max_length].rstrip("-")


def series_name(db_path: Path, programs: list[str]) -> str:
    """``<db stem>-<slug of the only program>``, or the stem alone with 0 or many programs
    or when the stem already ends with that slug (never ``mentordesk-mentordesk-``)."""
    stem = Path(db_path).stem
    program_slug = slug(programs[0]) if len(programs) == 1 else ""
    if not program_slug or slug(stem) == program_slug or slug(stem).endswith(f"-{program_slug}"):
        return stem or DEFAULT_SLUG
    return f"{stem}-{program_slug}"


def safety_series(db_path: Path) -> str:
    return f"{Path(db_path).stem}{SAFETY_SERIES_SUFFIX}"


def unique_backup_path(
    folder: Path, series: str, when: dt.datetime, *, automatic: bool = False
) -> Path:
    stamp = when.strftime(STAMP_FORMAT)
    marker = AUTOMATIC_MARKER if automatic else ""
    for number in itertools.count(1):
        extra = "" if number == 1 else f"-{number}"
        candidate = folder / f"{series}-{stamp}{extra}{marker}{BACKUP_SUFFIX}"
        if not candidate.exists():
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def parse_backup_name(path: Path) -> BackupName | None:
    """The series and time stamp in a backup's name, ``None`` for any other name."""
    found = _NAME.match(Path(path).name)
    if found is None:
        return None
    try:
        when = dt.datetime.strptime(found["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    number = int(found["n"]) if found["n"] else 1
    return BackupName(found["series"], when, found["automatic"] is not None, number)


def is_automatic_backup(path: Path) -> bool:
    """True only for a backup named as an automatic one; rotation may delete it."""
    parsed = parse_backup_name(path)
    return parsed is not None and parsed.automatic


def backup_created_at(path: Path) -> dt.datetime:
    """When the backup was taken: from its name, else the file's modification time."""
    parsed = parse_backup_name(path)
    if parsed is not None:
        return parsed.created_at
    return dt.datetime.fromtimestamp(Path(path).stat().st_mtime)


def backup_files(folder: Path) -> list[Path]:
    """Every ``*.mentordesk-backup`` file directly in ``folder`` (none if it is missing)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.name.endswith(BACKUP_SUFFIX) and p.is_file()]


def private_temp_file(folder: Path, prefix: str) -> Path:
    """A new empty 0600 file in ``folder``, hidden and ending in ``.partial``."""
    fd, name = tempfile.mkstemp(prefix=f".{prefix}-", suffix=".partial", dir=folder)
    os.close(fd)
    path = Path(name)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path


def sidecars(path: Path) -> list[Path]:
    """SQLite's companion files of ``path`` (WAL, shared memory, rollback journal)."""
    return [path.with_name(path.name + suffix) for suffix in _SIDECARS]


def remove_quietly(*paths: Path) -> None:
    """Delete ``paths`` and their SQLite companion files, ignoring the missing ones."""
    for path in paths:
        for item in (path, *sidecars(path)):
            item.unlink(missing_ok=True)


def replace_privately(source: Path, target: Path) -> None:
    """Atomically move ``source`` onto ``target`` and keep it readable by the user only."""
    fsync_file(source)
    os.replace(source, target)
    if os.name == "posix":
        os.chmod(target, 0o600)
    fsync_dir(target.parent)
