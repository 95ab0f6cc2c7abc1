"""Logging to the user's log folder: private file, no personal data, rotated.

Log messages are written by MentorDesk's code and never quote people's data. Exception
messages can (a ``ValueError`` about a cell, a ``KeyError`` on an email), so every
traceback that reaches the log file goes through ``private_traceback``: the frames (file,
line, function, source line) and the exception type are kept, and the message is kept
only after quoted text, email addresses and long numbers are replaced by placeholders.
The scrubber errs towards hiding: an apostrophe inside a name (O'Brien) cannot be told from a
closing quote, so everything from the first quote mark to the last one goes, and so does
any word with a non-ASCII letter (Python's own messages are plain ASCII; names often are not).

The log file and its rotated copies are readable by the user only whatever the umask, and
logging never stops a command: a log folder that cannot be created means no log file, and a
record that cannot be written (a full disk) is dropped silently.
"""

from __future__ import annotations

import contextlib
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
# Every character used as a quote mark or an apostrophe in the languages people write in.
_QUOTE = re.compile(
    "[\"'`\u00b4\u2018-\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033\uff02\uff07\u300c-\u300f]"
)
_NON_ASCII_WORD = re.compile(r"[^\s<>]*[^\x00-\x7f][^\s<>]*")
_NUMBER = re.compile(r"\+?\d[\d ().-]{5,}\d")
_MAX_MESSAGE = 300
_PLACEHOLDER = "<value>"


def _word_start(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace() and text[index - 1] not in ":=([{,":
        index -= 1
    return index


def _word_end(text: str, index: int) -> int:
    while index < len(text) and not text[index].isspace() and text[index] not in ")]},":
        index += 1
    return index


def _redact_quoted(text: str) -> str:
    """Everything from the word holding the first quote mark to the word holding the last.

    A lone quote mark (an apostrophe in an unquoted name) hides the rest of the message.
    """
    marks = [found.start() for found in _QUOTE.finditer(text)]
    if not marks:
        return text
    start = _word_start(text, marks[0])
    end = len(text) if len(marks) == 1 else _word_end(text, marks[-1] + 1)
    return text[:start] + _PLACEHOLDER + text[end:]


def sanitise(text: str) -> str:
    """``text`` with quoted values, email addresses, words with non-ASCII letters and
    phone-like numbers replaced; when unsure whether text is a value, it is hidden."""
    text = _EMAIL.sub("<email>", text)
    text = _redact_quoted(text)
    text = _NON_ASCII_WORD.sub(_PLACEHOLDER, text)
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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that stays 0600, rotated copies included, under any umask,
    and that drops a record it cannot write instead of printing a traceback."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # a file left by an older version may be 0644
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def doRollover(self) -> None:
        super().doRollover()
        self.privatise_rotated()

    def privatise_rotated(self) -> None:
        if os.name != "posix":
            return
        for number in range(1, self.backupCount + 1):
            with contextlib.suppress(OSError):
                os.chmod(f"{self.baseFilename}.{number}", 0o600)

    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk must not turn every log call into a traceback on stderr.
        pass


def log_file() -> Path:
    return log_dir() / LOG_NAME


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_mentordesk", False)]


def _installed() -> logging.Handler | None:
    found = [h for h in _ours() if isinstance(h, PrivateRotatingFileHandler)]
    return found[0] if found else None


def logging_to_file() -> bool:
    """Whether ``setup_logging`` managed to open the log file."""
    return _installed() is not None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to a private rotating file; returns its path, or
    ``None`` when the log folder or file cannot be created (then nothing is logged to a
    file and nothing is said: logging must never stop a command)."""
    path = log_file()
    if _installed() is not None:
        return path
    root = logging.getLogger()
    try:
        ensure_private_dir(path.parent)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        if not _ours():
            # Without any handler, Python prints warnings and tracebacks on stderr.
            silent = logging.NullHandler()
            silent._mentordesk = True  # type: ignore[attr-defined]
            root.addHandler(silent)
        return None
    for previous in _ours():
        root.removeHandler(previous)
    handler.privatise_rotated()
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mentordesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
