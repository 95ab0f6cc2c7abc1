"""The catalogue of answers: variants in both languages, suggestions and program edits."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.catalogue import (
    FIELDS,
    add_value,
    load_catalogue,
    map_answer,
    merge_values,
    rename_value,
    seed_catalogue,
)
from app.db.engine import Database
from app.db.models import AuditEvent, Participant, Program
from app.errors import NotFoundError, RuleViolationError
from app.programs.service import CycleInfo
from tests.factories import add_people, mentor


@pytest.mark.parametrize(
    ("field", "answer", "key"),
    [
        ("interests", "Neonatology", "neonatology"),
        ("interests", "NÉONATOLOGIE", "neonatology"),
        ("interests", "néonatologie", "neonatology"),
        ("interests", "Neonatalogy", "neonatology"),  # common misspelling
        ("interests", "neonatolgy", "neonatology"),  # one letter dropped
        ("interests", "Community paediatrics", "community_paediatrics"),
        ("interests", "community pediatrics", "community_paediatrics"),
        ("interests", "Pédiatrie communautaire", "community_paediatrics"),
        ("interests", "Santé mondiale", "global_health"),
        ("interests", "global-health", "global_health"),
        ("interests", "Soins intensifs pédiatriques", "critical_care"),
        ("interests", "Maladies infectieuses", "infectious_diseases"),
        ("interests", "infectious disease", "infectious_diseases"),  # singular
        ("interests", "Pédagogie médicale", "medical_education"),
        ("interests", "Developmental Pediatrics", "developmental_paediatrics"),
        ("interests", "Haematology", "haematology"),
        ("interests", "hematology", "haematology"),
        ("mentoring_style", "Décontracté", "laid_back"),
        ("mentoring_style", "hands-on", "hands_on"),
        ("location_preference", "Partout au pays", "anywhere"),
        ("location_preference", "même ville", "local"),
        ("contact_mode", "Courriel", "email_text"),
        ("contact_mode", "visioconférence", "video"),
        ("yes_no", "OUI", "yes"),
        ("yes_no", "n", "no"),
        ("yes_no", "Faux", "no"),
        ("province", "Qué.", "Quebec"),
        ("province", "Colombie-Britannique", "British Columbia"),
        ("province", "T.-N.-L.", "Newfoundland and Labrador"),
        ("province", "Î.-P.-É.", "Prince Edward Island"),
        ("languages", "Français", "French"),
        ("languages", "anglais", "English"),
        ("stage", "PGY-2", "r2"),
        ("stage", "R2", "r2"),
        ("stage", "Externat 1", "ms3"),
        ("stage", "MS1", "ms1"),
    ],
)
def test_lookup_finds_variants_in_both_languages(field: str, answer: str, key: str) -> None:
    found = seed_catalogue().lookup(field, answer)
    assert found is not None and found.key == key


def test_every_field_is_seeded_with_both_labels() -> None:
    catalogue = seed_catalogue()
    for field in FIELDS:
        values = catalogue.values(field)
        assert values, field
        assert all(v.en and v.fr for v in values)
    assert len(catalogue.values("province")) == 13
    assert len(catalogue.values("interests")) >= 30


def test_unknown_or_short_misspelt_answers_are_not_guessed() -> None:
    catalogue = seed_catalogue()
    assert catalogue.lookup("interests", "Basket weaving") is None
    assert catalogue.lookup("interests", "Cardiolo") is None  # a prefix is only suggested
    assert catalogue.lookup("interests", "") is None
    assert catalogue.lookup("yes_no", "maybe") is None


def test_suggestions_put_the_closest_spelling_first() -> None:
    catalogue = seed_catalogue()
    assert catalogue.suggestions("interests", "Cardiolo")[0].key == "cardiology"
    assert catalogue.suggestions("interests", "Néonatal care")[0].key == "neonatology"
    assert catalogue.suggestions("interests", "santé mentalle")[0].key == "mental_health"
    assert len(catalogue.suggestions("interests", "Oncologie pédiatrique", limit=2)) <= 2
    assert catalogue.suggestions("interests", "zzzz") == []


def test_label_in_each_language_and_unknown_answers_kept() -> None:
    catalogue = seed_catalogue()
    assert catalogue.label("interests", "global_health", "fr") == "Santé mondiale"
    assert catalogue.label("interests", "global_health", "en") == "Global health"
    assert catalogue.label("interests", "Basket weaving", "fr") == "Basket weaving"
    assert catalogue.label("interests", "Santé mondiale", "en") == "Global health"


def _audits(db: Database, action: str) -> list[dict[str, Any]]:
    """The details of each audit event of ``action``."""
    with db.read() as session:
        query = select(AuditEvent.details).where(AuditEvent.action == action)
        return [dict(d) for d in session.scalars(query)]


def test_add_value_is_stored_audited_and_found(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        value = add_value(
            session, cycle.program_id, "interests", "Inuit health", "Santé des Inuits", ["Inuk"]
        )
    assert value.key == "inuit_health"
    with db.read() as session:
        catalogue = load_catalogue(session, cycle.program_id)
        assert "catalogue" in session.get(Program, cycle.program_id).settings
    assert catalogue.lookup("interests", "santé des inuits").key == "inuit_health"
    assert catalogue.lookup("interests", "INUK").key == "inuit_health"
    assert catalogue.lookup("interests", "Inuit health") == value
    assert _audits(db, "catalogue_add")[0] == {"field": "interests", "key": "inuit_health"}
    with pytest.raises(RuleViolationError, match="already in the catalogue"), db.write() as s:
        add_value(s, cycle.program_id, "interests", "Neonatology", "Néonatologie")


def test_rename_keeps_old_labels_as_spellings(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        rename_value(session, cycle.program_id, "interests", "research", "Research and QI",
                     "Recherche et qualité")  # fmt: skip
    with db.read() as session:
        catalogue = load_catalogue(session, cycle.program_id)
    assert catalogue.label("interests", "research", "fr") == "Recherche et qualité"
    assert catalogue.lookup("interests", "Recherche").key == "research"
    assert len(_audits(db, "catalogue_rename")) == 1
    with pytest.raises(NotFoundError), db.write() as session:
        rename_value(session, cycle.program_id, "interests", "nope", "A", "B")


def test_map_answer_is_remembered(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        map_answer(session, cycle.program_id, "interests", "Bébés prématurés", "neonatology")
    with db.read() as session:
        catalogue = load_catalogue(session, cycle.program_id)
    assert catalogue.lookup("interests", "bébés prématurés").key == "neonatology"
    assert seed_catalogue().lookup("interests", "bébés prématurés") is None
    assert _audits(db, "catalogue_map_answer")[0]["key"] == "neonatology"


def test_merge_rewrites_stored_answers(db: Database, cycle: CycleInfo) -> None:
    ids = add_people(
        db,
        cycle,
        0,
        [
            mentor("a@x.ca", "Ana", interests=["haematology", "research"]),
            mentor("b@x.ca", "Bo", interests=["Oncology", "haematology"]),  # raw, older form
            mentor("c@x.ca", "Cy", interests=["research"]),
        ],
    )
    with db.write() as session:
        changed = merge_values(session, cycle.program_id, "interests", "oncology", "haematology")
    assert changed == 2
    with db.read() as session:
        interests = [session.get(Participant, i).interests for i in ids]
        catalogue = load_catalogue(session, cycle.program_id)
    assert interests == [["oncology", "research"], ["Oncology"], ["research"]]
    assert catalogue.lookup("interests", "Hématologie").key == "oncology"
    assert catalogue.value("interests", "haematology").key == "oncology"
    assert [v.key for v in catalogue.values("interests")].count("haematology") == 0
    event = _audits(db, "catalogue_merge")[0]
    assert event["participants"] == 2 and event["dropped"] == "haematology"
    with pytest.raises(RuleViolationError), db.write() as session:
        merge_values(session, cycle.program_id, "interests", "oncology", "oncology")


def test_a_failed_edit_changes_nothing(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(NotFoundError), db.write() as session:
        map_answer(session, cycle.program_id, "interests", "Whatever", "not_a_key")
    with db.read() as session:
        assert "catalogue" not in session.get(Program, cycle.program_id).settings
    assert _audits(db, "catalogue_map_answer") == []


def test_a_short_acronym_is_no_likely_match_for_an_unrelated_word() -> None:
    catalogue = seed_catalogue()
    assert catalogue.suggestions("interests", "Musique") == []  # not USIN (neonatal ICU)
    assert [v.key for v in catalogue.suggestions("interests", "Card")] == ["cardiology"]


def test_md_years_are_medical_school_years() -> None:
    catalogue = seed_catalogue()
    assert [catalogue.key_of("stage", s) for s in ("MD1", "MD-2", "md 3", "MD4")] == [
        "ms1",
        "ms2",
        "ms3",
        "ms4",
    ]
