"""The log file's handler, apart from ``app.logs``: the desktop app attaches it after its
first paint.

It rotates as ``logging.handlers.RotatingFileHandler`` does (the same sizes, the same
``.1``, ``.2``… copies), written on ``logging.FileHandler`` here because
``logging.handlers`` brings socket, pickle and queue with it: 14 ms of every command, and
of ``mentordesk --version``, which opens the log file too."""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any


class PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating log file that stays 0600, rotated copies included, under any umask,
    and that drops a record it cannot write instead of printing a traceback.

    Rotation follows ``RotatingFileHandler``: before a record that would take the file to
    ``maxBytes`` or more, the file becomes ``.1``, ``.1`` becomes ``.2``… and the oldest
    beyond ``backupCount`` is removed; ``maxBytes`` 0 never rotates."""

    def __init__(
        self,
        filename: str | os.PathLike[str],
        mode: str = "a",
        maxBytes: int = 0,
        backupCount: int = 0,
        encoding: str | None = None,
        delay: bool = False,
        errors: str | None = None,
    ) -> None:
        if maxBytes > 0:
            mode = "a"  # rotating a file opened with "w" would lose the earlier runs' logs
        super().__init__(filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # a file left by an older version may be 0644
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.shouldRollover(record):
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        # Never rotate anything but a regular file (a log path made /dev/null, say).
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:  # opened late (delay)
            self.stream = self._open()
        if self.maxBytes > 0:
            message = f"{self.format(record)}\n"
            self.stream.seek(0, 2)  # Windows does not keep appends at the end
            if self.stream.tell() + len(message) >= self.maxBytes:
                return True
        return False

    def doRollover(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                source = f"{self.baseFilename}.{number}"
                target = f"{self.baseFilename}.{number + 1}"
                if os.path.exists(source):
                    if os.path.exists(target):
                        os.remove(target)
                    os.rename(source, target)
            target = f"{self.baseFilename}.1"
            if os.path.exists(target):
                os.remove(target)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, target)
        if not self.delay:
            self.stream = self._open()
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
