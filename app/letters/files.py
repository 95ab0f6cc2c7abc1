"""Letter file names valid on every system, and the fingerprints the letter log keeps.

Writing them is the job of :mod:`app.safe_files`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

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
