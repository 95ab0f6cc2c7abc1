"""A column with one value for every row is written as a literal that stores what binding
the value would have stored: same value, same SQLite type, on a real database file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    text,
)
from sqlalchemy.types import TypeEngine

from app.roster.import_write import Same, _insert, _literal

JSON_VALUES = st.one_of(st.lists(st.text(max_size=5)), st.dictionaries(st.text(), st.integers()))
KINDS: dict[str, tuple[TypeEngine[Any], st.SearchStrategy[Any]]] = {
    "text": (String(), st.text()),  # quotes, "?", ":name", NUL, any letter
    "integer": (Integer(), st.integers(-(2**63), 2**63 - 1)),
    "boolean": (Boolean(), st.booleans()),
    "float": (Float(), st.floats(allow_nan=False)),
    "moment": (DateTime(), st.datetimes()),
    "json": (JSON(), JSON_VALUES),
}  # fmt: skip


def _stored(path: Path, kind: str, value: Any, same: bool) -> list[tuple[Any, ...]]:
    """What three rows with ``value`` store, written by ``_insert`` or bound by the ORM's
    core insert."""
    engine = create_engine(f"sqlite:///{path}")
    table = Table(
        "t",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("row", String),
        Column("v", KINDS[kind][0], nullable=True),
    )
    table.metadata.create_all(engine)
    with engine.begin() as connection:
        if same:
            _insert(connection, table, {"row": ["a", "b", "c"], "v": Same(value)})
        else:
            connection.execute(table.insert(), [{"row": r, "v": value} for r in "abc"])
        rows = connection.execute(text("SELECT row, typeof(v), v FROM t ORDER BY id")).all()
    engine.dispose()
    return [tuple(r) for r in rows]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_constant_column_stores_what_binding_would(tmp_path_factory: Any, data: Any) -> None:
    kind = data.draw(st.sampled_from(sorted(KINDS)))
    value = data.draw(st.one_of(st.none(), KINDS[kind][1]))
    folder = tmp_path_factory.mktemp("literal")
    written = _stored(folder / "literal.db", kind, value, same=True)
    assert written == _stored(folder / "bound.db", kind, value, same=False)


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        (None, "NULL"),
        (True, "1"),
        (-(2**63), str(-(2**63))),
        ("Resident's mentee", "'Resident''s mentee'"),
        ("a ? :b @c $d", "'a ? :b @c $d'"),
        ("élève 学生", "'élève 学生'"),
    ],
)
def test_plain_values_become_literals(value: Any, literal: str) -> None:
    assert _literal(value) == literal


@pytest.mark.parametrize(
    "value",
    [2**63, 0.1, "nul\x00inside", "lone \ud800 surrogate", b"bytes", dt.date(2026, 12, 7)],
)
def test_other_values_are_bound(value: Any) -> None:
    assert _literal(value) is None
