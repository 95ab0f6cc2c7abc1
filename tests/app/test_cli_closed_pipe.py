"""A reader that stops early (``| head``) is a normal end for every command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor

COMMAND = Path(sys.executable).with_name("mentordesk")
INTERESTS = ["Neonatology", "Research", "Cardiology", "Advocacy", "Global health"]


@pytest.fixture
def big_cycle(db: Database, cycle: CycleInfo, db_path: Path) -> Path:
    """Enough people that ``match --json --candidates`` is far larger than a pipe holds."""
    mentors = [
        mentor(f"mentor{i}@example.org", f"Mentor{i}", interests=INTERESTS[i % 5 :], capacity=2)
        for i in range(40)
    ]
    mentees = [
        mentee(f"mentee{i}@example.org", f"Mentee{i}", interests=INTERESTS[: i % 5 + 1])
        for i in range(100)
    ]
    add_people(db, cycle, 0, mentors)
    add_people(db, cycle, 1, mentees)
    db.dispose()
    return db_path


def _installed() -> Path:
    if not COMMAND.exists():
        pytest.skip("the mentordesk command is not installed in this environment")
    return COMMAND


def _traces(home: Path) -> list[str]:
    if not home.exists():
        return []
    found = []
    for path in home.rglob("*"):
        if path.is_file() and "BrokenPipe" in path.read_text(errors="replace"):
            found.append(str(path))
    return found


def test_match_json_into_head_ends_quietly(
    big_cycle: Path, cycle: CycleInfo, isolated_home: Path
) -> None:
    command = _installed()
    args = f"--db '{big_cycle}' --cycle '{cycle.label}' --json --candidates 30"
    full = subprocess.run(
        [str(command), "match", *args.replace("'", "").split()],
        capture_output=True,
        check=False,
        timeout=300,
    )
    assert full.returncode == 0, full.stderr
    assert len(full.stdout) > 300_000  # far more than a pipe buffers: head must close it
    script = f"'{command}' match {args} | head -c 10; echo \"rc=${{PIPESTATUS[0]}}\" >&2"
    done = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.stdout == full.stdout[:10].decode()
    assert done.stderr == "rc=0\n"  # no sentence, no "Exception ignored", exit 0
    assert _traces(isolated_home) == []


@pytest.mark.parametrize(
    "args",
    [
        ["match", "--json"],
        ["match"],
        ["export", "--what", "participants", "--out", "-"],
        ["--version"],
        ["match", "--help"],
    ],
)
def test_a_closed_pipe_is_a_normal_end_for_every_command(
    big_cycle: Path, cycle: CycleInfo, isolated_home: Path, args: list[str]
) -> None:
    command = _installed()
    if args[0] not in ("--version",) and "--help" not in args:
        args = [*args, "--db", str(big_cycle), "--cycle", cycle.label]
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte: every write fails
    try:
        done = subprocess.run(
            [str(command), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=300,
        )
    finally:
        os.close(write_end)
    if args[0] == "export":
        assert done.returncode != 4, done.stderr  # it writes a file, not stdout
        return
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert _traces(isolated_home) == []
