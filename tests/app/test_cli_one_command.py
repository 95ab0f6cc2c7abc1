"""The installed command runs one command and ends: what the command imports is left out
of the cycle collector's passes. A caller running ``main`` again and again (the tests, an
embedding program) keeps its collector as it was."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

RUN = """
import contextlib, gc, io, json, sys
from app.__main__ import main
as_program = sys.argv[1] == "program"
args = sys.argv[2:]
with contextlib.redirect_stdout(io.StringIO()):
    if as_program:
        sys.argv = ["mentordesk", *args]
        code = main()
    else:
        code = main(args)
print(json.dumps({"code": code, "frozen": gc.get_freeze_count(), "enabled": gc.isenabled()}))
"""


def run(how: str, *args: str) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", RUN, how, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("one-command") / "demo.db"
    assert run("calls", "demo", "--db", str(path))["code"] == 0
    return path


def test_the_installed_command_keeps_its_imports_out_of_the_collector(demo_path: Path) -> None:
    report = run("program", "match", "--db", str(demo_path), "--cycle", "2025-2026")
    assert report["code"] == 0
    assert report["frozen"] > 10_000  # SQLAlchemy, the models and the services
    assert report["enabled"]  # what the command makes afterwards is still collected


def test_a_caller_of_main_keeps_its_collector_as_it_was(demo_path: Path) -> None:
    report = run("calls", "match", "--db", str(demo_path), "--cycle", "2025-2026")
    assert report == {"code": 0, "frozen": 0, "enabled": True}
