"""Where MentorDesk keeps its files.

Everything lives in the per-user data folder given by platformdirs. ``MENTORDESK_HOME``
overrides that folder (tests and portable installs use it), and ``--db`` overrides the
database file alone.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "MentorDesk"
HOME_ENV = "MENTORDESK_HOME"
DB_ENV = "MENTORDESK_DB"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "mentordesk.db"


def log_dir() -> Path:
    if os.environ.get(HOME_ENV):
        return data_dir() / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents so that only the user can enter them."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    if os.name == "posix" and path in missing:
        os.chmod(path, 0o700)
    return path


def make_private_file(path: Path) -> None:
    """Create ``path`` empty if missing, readable and writable by the user only."""
    if not path.parent.exists():
        ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk before it is renamed into place."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse directory fsync
        pass
    finally:
        os.close(fd)
