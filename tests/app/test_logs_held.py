"""The desktop app paints before it imports the log file's handler: records logged until
then wait in memory and reach the private log file, in order, once it is attached."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.logs import attach_if_held, hold_logging, logging_to_file, setup_logging

# The real start, loaded in full, noting one record before and one after the full load.
START_AND_LOAD = """
import logging, sys
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow
finish_loading = MainWindow.finish_loading

def finish_and_leave(window):
    finish_loading(window)
    logging.getLogger("probe").info("after the full load")
    QApplication.instance().exit(0)

MainWindow.finish_loading = finish_and_leave
from app.__main__ import main
sys.exit(main(["gui", "--db", sys.argv[1], "--no-crash-dialog"]))
"""

QUIT_WHEN_SHOWN = """
import sys
from app.__main__ import main
sys.exit(main(["gui", "--db", sys.argv[1], "--quit-when-shown", "--no-crash-dialog"]))
"""


def _lines(home: Path) -> list[str]:
    return (home / "logs" / "mentordesk.log").read_text(encoding="utf-8").splitlines()


def test_held_records_reach_the_file_in_order_when_it_is_attached(isolated_home: Path) -> None:
    hold_logging()
    for number in range(3):
        logging.getLogger("held").info("held record %d", number)
    assert not (isolated_home / "logs" / "mentordesk.log").exists()
    assert setup_logging() is not None
    logging.getLogger("held").info("written record")
    messages = [line.split(": ", 1)[1] for line in _lines(isolated_home)]
    assert messages == ["held record 0", "held record 1", "held record 2", "written record"]
    path = isolated_home / "logs" / "mentordesk.log"
    assert path.stat().st_mode & 0o777 == 0o600


def test_held_tracebacks_stay_private(isolated_home: Path) -> None:
    hold_logging()
    cell = "'Zoë " + "Tremblay' <zoe@" + "example.org>"
    try:
        raise ValueError(f"no such person: {cell}")
    except ValueError:
        logging.getLogger("held").exception("a held failure")
    setup_logging()
    text = "\n".join(_lines(isolated_home))
    assert "a held failure" in text and "ValueError" in text
    assert "Tremblay" not in text and "example.org" not in text


def test_a_quick_exit_keeps_the_held_records_only_when_one_is_a_warning(
    isolated_home: Path,
) -> None:
    hold_logging()
    logging.getLogger("held").info("started")
    attach_if_held(at_least=logging.WARNING)
    assert not logging_to_file()
    assert not (isolated_home / "logs").exists()


def test_a_warning_before_a_quick_exit_is_written_with_what_came_before(
    isolated_home: Path,
) -> None:
    hold_logging()
    logging.getLogger("held").info("started")
    logging.getLogger("held").warning("something went wrong")
    attach_if_held(at_least=logging.WARNING)
    assert logging_to_file()
    assert [line.split(": ", 1)[1] for line in _lines(isolated_home)] == [
        "started",
        "something went wrong",
    ]


def test_the_crash_handler_writes_the_held_records_and_its_own(isolated_home: Path) -> None:
    from ui.crash import CrashHandler

    hold_logging()
    logging.getLogger("held").info("before the crash")
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        CrashHandler(show_dialog=False).handle(RuntimeError, exc, exc.__traceback__)
    lines = _lines(isolated_home)
    assert lines[0].endswith("held: before the crash")
    assert "Unexpected error RuntimeError" in lines[1]


def test_the_command_line_still_opens_the_log_file_at_once(isolated_home: Path) -> None:
    from app.__main__ import main

    with pytest.raises(SystemExit):
        main(["--version"])
    assert logging_to_file()


def _run(script: str, db: Path, home: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MENTORDESK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, *flags, "-c", script, str(db)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def start_db(tmp_path: Path) -> Path:
    from app.cli import main

    db = tmp_path / "start.db"
    assert main(["demo", "--db", str(db)]) == 0
    return db


def test_the_window_writes_what_it_logged_before_the_paint_after_it(
    start_db: Path, tmp_path: Path
) -> None:
    home = tmp_path / "gui-home"
    _run(START_AND_LOAD, start_db, home)
    lines = _lines(home)
    started = next(i for i, line in enumerate(lines) if "GUI started" in line)
    loaded = next(i for i, line in enumerate(lines) if "after the full load" in line)
    assert any("Interface language" in line for line in lines[:started])
    assert started < loaded
    assert (home / "logs" / "mentordesk.log").stat().st_mode & 0o777 == 0o600


def test_the_first_paint_does_not_import_the_log_file_handler(
    start_db: Path, tmp_path: Path
) -> None:
    done = _run(QUIT_WHEN_SHOWN, start_db, tmp_path / "quick-home", "-X", "importtime")
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "ui.main_window" in imported  # the window was built in this run
    assert "logging.handlers" not in imported
    assert "pickle" not in imported
