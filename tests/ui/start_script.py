"""Run a script that starts the real window in a fresh interpreter, offscreen, and read the
JSON report it prints last: imports and threads are only honest in a process of their own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_start_script(script: str, db_path: Path) -> dict[str, Any]:
    """``script`` run with ``db_path`` as its argument; its last line of output, decoded."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report
