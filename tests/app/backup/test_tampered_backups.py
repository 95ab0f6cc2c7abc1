"""A backup changed outside MentorDesk is refused by `mentordesk restore` with exit 3 and
one sentence, and the current database stays byte-identical; genuine backups of every
revision still restore."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.__main__ import main
from app.backup import restore_database
from app.db.migrate import head_revision, known_revisions
from app.db.schema_check import expected_schema
from app.errors import SafetyError
from tests.app.db.tampering import SCHEMA_EDITS, VALUE_EDITS, build_pristine, tamper, tampered_copy

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "schema"
TAIL = "so MentorDesk will not use it; your database was not changed."


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_pristine(tmp_path_factory.mktemp("pristine"))


@pytest.fixture
def current(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    """The coordinator's current database (a closed demo), in a folder of its own."""
    folder = tmp_path / "data"
    folder.mkdir()
    return Path(shutil.copyfile(pristine[0], folder / "program.db"))


def _restore(capsys: pytest.CaptureFixture[str], db: Path, backup: Path) -> tuple[int, str]:
    code = main(["restore", "--db", str(db), str(backup)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("edit", sorted(SCHEMA_EDITS) + sorted(VALUE_EDITS))
def test_a_tampered_backup_is_refused_and_the_database_untouched(
    edit: str,
    pristine: tuple[Path, Path],
    current: Path,
    tmp_path: Path,
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    statements, fragment = {**SCHEMA_EDITS, **VALUE_EDITS}[edit]
    name = f"tampered-{edit}.mentordesk-backup"
    backup = tampered_copy(pristine[1], tmp_path / name, statements)
    before = current.read_bytes()
    code, err = _restore(capsys, current, backup)
    assert code == 3
    assert err.startswith(f"mentordesk: {name} was changed outside MentorDesk (")
    assert fragment in err and err.endswith(f"{TAIL}\n") and err.count("\n") == 1
    assert current.read_bytes() == before
    assert sorted(p.name for p in current.parent.iterdir()) == ["program.db"]
    assert not (isolated_home / "backups").exists()  # no safety copy was needed


def test_a_backup_saying_it_is_newer_is_refused(
    pristine: tuple[Path, Path],
    current: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    statements = ("UPDATE alembic_version SET version_num = '0099'",)
    backup = tampered_copy(pristine[1], tmp_path / "future.mentordesk-backup", statements)
    before = current.read_bytes()
    code, err = _restore(capsys, current, backup)
    assert (code, current.read_bytes()) == (3, before)
    assert "future.mentordesk-backup was saved by a newer version of MentorDesk" in err


def test_a_genuine_backup_of_the_current_revision_restores(
    pristine: tuple[Path, Path], current: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(current, ("DELETE FROM meeting_topic", "DELETE FROM meeting"))
    code, _ = _restore(capsys, current, pristine[1])
    assert code == 0
    assert _meetings(current) > 0


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.db")), ids=lambda p: p.stem)
def test_a_genuine_backup_of_an_earlier_revision_restores(
    fixture: Path, current: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = Path(shutil.copyfile(fixture, tmp_path / f"old-{fixture.stem}.mentordesk-backup"))
    code, _ = _restore(capsys, current, backup)
    assert code == 0
    conn = sqlite3.connect(current)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    finally:
        conn.close()


def _meetings(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM meeting").fetchone()[0])
    finally:
        conn.close()


# --- Any edit of a valid backup's schema gets it refused (property) --------------------------

HEAD = expected_schema(head_revision()) or {}
TABLES = sorted(HEAD.get("tables", {}))
INDEXES = sorted(str(row[1]) for row in HEAD.get("objects", []) if row[0] == "index")
TYPES = ["TEXT", "INTEGER", "BLOB", "REAL", "ANY", "VARCHAR(10)", "JSON", "DATETIME"]
TAKEN = set(TABLES) | set(INDEXES)
names = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True).filter(
    lambda n: n not in TAKEN and not n.startswith("sqlite")
)


def _column(draw: st.DrawFn, table: str) -> list[object]:
    return draw(st.sampled_from(HEAD["tables"][table]["columns"]))


@st.composite
def schema_edits(draw: st.DrawFn) -> tuple[str, ...]:
    """Statements that change some part of the schema of a MentorDesk backup."""
    table = draw(st.sampled_from(TABLES))
    column = _column(draw, table)
    name = draw(names)
    kind = draw(st.sampled_from(sorted(_EDITS)))
    return _EDITS[kind](table, column, name, draw)


def _rewrite(table: str, old: str, new: str) -> tuple[str, ...]:
    return (
        "PRAGMA writable_schema = ON",
        f"UPDATE sqlite_master SET sql = replace(sql, '{old}', '{new}') "
        f"WHERE type = 'table' AND name = '{table}' AND instr(sql, '{old}') > 0",
        "PRAGMA writable_schema = OFF",
    )


_EDITS = {
    "trigger": lambda t, c, n, d: (
        f'CREATE TRIGGER "{n}" {d(st.sampled_from(["BEFORE", "AFTER"]))} '
        f'{d(st.sampled_from(["INSERT", "UPDATE", "DELETE"]))} ON "{t}" BEGIN SELECT 1; END',
    ),
    "view": lambda t, c, n, d: (f'CREATE VIEW "{n}" AS SELECT * FROM "{t}"',),
    "table": lambda t, c, n, d: (f'CREATE TABLE "{n}" (x {d(st.sampled_from(TYPES))})',),
    "index": lambda t, c, n, d: (f'CREATE INDEX "{n}" ON "{t}" ("{c[0]}")',),
    "unique_index": lambda t, c, n, d: (f'CREATE UNIQUE INDEX "{n}" ON "{t}" (rowid, "{c[0]}")',),
    "drop_index": lambda t, c, n, d: (f'DROP INDEX "{d(st.sampled_from(INDEXES))}"',),
    "drop_table": lambda t, c, n, d: (f'DROP TABLE "{t}"',),
    "add_column": lambda t, c, n, d: (
        f'ALTER TABLE "{t}" ADD COLUMN "{n}" {d(st.sampled_from(TYPES))}',
    ),
    "rename_column": lambda t, c, n, d: (f'ALTER TABLE "{t}" RENAME COLUMN "{c[0]}" TO "{n}"',),
    "drop_column": lambda t, c, n, d: (f'ALTER TABLE "{t}" DROP COLUMN "{c[0]}"',),
    "rename_table": lambda t, c, n, d: (f'ALTER TABLE "{t}" RENAME TO "{n}"',),
    "column_type": lambda t, c, n, d: _rewrite(
        t, f"{c[0]} {c[1]}", f"{c[0]} {d(st.sampled_from([x for x in TYPES if x != c[1]]))}"
    ),
    "not_null": lambda t, c, n, d: (
        _rewrite(t, f"{c[0]} {c[1]} NOT NULL", f"{c[0]} {c[1]}")
        if c[2]
        else _rewrite(t, f"{c[0]} {c[1]}", f"{c[0]} {c[1]} NOT NULL")
    ),
    "default": lambda t, c, n, d: _rewrite(t, f"{c[0]} {c[1]}", f"{c[0]} {c[1]} DEFAULT 0"),
    "collation": lambda t, c, n, d: _rewrite(t, f"{c[0]} {c[1]}", f"{c[0]} {c[1]} COLLATE NOCASE"),
    "check": lambda t, c, n, d: _rewrite(t, "CHECK (", "CHECK (1 OR "),
    "on_delete": lambda t, c, n, d: _rewrite(t, "ON DELETE CASCADE", "ON DELETE SET NULL"),
    "unique": lambda t, c, n, d: _rewrite(t, "UNIQUE (", f"UNIQUE ({c[0]}, "),
    "revision": lambda t, c, n, d: (
        "UPDATE alembic_version SET version_num = "
        f"'{d(st.sampled_from([*sorted(known_revisions() - {head_revision()}), '0000']))}'",
    ),
}


def _apply(path: Path, statements: tuple[str, ...]) -> bool:
    """Run ``statements``; ``False`` when SQLite refuses them or they change nothing."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
        before_version = conn.execute("SELECT * FROM alembic_version").fetchall()
        for statement in statements:
            conn.execute(statement)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        after = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
        version = conn.execute("SELECT * FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        return True  # the edit left a schema SQLite cannot even read: still a change
    finally:
        conn.close()
    return (after, version) != (before, before_version)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(edits=st.lists(schema_edits(), min_size=1, max_size=3))
def test_any_edit_of_a_backup_schema_is_refused(
    pristine: tuple[Path, Path], current: Path, tmp_path: Path, edits: list[tuple[str, ...]]
) -> None:
    backup = tmp_path / "edited.mentordesk-backup"
    shutil.copyfile(pristine[1], backup)
    assume(_apply(backup, tuple(s for edit in edits for s in edit)))
    before = current.read_bytes()
    with pytest.raises(SafetyError):
        restore_database(current, backup, safety_dir=tmp_path / "safety")
    assert current.read_bytes() == before
