"""Returning people's update/keep choice, presets, history, rejected-row export, fast paths."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import ImportRecord, Participant, Person
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster import presets
from app.roster.import_history import list_imports
from app.roster.import_plan import IN_CYCLE, LINKED, NEW, RETURNING
from app.roster.importer import ImportReport, import_roster, mapping_argument, undo_import
from app.roster.rejected_export import REJECTED_PROBLEM_HEADER, export_rejected
from app.roster.values import _clean_phone_fully, clean_phone

DATA = Path(__file__).resolve().parents[2] / "data" / "roster"


def run(db: Database, cycle_id: int, role: str, path: Path, **options: Any) -> ImportReport:
    with db.write() as session:
        return import_roster(session, cycle_id, role, path, **options)


@pytest.fixture
def next_cycle(db: Database, cycle: CycleInfo) -> int:
    """Last cycle's students (from the French export) are in the database already."""
    run(db, cycle.id, cycle.role_ladder[1], DATA / "cp1252_semicolon.csv")
    with db.write() as session:
        return programs.create_cycle(session, cycle.program_id, "2026-2027")


def stored(db: Database, email_key: str) -> Person:
    with db.read() as session:
        person = session.scalars(select(Person).where(Person.email_key == email_key)).one()
        session.expunge(person)
        return person


def test_dry_run_lists_new_returning_and_changed_details(
    db: Database, cycle: CycleInfo, next_cycle: int
) -> None:
    report = run(db, next_cycle, cycle.role_ladder[1], DATA / "french_returning.csv", dry_run=True)
    status = {p.email.casefold(): p.status for p in report.people}
    assert status == {
        "zoe.lefebvre@example.com": RETURNING,
        "elise.gauthier@example.com": NEW,
        "ines.benali@example.com": NEW,
        "thuy.nguyen@example.com": NEW,
    }
    zoe = next(p for p in report.people if p.status == RETURNING)
    assert zoe.row == 4 and zoe.name == "Zoé Lefèbvre"
    changes = {c.label: (c.old, c.new) for c in zoe.changes}
    assert changes == {"Phone": ("(514) 555-0101", "(514) 555-0199"), "City": ("Montréal", "Laval")}
    assert zoe.applied is True  # the default, as on the command line
    assert (report.imported, report.returning, report.updated) == (4, 1, 1)
    assert sorted({r.row for r in report.rejected}) == [6, 8]
    document = report.to_json()
    assert document["changes"] == [
        {
            "row": 4,
            "email": "Zoe.Lefebvre@example.com",
            "status": RETURNING,
            "applied": True,
            "fields": [
                {"label": "Phone", "old": "(514) 555-0101", "new": "(514) 555-0199"},
                {"label": "City", "old": "Montréal", "new": "Laval"},
            ],
        }
    ]


def test_keep_leaves_a_returning_persons_details_but_still_links_them(
    db: Database, cycle: CycleInfo, next_cycle: int
) -> None:
    report = run(
        db,
        next_cycle,
        cycle.role_ladder[1],
        DATA / "french_returning.csv",
        keep=["ZOE.LEFEBVRE@example.com"],
    )
    assert (report.imported, report.returning, report.updated) == (4, 1, 0)
    zoe = stored(db, "zoe.lefebvre@example.com")
    assert (zoe.phone, zoe.city) == ("(514) 555-0101", "Montréal")
    with db.read() as session:
        cycles = session.scalars(
            select(Participant.cycle_id).where(Participant.person_id == zoe.id)
        ).all()
    assert sorted(cycles) == sorted([cycle.id, next_cycle])  # linked, not duplicated


def test_update_applies_the_changed_details(
    db: Database, cycle: CycleInfo, next_cycle: int
) -> None:
    report = run(db, next_cycle, cycle.role_ladder[1], DATA / "french_returning.csv")
    assert report.updated == 1
    zoe = stored(db, "zoe.lefebvre@example.com")
    assert (zoe.phone, zoe.city) == ("(514) 555-0199", "Laval")


def test_reimport_into_the_same_cycle_reports_changes_per_person(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("First name,Email,Capacity,City\nAna,ana@x.org,1,Ottawa\nBo,bo@x.org,1,\n")
    second = tmp_path / "second.csv"
    second.write_text("First name,Email,Capacity,City\nAna,ana@x.org,3,Ottawa\nBo,bo@x.org,2,\n")
    run(db, cycle.id, cycle.role_ladder[0], first)
    report = run(db, cycle.id, cycle.role_ladder[0], second, keep={"bo@x.org"})
    assert [p.status for p in report.people] == [IN_CYCLE, IN_CYCLE]
    assert [(c.label, c.old, c.new) for c in report.people[0].changes] == [
        ("Capacity (mentees a mentor can take)", "1", "3")
    ]
    assert [p.applied for p in report.people] == [True, False]
    assert (report.updated, report.unchanged) == (1, 1)


def test_other_role_is_linked_not_returning(db: Database, cycle: CycleInfo) -> None:
    run(db, cycle.id, cycle.role_ladder[0], DATA / "utf8.csv")
    report = run(db, cycle.id, cycle.role_ladder[1], DATA / "utf8.csv", dry_run=True)
    assert {p.status for p in report.people} == {LINKED}


def test_a_file_changed_since_the_check_is_refused(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    shutil.copy(DATA / "utf8.csv", path)
    dry = run(db, cycle.id, cycle.role_ladder[0], path, dry_run=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Late,Comer,late@example.com,,,,,,1\n")
    with pytest.raises(UnusableInputError, match="changed since it was checked"):
        run(db, cycle.id, cycle.role_ladder[0], path, expected_sha256=dry.sha256)
    with db.read() as session:
        assert session.scalars(select(Person)).first() is None


def test_presets_save_list_replace_get_delete(db: Database) -> None:
    with db.write() as session:
        presets.save_preset(session, "  Google  Forms ", {"Courriel": "email"})
        presets.save_preset(session, "Another", {"Nom": "last_name"})
        presets.save_preset(session, "google forms", {"Courriel": "email", "Nom": "ignore"})
    with db.read() as session:
        saved = presets.list_presets(session)
        assert [p.name for p in saved] == ["Another", "Google Forms"]
        assert presets.get_preset(session, "GOOGLE FORMS").mapping == {
            "Courriel": "email",
            "Nom": "ignore",
        }
    with pytest.raises(UnusableInputError, match="unknown field"), db.write() as session:
        presets.save_preset(session, "Bad", {"Courriel": "mail"})
    with pytest.raises(UnusableInputError, match="name"), db.write() as session:
        presets.save_preset(session, "   ", {})
    with db.write() as session:
        presets.delete_preset(session, "another")
    with pytest.raises(NotFoundError), db.read() as session:
        presets.get_preset(session, "Another")


def test_cli_mapping_accepts_a_file_or_a_preset_name(db: Database, tmp_path: Path) -> None:
    file = tmp_path / "mapping.json"
    file.write_text('{"Qui": "first_name"}', encoding="utf-8")
    with db.write() as session:
        presets.save_preset(session, "Forms 2026", {"Qui": "full_name"})
    with db.read() as session:
        assert mapping_argument(session, file) == {"Qui": "first_name"}
        assert mapping_argument(session, Path("Forms 2026")) == {"Qui": "full_name"}
        with pytest.raises(UnusableInputError, match="no mapping file or saved"):
            mapping_argument(session, Path("nothing"))


def test_history_lists_imports_and_blocks_undo_of_matched_people(
    db: Database, cycle: CycleInfo
) -> None:
    from app.matching import service as matching

    first = run(db, cycle.id, cycle.role_ladder[0], DATA / "utf8.csv")
    second = run(db, cycle.id, cycle.role_ladder[1], DATA / "hostile_names.csv")
    with db.read() as session:
        history = list_imports(session, cycle.id)
    assert [h.id for h in history] == [second.import_id, first.import_id]
    assert history[0].file_name == "hostile_names.csv" and history[0].can_undo
    assert (history[1].rows, history[1].imported, history[1].still_present) == (3, 3, 3)
    with db.write() as session:
        proposal = matching.propose_matches(session, cycle.id)
        matching.apply_proposal(session, cycle.id, proposal, confirm=True)
    with db.read() as session:
        history = list_imports(session, cycle.id)
    assert all(h.in_matches > 0 and not h.can_undo for h in history)
    with pytest.raises(RuleViolationError), db.write() as session:
        assert first.import_id is not None
        undo_import(session, first.import_id)


def test_history_shows_an_undone_import(db: Database, cycle: CycleInfo) -> None:
    report = run(db, cycle.id, cycle.role_ladder[0], DATA / "utf8.csv")
    assert report.import_id is not None
    with db.write() as session:
        assert undo_import(session, report.import_id) == 3
    with db.read() as session:
        (entry,) = list_imports(session, cycle.id)
        assert entry.undone_at is not None and entry.still_present == 0 and not entry.can_undo
        assert session.get(ImportRecord, report.import_id) is not None


def test_rejected_rows_export_fixes_and_reimports(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    report = run(db, cycle.id, cycle.role_ladder[0], DATA / "rejections.csv", dry_run=True)
    out = tmp_path / "rejected.csv"
    written = export_rejected(DATA / "rejections.csv", report.rejected, out)
    assert written == report.rejected_rows == 8
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens accents correctly
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][-1] == REJECTED_PROBLEM_HEADER
    assert all(r[-1].startswith("row ") for r in rows[1:])
    assert not any(c.startswith(("=", "+", "-", "@")) for r in rows[1:] for c in r)
    again = run(db, cycle.id, cycle.role_ladder[0], out, dry_run=True)
    assert REJECTED_PROBLEM_HEADER not in again.unmapped_columns  # never a custom field
    assert again.rows == 8


NANP = st.builds(
    lambda prefix, area, exchange, line, seps: (
        f"{prefix}{seps[0]}{area}{seps[1]}{exchange}{seps[2]}{line}"
    ),
    st.sampled_from(["", "+1", "1", "+1 ", "1-"]),
    st.one_of(
        st.integers(200, 999).map(str),
        st.integers(200, 999).map(lambda a: f"({a})"),
        st.integers(0, 199).map(lambda a: f"{a:03d}"),
    ),
    st.integers(0, 999).map(lambda e: f"{e:03d}"),
    st.integers(0, 9999).map(lambda n: f"{n:04d}"),
    st.lists(st.sampled_from(["", " ", "-", ".", "  "]), min_size=3, max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(NANP)
def test_fast_phone_path_spells_numbers_exactly_like_phonenumbers(value: str) -> None:
    try:
        expected: str | Exception = _clean_phone_fully(value)
    except Exception as exc:  # the full parser refuses it: so must the fast path
        expected = exc
    if isinstance(expected, Exception):
        with pytest.raises(type(expected)):
            clean_phone(value)
    else:
        assert clean_phone(value) == expected


def test_phone_library_still_used_for_other_numbers() -> None:
    assert clean_phone("+33 1 23 45 67 89") == "+33 1 23 45 67 89"
    assert clean_phone("416 555 0123 ext 5") == "(416) 555-0123 ext. 5"
    number = phonenumbers.parse("+44 20 7946 0958")
    assert clean_phone("+44 20 7946 0958") == phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
