"""Logging to the user's log folder: private file, no personal data, rotated."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from app.paths import ensure_private_dir, log_dir

LOG_NAME = "mentordesk.log"


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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mentordesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
