"""A command imports only what it uses: ``--version`` and ``--help`` answer without the
database layer, and ``match`` runs without the letters, the GUI or the spreadsheet reader.

Each case runs the real CLI in a fresh interpreter and lists the modules it loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs ``app.cli.main`` with the given arguments, then prints the loaded module names on
# stderr's last line (stdout belongs to the command).
RUN_AND_LIST = """
import json, sys
from app.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
sys.stderr.write("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}) + "\\n")
"""

DATABASE_AND_MODELS = ("sqlalchemy", "app.db.models", "app.db.engine", "alembic")
DATA_LIBRARIES = ("pandas", "numpy", "reportlab", "openpyxl", "python_calamine")
GUI = ("PySide6", "ui")


def loaded_by(args: list[str]) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def imported(modules: set[str], names: tuple[str, ...]) -> set[str]:
    return {name for name in names if any(m == name or m.startswith(name + ".") for m in modules)}


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["match", "--help"]])
def test_version_and_help_import_no_database_layer_and_no_data_library(args: list[str]) -> None:
    code, modules = loaded_by(args)
    assert code == 0
    assert imported(modules, (*DATABASE_AND_MODELS, *DATA_LIBRARIES, *GUI)) == set()


def test_match_imports_neither_letters_nor_gui_nor_spreadsheet_reader(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    code, _ = loaded_by(["demo", "--db", str(path)])
    assert code == 0
    code, modules = loaded_by(["match", "--db", str(path), "--cycle", "2025-2026"])
    assert code == 0
    # The check is not vacuous: the command did load the database layer and the solver.
    assert imported(modules, ("sqlalchemy", "app.matching.solver")) == {
        "sqlalchemy",
        "app.matching.solver",
    }
    assert imported(modules, ("reportlab", "pandas", "openpyxl", *GUI)) == set()
    assert "app.matching.settings_file" not in modules  # only with --settings


def test_a_command_that_is_not_defined_still_fails_with_a_clear_parser_message() -> None:
    code, modules = loaded_by(["no-such-command"])
    assert code == 2
    assert imported(modules, DATABASE_AND_MODELS) == set()


# As the installed ``mentordesk`` runs: through app.__main__, which opens the log file.
RUN_ENTRY_POINT_AND_LIST = RUN_AND_LIST.replace(
    "from app.cli import main", "from app.__main__ import main"
)


def test_version_opens_the_log_file_and_imports_no_handlers_socket_json_or_dates(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUN_ENTRY_POINT_AND_LIST, "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MENTORDESK_HOME": str(tmp_path / "home")},
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0
    assert (tmp_path / "home" / "logs" / "mentordesk.log").is_file()
    modules = ("logging.handlers", "socket", "pickle", "datetime")  # (the script uses json)
    assert imported(set(report["modules"]), modules) == set()
