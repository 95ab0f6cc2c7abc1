"""Opening a current database stays light: no Alembic, and no heavy library the first screen
does not need (they are imported by the functions that use them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.db.engine import Database
from app.programs.service import CycleInfo

# Each of these costs start-up time and is needed only by one action (import, matching,
# letters, encrypted backups, upgrades), so none may be imported just to open the app.
HEAVY = (
    "alembic",
    "pandas",
    "numpy",
    "scipy",
    "lap",
    "reportlab",
    "openpyxl",
    "python_calamine",
    "email_validator",
    "phonenumbers",
    "cryptography",
    "PIL",
)

OPEN_AND_LIST = """
import json, sys
from app.cli import build_parser
from app.db.migrate import open_database
from app.programs.service import list_cycles, cycle_counts
build_parser()
db = open_database(sys.argv[1])
with db.read() as session:
    for info in list_cycles(session):
        cycle_counts(session, info.id)
db.dispose()
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def loaded_after_opening(path: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST, str(path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return set(json.loads(done.stdout))


def test_opening_a_current_database_imports_nothing_heavy(
    db: Database, cycle: CycleInfo, db_path: Path
) -> None:
    db.dispose()
    assert loaded_after_opening(db_path) & set(HEAVY) == set()


def test_creating_a_database_does_use_alembic(tmp_path: Path) -> None:
    # The same check sees Alembic when a migration has to run: it is not vacuous.
    assert "alembic" in loaded_after_opening(tmp_path / "new.db")
