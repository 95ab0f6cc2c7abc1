"""The log file's handler, apart from ``app.logs`` because ``logging.handlers`` brings
socket, pickle and queue with it: the desktop app attaches it after its first paint."""

from __future__ import annotations

import contextlib
import logging.handlers
import os
from typing import Any


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
