"""Temporary files that a killed write left in an output folder (letters, exports...) are
removed by the next write into that folder once they are hours old; live ones stay."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app.cli import main
from app.db.engine import Database
from app.leftovers import STALE_AFTER_SECONDS, sweep_writer_leftovers
from app.programs.service import CycleInfo
from app.safe_files import OutputFiles, write_bytes

HOURS = 3600


def _file(path: Path, hours_ago: float, content: bytes = b"Zoe Tremblay, 613-555-0199") -> Path:
    path.write_bytes(content)
    stamp = time.time() - hours_ago * HOURS
    os.utime(path, (stamp, stamp))
    return path


def test_stale_part_files_go_and_everything_else_stays(tmp_path: Path) -> None:
    stale = _file(tmp_path / ".mentordesk-k1ll3d00.part", hours_ago=7)
    kept = [
        _file(tmp_path / ".mentordesk-running.part", hours_ago=1),  # a write under way
        _file(tmp_path / "letters.part", hours_ago=30),  # not a name MentorDesk uses
        _file(tmp_path / ".mentordesk-notes.txt", hours_ago=30),
        _file(tmp_path / "report.csv", hours_ago=30),
    ]
    folder = tmp_path / ".mentordesk-folder0.part"
    folder.mkdir()
    outside = _file(tmp_path / "elsewhere.pdf", hours_ago=30)
    link = tmp_path / ".mentordesk-link0000.part"
    link.symlink_to(outside)
    os.utime(link, (1_000_000_000, 1_000_000_000), follow_symlinks=False)

    assert sweep_writer_leftovers(tmp_path) == 1

    assert not stale.exists()
    assert all(p.exists() for p in kept) and folder.is_dir()
    assert link.is_symlink() and outside.read_bytes().startswith(b"Zoe")


@pytest.mark.skipif(not hasattr(os, "link") or os.name != "posix", reason="POSIX hard links")
def test_an_old_file_set_aside_by_a_running_write_stays(tmp_path: Path) -> None:
    """``.old`` is a hard link made while a batch replaces a letter written last month: its
    modification time is the letter's, not the link's."""
    letter = _file(tmp_path / "Zoe Tremblay.pdf", hours_ago=30 * 24)
    aside = tmp_path / ".mentordesk-0123456789abcdef.old"
    os.link(letter, aside)
    assert sweep_writer_leftovers(tmp_path) == 0
    assert aside.exists()
    # Once the link itself is hours old, it is a leftover of a killed batch.
    later = time.time() + STALE_AFTER_SECONDS + HOURS
    assert sweep_writer_leftovers(tmp_path, now=later) == 1
    assert not aside.exists() and letter.exists()


def test_a_missing_folder_is_nothing_to_sweep(tmp_path: Path) -> None:
    assert sweep_writer_leftovers(tmp_path / "gone") == 0


def test_every_safe_write_sweeps_its_folder_first(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    stale = _file(out / ".mentordesk-abcd1234.part", hours_ago=8)
    running = _file(out / ".mentordesk-efgh5678.part", hours_ago=0.5)
    write_bytes(out / "participants.csv", b"a,b\n", "the export")
    assert not stale.exists() and running.exists()
    assert (out / "participants.csv").read_bytes() == b"a,b\n"


def test_a_batch_sweeps_each_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.safe_files import writing

    swept: list[Path] = []
    monkeypatch.setattr(writing, "sweep_writer_leftovers", lambda folder: swept.append(folder))
    per_letter = tmp_path / "letters"
    with OutputFiles("the letters") as files:
        for name in ("a.pdf", "b.pdf", "c.pdf"):
            files.new(per_letter / name, make_folders=True).write_bytes(b"%PDF")
        files.new(tmp_path / "all.pdf").write_bytes(b"%PDF")
        files.commit()
    assert swept == [per_letter, tmp_path]


def test_the_export_command_removes_a_killed_exports_leftover(
    db: Database, cycle: CycleInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    out = tmp_path / "exports"
    out.mkdir()
    stale = _file(out / ".mentordesk-x9y8z7w6.part", hours_ago=12)
    target = out / "participants.csv"
    args = ["export", "--db", str(db.path), "--cycle", cycle.label, "--what", "participants"]
    code = main([*args, "--out", str(target)])
    assert code == 0, capsys.readouterr().err
    assert target.is_file() and not stale.exists()
    assert sorted(p.name for p in out.iterdir()) == ["participants.csv"]
