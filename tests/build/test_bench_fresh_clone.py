"""``make bench`` on a fresh clone: the bundle workload, which needs ``make package`` first,
is skipped with a note and the run still ends with exit code 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bundle_workload_without_a_build_is_skipped_with_a_note(tmp_path: Path) -> None:
    figures = tmp_path / "bench.json"
    env = {
        **os.environ,
        "MENTORDESK_BENCH_DIST": str(tmp_path / "dist"),  # no bundle was built there
        "BENCH_JSON": str(figures),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench", "bundle"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "bundle        skipped: no bundle in" in done.stdout
    assert "run `make package`" in done.stdout
    assert json.loads(figures.read_text(encoding="utf-8")) == {}
