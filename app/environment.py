"""Faults of the computer rather than of the data or the program, told as sentences.

A full disk, a read-only file, folder or disk, and missing permissions reach MentorDesk as
``OSError`` or ``sqlite3.OperationalError``, often wrapped by SQLAlchemy or by one of our
own errors. ``environment_fault`` looks through an exception and its causes and returns an
``EnvironmentFault`` whose sentence names the file or folder, or ``None`` when nothing in
the chain is such a fault (then it is a bug). ``user_error`` is what the CLI's ``main()``
and the window's failure handling call: the sentence to show, or ``None`` for a crash.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app import messages as _messages  # noqa: F401  (registers the sentences)
from app.errors import BackupVerificationError, MentorDeskError, NotAMentorDeskDatabaseError
from app.sentences import Sentence, sentence

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM}
_MAX_CHAIN = 12


class EnvironmentFault(MentorDeskError):
    """The computer stopped the action (disk full, read-only, no permission); the
    action was rolled back or its partial files removed. Exit code 3, like a refusal."""

    exit_code = 3


def disk_full(where: str) -> Sentence:
    return sentence("env.disk_full", where=where)


def read_only_disk(where: str) -> Sentence:
    return sentence("env.read_only_disk", where=where)


def not_allowed(where: str) -> Sentence:
    return sentence("env.not_allowed", where=where)


def read_only_database(where: str) -> Sentence:
    return sentence("env.read_only_database", where=where)


def cannot_open(where: str) -> Sentence:
    return sentence("env.cannot_open", where=where)


def not_a_folder(where: str) -> Sentence:
    return sentence("env.not_a_folder", where=where)


def disk_error(where: str) -> Sentence:
    return sentence("env.disk_error", where=where)


def damaged(where: str) -> Sentence:
    return sentence("env.damaged", where=where)


def _fault(message: Sentence) -> EnvironmentFault:
    where = message.params.get("where")
    if isinstance(where, Sentence) and message.startswith(where):
        # A fallback name ("the database") opens the sentence: "The database ...".
        start = sentence(f"{where.key}_start")
        message = sentence(message.key, **{**message.params, "where": start})
    return EnvironmentFault(message)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, then what it wraps: SQLAlchemy's ``orig``, ``__cause__``, ``__context__``."""
    seen: list[BaseException] = []
    pending: list[BaseException] = [exc]
    while pending and len(seen) < _MAX_CHAIN:
        current = pending.pop(0)
        if any(current is item for item in seen):
            continue
        seen.append(current)
        yield current
        for inner in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(inner, BaseException):
                pending.append(inner)


def _from_os_error(exc: OSError, path: Path | None) -> EnvironmentFault | None:
    name = exc.filename if exc.filename is not None else path
    where = str(name) if name is not None else sentence("env.place.writing")
    if exc.errno in _DISK_FULL:
        return _fault(disk_full(where))
    if exc.errno == errno.EROFS:
        return _fault(read_only_disk(where))
    if exc.errno in _NOT_ALLOWED:
        return _fault(not_allowed(where))
    if exc.errno == errno.EIO:
        return _fault(disk_error(where))
    if exc.errno == errno.ENOTDIR:
        return _fault(not_a_folder(where))
    return None


def _from_sqlite_error(exc: sqlite3.Error, path: Path | None) -> EnvironmentFault | None:
    where = str(path) if path is not None else sentence("env.place.database")
    code = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    if code.startswith("SQLITE_FULL") or "disk is full" in text:
        return _fault(disk_full(where))
    if code.startswith("SQLITE_READONLY") or "readonly database" in text:
        return _fault(read_only_database(where))
    if code.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return _fault(cannot_open(where))
    if code.startswith("SQLITE_PERM"):
        return _fault(not_allowed(where))
    if code.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return _fault(disk_error(where))
    return None


def _damaged_database(exc: BaseException, path: Path | None) -> EnvironmentFault | None:
    """A database whose pages are damaged, found while using it (not while checking a
    backup: those verdicts name the backup themselves)."""
    for item in _causes(exc):
        if isinstance(item, sqlite3.DatabaseError):
            code = str(getattr(item, "sqlite_errorname", "") or "")
            if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(item):
                where = str(path) if path is not None else sentence("env.place.database")
                return _fault(damaged(where))
    return None


def environment_fault(exc: BaseException, path: Path | None = None) -> EnvironmentFault | None:
    """The fault of the computer behind ``exc``, if any; ``path`` names the database or
    file the action worked on when the error itself names no file (SQLite's never do)."""
    for item in _causes(exc):
        if isinstance(item, EnvironmentFault):
            return item
        fault: EnvironmentFault | None = None
        if isinstance(item, OSError):
            fault = _from_os_error(item, path)
        elif isinstance(item, sqlite3.Error):
            fault = _from_sqlite_error(item, path)
        if fault is not None:
            return fault
    return None


def user_error(exc: BaseException, path: Path | None = None) -> MentorDeskError | None:
    """The error to show the coordinator for ``exc``; ``None`` when it is a bug.

    A verdict on a file's content ("damaged", "not a MentorDesk database") is replaced by
    the environment fault behind it: a full disk must not be reported as a damaged backup.
    """
    if isinstance(exc, EnvironmentFault):
        return exc
    if isinstance(exc, MentorDeskError):
        if isinstance(exc, (BackupVerificationError, NotAMentorDeskDatabaseError)):
            inner = exc.__cause__ or exc.__context__
            fault = environment_fault(inner, path) if inner is not None else None
            if fault is not None:
                return fault
        return exc
    return environment_fault(exc, path) or _damaged_database(exc, path)
