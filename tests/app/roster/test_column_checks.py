"""The column-wise checks of an import give exactly what the row-by-row rules give."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, select
from sqlalchemy.dialects import sqlite

from app.db.engine import Database
from app.db.models import Person
from app.programs.service import CycleInfo
from app.roster import values
from app.roster.columns import CUSTOM, FIELDS, IGNORE
from app.roster.import_write import _created_ids, _json_lists
from app.roster.importer import import_roster
from app.roster.reader import _may_start_a_cell
from app.roster.validation import Column, TableCleaner
from tests.app.roster.reference_cleaner import clean_rows

LONG = "x" * 330
ANSWERS: dict[str, list[str]] = {
    "text": ["", "Zoé", "Ana   María", "O'Brien & <Co>", "None", "Nguyễn Văn An", "李小龍", LONG],
    "email": ["", "a@example.com", "A.B@Example.COM", "zoé@exemple.ca", "bad", "x@y",
              "a" * 65 + "@x.com", "dup@example.org", "DUP@example.org", "@x.com",
              "a@b c.com", LONG + "@x.com", "o'brien@school.ca"],
    "phone": ["", "416-555-0123", "(514) 555 0199", "+1 514.555.0199", "+33 1 23 45 67 89",
              "12", "call me", "1 800 555 0123"],
    "province": ["", "Ont.", "qc", "Colombie-Britannique", "Narnia", LONG],
    "share_phone": ["", "yes", "Non", "maybe"],
    "capacity": ["", "2", "two", "-1", "lots", "up to 3"],
    "languages": ["", "English, French", "français", "Anglais et espagnol", ",", "Klingon",
                  "French"],
    "interests": ["", "Research; Global health", "research, Research", "; ;",
                  "Advocacy and outreach", "Global health"],
    "preferred_language": ["", "French", "English", "both", "Anglais"],
    "location_preference": ["", "Local", "anywhere", "hmm"],
    "mentoring_style": ["", "hands-on", "laid back", "unsure"],
    "gender_preference": ["", "no preference", "Woman", "femme", "someone kind"],
    "gender": ["", "man", "non-binary", "prefer not"],
    "full_name": ["", "Lefèbvre, Zoé", "Ludwig van Beethoven", "Cher", ",", "Jean de la Fontaine"],
    "notes": ["", "Likes cats", "=1+1"],
    "other": ["", "2026-01-01 10:00", "whatever", "'=quoted"],
}  # fmt: skip
TARGETS = [*FIELDS, CUSTOM, IGNORE]


def answers_for(target: str) -> list[str]:
    if target in ("first_name", "last_name", "preferred_name", "pronouns", "city"):
        return ANSWERS["text"]
    if target in ("institution", "stage"):
        return ANSWERS["text"]
    return ANSWERS.get(target, ANSWERS["other"])


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[Column], list[tuple[int, list[str]]]]:
    targets = draw(st.lists(st.sampled_from(TARGETS), min_size=1, max_size=9))
    if draw(st.booleans()):
        targets.append("email")  # most files have one
    columns = [Column(i, f"Q{i}", target) for i, target in enumerate(targets)]
    height = draw(st.integers(0, 14))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)
    rows = [(n + 2, [rng.choice(answers_for(t)).strip() for t in targets]) for n in range(height)]
    return columns, rows


def as_dict(row: Any) -> dict[str, Any]:
    return {
        "row": row.row,
        "email": row.email,
        "email_key": row.email_key,
        "person": row.person,
        "participant": row.participant,
        "preferences": row.preferences,
        "custom": row.custom,
    }


@settings(max_examples=400, deadline=None)
@given(tables())
def test_column_checks_match_the_row_by_row_rules(
    table: tuple[list[Column], list[tuple[int, list[str]]]],
) -> None:
    columns, rows = table
    expected_rows, expected_problems = clean_rows(rows, columns)
    clean, problems = TableCleaner(columns)(rows)
    assert problems == expected_problems
    assert [as_dict(clean.row(i)) for i in range(len(clean))] == [as_dict(r) for r in expected_rows]


def test_a_full_file_of_newcomers_is_checked_like_row_by_row() -> None:
    """The fast paths (all addresses plain, all phones North American, both names given)."""
    names = ["Zoé", "Ana María", "O'Brien", "Nguyễn Văn An", "李小龍", "Lee"]
    targets = ["first_name", "last_name", "email", "phone", "languages", "interests"]
    columns = [Column(i, f"Q{i}", t) for i, t in enumerate(targets)]
    rows = [
        (n + 2, [names[n % 6], names[n % 5], f"person{n}@school.ca", f"416-555-{n:04d}",
                 "English, French", "Research"])
        for n in range(2_000)
    ]  # fmt: skip
    expected_rows, expected_problems = clean_rows(rows, columns)
    clean, problems = TableCleaner(columns)(rows)
    assert problems == expected_problems == []
    assert [as_dict(clean.row(i)) for i in range(len(clean))] == [as_dict(r) for r in expected_rows]
    full = [f"{r.person['first_name']} {r.person['last_name']}" for r in expected_rows]
    assert clean.names() == full


def one(parse: Any, text: str) -> Any:
    try:
        return parse(text)
    except values.CellError as exc:
        return ("error", exc.message)


def outcome(result: Any) -> Any:
    return ("error", result.message) if isinstance(result, values.CellError) else result


@pytest.mark.parametrize(
    "column",
    [
        ["a@example.com", "b.c@example.com", "o'brien@school.ca"],  # all plain: one pass
        ["a@Example.COM", "b@example.com"],  # a domain to normalise
        ["a@example.com", "zoé@exemple.ca", "bad", "x@y", "a" * 65 + "@x.com", "a@b c.com"],
        ["only@one.ca"],
    ],
)
def test_emails_by_column_are_checked_as_one_by_one(column: list[str]) -> None:
    assert [outcome(r) for r in values.clean_emails(column)] == [
        one(values.clean_email, c) for c in column
    ]


@pytest.mark.parametrize(
    "column",
    [
        ["416-555-0123", "(514) 555 0199", "1 800 555 0123"],  # all North American
        ["416-555-0123", "+33 1 23 45 67 89", "12", "call me"],
    ],
)
def test_phones_by_column_are_checked_as_one_by_one(column: list[str]) -> None:
    assert [outcome(r) for r in values.clean_phones(column)] == [
        one(values.clean_phone, c) for c in column
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.from_regex(r"\+?1?[-. ]?\(?[2-9]\d\d\)?[-. ]?\d{3}[-. ]?\d{4}", fullmatch=True),
            st.text(alphabet="0123456789+()-. \n\u0664x", max_size=16),
        ),
        max_size=8,
    )
)
def test_any_phone_column_is_checked_as_one_by_one(column: list[str]) -> None:
    column = [cell.strip() for cell in column]  # the reader strips every cell
    assert [outcome(r) for r in values.clean_phones(column)] == [
        one(values.clean_phone, c) for c in column
    ]


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("name,phone\nO'Brien,'+1 416\n", True),  # after a delimiter
        ("name\n'=SUM(A1)\n", True),  # at a line start
        ("'title\n", True),  # at the very start
        ('a,"  \'=1"\n', True),  # inside quotes, after spaces
        ("a;\t'x\n", True),
        ("name,notes\nO'Brien,it's fine\n", False),  # only inside words
        ("no apostrophes at all\n", False),
    ],
)
def test_cells_that_may_start_with_an_apostrophe_are_found(text: str, may: bool) -> None:
    assert _may_start_a_cell("'", text) is may


@given(st.lists(st.text(max_size=12), max_size=6))
def test_lists_are_written_as_the_json_column_writes_them(items: list[str]) -> None:
    process = JSON().dialect_impl(sqlite.dialect()).bind_processor(sqlite.dialect())
    assert process is not None
    assert _json_lists(process)(items) == process(items) == json.dumps(items)
    assert json.loads(_json_lists(process)(items)) == items


def test_new_person_ids_are_read_back_when_they_are_not_numbered_as_expected(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    source = tmp_path / "signups.csv"
    source.write_text(
        "First name,Last name,Email\nZoé,Roy,zoe@school.ca\nAmir,Haddad,amir@school.ca\n",
        encoding="utf-8",
    )
    with db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[0], source)
    with db.write() as session:
        stored = {key: id_ for key, id_ in session.execute(select(Person.email_key, Person.id))}
        # Told of one new row where there are two, it reads the ids instead of counting.
        assert _created_ids(session.connection(), 0, ["zoe@school.ca"]) == stored
        in_order = sorted(stored, key=stored.__getitem__)  # keys in the order rows were added
        assert _created_ids(session.connection(), 0, in_order) == stored


@given(st.lists(st.text(alphabet=";,\n\r .-aAbBé/&", max_size=14), max_size=8))
def test_answers_split_by_column_as_cell_by_cell(cells: list[str]) -> None:
    assert values.split_answers(cells) == [
        values.split_multi(cell, split_words=False) for cell in cells
    ]
