"""The real start-up path (``mentordesk gui``) builds only the page it shows and imports
none of the heavy libraries."""

from __future__ import annotations

from pathlib import Path

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.app.test_startup_imports import HEAVY
from tests.ui.start_script import run_start_script

START_AND_REPORT = """
import json, sys
from app.__main__ import main
code = main(["gui", "--db", sys.argv[1], "--quit-when-shown", "--no-crash-dialog"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_start_up_shows_the_roster_and_builds_nothing_else(
    db: Database, cycle: CycleInfo, db_path: Path
) -> None:
    db.dispose()
    report = run_start_script(START_AND_REPORT, db_path)
    assert report["code"] == 0
    modules = set(report["modules"])
    assert "ui.pages.roster" in modules
    pages = {"ui.pages.matching", "ui.pages.engagement", "ui.pages.letters", "ui.pages.backups"}
    assert modules & pages == set()
    assert {name.split(".")[0] for name in modules} & set(HEAVY) == set()
    # Nor what the first paint never uses: the socket module (the lock reads the host
    # name from uname), difflib (answer suggestions) and argparse's help machinery.
    assert modules & {"socket", "difflib", "locale"} == set()
