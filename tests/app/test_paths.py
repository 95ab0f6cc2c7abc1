"""The data folder and its files are private to the user."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.logs import setup_logging
from app.paths import data_dir, default_db_path, ensure_private_dir, make_private_file


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_missing_parents_are_created_private(tmp_path: Path) -> None:
    leaf = ensure_private_dir(tmp_path / "a" / "b" / "c")
    for folder in (tmp_path / "a", tmp_path / "a" / "b", leaf):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_home_logs_and_database_are_private(isolated_home: Path) -> None:
    log = setup_logging()
    make_private_file(default_db_path())
    assert data_dir() == isolated_home
    assert stat.S_IMODE(isolated_home.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(default_db_path().stat().st_mode) == 0o600
