"""Run one hostile case through the real command line and judge what followed."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile.corpus import Case, Workspace

SQLITE_MAGIC = b"SQLite format 3\x00"
_TEMP_MARKS = (".partial", ".part")


@dataclass
class Outcome:
    """What a case did, in the terms of the corpus's figures."""

    case: str
    kind: str
    exit_code: int
    stdout: str
    stderr: str
    problems: list[str] = field(default_factory=list)

    @property
    def crashed(self) -> bool:
        return any(p.startswith("crash") for p in self.problems)

    @property
    def lost_data(self) -> bool:
        return any(p.startswith("data") for p in self.problems)

    @property
    def leaked(self) -> bool:
        return any(p.startswith("leak") for p in self.problems)

    @property
    def clear(self) -> bool:
        return not self.problems


def make_template(folder: Path) -> Path:
    """A demo database and a verified backup of it, built once and copied per case."""
    from app.backup.service import backup_database
    from app.db.migrate import open_database
    from app.demo import create_demo

    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "program.db"
    database = open_database(db_path, backup_dir=folder / "upgrade")
    try:
        with database.write() as session:
            create_demo(session)
    finally:
        database.dispose()
    made = backup_database(db_path, folder / "made")
    shutil.move(made.path, folder / "good.mentordesk-backup")
    shutil.rmtree(folder / "made")
    return folder


def workspace(template: Path, root: Path) -> Workspace:
    root.mkdir(parents=True)
    os.chmod(root, 0o700)
    for name in ("program.db", "good.mentordesk-backup"):
        shutil.copy2(template / name, root / name)
    return Workspace(root, root / "program.db", root / "good.mentordesk-backup")


def _fingerprint(path: Path) -> tuple[str, int] | None:
    if not path.exists() or not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.S_IMODE(path.stat().st_mode)


def _files(*folders: Path) -> set[Path]:
    found: set[Path] = set()
    for folder in folders:
        if folder.exists():
            found |= {p for p in folder.rglob("*") if not p.is_symlink()}
    return found


@contextlib.contextmanager
def _environment(home: Path, temp: Path) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in ("MENTORDESK_HOME", "TMPDIR", "MENTORDESK_DB")}
    saved_tempdir = tempfile.tempdir
    os.environ["MENTORDESK_HOME"] = str(home)
    os.environ["TMPDIR"] = str(temp)
    os.environ.pop("MENTORDESK_DB", None)
    tempfile.tempdir = str(temp)
    try:
        yield
    finally:
        tempfile.tempdir = saved_tempdir
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_mentordesk", False)]:
            root.removeHandler(handler)
            handler.close()


def _db_arguments(argv: list[str]) -> list[str]:
    return [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--db"]


def _invoke(argv: list[str]) -> tuple[int, str, str]:
    from app.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException as exc:  # a crash is a finding, not the end of the run
            err.write(f"Traceback (most recent call last):\n{type(exc).__name__}\n")
            code = -1
    return code, out.getvalue(), err.getvalue()


def run_case(case: Case, template: Path, work: Path) -> Outcome:
    """Build ``case`` in ``work``, run it, and list every way it fell short."""
    ws = workspace(template, work / "ws")
    home, temp = work / "home", work / "tmp"
    if case.temp_unusable:
        temp.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text("not a folder")
    else:
        temp.mkdir(parents=True)
    with _environment(home, temp):
        argv = case.build(ws)
        os.environ.update(ws.env)
        # The -wal and -shm change whenever SQLite opens the file; the database's content is
        # in the main file once the last connection closes (checkpoint), so that is compared.
        before = {ws.db: _fingerprint(ws.db)}
        existing = _files(ws.root, home)
        try:
            code, out, err = _invoke(argv)
        finally:
            held = ws.__dict__.pop("held_lock", None)
            if held is not None:
                held.release()
    outcome = Outcome(case.name, case.kind, code, out, err)
    databases = {Path(p).resolve() for p in _db_arguments(argv)}
    outcome.problems = _judge(case, outcome, before, existing, ws, home, temp, databases)
    return outcome


def _judge(
    case: Case,
    outcome: Outcome,
    before: dict[Path, tuple[str, int] | None],
    existing: set[Path],
    ws: Workspace,
    home: Path,
    temp: Path,
    databases: set[Path],
) -> list[str]:
    problems: list[str] = []
    code, err = outcome.exit_code, outcome.stderr
    if "Traceback" in err or code in (-1, 4) or "unexpected error" in err:
        problems.append(f"crash: exit {code}: {err.strip()[:300]}")
    elif code != case.exit_code:
        problems.append(f"exit: expected {case.exit_code}, got {code}: {err.strip()[:300]}")
    if case.exit_code >= 2 and code >= 2:
        lines = [line for line in err.splitlines() if line.strip()]
        if len(lines) != 1 or not lines[0].startswith("mentordesk: "):
            problems.append(f"sentence: not one line: {err[:300]!r}")
        elif case.mentions and case.mentions.casefold() not in lines[0].casefold():
            problems.append(f"sentence: does not name {case.mentions!r}: {lines[0]}")
    elif case.exit_code == 1 and case.mentions and case.mentions not in outcome.stdout:
        problems.append(f"sentence: the report does not name {case.mentions!r}")
    if case.never_printed and case.never_printed in outcome.stdout + err:
        problems.append(f"leak: printed raw: {case.never_printed!r}")
    if case.database_unchanged:
        changed = [p.name for p, print_ in before.items() if _fingerprint(p) != print_]
        if changed:
            problems.append(f"data: changed {', '.join(changed)}")
        for suffix in ("-wal", "-shm"):
            companion = ws.db.with_name(ws.db.name + suffix)
            if companion.is_file() and companion.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04"):
                problems.append(f"data: {companion.name} was overwritten by an output file")
    problems += _leaks(existing, ws, home, temp, databases)
    return problems


def _leaks(
    existing: set[Path], ws: Workspace, home: Path, temp: Path, databases: set[Path]
) -> list[str]:
    problems = [f"leak: left in the temporary folder: {p.name}" for p in _files(temp)]
    if temp.is_file() and temp.read_text() != "not a folder":
        problems.append("leak: the temporary folder was written to")
    for path in sorted(_files(ws.root, home) - existing):
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_dir() and mode & 0o077:
            problems.append(f"leak: folder {path.name} is open to others ({oct(mode)})")
        elif path.is_file() and mode & 0o077:
            problems.append(f"leak: file {path.name} is readable by others ({oct(mode)})")
        if path.is_file() and path.name.endswith(_TEMP_MARKS):
            problems.append(f"leak: half-written file left behind: {path.name}")
        outside = not path.is_relative_to(home) and not any(
            path.parent == db.parent and path.name.startswith(db.name) for db in databases
        )
        if outside and path.is_file() and _is_plain_database(path):
            problems.append(f"leak: plaintext database copy outside the data folder: {path}")
    return problems


def _is_plain_database(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
