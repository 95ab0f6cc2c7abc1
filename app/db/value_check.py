"""Check the values of a MentorDesk file whose schema has already passed ``schema_check``.

SQLite stores what it is given: a TEXT column can hold bytes that are not UTF-8 (Python then
cannot read the row at all), a JSON column text that does not parse, an INTEGER column a
word, a status column a status no screen knows. ``PRAGMA integrity_check`` (run on every
backup and restore by ``app.backup.checks``) already verifies NOT NULL and the CHECK
constraints the schema carries on the SQLite MentorDesk ships (3.40; a test in
tests/app/db/test_value_check.py proves it), so this module checks what no constraint of the
schema says: each column's storage type and date format, JSON that parses into the shape the
code reads, the enumerations, and UTF-8. One scan per table, plus one for the text.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.db import messages as _messages  # noqa: F401  (registers the sentences)
from app.db.schema_check import Schema
from app.sentences import sentence

# Values the code branches on; a value outside these stops a screen or a command. The tests
# compare them with the constants the services use (app.db.models, app.roster.fields,
# app.meetings.service), which this module does not import so that start-up stays light.
ENUMERATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("match", "status"): ("proposed", "confirmed", "notified", "active", "ended"),
    ("match", "origin"): ("assisted", "manual"),
    ("participant", "status"): ("active", "withdrawn"),
    ("person", "language_source"): ("unknown", "form", "spoken", "stated", "coordinator"),
    ("meeting", "mode"): ("in_person", "video", "phone", "email_text"),
    ("meeting", "initiated_by"): ("", "mentor", "mentee", "both", "coordinator"),
    ("match", "next_cycle"): ("", "continue", "rematch", "close"),
    ("mentor_group", "next_cycle"): ("", "continue", "rematch", "close"),
    ("participant", "next_cycle"): ("", "returning", "leaving"),
    ("match", "end_category"): (
        "",
        "moved",
        "no_contact",
        "conflict",
        "goals_met",
        "cycle_ended",
        "other",
    ),
    ("mentor_group", "end_category"): (
        "",
        "moved",
        "no_contact",
        "conflict",
        "goals_met",
        "cycle_ended",
        "other",
    ),
    ("mentor_group", "status"): ("proposed", "confirmed", "active", "ended"),
    ("mentor_group", "first_meeting_mode"): ("", "in_person", "video", "phone", "email_text"),
    ("agreement_goal", "status"): ("in_progress", "met", "dropped"),
    ("agreement_goal", "mid_status"): ("", "in_progress", "met", "dropped"),
    ("agreement_goal", "end_status"): ("", "in_progress", "met", "dropped"),
    ("survey", "moment"): ("start", "mid", "end", "after_match", "pre", "post"),
    ("survey_question", "kind"): (
        "yes_no",
        "likert",
        "scale",
        "single",
        "multiple",
        "number",
        "text",
    ),
}
# The JSON shape each JSON column is read as (``json_type``): a list or a mapping.
JSON_SHAPES: dict[tuple[str, str], str] = {
    ("agreement", "support"): "array",
    ("audit_event", "details"): "object",
    ("survey", "audience"): "object",
    ("survey_question", "choices"): "array",
    ("survey_answer", "value"): "array",
    ("import_mapping", "mapping"): "object",
    ("letter_template", "content"): "object",
    ("match", "reasons"): "array",
    ("participant", "custom_fields"): "object",
    ("participant", "interests"): "array",
    ("participant", "preferences"): "object",
    ("person", "languages"): "array",
    ("program", "role_ladder"): "array",
    ("program", "settings"): "object",
}
_MICROSECONDS = "." + "[0-9]" * 6
# Columns whose values may hold any text; dates and enumerations are ASCII once their rule
# holds, so the UTF-8 scan leaves them out.
_FREE_TEXT_TYPES = ("VARCHAR", "CHAR", "TEXT", "JSON")
_TEXT_ROWS_PER_SCAN = 4096
_SHAPE_FUNCTION = "mentordesk_json_shape"
_SMALLEST_ROWID, _LARGEST_ROWID = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class BadValue:
    """Where a value MentorDesk cannot have written sits, and what kind of problem it is."""

    table: str
    column: str
    row: int
    kind: str  # "type", "json", "enum" or "utf8"

    def describe(self) -> str:
        what = sentence(f"db.value.{self.kind}")
        return sentence(
            "db.value.bad", row=self.row, table=self.table, what=what, column=self.column
        )


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _rule(table: str, column: str, declared: str, nullable: bool) -> str:
    """A SQL expression true when ``column`` holds a value MentorDesk writes (false or NULL
    otherwise)."""
    c = _quoted(column)
    base = declared.split("(")[0].strip()
    if base == "INTEGER":
        ok = f"typeof({c}) = 'integer'"
    elif base == "BOOLEAN":
        ok = f"typeof({c}) = 'integer' AND {c} IN (0, 1)"
    elif base == "FLOAT":
        ok = f"typeof({c}) IN ('integer', 'real')"
    elif base == "DATE":
        # Only a valid "YYYY-MM-DD" comes back unchanged from date(); the "+0 days" makes it
        # carry 30 February over into March instead of echoing it.
        ok = f"typeof({c}) = 'text' AND date({c}, '+0 days') = {c} AND {c} >= '0001'"
    elif base == "DATETIME":
        # SQLAlchemy writes "YYYY-MM-DD HH:MM:SS.ffffff". The first 19 characters come back
        # unchanged from datetime() only when they are a valid date and time in that form
        # (the fraction is cut off first: SQLite would round .9996 seconds up).
        fraction = f"substr({c}, 20) GLOB '{_MICROSECONDS}'"
        shape = f"(length({c}) = 19 OR (length({c}) = 26 AND {fraction}))"
        same = f"datetime(substr({c}, 1, 19), '+0 days') = substr({c}, 1, 19)"
        ok = f"typeof({c}) = 'text' AND {shape} AND {same}"
        ok += f" AND {c} >= '0001'"
    elif base == "JSON":
        kind = JSON_SHAPES.get((table, column))
        wanted = f" = {_literal(kind)}" if kind else " IS NOT NULL"
        ok = (
            f"typeof({c}) = 'text' AND CASE WHEN json_valid({c}) THEN json_type({c}){wanted} "
            f"ELSE {_SHAPE_FUNCTION}({c}){wanted} END"
        )
    elif base in ("VARCHAR", "CHAR", "TEXT"):
        ok = f"typeof({c}) = 'text'"
    else:  # a type no migration uses yet: its rule belongs here (a test checks the schemas)
        raise ValueError(f"no value rule for the column type {declared}")
    allowed = ENUMERATIONS.get((table, column))
    if allowed:
        ok += f" AND {c} IN ({', '.join(_literal(v) for v in allowed)})"
    if nullable:
        ok = f"{c} IS NULL OR ({ok})"
    return ok


def _json_shape(text: object) -> str | None:
    """Second opinion for text SQLite's strict ``json_valid`` refuses but Python reads
    (``NaN``, ``Infinity``), so a genuine file is not refused for them."""
    if not isinstance(text, str):
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(value, dict):
        return "object"
    return "array" if isinstance(value, list) else "other"


def _kind(table: str, column: str, declared: str) -> str:
    if (table, column) in ENUMERATIONS:
        return "enum"
    return "json" if declared.upper().startswith("JSON") else "type"


def _first_bad_value(
    conn: sqlite3.Connection, table: str, columns: list[list[Any]]
) -> BadValue | None:
    cases = " ".join(
        f"WHEN ({_rule(table, col[0], str(col[1]).upper(), not col[2])}) IS NOT 1 THEN {i}"
        for i, col in enumerate(columns)
    )
    row = conn.execute(
        f"SELECT rowid, CASE {cases} END AS bad FROM {_quoted(table)} WHERE bad IS NOT NULL LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    column = columns[row[1]]
    return BadValue(table, column[0], row[0], _kind(table, column[0], str(column[1]).upper()))


def _text_columns(table: str, columns: list[list[Any]]) -> list[str]:
    return [
        col[0]
        for col in columns
        if str(col[1]).upper().startswith(_FREE_TEXT_TYPES) and (table, col[0]) not in ENUMERATIONS
    ]


def _bad_text(conn: sqlite3.Connection, table: str, columns: list[str]) -> BadValue | None:
    """The first value of ``columns`` that is not valid UTF-8. Each column's values in a few
    thousand rows are joined by newlines and decoded at once: a newline after a cut
    multi-byte sequence, or before a stray continuation byte, is itself invalid, so no
    invalid value can hide by joining its neighbour."""
    if not columns:
        return None
    joined = ", ".join(f"CAST(group_concat({_quoted(c)}, char(10)) AS BLOB)" for c in columns)
    scan = (
        f"SELECT max(rowid), {joined} FROM (SELECT rowid, {', '.join(map(_quoted, columns))} "
        f"FROM {_quoted(table)} "
        "WHERE rowid >= ? ORDER BY rowid LIMIT ?)"
    )
    start = _SMALLEST_ROWID
    while True:
        last, *values = conn.execute(scan, (start, _TEXT_ROWS_PER_SCAN)).fetchone()
        if last is None:
            return None
        try:
            for data in values:
                (data or b"").decode("utf-8")
        except UnicodeDecodeError:
            return _find_bad_text(conn, table, columns, start, last)
        if last == _LARGEST_ROWID:
            return None
        start = last + 1


def _find_bad_text(
    conn: sqlite3.Connection, table: str, columns: list[str], start: int, last: int
) -> BadValue:
    for column in columns:
        rows = conn.execute(
            f"SELECT rowid, CAST({_quoted(column)} AS BLOB) FROM {_quoted(table)} "
            "WHERE rowid >= ? AND rowid <= ? ORDER BY rowid",
            (start, last),
        )
        for rowid, data in rows:
            try:
                (data or b"").decode("utf-8")
            except UnicodeDecodeError:
                return BadValue(table, column, rowid, "utf8")
    raise AssertionError("invalid UTF-8 found in a joined scan but in no single value")


def find_bad_value(conn: sqlite3.Connection, expected: Schema) -> BadValue | None:
    """The first value of the database on ``conn`` that MentorDesk cannot have written,
    given the schema it has passed (``expected``); ``None`` when every value is sound."""
    conn.create_function(_SHAPE_FUNCTION, 1, _json_shape, deterministic=True)
    for table, layout in expected["tables"].items():
        columns = layout["columns"]
        bad = _first_bad_value(conn, table, columns) or _bad_text(
            conn, table, _text_columns(table, columns)
        )
        if bad is not None:
            return bad
    return None


def describe_bad_value(conn: sqlite3.Connection, expected: Schema) -> str | None:
    """``find_bad_value`` in a coordinator's words (``None`` when every value is sound)."""
    bad = find_bad_value(conn, expected)
    return bad.describe() if bad is not None else None
