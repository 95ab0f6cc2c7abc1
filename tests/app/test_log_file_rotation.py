"""The log file rotates exactly as the standard library's RotatingFileHandler does: the
same records in the same files, whatever the sizes, with none of its imports."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest

from app.log_file import PrivateRotatingFileHandler


def _write(handler: logging.Handler, count: int) -> None:
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    for number in range(count):
        record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * (number % 37), None, None)
        record.msg = f"record {number} " + "é" * (number % 5) + "x" * (number % 37)
        handler.handle(record)
    handler.close()


def _files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(("max_bytes", "backups"), [(200, 3), (64, 1), (1000, 0), (0, 2)])
def test_rotation_matches_the_standard_handler(
    tmp_path: Path, max_bytes: int, backups: int
) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for folder in (ours, theirs):
        folder.mkdir()
        (folder / "app.log").write_text("an earlier run\n", encoding="utf-8")
        (folder / "app.log.1").write_text("an older run\n", encoding="utf-8")
    _write(
        PrivateRotatingFileHandler(
            ours / "app.log", maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        ),
        120,
    )
    _write(
        logging.handlers.RotatingFileHandler(
            theirs / "app.log", maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        ),
        120,
    )
    assert _files(ours) == _files(theirs)
    assert len(_files(ours)) == (1 + backups if max_bytes and backups else 2)


def test_a_log_path_that_is_not_a_regular_file_never_rotates(tmp_path: Path) -> None:
    handler = PrivateRotatingFileHandler("/dev/null", maxBytes=1, backupCount=2)
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "hello", None, None)
    assert not handler.shouldRollover(record)
    handler.close()
