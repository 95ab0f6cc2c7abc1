"""Personal data stays where it belongs: no plaintext outside the data folders, no leftovers
of killed runs, private log files, a log scrubber that hides names, and terminal output
that a name cannot take over."""

from __future__ import annotations

import csv
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import cli
from app.backup.service import backup_database, inspect_backup
from app.logs import PrivateRotatingFileHandler, sanitise, setup_logging
from app.terminal import escape_json_text, for_terminal

CYCLE = "2026-2027"
HEADER = ["First name", "Last name", "Email Address"]
SECRET_NAME = "Wilhelmina Quenneville-Doe"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def database_with(
    capsys: pytest.CaptureFixture[str], db: Path, mentors: list[list[str]], mentees: list[list[str]]
) -> None:
    assert run(capsys, "init", "--db", str(db), "--program", "P", "--cycle", CYCLE)[0] == 0
    for role, rows in (("mentor", mentors), ("mentee", mentees)):
        roster = write_csv(db.with_name(f"{role}s.csv"), rows)
        code, _, err = run(capsys, "import", "--db", str(db), "--cycle", CYCLE, "--role", role,
                           str(roster))  # fmt: skip
        assert code == 0, err
        roster.unlink()


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def opened_databases(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every file SQLite is asked to open while the test runs."""
    opened: list[str] = []
    real_connect = sqlite3.connect

    def recording(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(str(database))
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", recording)
    yield opened


# -- encrypted backups ----------------------------------------------------------------------
def test_an_encrypted_backup_writes_no_plaintext_anywhere(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    system_temp: Path,
    opened_databases: list[str],
) -> None:
    db = tmp_path / "program" / "p.db"
    first, last = SECRET_NAME.split(" ")
    database_with(capsys, db, [["Ren", "Tremblay", "ren@example.org"]],
                  [[first, last, "w.qd@example.org"]])  # fmt: skip
    opened_databases.clear()

    result = backup_database(db, tmp_path / "backups", passphrase="a long passphrase")
    info = inspect_backup(result.path, "a long passphrase")

    assert info.participants == 2
    assert set(opened_databases) <= {str(db), ":memory:"}, opened_databases
    assert list(system_temp.iterdir()) == []
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [result.path.name]
    companions = {db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))}
    for path in tmp_path.rglob("*"):
        if path.is_file() and path not in companions:
            assert SECRET_NAME.split()[1].encode() not in path.read_bytes(), path


def test_an_encrypted_backup_restores_and_reads_back(tmp_path: Path) -> None:
    from app.backup.service import restore_database
    from app.db.migrate import open_database

    db = tmp_path / "p.db"
    open_database(db).dispose()
    result = backup_database(db, tmp_path / "backups", passphrase="pass phrase")
    restored = restore_database(db, result.path, passphrase="pass phrase")
    assert restored.schema_revision
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_encrypted_backup_is_checked_in_memory_like_a_plain_one(tmp_path: Path) -> None:
    from app.backup.crypto import encrypt_bytes, write_private
    from app.db.migrate import open_database
    from app.errors import BackupVerificationError

    db = tmp_path / "p.db"
    open_database(db).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER wipe AFTER INSERT ON program BEGIN DELETE FROM person; END")
    conn.close()
    with pytest.raises(BackupVerificationError):
        backup_database(db, tmp_path / "backups", passphrase="pass phrase")
    assert list((tmp_path / "backups").iterdir()) == []
    tampered = tmp_path / "tampered.mentordesk-backup"
    write_private(tampered, encrypt_bytes(db.read_bytes(), "pass phrase"))
    with pytest.raises(BackupVerificationError):
        inspect_backup(tampered, "pass phrase")


# -- leftovers of killed runs ---------------------------------------------------------------
def _aged(path: Path, content: bytes = b"plaintext personal data") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    return path


def test_leftovers_of_killed_runs_go_at_the_next_command_and_live_files_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], system_temp: Path, isolated_home: Path
) -> None:
    db = tmp_path / "program" / "p.db"
    assert run(capsys, "init", "--db", str(db), "--program", "P", "--cycle", CYCLE)[0] == 0
    backups = isolated_home / "backups"
    leftovers = [
        _aged(db.parent / ".p-abcd1234.partial"),  # a killed restore
        _aged(db.parent / ".p-abcd1234.partial-journal"),
        _aged(backups / ".p-k1ll3d_x.partial"),  # a killed backup
        _aged(backups / ".other-zzzz9999.partial"),  # another database's, long dead
        _aged(db.parent / ".mentordesk-qwerty12.part"),  # a killed export
        _aged(system_temp / "mentordesk-a1b2c3d4" / "backup.sqlite"),  # an older version's
    ]
    os.utime(leftovers[-1].parent, (1_000_000_000, 1_000_000_000))
    kept = [
        db.parent / ".p-fresh123.partial",  # a process that started after this one
        backups / ".other-fresh456.partial",  # another database's backup, running now
        db.parent / ".mentordesk-running.part",
        db.parent / "notes.partial",  # not a name MentorDesk uses
        system_temp / "mentordesk-selftest-x" / "backup.sqlite",
        system_temp / "mentordesk-e5f6g7h8" / "holiday.jpg",
    ]
    for path in kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"in use")

    code, _, err = run(capsys, "engagement", "--db", str(db), "--cycle", CYCLE)

    assert code == 0, err
    assert [p for p in leftovers if p.exists()] == []
    assert not (system_temp / "mentordesk-a1b2c3d4").exists()
    assert [p for p in kept if not p.exists()] == []


# -- log files ------------------------------------------------------------------------------
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_log_files_stay_private_through_rotation_under_any_umask(
    isolated_home: Path, umask: int
) -> None:
    logs = isolated_home / "logs"
    logs.mkdir(parents=True)
    (logs / "mentordesk.log.2").write_text("older, world-readable\n")
    (logs / "mentordesk.log.2").chmod(0o644)
    previous = os.umask(umask)
    try:
        path = setup_logging()
        assert path is not None
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_mentordesk", 0))
        assert isinstance(handler, PrivateRotatingFileHandler)
        logging.getLogger("test").warning("before the rollover")
        handler.doRollover()
        logging.getLogger("test").warning("after the rollover")
        handler.doRollover()
    finally:
        os.umask(previous)
    names = sorted(p.name for p in logs.iterdir())
    assert names == ["mentordesk.log", "mentordesk.log.1", "mentordesk.log.2", "mentordesk.log.3"]
    for item in logs.iterdir():
        assert item.stat().st_mode & 0o777 == 0o600, item.name


def test_a_full_disk_does_not_turn_logging_into_tracebacks(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert setup_logging() is not None
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_mentordesk", 0))

    class FullDisk:
        def write(self, _text: str) -> int:
            raise OSError(28, "No space left on device")

        def flush(self) -> None:
            raise OSError(28, "No space left on device")

    stream, handler.stream = handler.stream, FullDisk()  # type: ignore[attr-defined]
    try:
        logging.getLogger("test").error("cannot be written")
    finally:
        handler.stream = stream  # type: ignore[attr-defined]
    assert capsys.readouterr().err == ""


# -- the log scrubber -----------------------------------------------------------------------
NAMES = [
    "O'Brien, Zoë",
    "Zoë O'Neil",
    "Siobhán Ní Bhriain",
    "D'Angelo Smith-Jones",
    "Jean-Luc Côté",
    "Nguyễn Thị Minh",
    "Åsa Öberg",
    "Mary “Molly” McIntyre",
    'Theodore "Teddy" Okonkwo',
    "Renée ‘Ree’ Lavoie",
    "Ma'ayan Ben-David",
    "Anne-Marie «Nanou» Gagnon",
    "N'Golo Kanté",
    "Grace O’Malley",
    "Kealoha ʻŌlelo",
    "Björn `Bjössi` Ragnarsson",
    "Tāne Mahuta",
    "José María Aznar",
]
QUOTES = ["'", '"', "‘’", "“”", "«»", "„“", "‹›", "`", "´", "＂"]
MESSAGES = [
    "can't parse {q0}{name}{q1}",
    "{q0}{name}{q1} is not a valid email",
    "invalid literal for int() with base 10: {q0}{name}{q1}",
    "no participant named {q0}{name}{q1} in row 12",
    "duplicate key value ({q0}{name}{q1}, {q0}{other}{q1})",
    "could not convert string to float: {q0}{name}{q1}",
    "{q0}{name}{q1}",
]


def _parts(name: str) -> set[str]:
    words = name.replace("'", " ").replace("’", " ").replace("-", " ").split()
    return {w.strip("\"'‘’“”«»„`´＂ʻ,") for w in words} - {"", "Ní", "Ben", "Thị"} | {name}


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(NAMES),
    other=st.sampled_from(NAMES),
    quote=st.sampled_from(QUOTES),
    template=st.sampled_from(MESSAGES),
    wrap=st.sampled_from(["{}", "KeyError: {}", "ValueError({})", "{} (while importing)"]),
)
def test_no_name_survives_the_scrubber(
    name: str, other: str, quote: str, template: str, wrap: str
) -> None:
    q0, q1 = (quote[0], quote[-1])
    message = wrap.format(template.format(name=name, other=other, q0=q0, q1=q1))
    cleaned = sanitise(message)
    for part in _parts(name) | _parts(other):
        if len(part) >= 3:
            assert part not in cleaned, (message, cleaned)


@given(name=st.sampled_from(NAMES))
def test_no_name_survives_in_the_repr_python_gives_it(name: str) -> None:
    for exc in (KeyError(name), KeyError((name, "x")), ValueError(repr([name]))):
        cleaned = sanitise(str(exc))
        for part in _parts(name):
            if len(part) >= 3:
                assert part not in cleaned, (str(exc), cleaned)


def test_the_scrubber_keeps_messages_without_values() -> None:
    assert sanitise("division by zero") == "division by zero"
    assert sanitise("UNIQUE constraint failed: person.email") == (
        "UNIQUE constraint failed: person.email"
    )
    assert sanitise("KeyError: 'zoe@example.org'") == "KeyError: <value>"


# -- terminal output ------------------------------------------------------------------------
HOSTILE = {
    "clear": "Zo\x1b[2Jé",
    "title": "Ren\x1b]0;pwned\x07ée",
    "bell": "Evil\x07",
    "bidi": "Ali\u202eecnarF",
    "c1": "O'Brien\x9b31m",
}
RAW = ["\x1b", "\x07", "\u202e", "\x9b", "\r"]


def test_names_with_control_characters_are_shown_escaped_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    database_with(
        capsys,
        db,
        [[HOSTILE["title"], "Tremblay\u202eXX", "ment1@example.org"]],
        [[HOSTILE["clear"], HOSTILE["c1"], "mentee1@example.org"]],
    )
    code, out, _ = run(capsys, "match", "--db", str(db), "--cycle", CYCLE, "--apply", "--confirm")
    assert code == 0
    assert not any(char in out for char in RAW), ascii(out)
    assert "Zo\\x1b[2Jé" in out and "Tremblay\\u202eXX" in out and "O'Brien\\x9b31m" in out
    assert "Ren\\x1b]0;pwned\\x07ée" in out

    code, out, _ = run(capsys, "engagement", "--db", str(db), "--cycle", CYCLE)
    assert code == 0 and "Zo\\x1b[2Jé" in out and "→" not in out
    assert not any(char in out for char in RAW), ascii(out)


def test_json_output_escapes_what_json_leaves_raw_and_parses_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "p.db"
    assert run(capsys, "init", "--db", str(db), "--program", "P", "--cycle", CYCLE)[0] == 0
    column = "Notes\u202e\x9b\u2028\x1b"
    roster = write_csv(tmp_path / "r.csv", [["Zoë", "Ali\u202eX", "z@example.org", "x"]],
                       [*HEADER, column])  # fmt: skip
    code, out, _ = run(capsys, "import", "--db", str(db), "--cycle", CYCLE, "--role", "mentee",
                       str(roster), "--json")  # fmt: skip
    assert code == 0
    assert not any(char in out for char in [*RAW, "\u2028"]), ascii(out)
    parsed = json.dumps(json.loads(out), ensure_ascii=False)  # the same data once parsed
    assert "Notes\u202e\x9b" in parsed and "Ali\u202eX" not in out
    assert "Zoë" in escape_json_text(json.dumps({"n": "Zoë 👩‍👩‍👧"}, ensure_ascii=False))


def test_errors_on_stderr_are_escaped_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "sign-ups\x1b[2J.csv"
    db = tmp_path / "p.db"
    assert run(capsys, "init", "--db", str(db), "--program", "P", "--cycle", CYCLE)[0] == 0
    code, _, err = run(capsys, "import", "--db", str(db), "--cycle", CYCLE, "--role", "mentee",
                       str(hostile))  # fmt: skip
    assert code == 2 and "\x1b" not in err and "\\x1b[2J" in err


def test_ordinary_text_is_left_alone() -> None:
    text = "Zoë Nguyễn — 山田太郎 👩‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 مهسا\u200cکریمی\n\tsecond line"
    assert for_terminal(text) == text
    assert for_terminal("a\nb", keep_newlines=False) == "a\\x0ab"
