"""The whole-schema check: the stored schemas are what the migrations produce, a genuine
database of every revision passes, and every kind of change made outside MentorDesk is
refused with a sentence before the file is touched."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.migrate import head_revision, known_revisions, open_database
from app.db.schema_check import (
    check_schema,
    expected_schema,
    normalise_sql,
    read_schema,
    schema_revisions,
)
from app.db.schema_expected import build_expected, render, schema_file
from app.errors import NotAMentorDeskDatabaseError, SchemaTooNewError
from tests.app.db.tampering import SCHEMA_EDITS, build_pristine, tamper, tampered_copy

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "data" / "schema"
REFUSAL = "so MentorDesk did not open it and left it unchanged."


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_pristine(tmp_path_factory.mktemp("pristine"))


@pytest.fixture
def demo_db(pristine: tuple[Path, Path], tmp_path: Path) -> Path:
    return Path(shutil.copyfile(pristine[0], tmp_path / "program.db"))


def _check(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return check_schema(conn, path.name, REFUSAL)
    finally:
        conn.close()


@pytest.mark.parametrize("revision", sorted(known_revisions()))
def test_stored_schema_is_what_the_migrations_produce(revision: str) -> None:
    stored = schema_file(revision).read_text(encoding="utf-8")
    assert stored == render(build_expected(revision)), "run `python -m app.db.schema_expected`"


def test_every_revision_has_a_stored_schema() -> None:
    assert schema_revisions() == sorted(known_revisions())
    assert expected_schema(head_revision()) is not None
    assert expected_schema("9999") is None
    assert expected_schema("../0001") is None


def test_the_package_and_the_bundle_ship_the_schemas() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["app"]
    stored = sorted((ROOT / "app").glob("db/schemas/*.json"))
    assert stored and all(
        any(path.relative_to(ROOT / "app").match(p) for p in patterns) for path in stored
    )
    spec = (ROOT / "build" / "mentordesk.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("app", subdir="db/schemas")' in spec


def test_a_new_database_passes(demo_db: Path) -> None:
    assert _check(demo_db) == head_revision()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.db")), ids=lambda p: p.stem)
def test_an_earlier_database_passes_before_and_after_its_upgrade(
    fixture: Path, tmp_path: Path, isolated_home: Path
) -> None:
    path = Path(shutil.copyfile(fixture, tmp_path / "old.db"))
    assert _check(path) == fixture.stem
    open_database(path, backup_dir=isolated_home / "backups").dispose()
    assert _check(path) == head_revision()


def test_normalising_keeps_meaning_and_drops_only_form() -> None:
    written = (
        'CREATE TABLE "meeting" (\n\tid INTEGER NOT NULL, \n\tCONSTRAINT fk_a FOREIGN KEY(a) '
        'REFERENCES "match" (id), \n\tCONSTRAINT ck_b CHECK (b IS NULL OR b >= 0)\n)'
    )
    reflected = (
        "create table meeting (id integer not null, constraint ck_b check (b is null or "
        'b >= 0), constraint fk_a foreign key (a) references "match" (id))'
    )
    assert normalise_sql(written) == normalise_sql(reflected)
    # A quoted keyword is a name or a string, not the keyword: it must not compare equal.
    assert normalise_sql("CHECK (b IS NULL)") != normalise_sql('CHECK (b IS "NULL")')
    # String literals keep their case.
    assert normalise_sql("DEFAULT 'en'") != normalise_sql("DEFAULT 'EN'")
    # A quoted name holding spaces cannot pass for the words it spells.
    assert normalise_sql('CREATE TABLE t ("a not" NULL)') != normalise_sql(
        "CREATE TABLE t (a NOT NULL)"
    )


def test_the_stored_schema_describes_a_table_fully(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    try:
        layout = read_schema(conn, ["participant"])["tables"]["participant"]
    finally:
        conn.close()
    assert layout == expected_schema(head_revision())["tables"]["participant"]  # type: ignore[index]
    capacity = next(c for c in layout["columns"] if c[0] == "capacity")
    assert capacity == ["capacity", "INTEGER", 1, None, 0, 0]
    assert [
        "",
        1,
        "u",
        0,
        [["person_id", 0, "BINARY"], ["cycle_id", 0, "BINARY"], ["role", 0, "BINARY"]],
    ] in layout["indexes"]
    assert ["person", ["person_id"], ["id"], "NO ACTION", "CASCADE", "NONE"] in layout[
        "foreign_keys"
    ]


@pytest.mark.parametrize("edit", sorted(SCHEMA_EDITS))
def test_a_changed_schema_is_refused_naming_the_change(
    edit: str, pristine: tuple[Path, Path], tmp_path: Path
) -> None:
    statements, fragment = SCHEMA_EDITS[edit]
    path = tampered_copy(pristine[0], tmp_path / "program.db", statements)
    with pytest.raises(NotAMentorDeskDatabaseError) as refused:
        _check(path)
    message = refused.value.message
    assert message.startswith("program.db was changed outside MentorDesk (")
    assert fragment in message and message.endswith(f"), {REFUSAL}")


def test_a_name_that_is_not_utf8_is_refused(demo_db: Path) -> None:
    tamper(
        demo_db,
        (
            "CREATE TABLE x (a)",
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET name = CAST(X'78C3' AS TEXT) WHERE name = 'x'",
        ),
    )
    with pytest.raises(NotAMentorDeskDatabaseError, match="a name in its schema is not valid"):
        _check(demo_db)


def test_a_newer_schema_and_a_foreign_database_are_told_apart(
    demo_db: Path, tmp_path: Path
) -> None:
    tamper(demo_db, ("UPDATE alembic_version SET version_num = '0999'",))
    with pytest.raises(SchemaTooNewError, match="newer version of MentorDesk"):
        _check(demo_db)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.executescript(
        "CREATE TABLE alembic_version (version_num TEXT); INSERT INTO alembic_version "
        "VALUES ('ae1027a6acf'); CREATE TABLE invoices (id INTEGER PRIMARY KEY);"
    )
    conn.close()
    with pytest.raises(NotAMentorDeskDatabaseError, match="but not a MentorDesk database"):
        _check(other)


def test_a_look_alike_database_is_refused(tmp_path: Path) -> None:
    """Every table MentorDesk looks for, with the right version, and nothing else right."""
    path = tmp_path / "look-alike.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
        "INSERT INTO alembic_version VALUES ('0002');"
        + "".join(
            f"CREATE TABLE {t} (id INTEGER PRIMARY KEY, data TEXT);"
            for t in ("program", "person", "participant", '"match"')
        )
    )
    conn.close()
    with pytest.raises(NotAMentorDeskDatabaseError, match="changed outside MentorDesk"):
        _check(path)


@pytest.fixture
def private(demo_db: Path) -> Iterator[Path]:
    demo_db.chmod(0o640)
    yield demo_db


@pytest.mark.parametrize("edit", ["extra_trigger", "changed_check", "older_revision_claimed"])
def test_opening_a_changed_database_leaves_it_untouched(
    edit: str, private: Path, isolated_home: Path
) -> None:
    tamper(private, SCHEMA_EDITS[edit][0])
    before, mode = private.read_bytes(), stat.S_IMODE(private.stat().st_mode)
    with pytest.raises(NotAMentorDeskDatabaseError, match="changed outside MentorDesk"):
        open_database(private, backup_dir=isolated_home / "backups")
    assert private.read_bytes() == before  # no WAL switch, no upgrade, no safety copy
    assert stat.S_IMODE(private.stat().st_mode) == mode  # no chmod either
    assert sorted(p.name for p in private.parent.iterdir()) == ["program.db"]
    assert not (isolated_home / "backups").exists()


def test_sqlite_own_statistics_are_allowed(demo_db: Path) -> None:
    tamper(demo_db, ("ANALYZE",))
    assert _check(demo_db) == head_revision()


def test_a_trigger_disguised_as_sqlite_statistics_is_refused(demo_db: Path) -> None:
    tamper(
        demo_db,
        (
            "PRAGMA writable_schema = ON",
            "INSERT INTO sqlite_master VALUES ('table', 'sqlite_stat4', 'sqlite_stat4', 0, "
            "'CREATE TRIGGER sqlite_stat4 AFTER UPDATE ON person BEGIN DELETE FROM person; END')",
        ),
    )
    with pytest.raises(NotAMentorDeskDatabaseError, match=r"is damaged|changed outside"):
        open_database(demo_db)
