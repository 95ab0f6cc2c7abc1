"""Writing files so that a failure never leaves half a file where a good one stood.

Each file is written under a private (0600) temporary name beside its final place, flushed
to disk and renamed over the target; the folder is flushed after the rename. Folders created
on the way are 0700 whatever the umask, and are removed again when the write fails and they
are still empty. Temporary files that a killed write left in a folder hours ago are removed
by the next write there (``leftovers.sweep_writer_leftovers``).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from app.errors import SafetyError, UnusableInputError
from app.leftovers import sweep_writer_leftovers
from app.paths import fsync_dir, fsync_file
from app.safe_files.destinations import (
    Protected,
    check_destination,
    check_folder,
    in_backup_folder,
)
from app.safe_files.messages import thing
from app.sentences import sentence

log = logging.getLogger(__name__)

TEMP_PREFIX = ".mentordesk-"

_CAUSES = {  # the keys of the sentences in app.safe_files.messages
    errno.ENOSPC: "files.cause.disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "files.cause.disk_full",
    errno.EACCES: "files.cause.denied",
    errno.EPERM: "files.cause.denied",
    errno.EROFS: "files.cause.read_only",
    errno.ENAMETOOLONG: "files.cause.name_too_long",
    errno.EFBIG: "files.cause.too_large",
    errno.EIO: "files.cause.disk_error",
    errno.ENOENT: "files.cause.folder_gone",
}


def failure_cause(exc: OSError) -> str:
    """Why the system refused, in words for the coordinator."""
    key = _CAUSES.get(exc.errno or 0)
    if key is None:  # the system's own words (English on most systems)
        return (exc.strerror or "the system refused").rstrip(".").lower()
    if key == "files.cause.denied" and sys.platform == "win32":
        key = "files.cause.denied_windows"
    return sentence(key)


def write_failed(path: Path, exc: OSError) -> UnusableInputError:
    return UnusableInputError(sentence("files.write_failed", path=path, cause=failure_cause(exc)))


# -- private folders ---------------------------------------------------------------------


def make_private_folders(folder: Path, what: str) -> list[Path]:
    """Create ``folder`` and its missing parents 0700 (whatever the umask); returns them,
    outermost first."""
    folder = Path(folder)
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            break
        if candidate.exists() or candidate.is_symlink():
            raise UnusableInputError(
                sentence("files.file_not_folder_for", path=candidate, what=thing(what))
            )
        missing.append(candidate)
    created: list[Path] = []
    try:
        for item in reversed(missing):
            os.mkdir(item, 0o700)
            created.append(item)
            if os.name == "posix":
                os.chmod(item, 0o700)  # mkdir's mode passes through the umask; chmod's does not
    except OSError as exc:
        remove_empty_folders(created)
        raise UnusableInputError(
            sentence("files.folder_failed", path=folder, cause=failure_cause(exc))
        ) from exc
    return created


def remove_empty_folders(created: Sequence[Path]) -> None:
    """Remove folders made for a write that did not complete, innermost first, if empty."""
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()


# -- flushing and renaming ---------------------------------------------------------------


def _keep_aside(final: Path) -> Path | None:
    """A second name for the file at ``final``, so a failed batch can put it back."""
    aside = final.with_name(f"{TEMP_PREFIX}{os.urandom(8).hex()}.old")
    try:
        os.link(final, aside)
    except OSError:  # no hard links on that disk (FAT): that file cannot be put back
        return None
    return aside


def _put_back(done: Sequence[tuple[Path, Path | None, bool]]) -> None:
    """Give each file its previous content again, or remove it if it is new."""
    for real, aside, existed in reversed(done):
        with contextlib.suppress(OSError):
            if aside is not None:
                os.replace(aside, real)
                # Renaming a hard link onto its twin does nothing: the aside stays.
                aside.unlink(missing_ok=True)
            elif not existed:
                real.unlink()


class OutputFiles:
    """Files written together and renamed into place together by :meth:`commit`.

    ``new(final)`` checks the destination and returns a private temporary file beside it
    for the caller to write by path (``open``, openpyxl's ``save``, reportlab). ``commit``
    flushes them and renames them all; when one rename fails, the files already renamed are
    put back. Leaving the ``with`` block without ``commit`` (an exception, a cancel) removes
    every temporary file and the folders created for them; an ``OSError`` becomes one
    sentence naming the file.
    """

    def __init__(self, what: str, *, protect: Sequence[Protected] = ()) -> None:
        self.what = what
        self._protect = tuple(protect)
        self._pending: list[tuple[Path, Path, Path]] = []  # temporary, real final, as given
        self._created: list[Path] = []
        self._current: Path | None = None
        self._swept: set[Path] = set()

    def __enter__(self) -> OutputFiles:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.discard()
        if isinstance(exc, OSError):
            raise write_failed(self._current or Path(self.what), exc) from exc

    def folder(self, folder: Path) -> Path:
        """Check the destination folder ``folder``; create it (0700) if it is missing."""
        real = check_folder(folder, self.what)
        if in_backup_folder(real):
            raise SafetyError(sentence("files.is_backup_folder", path=real, what=thing(self.what)))
        self._created += make_private_folders(real, self.what)
        return real

    def new(self, final: Path, *, make_folders: bool = False) -> Path:
        """A new empty 0600 file to write; it replaces ``final`` when committed."""
        given = Path(final)
        self._current = given
        real = check_destination(
            given, self.what, protect=self._protect, folder_may_be_missing=make_folders
        )
        if make_folders:
            self.folder(real.parent)
        if real.parent not in self._swept:
            # A write killed there earlier left its temporary file (personal data): the
            # next write into that folder removes it once it is hours old.
            self._swept.add(real.parent)
            sweep_writer_leftovers(real.parent)
        try:
            fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=real.parent)
        except OSError as exc:
            raise write_failed(given, exc) from exc
        os.close(fd)
        temp = Path(name)
        self._pending.append((temp, real, given))
        if os.name == "posix":
            os.chmod(temp, 0o600)
        return temp

    def write_bytes(self, final: Path, data: bytes) -> None:
        self.new(final).write_bytes(data)

    def commit(self) -> None:
        """Rename every file into place: all of them, or none as far as the disk allows."""
        done: list[tuple[Path, Path | None, bool]] = []  # final, its old content, existed
        several = len(self._pending) > 1
        try:
            for temp, _real, given in self._pending:
                self._current = given
                fsync_file(temp)
            for temp, real, given in self._pending:
                self._current = given
                existed = real.exists()
                aside = _keep_aside(real) if several and existed else None
                done.append((real, aside, existed))
                os.replace(temp, real)
            for folder in dict.fromkeys(real.parent for _temp, real, _given in self._pending):
                fsync_dir(folder)
        except OSError as exc:
            _put_back(done)  # the failed file too: its rename may or may not have happened
            self.discard()
            raise write_failed(self._current or Path(self.what), exc) from exc
        for _real, aside, _existed in done:
            if aside is not None:
                aside.unlink(missing_ok=True)
        log.info("wrote %d file(s)", len(self._pending))
        self._pending.clear()
        self._created.clear()

    def discard(self) -> None:
        """Remove what was written and not committed, and the folders made for it."""
        for temp, _real, _given in self._pending:
            with contextlib.suppress(OSError):
                temp.unlink()
        self._pending.clear()
        remove_empty_folders(self._created)
        self._created.clear()


@contextlib.contextmanager
def replacing(
    path: Path, what: str, *, make_folders: bool = False, protect: Sequence[Protected] = ()
) -> Iterator[Path]:
    """One file written safely: yields the temporary path to write, renamed onto ``path``.

    ``with replacing(out, "the export") as temp: workbook.save(temp)``
    """
    with OutputFiles(what, protect=protect) as files:
        temp = files.new(Path(path), make_folders=make_folders)
        yield temp
        files.commit()


def write_bytes(path: Path, data: bytes, what: str, *, make_folders: bool = False) -> Path:
    """Write ``data`` to ``path`` safely (see :class:`OutputFiles`); returns ``path``."""
    with replacing(path, what, make_folders=make_folders) as temp:
        temp.write_bytes(data)
    return Path(path)
