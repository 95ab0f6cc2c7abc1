"""Letter files: safe names, private temporary files, and the final rename."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from app.errors import UnusableInputError

MAX_STEM = 150
_UNSAFE = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{i}" for i in range(1, 10)]
    + [f"LPT{i}" for i in range(1, 10)]
)


def safe_file_name(stem: str, suffix: str = ".pdf") -> str:
    """A readable file name valid on Windows, macOS and Linux: accents kept, unsafe marks gone."""
    text = unicodedata.normalize("NFC", stem)
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    text = _SPACES.sub(" ", _UNSAFE.sub("", text)).strip(" .")
    text = text[:MAX_STEM].rstrip(" .") or "letter"
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text + suffix


def sha256_of_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class PendingFiles:
    """Files written under temporary names beside their final place (mode 0600).

    ``commit`` renames them all into place; ``discard`` removes whatever was written.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def new(self, final: Path) -> Path:
        try:
            fd, name = tempfile.mkstemp(prefix=".mentordesk-", suffix=".part", dir=final.parent)
        except OSError as exc:
            raise UnusableInputError(
                f"Could not write in the folder “{final.parent}”: {exc.strerror}."
            ) from exc
        os.close(fd)
        temp = Path(name)
        if os.name == "posix":
            os.chmod(temp, 0o600)
        self._pending.append((temp, final))
        return temp

    def commit(self) -> None:
        try:
            for temp, final in self._pending:
                os.replace(temp, final)
        except OSError as exc:
            self.discard()
            raise UnusableInputError(f"Could not save the letters: {exc.strerror}.") from exc
        self._pending.clear()

    def discard(self) -> None:
        for temp, _final in self._pending:
            with contextlib.suppress(OSError):
                temp.unlink()
        self._pending.clear()


def check_output(out: Path | None, folders: Sequence[Path]) -> list[Path]:
    """Refuse destinations that cannot work; returns the folders it had to create."""
    if out is None and not folders:
        raise UnusableInputError("Choose a PDF file or a folder for the letters.")
    if out is not None:
        if out.is_dir():
            raise UnusableInputError(f"“{out}” is a folder; choose a file name for the letters.")
        if not out.parent.is_dir():
            raise UnusableInputError(f"The folder “{out.parent}” does not exist.")
    created = []
    for folder in folders:
        if folder.exists() and not folder.is_dir():
            raise UnusableInputError(f"“{folder}” is a file, not a folder.")
        if folder.is_dir():
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise UnusableInputError(
                f"Could not create the folder “{folder}”: {exc.strerror}."
            ) from exc
        created.append(folder)
    return created


def remove_empty(folders: Sequence[Path]) -> None:
    """Remove folders created for a batch that did not complete (only if still empty)."""
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()
