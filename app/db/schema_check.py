"""Whole-schema check of a SQLite file against what this version's migrations produce.

A database or backup file is untrusted input: a trigger, view, table or index of its own, or
a changed CHECK constraint, would run inside every later MentorDesk command (a trigger can
empty the database on the next ordinary write). Before a file is used, every object of its
``sqlite_master`` must equal, once normalised, the object the migrations create for the
revision the file claims (``alembic_version``), and every table's columns, indexes and
foreign keys, read back through PRAGMAs, must equal theirs. Only SQLite's own bookkeeping
(the automatic indexes of UNIQUE and PRIMARY KEY constraints, ``sqlite_sequence``,
``sqlite_stat*``) may exist besides. The expected schemas are small JSON files in
``app/db/schemas`` written from the migrations by ``python -m app.db.schema_expected``.

Only ``sqlite3`` is used (no SQLAlchemy, no Alembic): the check runs on every start-up.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from importlib.resources import files
from typing import Any

from app.db import messages as _messages  # noqa: F401  (registers the sentences)
from app.errors import NotAMentorDeskDatabaseError, SafetyError, SchemaTooNewError
from app.sentences import sentence

Schema = dict[str, Any]

# Tables every MentorDesk revision has: a file holding them is ours, however changed.
MENTORDESK_TABLES = frozenset({"alembic_version", "program", "person", "participant", "match"})
# Tables SQLite itself creates (AUTOINCREMENT bookkeeping, ANALYZE statistics), with the
# statement it writes for them: SQLite runs the statement, whatever the entry's type says.
_INTERNAL_TABLES = {
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
_AUTOINDEX = "sqlite_autoindex_"
_KINDS = {"table": "a table", "index": "an index", "trigger": "a trigger", "view": "a view"}

# SQLite's keywords (sqlite.org/lang_keywords.html, plus the TRUE/FALSE literals): a quoted
# keyword stays quoted when normalising, since ``"NULL"`` and ``NULL`` mean different things.
_KEYWORD_LIST = """
    abort action add after all alter always analyze and as asc attach autoincrement before
    begin between by cascade case cast check collate column commit conflict constraint create
    cross current current_date current_time current_timestamp database default deferrable
    deferred delete desc detach distinct do drop each else end escape except exclude exclusive
    exists explain fail filter first following for foreign from full generated glob group
    groups having if ignore immediate in index indexed initially inner insert instead
    intersect into is isnull join key last left like limit match materialized natural no not
    nothing notnull null nulls of offset on or order others outer over partition plan pragma
    preceding primary query raise range recursive references regexp reindex release rename
    replace restrict returning right rollback row rows savepoint select set table temp
    temporary then ties to transaction trigger unbounded union unique update using vacuum
    values view virtual when where window with without true false"""
_KEYWORDS = frozenset(_KEYWORD_LIST.split())
_TOKEN = re.compile(
    r"""'(?:[^']|'')*'            # string literal, kept as written
    | "(?:[^"]|"")*"              # quoted identifiers, three ways
    | `(?:[^`]|``)*`
    | \[[^\]]*\]
    | [A-Za-z_][A-Za-z0-9_$]*     # keyword or bare identifier
    | [0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?
    | <>|!=|==|<=|>=|\|\||<<|>>
    | \S                          # any other character on its own
    """,
    re.VERBOSE,
)
_SIMPLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_TABLE_CONSTRAINT_WORDS = ("constraint", "primary", "unique", "check", "foreign")
_REVISION = re.compile(r"\d{4}")  # migration files are named after their revision


class SchemaMismatch(Exception):
    """The file's schema is not this version's; ``detail`` says how, in a coordinator's words."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _token(text: str) -> str:
    if text[0] in '"`[':
        inner = text[1:-1].replace(text[0] * 2, text[0]) if text[0] != "[" else text[1:-1]
        if _SIMPLE_NAME.match(inner) and inner.lower() not in _KEYWORDS:
            return inner.lower()
        return '"' + inner.replace('"', '""') + '"'
    return text if text[0] == "'" else text.lower()


@functools.lru_cache(maxsize=1024)
def normalise_sql(sql: str) -> str:
    """``sql`` with one spacing, one quoting and one letter case (string literals aside),
    and the table constraints of a CREATE TABLE in a fixed order: batch migrations rebuild
    tables with their constraints reflected in no particular order.

    Remembered per statement text (a pure function of it): every open of a database
    normalises the same few dozen statements, about half of the check's time.
    """
    tokens = [_token(t) for t in _TOKEN.findall(sql)]
    if tokens[:2] != ["create", "table"] or "(" not in tokens:
        return " ".join(tokens)
    start = tokens.index("(")
    items: list[list[str]] = [[]]
    depth, end = 0, len(tokens)
    for position in range(start + 1, len(tokens)):
        token = tokens[position]
        if token == ")" and depth == 0:
            end = position
            break
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "," and depth == 0:
            items.append([])
        else:
            items[-1].append(token)
    columns = [" ".join(i) for i in items if not i or i[0] not in _TABLE_CONSTRAINT_WORDS]
    constraints = sorted(" ".join(i) for i in items if i and i[0] in _TABLE_CONSTRAINT_WORDS)
    head, tail = " ".join(tokens[: start + 1]), " ".join(tokens[end:])
    return f"{head} {' , '.join(columns + constraints)} {tail}"


def _text(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SchemaMismatch(sentence("db.schema.invalid_name")) from exc


def read_objects(conn: sqlite3.Connection) -> list[list[str | None]]:
    """``[type, name, table, normalised sql]`` of every schema object but SQLite's own,
    sorted. Read as bytes: a name that is not valid UTF-8 is refused, not a crash."""
    encoding = conn.execute("PRAGMA encoding").fetchone()[0]
    if encoding != "UTF-8":  # every text would read differently from what was checked
        raise SchemaMismatch(sentence("db.schema.encoding", encoding=encoding))
    rows = conn.execute(
        "SELECT CAST(type AS BLOB), CAST(name AS BLOB), CAST(tbl_name AS BLOB), "
        "CAST(sql AS BLOB) FROM sqlite_master"
    ).fetchall()
    found = []
    for raw in rows:
        kind, name, table, sql = (_text(value) for value in raw)
        internal = _INTERNAL_TABLES.get(str(name))
        if kind == "table" and table == name and internal == sql:
            continue
        if kind == "index" and sql is None and (name or "").startswith(_AUTOINDEX):
            continue  # implied by the table's SQL; its shape is compared with the table's
        found.append([kind, name, table, normalise_sql(sql) if sql is not None else None])
    return sorted(found, key=lambda row: [str(value) for value in row])


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_layout(conn: sqlite3.Connection, table: str) -> dict[str, list[Any]]:
    quoted = _quoted(table)
    columns = [
        [name, str(kind).upper(), notnull, default, pk, hidden]
        for _cid, name, kind, notnull, default, pk, hidden in conn.execute(
            f"PRAGMA table_xinfo({quoted})"
        )
    ]
    indexes = []
    for _seq, name, unique, origin, partial in conn.execute(f"PRAGMA index_list({quoted})"):
        keys = [
            [column, desc, collation]
            for _n, _cid, column, desc, collation, key in conn.execute(
                f"PRAGMA index_xinfo({_quoted(name)})"
            )
            if key
        ]
        shown = "" if name.startswith(_AUTOINDEX) else name
        indexes.append([shown, unique, origin, partial, keys])
    links: dict[int, list[Any]] = {}
    for ident, _seq, target, source, to, on_update, on_delete, match in conn.execute(
        f"PRAGMA foreign_key_list({quoted})"
    ):
        link = links.setdefault(ident, [target, [], [], on_update, on_delete, match])
        link[1].append(source)
        link[2].append(to)
    return {
        "columns": columns,
        "indexes": sorted(indexes, key=json.dumps),
        "foreign_keys": sorted(links.values(), key=json.dumps),
    }


def read_schema(
    conn: sqlite3.Connection,
    tables: list[str] | None = None,
    objects: list[list[str | None]] | None = None,
) -> Schema:
    """The normalised schema of the database on ``conn``: its objects, and the layout
    (columns, indexes, foreign keys) of ``tables`` (default: all of its tables)."""
    if objects is None:
        objects = read_objects(conn)
    if tables is None:
        tables = [str(row[1]) for row in objects if row[0] == "table"]
    return {
        "objects": objects,
        "tables": {table: _table_layout(conn, table) for table in sorted(tables)},
    }


@functools.cache
def expected_schema(revision: str) -> Schema | None:
    """What the migrations produce at ``revision`` (``None`` for an unknown revision)."""
    if not _REVISION.fullmatch(revision):
        return None
    resource = files("app.db") / "schemas" / f"{revision}.json"
    if not resource.is_file():
        return None
    schema: Schema = json.loads(resource.read_text(encoding="utf-8"))
    return schema


def schema_revisions() -> list[str]:
    """The revisions whose expected schema ships with this version, oldest first."""
    folder = files("app.db") / "schemas"
    return sorted(
        e.name[:-5]
        for e in folder.iterdir()
        if e.name.endswith(".json") and _REVISION.fullmatch(e.name[:-5])
    )


class _NotOurs(Exception):
    """The file is a database, but not a MentorDesk one."""


class _CoreTablesMissing(SchemaMismatch):
    """The file has MentorDesk's schema version but lacks tables every MentorDesk file has."""


def read_revision(conn: sqlite3.Connection, objects: list[list[str | None]]) -> str | None:
    """The revision the file claims; ``None`` for a file holding no schema object at all.
    Raises ``SchemaMismatch`` for a MentorDesk file without a single readable revision."""
    if not objects:
        return None
    tables = {row[1] for row in objects if row[0] == "table"}
    if "alembic_version" not in tables:
        if tables & MENTORDESK_TABLES:
            raise SchemaMismatch(sentence("db.schema.no_version"))
        raise _NotOurs
    rows = conn.execute("SELECT CAST(version_num AS BLOB) FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], bytes):
        raise SchemaMismatch(sentence("db.schema.no_single_version"))
    return _text(rows[0][0]) or ""


def _names(rows: list[list[Any]], kind: str) -> dict[str, list[Any]]:
    return {str(row[1]): row for row in rows if row[0] == kind}


def _extra_or_missing(expected: list[list[Any]], actual: list[list[Any]]) -> str | None:
    for kind in ("trigger", "view"):
        for name in _names(actual, kind):
            return sentence(f"db.schema.extra_{kind}", name=name)
    for kind in ("table", "index"):
        wanted, found = _names(expected, kind), _names(actual, kind)
        for name in sorted(found.keys() - wanted.keys()):
            return sentence(f"db.schema.extra_{kind}", name=name)
        for name in sorted(wanted.keys() - found.keys()):
            return sentence(f"db.schema.missing_{kind}", name=name)
    for row in actual:
        if row[0] not in _KINDS:
            return sentence("db.schema.unknown_kind", kind=row[0])
    return None


def _table_difference(table: str, wanted: Schema, found: Schema, sql: tuple[str, str]) -> str:
    want_cols = {c[0]: c for c in wanted["columns"]}
    have_cols = {c[0]: c for c in found["columns"]}
    for name in have_cols.keys() - want_cols.keys():
        return sentence("db.schema.extra_column", table=table, name=name)
    for name in want_cols.keys() - have_cols.keys():
        return sentence("db.schema.missing_column", table=table, name=name)
    for name, column in want_cols.items():
        if have_cols[name][1] != column[1]:
            have, want = have_cols[name][1], column[1]
            return sentence("db.schema.column_type", table=table, name=name, have=have, want=want)
        if have_cols[name] != column:
            return sentence("db.schema.column_defined", table=table, name=name)
    if found["columns"] != wanted["columns"]:
        return sentence("db.schema.column_order", table=table)
    if found["foreign_keys"] != wanted["foreign_keys"]:
        return sentence("db.schema.links", table=table)
    if found["indexes"] != wanted["indexes"]:
        return sentence("db.schema.indexes", table=table)
    checks = [{p for p in s.split(" , ") if " check (" in f" {p}"} for s in sql]
    if checks[0] != checks[1]:
        return sentence("db.schema.checks", table=table)
    return sentence("db.schema.table_definition", table=table)


def describe_difference(expected: Schema, actual: Schema) -> str | None:
    """How ``actual`` differs from ``expected``, in a coordinator's words; ``None`` if equal."""
    objects_wanted, objects_found = expected["objects"], actual["objects"]
    problem = _extra_or_missing(objects_wanted, objects_found)
    if problem:
        return problem
    found_by_key = {(r[0], r[1]): r for r in objects_found}
    for row in objects_wanted:
        other = found_by_key[(row[0], row[1])]
        if row[0] != "table":
            if other != row:
                return sentence(f"db.schema.differs_{row[0]}", name=row[1])
            continue
        layouts = expected["tables"][row[1]], actual["tables"][row[1]]
        if other != row or layouts[0] != layouts[1]:
            return _table_difference(str(row[1]), *layouts, (str(row[3]), str(other[3])))
    return None


def _another_revision(objects: list[list[Any]], claimed: str) -> str | None:
    for revision in schema_revisions():
        other = expected_schema(revision)
        if revision != claimed and other is not None and other["objects"] == objects:
            return revision
    return None


def _problem(conn: sqlite3.Connection, label: str) -> tuple[str | None, str | None]:
    """(revision, what is wrong) of the file on ``conn``."""
    objects = read_objects(conn)
    revision = read_revision(conn, objects)
    if revision is None:
        return None, None
    expected = expected_schema(revision)
    if expected is None:
        if not MENTORDESK_TABLES.issubset(row[1] for row in objects if row[0] == "table"):
            raise _NotOurs
        raise SchemaTooNewError(sentence("db.too_new", name=label))
    present = _names(objects, "table")
    actual = read_schema(conn, [t for t in expected["tables"] if t in present], objects)
    problem = describe_difference(expected, actual)
    newer = _another_revision(objects, revision) if problem else None
    if newer:
        problem = sentence("db.schema.other_version", revision=revision, newer=newer)
    if problem and not MENTORDESK_TABLES.issubset(present):
        raise _CoreTablesMissing(problem)
    return revision, problem


def check_schema(
    conn: sqlite3.Connection,
    label: str,
    refusal: str,
    error: type[SafetyError] = NotAMentorDeskDatabaseError,
) -> str | None:
    """The revision of the MentorDesk file on ``conn`` once its whole schema has proved to
    be this version's for that revision; ``None`` for a file holding no schema at all.

    Refusals are one sentence: ``label`` (the file's name) and what is wrong, then
    ``refusal``, the clause saying what MentorDesk did about it ("so MentorDesk ...").
    A changed schema raises ``error``; a database of another application, or one without
    the tables every MentorDesk file has, ``NotAMentorDeskDatabaseError``; a newer MentorDesk
    schema ``SchemaTooNewError``.
    """
    try:
        revision, problem = _problem(conn, label)
    except _CoreTablesMissing as exc:
        error, revision, problem = NotAMentorDeskDatabaseError, None, exc.detail
    except SchemaMismatch as exc:
        revision, problem = None, exc.detail
    except UnicodeDecodeError:
        # SQLite quoted an invalid name in its error, which Python could not decode.
        revision, problem = None, sentence("db.schema.invalid_name")
    except _NotOurs:
        raise NotAMentorDeskDatabaseError(
            sentence("db.not_mentordesk", name=label, refusal=refusal)
        ) from None
    if problem:
        raise error(sentence("db.changed", name=label, problem=problem, refusal=refusal))
    return revision
