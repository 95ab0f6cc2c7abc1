"""Logging to the user's log folder: private file, no personal data, rotated.

Log messages are written by MentorDesk's code and never quote people's data. Exception
messages can (a ``ValueError`` about a cell, a ``KeyError`` on an email), so every
traceback that reaches the log file goes through ``private_traceback``: the frames (file,
line, function, source line) and the exception type are kept, and the message is kept
only after quoted text, email addresses and long numbers are replaced by placeholders.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from app.paths import ensure_private_dir, log_dir

LOG_NAME = "mentordesk.log"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»|‘[^’]*’")
_NUMBER = re.compile(r"\+?\d[\d ().-]{5,}\d")
_MAX_MESSAGE = 300


def sanitise(text: str) -> str:
    """``text`` with quoted values, email addresses and phone-like numbers replaced."""
    text = _EMAIL.sub("<email>", text)
    text = _QUOTED.sub("<value>", text)
    text = _NUMBER.sub("<number>", text)
    return text[:_MAX_MESSAGE]


def _one(exc: BaseException, tb: TracebackType | None) -> list[str]:
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.format_list(traceback.extract_tb(tb))
    message = sanitise(str(exc)).strip()
    name = type(exc).__qualname__
    lines.append(f"{name}: {message}\n" if message else f"{name}\n")
    return lines


def private_traceback(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """A traceback like Python's, chained causes included, without personal data."""
    if exc is None:
        return exc_type.__name__ if exc_type is not None else ""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    lines: list[str] = []
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("\nDuring handling of the above, another exception occurred:\n\n")
        lines += _one(item, tb if item is exc else item.__traceback__)
    return "".join(lines).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    """Formats exceptions with ``private_traceback``."""

    def formatException(self, ei: Any) -> str:
        return private_traceback(ei[0], ei[1], ei[2])

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached Python's full traceback text on the record.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to a private rotating file; returns its path."""
    path = log_file()
    ensure_private_dir(path.parent)
    root = logging.getLogger()
    if any(getattr(h, "_mentordesk", False) for h in root.handlers):
        return path
    old_umask = os.umask(0o077)
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    finally:
        os.umask(old_umask)
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mentordesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
