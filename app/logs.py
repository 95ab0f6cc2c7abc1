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

The desktop app paints its window before it loads the file handler (``app.log_file``:
``logging.handlers`` brings socket, pickle and queue): ``hold_logging`` keeps the records in
memory until ``setup_logging`` attaches the file and writes them to it first, in order.
"""

from __future__ import annotations

import logging
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


HELD_RECORDS = 1000
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def __getattr__(name: str) -> Any:
    # The file handler's class lives in app.log_file, imported only when it is attached.
    if name == "PrivateRotatingFileHandler":
        from app.log_file import PrivateRotatingFileHandler

        return PrivateRotatingFileHandler
    raise AttributeError(name)


class HeldRecords(logging.Handler):
    """Keeps the records logged before the log file is attached, oldest first, at most
    ``HELD_RECORDS`` of them (the newest are dropped beyond): the desktop app paints its
    window before it imports the file handler's modules."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_RECORDS:
            self.records.append(record)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_mentordesk", False)]


def _installed() -> logging.Handler | None:
    found = [h for h in _ours() if getattr(h, "_mentordesk_file", False)]
    return found[0] if found else None


def _holding() -> HeldRecords | None:
    found = [h for h in _ours() if isinstance(h, HeldRecords)]
    return found[0] if found else None


def logging_to_file() -> bool:
    """Whether ``setup_logging`` managed to open the log file."""
    return _installed() is not None


def hold_logging(level: int = logging.INFO) -> None:
    """Keep log records in memory until ``setup_logging`` attaches the log file and writes
    them to it in order (or ``attach_if_held`` does, on a path that ends early)."""
    if _ours():
        return
    root = logging.getLogger()
    held = HeldRecords()
    held._mentordesk = True  # type: ignore[attr-defined]
    root.addHandler(held)
    root.setLevel(level)


def attach_if_held(*, at_least: int = logging.NOTSET) -> None:
    """Attach the log file now if records are being held and one of them is at
    ``at_least`` or above; without such a record, the held ones are dropped."""
    held = _holding()
    if held is None:
        return
    if any(record.levelno >= at_least for record in held.records):
        setup_logging(logging.getLogger().level)
        return
    logging.getLogger().removeHandler(held)
    silent = logging.NullHandler()
    silent._mentordesk = True  # type: ignore[attr-defined]
    logging.getLogger().addHandler(silent)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to a private rotating file; returns its path, or
    ``None`` when the log folder or file cannot be created (then nothing is logged to a
    file and nothing is said: logging must never stop a command). Records held by
    ``hold_logging`` are written to the file first, in order."""
    path = log_file()
    if _installed() is not None:
        return path
    root = logging.getLogger()
    held = _holding()
    try:
        from app.log_file import PrivateRotatingFileHandler

        ensure_private_dir(path.parent)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        if held is not None:
            root.removeHandler(held)
        if not _ours():
            # Without any handler, Python prints warnings and tracebacks on stderr.
            silent = logging.NullHandler()
            silent._mentordesk = True  # type: ignore[attr-defined]
            root.addHandler(silent)
        return None
    for previous in _ours():
        root.removeHandler(previous)
    handler.privatise_rotated()
    handler.setFormatter(PrivateFormatter(_FORMAT))
    handler._mentordesk = True  # type: ignore[attr-defined]
    handler._mentordesk_file = True  # type: ignore[attr-defined]
    for record in held.records if held is not None else []:
        handler.handle(record)
    root.addHandler(handler)
    root.setLevel(level)
    return path
