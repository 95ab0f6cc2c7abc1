"""Checking one data row of a sign-up export and splitting it into person and participant.

Only columns that are mapped and non-blank produce values, so an update never erases what
the coordinator already knows because a later form left a question out. A row with any
error is rejected whole, and each error names the spreadsheet row and column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.roster import values
from app.roster.columns import CUSTOM, IGNORE
from app.roster.values import CellError

MAX_LENGTHS = {
    "first_name": 200,
    "last_name": 200,
    "preferred_name": 200,
    "pronouns": 50,
    "email": 320,
    "city": 120,
    "province": 120,
    "institution": 200,
    "stage": 100,
}
"""The column sizes of the schema: a longer value is a sign of a shifted column."""


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    target: str


@dataclass
class CleanRow:
    """What one row says, split by where it is stored."""

    row: int
    email: str = ""
    person: dict[str, Any] = field(default_factory=dict)
    participant: dict[str, Any] = field(default_factory=dict)
    preferences: dict[str, Any] = field(default_factory=dict)
    custom: dict[str, str] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (column header, message)

    @property
    def email_key(self) -> str:
        return self.email.strip().casefold()


def _text(name: str, store: str) -> Callable[[CleanRow, str, str], None]:
    def apply(row: CleanRow, value: str, _header: str) -> None:
        text = " ".join(value.split())
        if name in MAX_LENGTHS and len(text) > MAX_LENGTHS[name]:
            raise CellError(f"longer than {MAX_LENGTHS[name]} characters")
        getattr(row, store)[name] = text

    return apply


def _email(row: CleanRow, value: str, _header: str) -> None:
    if len(value) > MAX_LENGTHS["email"]:
        raise CellError(f"longer than {MAX_LENGTHS['email']} characters")
    row.email = values.clean_email(value)


def _phone(row: CleanRow, value: str, _header: str) -> None:
    row.person["phone"] = values.clean_phone(value)


def _share_phone(row: CleanRow, value: str, _header: str) -> None:
    row.person["share_phone"] = values.parse_yes_no(value)


def _capacity(row: CleanRow, value: str, _header: str) -> None:
    row.participant["capacity"] = values.parse_capacity(value)


def _province(row: CleanRow, value: str, header: str) -> None:
    _text("province", "person")(row, values.normalise_province(value), header)


def _full_name(row: CleanRow, value: str, _header: str) -> None:
    first, last = values.split_full_name(" ".join(value.split()))
    row.person.setdefault("first_name", first)
    if last:
        row.person.setdefault("last_name", last)


def _combine(found: list[str], more: list[str]) -> list[str]:
    """Answers of several columns mapped to one list field, without repeats."""
    seen = {a.casefold() for a in found}
    return found + [a for a in more if a.casefold() not in seen]


def _languages(row: CleanRow, value: str, _header: str) -> None:
    found = row.person.get("languages", [])
    row.person["languages"] = _combine(found, values.normalise_languages(value))


def _interests(row: CleanRow, value: str, _header: str) -> None:
    found = row.participant.get("interests", [])
    row.participant["interests"] = _combine(found, values.split_multi(value, split_words=False))


def _notes(row: CleanRow, value: str, _header: str) -> None:
    row.person["notes"] = value


def _choice(
    parse: Callable[[str], Any], store: str, key: str
) -> Callable[[CleanRow, str, str], None]:
    """An answer from a known set; one we do not recognise is kept as a custom field.

    ``parse`` returns None for an answer it does not know and "" for "no preference".
    """

    def apply(row: CleanRow, value: str, header: str) -> None:
        parsed = parse(value)
        if parsed is None:
            row.custom[header] = value
        elif parsed == "":
            return
        elif store == "person":
            row.person[key] = parsed
        else:
            row.preferences[key] = parsed

    return apply


_APPLY: dict[str, Callable[[CleanRow, str, str], None]] = {
    "first_name": _text("first_name", "person"),
    "last_name": _text("last_name", "person"),
    "preferred_name": _text("preferred_name", "person"),
    "pronouns": _text("pronouns", "person"),
    "city": _text("city", "person"),
    "institution": _text("institution", "participant"),
    "stage": _text("stage", "participant"),
    "full_name": _full_name,
    "email": _email,
    "phone": _phone,
    "share_phone": _share_phone,
    "capacity": _capacity,
    "province": _province,
    "languages": _languages,
    "interests": _interests,
    "notes": _notes,
    "preferred_language": _choice(values.parse_preferred_language, "person", "preferred_language"),
    "location_preference": _choice(values.parse_location, "preferences", "location"),
    "mentoring_style": _choice(values.parse_style, "preferences", "style"),
    "gender_preference": _choice(values.parse_gender, "preferences", "gender"),
    "gender": _choice(values.parse_gender, "preferences", "own_gender"),
}


def clean_row(number: int, cells: list[str], columns: list[Column]) -> CleanRow:
    """Every mapped cell of one row parsed; ``errors`` lists what makes the row unusable."""
    row = CleanRow(row=number)
    # Split names only fill in what first/last name columns left blank.
    ordered = sorted(columns, key=lambda c: c.target == "full_name")
    for column in ordered:
        value = cells[column.index].strip()
        if not value or column.target == IGNORE:
            continue
        if column.target in (CUSTOM, "timestamp"):
            row.custom[column.header] = value
            continue
        try:
            _APPLY[column.target](row, value, column.header)
        except CellError as exc:
            row.errors.append((column.header, exc.message))
    _check_required(row, columns)
    _infer_letter_language(row)
    return row


def _check_required(row: CleanRow, columns: list[Column]) -> None:
    headers = {c.target: c.header for c in columns}
    email_header = headers.get("email", "")
    if not row.email and not any(h == email_header for h, _ in row.errors):
        row.errors.append((email_header, "an email address is required"))
    if not row.person.get("first_name"):
        name_header = headers.get("first_name") or headers.get("full_name", "")
        if not any(h == name_header for h, _ in row.errors):
            row.errors.append((name_header, "a first name is required"))


def _infer_letter_language(row: CleanRow) -> None:
    # Someone who speaks only French gets French letters without being asked twice.
    if "preferred_language" not in row.person and row.person.get("languages") == ["French"]:
        row.person["preferred_language"] = "fr"
