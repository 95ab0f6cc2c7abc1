"""Writing an import plan in the caller's transaction with a few bulk statements.

New rows go to the database as one executemany per table, built column by column from the
plan's clean table rather than as one ORM object (or one dictionary) per row, so a
ten-thousand-row sign-up export writes in a fraction of a second. Values are converted by
the columns' own SQLAlchemy types, so they are stored exactly as the ORM would store them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import repeat
from json.encoder import encode_basestring_ascii
from typing import Any

from sqlalchemy import JSON, Connection, Table, func, select, update
from sqlalchemy.orm import Session

from app.db.models import Participant, Person, utcnow
from app.roster.capacity_note import default_capacity
from app.roster.import_plan import ImportPlan
from app.roster.validation import MISSING, CleanTable, Values

_PERSON_DEFAULTS: dict[str, Any] = {
    "first_name": "",
    "last_name": "",
    "preferred_name": "",
    "pronouns": "",
    "phone": "",
    "share_phone": False,
    "city": "",
    "province": "",
    "languages": [],
    # A person nothing tells about (no answer, no language, no form language) reads
    # English until the coordinator says otherwise, and nobody claims they chose it.
    "preferred_language": "en",
    "language_source": "unknown",
    "notes": "",
}
_PARTICIPANT_DEFAULTS: dict[str, Any] = {
    "institution": "",
    "stage": "",
    "interests": [],
    "capacity": 1,
}


class Same:
    """A column whose every row holds the same value (converted once, not per row)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


Column = Values | Same


def write_plan(
    session: Session, plan: ImportPlan, cycle_id: int, role: str, import_id: int
) -> list[int]:
    """Apply ``plan``; returns the ids of the persons created."""
    connection = session.connection()
    created: dict[str, int] = {}
    now = utcnow()
    if plan.new_persons:
        before = session.scalar(select(func.max(Person.id))) or 0
        _insert(connection, Person.__table__, _person_columns(plan.new_persons, now))
        created = _created_ids(connection, before, plan.new_persons.email_key)
    _bulk_update(session, Person, plan.person_updates)
    joining = plan.new_participants
    if joining:
        person_ids = {**plan.person_ids, **created}
        # A mentor whose row does not say gets its relation's default capacity.
        capacity = default_capacity(session, cycle_id, role).value
        columns = _participant_columns(joining, plan.returning_flags, capacity)
        columns |= {
            "person_id": list(map(person_ids.__getitem__, joining.email_key)),
            "cycle_id": Same(cycle_id),
            "role": Same(role),
            "import_id": Same(import_id),
            "created_at": Same(now),
        }
        _insert(connection, Participant.__table__, columns)
    _bulk_update(session, Participant, plan.participant_updates)
    return sorted(created.values())


def _created_ids(connection: Connection, before: int, keys: Values) -> dict[str, int]:
    """The ids of the persons just inserted (all with ids above ``before``), by email key.

    The write transaction holds SQLite's write lock, so the rows above ``before`` are ours.
    Each new row takes the largest id so far plus one, so when there are as many of them as
    keys and the largest is ``before`` + that number, they are numbered in insertion order.
    """
    since = (before,)
    count, largest = connection.exec_driver_sql(
        "SELECT count(*), max(id) FROM person WHERE id > ?", since
    ).one()
    if count == len(keys) and largest == before + count:
        return dict(zip(keys, range(before + 1, largest + 1), strict=True))
    rows = connection.exec_driver_sql("SELECT email_key, id FROM person WHERE id > ?", since)
    return {key: id_ for key, id_ in rows}


def _person_columns(rows: CleanTable, now: Any) -> dict[str, Column]:
    columns: dict[str, Column] = {
        name: _filled(rows.person.get(name), default) for name, default in _PERSON_DEFAULTS.items()
    }
    return columns | {
        "email": rows.email,
        "email_key": rows.email_key,
        "created_at": Same(now),
        "updated_at": Same(now),
    }


def _participant_columns(
    rows: CleanTable, returning: list[bool], capacity: int = 1
) -> dict[str, Column]:
    defaults = _PARTICIPANT_DEFAULTS | {"capacity": capacity}
    columns: dict[str, Column] = {
        name: _filled(rows.participant.get(name), default) for name, default in defaults.items()
    }
    return columns | {
        "preferences": _dicts(rows.preferences),
        "custom_fields": _dicts(rows.custom),
        "is_returning": returning if any(returning) else Same(False),
        "status": Same("active"),
    }


def _filled(values: Values | None, default: Any) -> Column:
    """The field's values with ``default`` where a row left it blank."""
    if values is None:
        return Same(default)
    if MISSING not in values:
        return values
    return [default if v is MISSING else v for v in values]


def _dicts(store: dict[str, Values]) -> Column:
    """One dictionary per row of the store's non-blank values (a JSON column)."""
    if not store:
        return Same({})
    keys = list(store)
    return [
        {k: v for k, v in zip(keys, row, strict=True) if v is not MISSING}
        for row in zip(*store.values(), strict=True)
    ]


def _bulk_update(session: Session, model: type[Any], rows: Iterable[dict[str, Any]]) -> None:
    """Update by primary key, grouped by the set of columns changed (one executemany each)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    for group in groups.values():
        session.execute(update(model), group)


def _insert(connection: Connection, table: Any, columns: dict[str, Column]) -> None:
    """INSERT one row per position of ``columns`` in one executemany of the driver.

    A column holding one value for every row is written into the statement as a literal
    when it is plain (``_literal``): SQLite binds each parameter of each row anew, and an
    import's constant columns (cycle, role, times, defaults) would be bound a hundred
    thousand times.
    """
    assert isinstance(table, Table)
    dialect = connection.dialect
    size = next(len(c) for c in columns.values() if not isinstance(c, Same))
    converted: list[Iterable[Any]] = []
    names: list[str] = []
    values: list[str] = []
    for name, column in columns.items():
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None and isinstance(table.c[name].type, JSON):
            process = _json_lists(process)
        names.append(name)
        if isinstance(column, Same):
            value = column.value if process is None else process(column.value)
            literal = _literal(value)
            if literal is not None:
                values.append(literal)
                continue
            converted.append(repeat(value, size))
        else:
            converted.append(column if process is None else _convert_column(column, process))
        values.append("?")
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(values)})"
    connection.exec_driver_sql(sql, list(zip(*converted, strict=True)))


def _literal(value: Any) -> str | None:
    """``value`` as an SQLite literal storing exactly what binding it would, or None.

    Only NULL, integers and text: a float's literal is read back by SQLite's own
    conversion, which may round differently from binding the double.
    """
    if value is None:
        return "NULL"
    if type(value) is int or type(value) is bool:
        return str(int(value)) if -(2**63) <= value < 2**63 else None
    if type(value) is not str or "\x00" in value:
        return None  # a NUL would end the statement's text
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: binding refuses it as it always did
        return None
    return "'" + value.replace("'", "''") + "'"


def _json_lists(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The JSON column's own conversion, with the text of a list of strings made directly.

    Interests and languages are lists of strings: their JSON text (the same characters
    ``json.dumps`` writes) is built without setting up an encoder for each list.
    """

    def convert(value: Any) -> Any:
        if type(value) is list:
            try:  # the encoder refuses anything but a string, at C speed
                return f"[{', '.join(map(encode_basestring_ascii, value))}]"
            except TypeError:
                pass
        return process(value)

    return convert


def _convert_column(column: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """``process`` applied to every value of ``column``, once per distinct value.

    Rows that gave the same answer often share one parsed object, so values are first told
    apart by identity; lists and dictionaries, often built per row, are then compared by
    content, so the same answers ("English, French") are converted once.
    """
    ids = list(map(id, column))  # the column keeps every object alive: ids stay distinct
    by_content: dict[Any, Any] = {}
    converted: dict[int, Any] = {}
    for ident, value in dict(zip(ids, column, strict=True)).items():
        kind = type(value)
        if kind is not dict and kind is not list:
            converted[ident] = process(value)
            continue
        content = (kind, tuple(value.items()) if kind is dict else tuple(value))
        try:
            if content not in by_content:
                by_content[content] = process(value)
            converted[ident] = by_content[content]
        except TypeError:  # a list or dict inside: no key, convert this one on its own
            converted[ident] = process(value)
    return list(map(converted.__getitem__, ids))
