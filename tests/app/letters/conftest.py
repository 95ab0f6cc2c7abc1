"""A cycle with confirmed matches, and helpers to read letters back from PDF."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db.engine import Database
from app.db.models import Cycle, Match, Program
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor

CONTINUED = re.compile(r", page \d+")


@dataclass(frozen=True)
class Pairs:
    """Participant and match ids of the letters cycle."""

    siobhan: int
    marc: int
    zoe: int
    alex: int
    jordan: int
    proposed_mentee: int
    matches: dict[str, int]


def add_match(db: Database, cycle_id: int, mentor_id: int, mentee_id: int, **fields: object) -> int:
    with db.write() as session:
        match = Match(
            cycle_id=cycle_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            status=fields.pop("status", "confirmed"),
            reasons=fields.pop("reasons", []),
            **fields,
        )
        session.add(match)
        session.flush()
        return match.id


@pytest.fixture
def pairs(db: Database, cycle: CycleInfo) -> Pairs:
    """Siobhán mentors Zoé (fr) and Alex; Marc (fr) mentors Jordan; one match only proposed."""
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.organisation = "Canadian Paediatric Society"
        program.contact_name = "Dr Ada Lovelace"
        program.contact_title = "Program coordinator"
        program.contact_email = "mentorship@example.org"
        program.settings = {**program.settings, "cadence_days": 60, "first_contact_days": 10}
        row = session.get(Cycle, cycle.id)
        assert row is not None
        row.starts_on, row.ends_on = dt.date(2025, 10, 1), dt.date(2026, 6, 15)
    siobhan, marc = add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "siobhan@example.org",
                "Siobhán",
                "O'Brien & <Co>",
                pronouns="she/her",
                phone="514-555-0199",
                share_phone=True,
                city="Montréal",
                institution="McGill University",
                stage="PGY-3",
                interests=["Research", "Advocacy"],
            ),
            mentor(
                "marc@example.org",
                "Marc",
                "Tremblay",
                phone="418-555-0111",
                share_phone=False,
                preferred_language="fr",
                institution="Université Laval",
                interests=["Global health"],
            ),
        ],
    )
    zoe, alex, jordan, other = add_people(
        db,
        cycle,
        1,
        [
            mentee(
                "zoe@example.org",
                "Zoé",
                "Lefèbvre",
                preferred_language="fr",
                interests=["research", "medical education"],
            ),
            mentee("alex@example.org", "Alexandra", "Smith", preferred_name="Alex"),
            mentee("jordan@example.org", "Jordan", "Lee", interests=["global health"]),
            mentee("proposed@example.org", "Pat", "Proposed"),
        ],
    )
    matches = {
        "siobhan-zoe": add_match(
            db, cycle.id, siobhan, zoe, reasons=["Both interested in research"]
        ),
        "siobhan-alex": add_match(db, cycle.id, siobhan, alex, reasons=["Same city"]),
        "marc-jordan": add_match(
            db, cycle.id, marc, jordan, status="active", reasons=["Global health"]
        ),
        "marc-pat": add_match(db, cycle.id, marc, other, status="proposed"),
    }
    return Pairs(siobhan, marc, zoe, alex, jordan, other, matches)


def pdf_text(path: Path) -> str:
    """All text of a PDF, NFC-normalised, whitespace collapsed to single spaces."""
    reader = PdfReader(path)
    return " ".join(page_texts(reader))


def page_texts(reader: PdfReader) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFC", page.extract_text() or "").split())
        for page in reader.pages
    ]


def letters_of(path: Path) -> list[str]:
    """The text of each letter of a merged PDF (later pages carry "<name>, page <n>")."""
    letters: list[str] = []
    for text in page_texts(PdfReader(path)):
        if not text:
            continue  # a blank page added for double-sided printing
        if CONTINUED.search(text) and letters:
            letters[-1] += " " + text
        else:
            letters.append(text)
    return letters
