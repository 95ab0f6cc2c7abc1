"""Parsing single answers: the spellings people type in English and French."""

from __future__ import annotations

import pytest

from app.roster.values import (
    CellError,
    clean_email,
    clean_phone,
    normalise_languages,
    normalise_province,
    parse_capacity,
    parse_gender,
    parse_location,
    parse_preferred_language,
    parse_style,
    parse_yes_no,
    split_full_name,
    split_multi,
)


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("ON", "Ontario"),
        ("Ont.", "Ontario"),
        ("ontario", "Ontario"),
        ("QC", "Quebec"),
        ("Québec", "Quebec"),
        ("Quebec", "Quebec"),
        ("Colombie-Britannique", "British Columbia"),
        ("B.C.", "British Columbia"),
        ("Nouvelle-Écosse", "Nova Scotia"),
        ("Î.-P.-É.", "Prince Edward Island"),
        ("Terre-Neuve-et-Labrador", "Newfoundland and Labrador"),
        ("T.N.-O.", "Northwest Territories"),
        ("Sask.", "Saskatchewan"),
        ("Yukon", "Yukon"),
        ("Île-de-France", "Île-de-France"),
    ],
)
def test_provinces(typed: str, canonical: str) -> None:
    assert normalise_province(typed) == canonical


@pytest.mark.parametrize(
    ("cell", "answers"),
    [
        ("Neonatology; Research; Global health", ["Neonatology", "Research", "Global health"]),
        ("Neonatology, Research, Global health", ["Neonatology", "Research", "Global health"]),
        ("Neonatology;Research;", ["Neonatology", "Research"]),
        ("Research, QI; Advocacy and outreach", ["Research, QI", "Advocacy and outreach"]),
        ("Research\nTeaching", ["Research", "Teaching"]),
        ("Advocacy and outreach", ["Advocacy and outreach"]),
        ("Research; research", ["Research"]),
    ],
)
def test_interests_split_on_list_separators_only(cell: str, answers: list[str]) -> None:
    assert split_multi(cell, split_words=False) == answers


@pytest.mark.parametrize(
    ("cell", "languages"),
    [
        ("English, French", ["English", "French"]),
        ("Français et anglais", ["French", "English"]),
        ("English/French", ["English", "French"]),
        ("English and Mandarin", ["English", "Mandarin"]),
        ("anglais; espagnol; Tagalog", ["English", "Spanish", "Tagalog"]),
        ("Twi", ["Twi"]),
    ],
)
def test_languages(cell: str, languages: list[str]) -> None:
    assert normalise_languages(cell) == languages


@pytest.mark.parametrize(
    ("cell", "code"),
    [("English", "en"), ("Français", "fr"), ("French", "fr"), ("fr", "fr"), ("Both", None)],
)
def test_preferred_language(cell: str, code: str | None) -> None:
    assert parse_preferred_language(cell) == code


@pytest.mark.parametrize(
    ("cell", "phone"),
    [
        ("416-555-0123", "(416) 555-0123"),
        ("(416)5550123", "(416) 555-0123"),
        ("+1 604 555 0103", "(604) 555-0103"),
        ("4165550123 ext. 22", "(416) 555-0123 ext. 22"),
        ("+33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ],
)
def test_phones_are_normalised(cell: str, phone: str) -> None:
    assert clean_phone(cell) == phone


@pytest.mark.parametrize("cell", ["call me maybe", "12", "555"])
def test_unusable_phones_are_refused(cell: str) -> None:
    with pytest.raises(CellError, match="phone number"):
        clean_phone(cell)


def test_emails() -> None:
    assert clean_email("Zoe.Lefebvre@EXAMPLE.com") == "Zoe.Lefebvre@example.com"
    for bad in ("not-an-email", "a@b", "two@@example.com", "space in@example.com"):
        with pytest.raises(CellError, match="not a valid email address"):
            clean_email(bad)


@pytest.mark.parametrize(
    ("cell", "capacity"),
    [("2", 2), ("0", 0), (" 3 ", 3), ("2.0", 2), ("two", 2), ("deux", 2), ("up to 3", 3),
     ("2 mentees", 2)],
)  # fmt: skip
def test_capacity(cell: str, capacity: int) -> None:
    assert parse_capacity(cell) == capacity


@pytest.mark.parametrize("cell", ["-1", "1-2", "2.5", "lots", "1 or 2"])
def test_bad_capacity(cell: str) -> None:
    with pytest.raises(CellError, match="whole number"):
        parse_capacity(cell)


def test_yes_no() -> None:
    assert [parse_yes_no(v) for v in ("Yes", "oui", "TRUE", "Yes, of course")] == [True] * 4
    assert [parse_yes_no(v) for v in ("No", "NON", "false", "No thanks")] == [False] * 4
    with pytest.raises(CellError, match="expected yes or no"):
        parse_yes_no("perhaps")


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("Local (same city)", "local"),
        ("Anywhere in Canada", "anywhere"),
        ("N'importe où au Canada", "anywhere"),
        ("Dans ma ville", "local"),
        ("Not sure", None),
    ],
)
def test_location(cell: str, value: str | None) -> None:
    assert parse_location(cell) == value


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("Hands-on (regular contact)", "hands_on"),
        ("Laid-back (reach out as questions arise)", "laid_back"),
        ("Au besoin", "laid_back"),
        ("Whatever", None),
    ],
)
def test_style(cell: str, value: str | None) -> None:
    assert parse_style(cell) == value


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("Female", "woman"),
        ("Femme", "woman"),
        ("A woman", "woman"),
        ("Man", "man"),
        ("Non-binary", "non_binary"),
        ("No preference", ""),
        ("Peu importe", ""),
        ("Two-spirit", "Two-spirit"),
    ],
)
def test_gender(cell: str, value: str) -> None:
    assert parse_gender(cell) == value


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Zoé Lefèbvre", ("Zoé", "Lefèbvre")),
        ("Lefèbvre, Zoé", ("Zoé", "Lefèbvre")),
        ("Mary Anne Smith", ("Mary Anne", "Smith")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Madonna", ("Madonna", "")),
        ("王小明", ("王小明", "")),
    ],
)
def test_full_names(cell: str, names: tuple[str, str]) -> None:
    assert split_full_name(cell) == names
