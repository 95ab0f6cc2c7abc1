"""Where tests keep the pictures and pages they make for a person to look at.

A test run keeps them only under the folder named by ``MENTORDESK_SHOTS`` (one subfolder
per part of the product), so that looking at the window, in English and in French, is one
command: ``MENTORDESK_SHOTS=~/shots make test``. Without it they go to a folder of the
system's temporary directory, never into the repository or the user's data folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ENVIRONMENT = "MENTORDESK_SHOTS"


def shots_dir(part: str) -> Path:
    """The folder for ``part``'s pictures (not created here)."""
    root = os.environ.get(ENVIRONMENT) or os.path.join(tempfile.gettempdir(), "mentordesk-shots")
    return Path(root) / part


def pdf_pages(pdf: Path, prefix: Path, dpi: int) -> bool:
    """PNG pictures of ``pdf``'s pages as ``prefix-N.png`` (poppler's ``pdftoppm``); False,
    and nothing made, on a machine without it."""
    if shutil.which("pdftoppm") is None:
        return False
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return True
