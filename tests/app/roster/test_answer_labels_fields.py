"""Hand-typed answers are stored as catalogue keys; exports and the detail show labels;
the form's refusals are problem sentences, English unchanged and sayable in French."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from app.catalogue import add_value, load_catalogue
from app.db.engine import Database
from app.db.models import Participant
from app.errors import UnusableInputError
from app.programs.service import CycleInfo
from app.roster.detail import get_participant_detail
from app.roster.export import export
from app.roster.fields import check_fields, first_error
from app.roster.problems import Problem, render_problem
from app.roster.service import update_participant
from tests.factories import add_people, mentor


def test_answers_typed_in_french_are_stored_as_the_imports_keys() -> None:
    cleaned, errors = check_fields(
        {
            "province": "Québec",
            "languages": "Anglais, Français",
            "stage": "R3 (résidence 3e année)",
            "interests": "Santé mondiale; Recherche; Ukulele therapy",
        }
    )
    assert errors == {}
    assert cleaned == {
        "province": "Quebec",
        "languages": ["English", "French"],
        "stage": "r3",
        "interests": ["global_health", "research", "Ukulele therapy"],  # unknown: as typed
    }


def test_stored_keys_given_back_stay_keys_and_one_label_may_hold_a_comma() -> None:
    cleaned, _ = check_fields(
        {"stage": "r3", "interests": ["global_health", "research"], "province": "Quebec"}
    )
    assert cleaned == {
        "stage": "r3",
        "interests": ["global_health", "research"],
        "province": "Quebec",
    }
    one, _ = check_fields({"interests": "Equity, diversity and inclusion"})
    assert one["interests"] == ["equity_diversity"]
    two, _ = check_fields({"interests": "Équité, diversité et inclusion; Leadership"})
    assert two["interests"] == ["equity_diversity", "leadership"]


def test_the_programs_own_values_are_stored_as_their_keys(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        added = add_value(
            session, cycle.program_id, "interests", "Tropical medicine", "Médecine tropicale"
        )
        catalogue = load_catalogue(session, cycle.program_id)
    cleaned, _ = check_fields({"interests": "Médecine tropicale; Santé mondiale"}, catalogue)
    assert cleaned["interests"] == [added.key, "global_health"]


@pytest.mark.parametrize(
    ("raw", "english", "french"),
    [
        ({"first_name": " "}, "a first name is required", "un prénom est requis"),
        ({"role": ""}, "a role is required", "un rôle est requis"),
        ({"email": ""}, "an email address is required", "une adresse courriel est requise"),
        ({"city": "x" * 121}, "longer than 120 characters", "plus de 120 caractères"),
        (
            {"capacity": -1},
            "capacity must be a whole number of mentees (0 or more)",
            "le nombre de places doit être un nombre entier de mentorés (0 ou plus)",
        ),
        (
            {"status": "gone"},
            "the status must be one of active, withdrawn",
            "le statut doit être l'un de ceux-ci\u00a0: active, withdrawn",
        ),
        (
            {"preferred_language": "de"},
            "the letter language must be one of en, fr",
            "la langue des lettres doit être l'une de celles-ci\u00a0: en, fr",
        ),
        ({"custom_fields": "x"}, "expected answers by question", None),
    ],
)
def test_refusals_are_problems_english_unchanged(
    raw: dict[str, object], english: str, french: str | None
) -> None:
    _, errors = check_fields(raw)
    (message,) = errors.values()
    assert isinstance(message, Problem)
    assert message == english
    if french is not None:
        assert render_problem(message, "fr") == french
    assert render_problem(message, "fr") != english


def test_an_edit_refused_by_the_service_says_the_field_and_the_problem(
    db: Database, cycle: CycleInfo
) -> None:
    (pid,) = add_people(db, cycle, 0, [mentor("ana@example.org", "Ana")])
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        update_participant(session, pid, city="x" * 121)
    assert refused.value.message == "City: longer than 120 characters."
    assert first_error({"role": check_fields({"role": ""})[1]["role"]}) == (
        "Role: a role is required."
    )


def _keyed_person(db: Database, cycle: CycleInfo) -> int:
    (pid,) = add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "marc@example.org",
                "Marc",
                "Tremblay",
                province="Quebec",
                languages=["French", "English"],
                stage="r3",
                interests=["global_health", "research"],
                preferences={"style": "hands_on", "location": "anywhere"},
            )
        ],
    )
    return pid


def test_the_participant_export_writes_english_labels(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    _keyed_person(db, cycle)
    out = tmp_path / "participants.csv"
    with db.read() as session:
        export(session, cycle.id, "participants", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["Year of study / PGY"] == "R3 / PGY-3"
    assert row["Province"] == "Quebec"
    assert row["Languages spoken"] == "French; English"
    assert row["Areas of interest"] == "Global health; Research"
    assert row["Mentoring style"] == "Hands-on"
    assert row["Local or anywhere"] == "Anywhere in the country"


def test_the_detail_shows_labels_in_either_language_and_edits_keep_keys(
    db: Database, cycle: CycleInfo
) -> None:
    pid = _keyed_person(db, cycle)
    with db.read() as session:
        detail = get_participant_detail(session, pid)
    assert detail.interests == ("global_health", "research")  # what is stored
    assert detail.answer_text("interests", "fr") == "Santé mondiale; Recherche"
    assert detail.answer_text("interests", "en") == "Global health; Research"
    assert detail.answer_text("stage", "fr") == "R3 (résidence 3e année)"
    assert detail.answer_text("province", "fr") == "Québec"
    assert detail.answer_text("languages", "fr") == "Français, Anglais"

    # The form gives back what it showed, in French: nothing changes.
    shown = {name: detail.answer_text(name, "fr") for name in ("interests", "stage")}
    shown |= {name: detail.answer_text(name, "fr") for name in ("province", "languages")}
    cleaned, errors = check_fields(shown, detail.catalogue)
    assert errors == {}
    with db.write() as session:
        assert update_participant(session, pid, **cleaned) == []
        stored = session.scalar(select(Participant).where(Participant.id == pid))
        assert stored is not None and stored.interests == ["global_health", "research"]
