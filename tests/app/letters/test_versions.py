"""Template versions in the database: save, use, log, reproduce, restore, reset."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import LetterRecord, Program
from app.errors import UnusableInputError
from app.letters import generate_letters, load_template
from app.letters.letter_log import letter_log, reproduce_letter
from app.letters.templates import DEFAULT_VERSION
from app.letters.versions import (
    current_template,
    field_values,
    list_template_versions,
    reset_template,
    restore_template_version,
    save_template_version,
    template_for_label,
    template_version,
)
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, page_texts, pdf_text


def _save_greeting(db: Database, cycle: CycleInfo, greeting: str, note: str = "") -> str:
    values = field_values(load_template("en"))
    values["greeting"] = greeting
    with db.write() as session:
        return save_template_version(session, cycle.program_id, "en", values, note).label


def _text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(page_texts(PdfReader(io.BytesIO(data))))


def test_edit_save_log_and_reproduce(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    assert (
        _save_greeting(db, cycle, "Hello {name}, from {program} & <friends>,", "Warmer") == "en-v1"
    )
    singles = tmp_path / "singles"
    with db.write() as session:
        batch = generate_letters(session, cycle.id, tmp_path / "all.pdf", per_letter_dir=singles)
    assert batch.template_versions == {"en": "en-v1", "fr": DEFAULT_VERSION}
    assert "Hello Alex Smith, from Paediatrics Mentorship & <friends>," in pdf_text(
        tmp_path / "all.pdf"
    )
    _save_greeting(db, cycle, "Greetings {name},", "Later wording")  # v2 must not leak into v1

    with db.read() as session:
        log = letter_log(session, cycle.id)
        alex = next(r for r in log if r.recipient_name == "Alex Smith")
        zoe = next(r for r in log if r.recipient_name == "Zoé Lefèbvre")
        again = reproduce_letter(session, alex.id)
        zoe_again = reproduce_letter(session, zoe.id)
    assert (alex.template_version, alex.language) == ("en-v1", "en")
    assert zoe.template_version == DEFAULT_VERSION and zoe.language == "fr"
    original = singles / alex.file_name
    assert again.identical and again.pdf == original.read_bytes()
    assert _text(again.pdf) == pdf_text(original)
    assert "Greetings" not in _text(again.pdf)
    assert zoe_again.identical and "Bonjour Zoé Lefèbvre," in _text(zoe_again.pdf)


def test_latest_version_is_used_and_history_is_kept(
    db: Database, cycle: CycleInfo, pairs: Pairs
) -> None:
    _save_greeting(db, cycle, "One {name},", "first")
    _save_greeting(db, cycle, "Two {name},", "second")
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        assert current_template(session, program, "en").text["greeting"] == "Two {name},"
        restored = restore_template_version(session, cycle.program_id, "en", 1)
        assert restored.label == "en-v3" and restored.note == "Restored version 1"
        assert current_template(session, program, "en").text["greeting"] == "One {name},"
        reset = reset_template(session, cycle.program_id, "en")
        assert reset.version == 4
        assert current_template(session, program, "en").text == load_template("en").text
        history = list_template_versions(session, cycle.program_id, "en")
        assert [h.version for h in history] == [4, 3, 2, 1]
        assert (
            template_version(session, cycle.program_id, "en", 2).text["greeting"] == "Two {name},"
        )
        assert list_template_versions(session, cycle.program_id, "fr") == []
        assert current_template(session, program, "fr").version == DEFAULT_VERSION


def test_unknown_placeholders_are_refused(db: Database, cycle: CycleInfo) -> None:
    values = field_values(load_template("en"))
    values["greeting"] = "Dear {nmae},"
    values["cycle_start"] = "Starts {start}, ends {end}."  # {end} is not known there
    with db.write() as session, pytest.raises(UnusableInputError) as caught:
        save_template_version(session, cycle.program_id, "en", values)
    assert "{nmae}" in caught.value.message and "{end}" in caught.value.message
    with db.read() as session:
        assert list_template_versions(session, cycle.program_id, "en") == []


def test_old_settings_key_is_read_then_kept_as_version_one(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {
            **program.settings,
            "letter_templates": {"en": {"text": {"greeting": "Howdy {name},"}}},
        }
        assert current_template(session, program, "en").text["greeting"] == "Howdy {name},"
    with db.write() as session:
        generate_letters(session, cycle.id, tmp_path / "l.pdf")
    assert "Howdy Alex Smith," in pdf_text(tmp_path / "l.pdf")
    with db.read() as session:
        history = list_template_versions(session, cycle.program_id, "en")
        versions = set(session.scalars(select(LetterRecord.template_version)))
    assert [(h.label, h.note) for h in history] == [("en-v1", "Kept from the earlier settings")]
    assert versions == {"en-v1", DEFAULT_VERSION}


def test_letters_from_before_versions_cannot_be_reproduced(db: Database, cycle: CycleInfo) -> None:
    with db.read() as session:
        assert template_for_label(session, cycle.program_id, "en", "default").version == "default"
        with pytest.raises(UnusableInputError, match="before template versions"):
            template_for_label(session, cycle.program_id, "en", "en-3f2a9c1b7d4e")
