"""Editing a program's roles keeps what each relation was set to."""

from __future__ import annotations

from dataclasses import replace

from app.programs.presets import preset_relations, relaid_relations

LADDER = ("Resident", "Student", "Youth")


def customised() -> list:
    first, second = preset_relations("cascading", LADDER)
    return [
        replace(first, cadence_days=11, criteria=("language",)),
        replace(second, default_capacity=3),
    ]


def test_renamed_roles_keep_their_relations_settings() -> None:
    first, second = relaid_relations(
        customised(), "cascading", ("Senior resident", "Student", "Child")
    )
    assert (first.mentor_role, first.mentee_role, second.mentee_role) == (
        "Senior resident",
        "Student",
        "Child",
    )
    assert (first.cadence_days, first.criteria, second.default_capacity) == (11, ("language",), 3)


def test_a_role_added_keeps_the_relations_between_roles_still_next_to_each_other() -> None:
    relaid = relaid_relations(
        customised(), "cascading", ("resident", "Student", "Youth", "Toddler")
    )
    assert [(r.mentor_role, r.mentee_role) for r in relaid] == [
        ("resident", "Student"),
        ("Student", "Youth"),
        ("Youth", "Toddler"),
    ]
    assert relaid[0].cadence_days == 11 and relaid[1].default_capacity == 3  # any case
    assert (
        relaid[2] == preset_relations("cascading", ("resident", "Student", "Youth", "Toddler"))[2]
    )


def test_a_role_removed_gives_the_new_neighbours_the_models_defaults() -> None:
    (only,) = relaid_relations(customised(), "cascading", ("Resident", "Youth"))
    assert (only.mentor_role, only.mentee_role) == ("Resident", "Youth")
    assert only == preset_relations("cascading", ("Resident", "Youth"))[0]
