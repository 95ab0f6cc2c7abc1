"""Automatic column mapping from English and French headers, and saved mappings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import UnusableInputError
from app.roster import columns
from app.roster.columns import auto_mapping, guess_field, normalise_header, resolve_mapping
from app.roster.importer import load_mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Email Address", "email"),
        ("E-mail", "email"),
        ("Courriel", "email"),
        ("Adresse courriel", "email"),
        ("First name", "first_name"),
        ("Prénom", "first_name"),
        ("PRENOM", "first_name"),
        ("Last name", "last_name"),
        ("Nom de famille", "last_name"),
        ("Nom", "last_name"),
        ("Name", "full_name"),
        ("Nom complet", "full_name"),
        ("Preferred name", "preferred_name"),
        ("School / residency program", "institution"),
        ("School", "institution"),
        ("Faculté de médecine", "institution"),
        ("Université", "institution"),
        ("Residency program", "institution"),
        ("Year of study / PGY", "stage"),
        ("Year of study", "stage"),
        ("Année d'études", "stage"),
        ("PGY", "stage"),
        ("City", "city"),
        ("Ville", "city"),
        ("Province", "province"),
        ("Languages spoken", "languages"),
        ("Langues parlées", "languages"),
        ("Preferred language for correspondence", "preferred_language"),
        ("Langue de correspondance", "preferred_language"),
        ("Areas of interest", "interests"),
        ("Intérêts", "interests"),
        ("Pronouns", "pronouns"),
        ("Pronoms", "pronouns"),
        ("Phone", "phone"),
        ("Téléphone", "phone"),
        ("Capacity", "capacity"),
        ("How many mentees can you take?", "capacity"),
        ("Combien de mentorés pouvez-vous accueillir?", "capacity"),
        ("Local or anywhere", "location_preference"),
        ("Mentoring style", "mentoring_style"),
        ("Gender preference for your mentor", "gender_preference"),
        ("Gender", "gender"),
        ("Can we share your phone number with your match?", "share_phone"),
        ("Timestamp", "timestamp"),
        ("Horodateur", "timestamp"),
        ("Notes", "notes"),
    ],
)
def test_headers_map_in_both_languages(header: str, field: str) -> None:
    assert guess_field(header) == field


@pytest.mark.parametrize(
    "header",
    [
        "Have you participated in the program before?",
        "Is this your first time?",
        "What do you hope to gain?",
        "Tell us about yourself",
        "Favourite colour",
        "",
    ],
)
def test_free_text_questions_stay_unmapped(header: str) -> None:
    assert guess_field(header) is None


def test_normalise_header_folds_case_accents_and_punctuation() -> None:
    assert normalise_header("  Année d’ÉTUDES (PGY)? ") == "annee d etudes pgy"


def test_first_column_claiming_a_field_wins_and_name_is_not_split_beside_first_name() -> None:
    headers = ["Name", "First name", "Last name", "Email", "Email (2)"]
    assert auto_mapping(headers) == {
        "First name": "first_name",
        "Last name": "last_name",
        "Email": "email",
    }


def test_user_mapping_overrides_and_matches_headers_loosely() -> None:
    headers = ["Courriel", "Prénom", "Adresse courriel personnelle", "Ville"]
    user = {"adresse COURRIEL personnelle": "email", "Courriel": "custom", "Ville": "ignore"}
    assert resolve_mapping(headers, user) == {
        "Courriel": "custom",
        "Prénom": "first_name",
        "Adresse courriel personnelle": "email",
        "Ville": "ignore",
    }


def test_load_mapping_reads_a_json_object(tmp_path: Path) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps({"Adresse": "email", "Qui": "full_name"}), encoding="utf-8")
    assert load_mapping(path) == {"Adresse": "email", "Qui": "full_name"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"Adresse": 3}', "must map column names to field names"),
        ('{"Adresse": "e-mail"}', "unknown field “e-mail”"),
    ],
)
def test_load_mapping_refuses_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnusableInputError, match=message) as caught:
        load_mapping(path)
    assert "mapping.json" in caught.value.message


def test_load_mapping_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnusableInputError, match=re.escape("missing.json cannot be opened")):
        load_mapping(tmp_path / "missing.json")


def test_two_columns_may_feed_interests_but_not_email() -> None:
    headers = ["Email", "Research interests", "Clinical interests", "Courriel"]
    mapping = resolve_mapping(
        headers, {"Research interests": "interests", "Clinical interests": "interests"}
    )
    assert mapping == {
        "Email": "email",
        "Research interests": "interests",
        "Clinical interests": "interests",
    }
    with pytest.raises(UnusableInputError, match="both “Email” and “Courriel” to email"):
        resolve_mapping(headers, {"Email": "email", "Courriel": "email"})


def _rule_loop(header: str) -> str | None:
    """guess_field without its quick "no rule word" search: exact aliases, then every rule."""
    norm = normalise_header(header)
    if not norm:
        return None
    if norm in columns._EXACT:
        return columns._EXACT[norm]
    padded = f" {norm} "
    for field, patterns in columns._RULE_WORDS:
        for words in patterns:
            if all(word in padded for word in words):
                return None if field == columns.CUSTOM else field
    return None


_RULE_TEXT = [w.strip() for _, ps in columns._RULES for p in ps for w in p.split("+")]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_RULE_TEXT),
            st.sampled_from(["Montréal", "O'Brien", "a.b@example.com", "NA", "Année", "?"]),
            st.text(max_size=12),
        ),
        max_size=5,
    ).map(" ".join)
)
def test_quick_search_never_changes_the_guess(header: str) -> None:
    assert guess_field.__wrapped__(header) == _rule_loop(header)


def test_quick_search_knows_every_rule_word() -> None:
    for _, patterns in columns._RULE_WORDS:
        for words in patterns:
            for word in words:
                assert columns._ANY_RULE_WORD.search(f"{word} ") is not None, word
