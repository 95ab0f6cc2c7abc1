"""The start-up benchmark's reference windows run as scripts, paint, and leave by
themselves: each quits only after its first paint, so one that never painted would hang
``make bench`` instead of timing it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.workloads import HELLO, HELLO_TABLE, RAW_WINDOW

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("references")
    path = folder / "demo.db"
    env = {**os.environ, "MENTORDESK_HOME": str(folder / "home")}
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(path)],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return path


@pytest.mark.parametrize(
    ("script", "shows_rows"), [(RAW_WINDOW, False), (HELLO, False), (HELLO_TABLE, True)]
)
def test_a_reference_window_paints_then_leaves(
    script: str, shows_rows: bool, demo_db: Path, tmp_path: Path
) -> None:
    # The script as the bench runs it, then one line to say what it drew.
    said = tmp_path / "said.txt"
    report = (
        f"\nopen({str(said)!r}, 'w').write(str(model.rowCount()) if 'model' in dir() else 'x')\n"
    )
    path = tmp_path / "reference.py"
    path.write_text(script + report, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(path), str(demo_db)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    drawn = said.read_text(encoding="utf-8")
    assert (int(drawn) > 0) if shows_rows else drawn == "x"
