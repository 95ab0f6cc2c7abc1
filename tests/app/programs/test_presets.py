"""Program models: each preset's ladder, relations and flags, and the one way to read them."""

from __future__ import annotations

import itertools

import pytest

from app.db.engine import Database
from app.db.models import AuditEvent, Program
from app.errors import UnusableInputError
from app.programs import service as programs
from app.programs.presets import CLI_MODELS, MODELS, preset_settings
from app.programs.relations import (
    GROUPS,
    PAIRS,
    RelationSettings,
    cadence_by_role,
    program_relations,
    relation_settings,
    sensitive_answers,
)

CASCADE = ("Program lead", "Resident mentor", "Student mentor", "Youth")


def _program(db: Database, model: str, **kwargs: object) -> tuple[list[str], dict]:
    with db.write() as session:
        program_id = programs.create_program(session, f"P {model}", model=model, **kwargs)  # type: ignore[arg-type]
        program = session.get(Program, program_id)
        assert program is not None
        return list(program.role_ladder), dict(program.settings)


def test_one_to_one_is_resident_mentors_and_medical_students_in_pairs(db: Database) -> None:
    ladder, settings = _program(db, "one-to-one")
    assert ladder == ["Resident mentor", "Medical student"]
    assert settings["model"] == "one-to-one"
    (relation,) = program_relations(settings, ladder)
    assert (relation.mentor_role, relation.mentee_role, relation.kind) == (
        "Resident mentor",
        "Medical student",
        PAIRS,
    )
    assert relation.default_capacity == 1 and relation.stored
    assert settings["agreements"] is False and settings["terms"] == 1


def test_cascading_ladder_groups_and_family_criteria(db: Database) -> None:
    ladder, settings = _program(db, "cascading")
    assert tuple(ladder) == CASCADE
    stored = settings["relations"]
    assert [(r["mentor_role"], r["mentee_role"]) for r in stored] == list(
        itertools.pairwise(CASCADE)
    )
    lead, residents, youth = program_relations(settings, ladder)
    assert lead.kind == PAIRS and lead.default_capacity > 1  # one lead oversees many
    assert residents.kind == GROUPS
    assert residents.group_size == (4, 6) and residents.mentors_per_group == 2
    assert stored[1]["group_size"] == [4, 6] and stored[1]["mentors_per_group"] == 2
    assert youth.kind == PAIRS and youth.default_capacity == 1
    assert set(youth.criteria) == {"language", "background", "gender"}
    assert {"background", "own_gender", "gender"} <= set(youth.sensitive)
    assert "group_size" not in stored[2]  # pairs keep no group settings
    assert cadence_by_role(settings, ladder)["Youth"] == youth.cadence_days


def test_small_groups_one_mentor_about_four_students_two_terms(db: Database) -> None:
    ladder, settings = _program(db, "small-groups")
    (relation,) = program_relations(settings, ladder)
    low, high = relation.group_size
    assert relation.kind == GROUPS and relation.mentors_per_group == 1 and low <= 4 <= high
    assert settings["terms"] == 2


def test_assigned_groups_are_kept_for_several_years(db: Database) -> None:
    ladder, settings = _program(db, "assigned-groups")
    (relation,) = program_relations(settings, ladder)
    assert relation.kind == GROUPS and "continuity" in relation.criteria
    assert settings["keep_groups_years"] > 1


def test_faculty_pairs_with_agreements_eligibility_orientation_and_surveys(db: Database) -> None:
    ladder, settings = _program(db, "faculty")
    assert ladder == ["Faculty mentor", "Junior faculty"]
    (relation,) = program_relations(settings, ladder)
    assert relation.kind == PAIRS
    assert settings["agreements"] and settings["eligibility"] and settings["orientation"]
    assert settings["surveys"] == ["pre", "post"]


def test_custom_model_keeps_the_coordinators_ladder(db: Database) -> None:
    ladder, settings = _program(db, "custom", role_ladder=["Coach", "Player", "Junior"])
    assert ladder == ["Coach", "Player", "Junior"]
    assert [r.kind for r in program_relations(settings, ladder)] == [PAIRS, PAIRS]


def test_translated_ladder_gets_the_models_relations_by_position(db: Database) -> None:
    french = ["Responsable", "Résident mentor", "Étudiant mentor", "Jeune"]
    _ladder, settings = _program(db, "cascading", role_ladder=french)
    assert relation_settings(settings, "Étudiant mentor").kind == GROUPS
    assert relation_settings(settings, "jeune").criteria == ("language", "background", "gender")


def test_programs_made_before_models_read_as_they_always_behaved(db: Database) -> None:
    with db.write() as session:
        program_id = programs.create_program(session, "Old", cadence_days=21)
        settings = dict(session.get(Program, program_id).settings)  # type: ignore[union-attr]
    assert "model" not in settings and "relations" not in settings
    relation = relation_settings(settings, "Medical student", "Resident mentor")
    assert relation == RelationSettings("Resident mentor", "Medical student", cadence_days=21)
    assert not relation.stored and relation.kind == PAIRS and relation.default_capacity == 1
    assert relation_settings(None, "Anyone").cadence_days == 60
    assert sensitive_answers(settings, ("Resident mentor", "Medical student")) == frozenset()


def test_the_model_is_audited_and_unknown_models_refused(db: Database) -> None:
    _program(db, "faculty")
    with db.read() as session:
        event = session.query(AuditEvent).filter_by(entity="program").one()
        assert event.details == {"model": "faculty"}
    with pytest.raises(UnusableInputError, match="not a program model"), db.write() as s:
        programs.create_program(s, "Bad", model="pyramid")


def test_every_model_has_a_preset_and_the_cli_lists_them() -> None:
    from app.cli import PROGRAM_MODELS

    assert PROGRAM_MODELS == CLI_MODELS
    for model in MODELS:
        settings = preset_settings(model)
        relations = [RelationSettings.from_dict(r) for r in settings["relations"]]
        assert settings["cadence_days"] == relations[-1].cadence_days


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"kind": "triads"}, "pairs or of groups"),
        ({"cadence_days": 0}, "between 1 and 366 days"),
        ({"default_capacity": 99}, "between 1 and 20"),
        ({"criteria": ["astrology"]}, "not a matching criterion"),
        ({"sensitive": ["shoe_size"]}, "cannot be hidden|not an answer"),
        ({"kind": "groups", "group_size": [6, 4]}, "smallest first"),
        ({"kind": "groups", "group_size": [2, 3], "mentors_per_group": 0}, "at least one mentor"),
    ],
)
def test_bad_relation_settings_are_refused_with_a_sentence(change: dict, words: str) -> None:
    good = preset_settings("one-to-one")["relations"][0]
    with pytest.raises(UnusableInputError, match=words):
        RelationSettings.from_dict({**good, **change})


def test_init_with_an_existing_program_of_another_model_is_refused(db: Database) -> None:
    with db.write() as session:
        programs.ensure_program_cycle(session, "Kids", "2026", model="cascading")
        again = programs.ensure_program_cycle(session, "Kids", "2027", model="cascading")
    assert again.role_ladder == CASCADE
    with pytest.raises(UnusableInputError, match="another model"), db.write() as session:
        programs.ensure_program_cycle(session, "Kids", "2028", model="faculty")
