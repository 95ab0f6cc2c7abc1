"""One key for comparing email addresses, everywhere, that never merges two mailboxes.

``STRASSE@example.org`` and ``straße@example.org`` are different people (case-folding
would turn "ß" into "ss"); the same address typed in another case is the same person.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Meeting, Participant, Person
from app.errors import UnusableInputError
from app.meetings.importer import import_meetings
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.importer import ImportReport, import_roster
from app.roster.service import add_participant, update_participant
from app.roster.values import clean_email, email_key, email_keys

TODAY = dt.date(2026, 3, 1)
HEADER = ["First name", "Last name", "Email Address"]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _import(db: Database, cycle_id: int, role: str, path: Path) -> ImportReport:
    with db.write() as session:
        return import_roster(session, cycle_id, role, path)


def _people(db: Database) -> dict[str, tuple[int, str]]:
    """email_key → (person id, email as stored)."""
    with db.read() as session:
        return {p.email_key: (p.id, p.email) for p in session.scalars(select(Person))}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("STRASSE@example.org", "straße@example.org"),  # casefold would give "strasse"
        ("ss@example.org", "ß@example.org"),
        ("σοφιασ@example.org", "σοφιας@example.org"),  # casefold makes final sigma σ
        ("fi@example.org", "ﬁ@example.org"),  # a ligature is another character
    ],
)
def test_distinct_addresses_keep_distinct_keys(first: str, second: str) -> None:
    assert email_key(first) != email_key(second)


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("Ana.Gagne@Example.ORG", "ana.gagne@example.org"),
        ("  ana@example.org ", "ANA@EXAMPLE.ORG"),
        ("STRAßE@example.org", "straße@example.org"),  # only the letters around ß change
        ("Zoe\u0301@example.org", "zoé@example.org"),  # e + accent is the é of another form
        ("ÉLODIE@exämple.org", "élodie@EXÄMPLE.org"),
    ],
)
def test_the_same_address_in_another_case_has_the_same_key(typed: str, same_as: str) -> None:
    assert email_key(typed) == email_key(same_as)


def test_key_never_changes_length_and_is_stable() -> None:
    # "İ" is the one letter whose lower case is two characters: it stays as typed.
    for address in ("İpek@example.org", "STRAẞE@example.org", "ΣΟΦΙΑ@example.org"):
        key = email_key(address)
        assert len(key) == len(unicodedata.normalize("NFC", address))
        assert email_key(key) == key
    assert email_key("İpek@example.org") != email_key("ipek@example.org")


def test_a_column_gets_the_keys_one_address_would() -> None:
    ascii_column = ["Ana@Example.org", "bo@example.org", "CHEN@res.example.org"]
    mixed = [*ascii_column, "STRASSE@example.org", "straße@example.org"]
    for column in (ascii_column, mixed, []):
        assert email_keys(column) == [email_key(a) for a in column]


def test_clean_email_keeps_the_case_typed_and_puts_the_domain_in_unicode() -> None:
    assert clean_email("STRASSE@Example.org") == "STRASSE@example.org"
    assert clean_email("x@XN--EXMPLE-CUA.ORG") == "x@exämple.org"
    assert email_key(clean_email("X@XN--EXMPLE-CUA.ORG")) == email_key("x@Exämple.org")


def test_strasse_and_strasse_with_eszett_import_as_two_people(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "signups.csv",
        [
            HEADER,
            ["Hans", "Strasse", "STRASSE@example.org"],
            ["Greta", "Straße", "straße@example.org"],
        ],
    )
    report = _import(db, cycle.id, cycle.role_ladder[0], path)
    assert (report.imported, report.rejected) == (2, [])
    found = _people(db)
    assert sorted(email for _, email in found.values()) == [
        "STRASSE@example.org",
        "straße@example.org",
    ]
    assert len({pid for pid, _ in found.values()}) == 2


def test_the_same_people_in_another_case_are_recognised_as_returning(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    first = _csv(
        tmp_path / "2025.csv",
        [
            HEADER,
            ["Hans", "Strasse", "STRASSE@example.org"],
            ["Greta", "Straße", "straße@example.org"],
        ],
    )
    _import(db, cycle.id, cycle.role_ladder[0], first)
    before = _people(db)
    with db.write() as session:
        next_cycle = programs.create_cycle(session, cycle.program_id, "2026-2027")
    again = _csv(
        tmp_path / "2026.csv",
        [
            HEADER,
            ["Hans", "Strasse", "strasse@EXAMPLE.org"],
            ["Greta", "Straße", "STRAßE@Example.org"],
        ],
    )
    report = _import(db, next_cycle, cycle.role_ladder[0], again)
    assert (report.imported, report.returning, report.rejected) == (2, 2, [])
    assert _people(db).keys() == before.keys()  # nobody new, nobody merged
    with db.read() as session:
        linked = {
            p.person_id: p.is_returning
            for p in session.scalars(select(Participant).where(Participant.cycle_id == next_cycle))
        }
    assert linked == {before["strasse@example.org"][0]: True, before["straße@example.org"][0]: True}


def test_the_participant_form_compares_like_the_import(db: Database, cycle: CycleInfo) -> None:
    mentor, mentee = cycle.role_ladder
    with db.write() as session:
        hans = add_participant(session, cycle.id, mentor, "STRASSE@example.org", first_name="Hans")
        greta = add_participant(session, cycle.id, mentor, "straße@example.org", first_name="Greta")
        again = add_participant(session, cycle.id, mentee, "Strasse@Example.org", first_name="H")
    with db.read() as session:
        person_of = {p.id: p.person_id for p in session.scalars(select(Participant))}
    assert person_of[hans] != person_of[greta]
    assert person_of[again] == person_of[hans]  # the same person in another role
    with db.write() as session:  # a change of case only is the same address
        assert update_participant(session, hans, email="strasse@example.org") == ["email"]
    refused = pytest.raises(UnusableInputError, match="Another person already uses")
    with refused, db.write() as session:
        update_participant(session, greta, email="STRASSE@example.org")


def test_the_contact_import_tells_strasse_from_strasse_with_eszett(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    """Each address finds its own match: the lookup and the storage use one key."""
    from tests.app.meetings.conftest import make_match

    mentor, mentee = cycle.role_ladder
    with db.write() as session:
        ana = add_participant(session, cycle.id, mentor, "ana@res.example.org", first_name="Ana")
        bo = add_participant(session, cycle.id, mentor, "bo@res.example.org", first_name="Bo")
        hans = add_participant(session, cycle.id, mentee, "STRASSE@example.org", first_name="H")
        greta = add_participant(session, cycle.id, mentee, "straße@example.org", first_name="G")
    with_hans = make_match(db, cycle.id, ana, hans)
    with_greta = make_match(db, cycle.id, bo, greta)
    path = _csv(
        tmp_path / "checkins.csv",
        [
            ["Your email", "Date", "Mode"],
            ["strasse@example.org", "2026-01-10", "Video"],
            ["STRAßE@EXAMPLE.ORG", "2026-01-11", "Phone"],
        ],
    )
    with db.write() as session:
        report = import_meetings(session, cycle.id, path, today=TODAY)
    assert (report.imported, report.rejected) == (2, [])
    with db.read() as session:
        logged = {(m.match_id, m.mode) for m in session.scalars(select(Meeting))}
    assert logged == {(with_hans, "video"), (with_greta, "phone")}
