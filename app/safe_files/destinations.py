"""Where a file may be written: refusals of databases, backups, their working files and
folders, with one sentence naming the path.

Paths are compared after following links and ``..``, and case-insensitively (macOS and
Windows disks usually are); existing files are also compared by identity (hard links).
A database is recognised three ways: it is open in this process (``Database`` registers
itself), its content starts with SQLite's or the encrypted backup's magic bytes, or its name
ends in ``.mentordesk-backup``.
"""

from __future__ import annotations

import os
import threading
import unicodedata
import weakref
from collections.abc import Sequence
from pathlib import Path

from app.errors import SafetyError, UnusableInputError
from app.safe_files.messages import thing
from app.sentences import sentence

SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")

Protected = tuple[Path, str]
"""A path the caller wants left alone, and what it is (``"the file being imported"``)."""

# -- the databases open in this process --------------------------------------------------

_open_databases: weakref.WeakKeyDictionary[object, tuple[Path, ...]] = weakref.WeakKeyDictionary()
_registry_lock = threading.Lock()


def register_database(owner: object, path: Path) -> None:
    """Protect the database ``owner`` has open at ``path`` (until ``forget_database``)."""
    given = Path(os.path.abspath(path))
    paths: tuple[Path, ...]
    try:
        paths = (given, _resolved(given))
    except (OSError, RuntimeError):  # a link that loops cannot be a database SQLite opened
        paths = (given,)
    with _registry_lock:
        _open_databases[owner] = paths


def forget_database(owner: object) -> None:
    with _registry_lock:
        _open_databases.pop(owner, None)


def open_databases() -> list[Path]:
    """The files of the databases open in this process, as given and after links."""
    with _registry_lock:
        return sorted({p for paths in _open_databases.values() for p in paths})


# -- recognising what a destination is --------------------------------------------------


def _resolved(path: Path) -> Path:
    return Path(os.path.abspath(path)).resolve(strict=False)


def _key(path: Path) -> str:
    """A path as the file system compares it (case-insensitive disks in mind)."""
    return unicodedata.normalize("NFC", os.path.normcase(str(path))).casefold()


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _head(path: Path) -> bytes | None:
    """The first bytes of a regular file, ``None`` when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC))
    except OSError:
        return None


def _content_kind(path: Path) -> str | None:
    """What an existing file is by its content: ``database``, ``backup``, ``working``."""
    from app.backup.crypto import MAGIC as ENCRYPTED_MAGIC

    head = _head(path) or b""
    if head.startswith(SQLITE_MAGIC):
        return "database"
    if head.startswith(ENCRYPTED_MAGIC):
        return "backup"
    if head.startswith(_WAL_MAGICS) or head.startswith(_JOURNAL_MAGIC):
        return "working"
    return None


def _is_backup_name(path: Path) -> bool:
    from app.backup.files import BACKUP_SUFFIX

    return path.name.casefold().endswith(BACKUP_SUFFIX)


def _open_database_kind(target: Path, exists: bool) -> str | None:
    for database in open_databases():
        if _key(target) == _key(database) or (exists and _same_file(target, database)):
            return sentence("files.kind.your_database")
        for companion in _companions(database):
            if _key(target) == _key(companion) or (exists and _same_file(target, companion)):
                return sentence("files.kind.your_working_file")
    return None


def _companion_kind(target: Path) -> str | None:
    """``x.db-wal`` and friends of a database or backup ``x.db`` that exists."""
    name = target.name.casefold()
    for suffix in COMPANION_SUFFIXES:
        if not name.endswith(suffix) or len(name) == len(suffix):
            continue
        base = target.with_name(target.name[: -len(suffix)])
        if base.is_file() and (_is_backup_name(base) or _content_kind(base) is not None):
            return sentence("files.kind.working_file_of", base=base)
    return None


_CONTENT_WORDS = {
    "database": "files.kind.database",
    "backup": "files.kind.backup",
    "working": "files.kind.working_file",
}


def _protected_kind(target: Path, *, new_file: bool) -> str | None:
    """What data ``target`` (resolved) holds or belongs to, ``None`` for an ordinary path.

    With ``new_file``, a file about to be created with a backup's name counts too: it would
    pass for a backup in the backup list and the rotation.
    """
    exists = target.exists()
    kind = _open_database_kind(target, exists) or _companion_kind(target)
    if kind is None and _is_backup_name(target) and (exists or new_file):
        kind = sentence("files.kind.backup" if exists else "files.kind.backup_name")
    if kind is None and target.is_file():
        key = _CONTENT_WORDS.get(_content_kind(target) or "")
        kind = sentence(key) if key else None
    return kind


def in_backup_folder(path: Path) -> bool:
    """Whether ``path`` (resolved) is the app's backup folder or inside it."""
    from app.paths import default_backup_dir

    folder = _key(_resolved(default_backup_dir()))
    return _key(path) == folder or _key(path).startswith(folder.rstrip(os.sep) + os.sep)


def _real_path(given: Path, instead: str) -> Path:
    try:
        return _resolved(given)
    except (OSError, RuntimeError) as exc:  # a link that loops
        raise UnusableInputError(
            sentence("files.link_nowhere", path=given, instead=instead)
        ) from exc


def _as_given(given: Path, real: Path) -> str:
    """The path as the user wrote it, and where it really leads when that differs."""
    typed = Path(os.path.abspath(given))
    if _key(typed) == _key(real):
        return sentence("files.path", path=real)
    return sentence("files.path_via_link", path=typed, real=real)


def check_destination(
    path: Path,
    what: str,
    *,
    protect: Sequence[Protected] = (),
    folder_may_be_missing: bool = False,
) -> Path:
    """Refuse a destination that must not be overwritten; returns the real path to write.

    ``what`` names what is being written, for the sentence ("the letters"). Data at risk
    (a database, a backup, their working files, the backup folder, a ``protect``-ed file)
    raises SafetyError; a folder, an odd file or a missing folder (unless the writer creates
    it: ``folder_may_be_missing``) raises UnusableInputError.
    """
    what = thing(what)
    instead = sentence("files.instead_name", what=what)
    target = _real_path(Path(path), instead)
    for other, description in protect:
        other_real = _real_path(Path(other), instead)
        if _key(target) == _key(other_real) or _same_file(target, other_real):
            raise SafetyError(
                sentence(
                    "files.is_protected",
                    path=_as_given(Path(path), target),
                    kind=thing(description),
                    instead=instead,
                )
            )
    kind = _protected_kind(target, new_file=True)
    if kind is not None:
        raise SafetyError(
            sentence(
                "files.is_protected", path=_as_given(Path(path), target), kind=kind, instead=instead
            )
        )
    if in_backup_folder(target.parent):
        raise SafetyError(sentence("files.in_backup_folder", path=target, what=what))
    if target.is_dir():
        raise UnusableInputError(sentence("files.is_folder", path=target, what=what))
    if target.exists() and not target.is_file():
        raise UnusableInputError(sentence("files.not_ordinary", path=target, instead=instead))
    if target.exists() and _head(target) is None:
        raise UnusableInputError(sentence("files.unreadable", path=target, instead=instead))
    check_folder(target.parent, what)
    if not folder_may_be_missing and not target.parent.is_dir():
        raise UnusableInputError(sentence("files.no_folder", path=target.parent, what=what))
    return target


def check_folder(folder: Path, what: str) -> Path:
    """Refuse a destination folder that is a file (worse: a database or a backup), or
    that lies under a file. A missing folder is fine (the writer creates it); returns the
    real path.
    """
    what = thing(what)
    instead = sentence("files.instead_folder", what=what)
    real = _real_path(Path(folder), instead)
    if real.is_dir():
        return real
    kind = _protected_kind(real, new_file=False)
    if kind is not None:
        raise SafetyError(
            sentence(
                "files.protected_not_folder",
                path=_as_given(Path(folder), real),
                kind=kind,
                instead=instead,
            )
        )
    for place in (real, *real.parents):  # the nearest existing one must be a folder
        if place.exists():
            if not place.is_dir():
                raise UnusableInputError(
                    sentence("files.file_not_folder", path=place, instead=instead)
                )
            break
    return real
