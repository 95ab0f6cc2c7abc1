"""Property tests: whatever the file, the import either works or says the file is unusable,
and it never leaves half an import behind."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import ImportRecord, Participant, Person
from app.errors import UnusableInputError
from app.programs.service import CycleInfo
from app.roster.importer import ImportReport, import_roster

FIXTURE_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HEADERS = ["First name", "Last name", "Email Address", "Phone", "Capacity", "Province",
           "Languages spoken", "Areas of interest", "Courriel", "Prénom", "Notes", ""]  # fmt: skip
UNIQUE = itertools.count()
NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëçàâîïôöûüÉÈÇñß -"


def totals(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)) or 0,
            session.scalar(select(func.count()).select_from(Participant)) or 0,
            session.scalar(select(func.count()).select_from(ImportRecord)) or 0,
        )


def attempt(db: Database, cycle: CycleInfo, path: Path) -> ImportReport | None:
    """Import ``path``; None when the file was refused as unusable (any other error fails)."""
    before = totals(db)
    try:
        with db.write() as session:
            report = import_roster(session, cycle.id, cycle.role_ladder[0], path)
    except UnusableInputError as exc:
        assert path.name in exc.message
        assert totals(db) == before
        return None
    after = totals(db)
    assert after[1] - before[1] == report.imported
    assert after[0] - before[0] <= report.imported
    assert after[2] == before[2] + 1
    accepted = report.rows - report.rejected_rows
    assert report.imported + report.unchanged <= accepted
    assert accepted <= report.imported + report.unchanged + report.updated
    return report


@FIXTURE_SETTINGS
@given(content=st.binary(max_size=2048))
def test_random_bytes_never_raise_anything_but_unusable(
    db: Database, cycle: CycleInfo, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(content)
    attempt(db, cycle, path)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[list[str]], str, str]:
    width = draw(st.integers(min_value=1, max_value=7))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=width, max_size=width))
    body = draw(
        st.lists(
            st.lists(st.text(max_size=30), min_size=0, max_size=width + 2),
            max_size=12,
        )
    )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    return [header, *body], delimiter, encoding


@FIXTURE_SETTINGS
@given(table=tables())
def test_random_tables_never_raise_anything_but_unusable(
    db: Database, cycle: CycleInfo, tmp_path: Path, table: tuple[list[list[str]], str, str]
) -> None:
    rows, delimiter, encoding = table
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path = tmp_path / "table.csv"
    try:
        path.write_bytes(buffer.getvalue().encode(encoding))
    except UnicodeEncodeError:  # lone surrogates cannot be written in any encoding
        return
    attempt(db, cycle, path)


@FIXTURE_SETTINGS
@given(
    names=st.lists(st.text(alphabet=NAME_LETTERS, min_size=1, max_size=25), max_size=15),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_names_survive_every_encoding_and_delimiter(
    db: Database,
    cycle: CycleInfo,
    tmp_path: Path,
    names: list[str],
    delimiter: str,
    encoding: str,
) -> None:
    tag = next(UNIQUE)  # hypothesis may replay an example: each one gets new addresses
    rows = [["First name", "Email Address"]]
    rows += [[name, f"p{i}.{tag}@example.com"] for i, name in enumerate(names)]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path = tmp_path / "names.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    report = attempt(db, cycle, path)
    assert report is not None
    expected = {
        f"p{i}.{tag}@example.com": " ".join(name.split())
        for i, name in enumerate(names)
        if name.strip()
    }
    assert report.imported == len(expected)
    with db.read() as session:
        stored = dict(
            session.execute(
                select(Person.email_key, Person.first_name).where(
                    Person.email_key.in_(list(expected))
                )
            ).all()
        )
    assert stored == expected
