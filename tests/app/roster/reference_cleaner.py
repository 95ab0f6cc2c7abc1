"""The importer's rules applied one row at a time: the reference the column-wise checks
are compared with.

The import checks a file column by column for speed; this is the same set of rules written
the plain way, cell after cell, as a coordinator would read them. A property test feeds
both random tables and expects the same rows, values and problems.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.roster import background_answers, values
from app.roster import requirement_answers as wishes
from app.roster.columns import CUSTOM, IGNORE
from app.roster.validation import MAX_LENGTHS, Column
from app.roster.values import CellError


@dataclass
class CleanRow:
    row: int
    email: str = ""
    email_key: str = ""
    person: dict[str, Any] = field(default_factory=dict)
    participant: dict[str, Any] = field(default_factory=dict)
    preferences: dict[str, Any] = field(default_factory=dict)
    custom: dict[str, str] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)


def _text(name: str) -> Callable[[str], str]:
    limit = MAX_LENGTHS.get(name)

    def parse(value: str) -> str:
        text = " ".join(value.split())
        if limit is not None and len(text) > limit:
            raise CellError(f"longer than {limit} characters")
        return text

    return parse


_province_text = _text("province")


def _province(value: str) -> str:
    return _province_text(values.normalise_province(value))


def _email(row: CleanRow, value: str, _header: str) -> None:
    if len(value) > MAX_LENGTHS["email"]:
        raise CellError(f"longer than {MAX_LENGTHS['email']} characters")
    row.email = values.clean_email(value)
    row.email_key = row.email.strip().casefold()


def _full_name(row: CleanRow, value: str, _header: str) -> None:
    first, last = values.split_full_name(" ".join(value.split()))
    row.person.setdefault("first_name", first)
    if last:
        row.person.setdefault("last_name", last)


def _combine(found: list[str], more: list[str]) -> list[str]:
    """Answers of several columns mapped to one list field, without repeats."""
    if not found:
        return more
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
        elif store == "custom":
            row.custom[key] = parsed
        else:
            row.preferences[key] = parsed

    return apply


_SIMPLE: dict[str, tuple[str, Callable[[str], Any]]] = {
    "first_name": ("person", _text("first_name")),
    "last_name": ("person", _text("last_name")),
    "preferred_name": ("person", _text("preferred_name")),
    "pronouns": ("person", _text("pronouns")),
    "city": ("person", _text("city")),
    "province": ("person", _province),
    "phone": ("person", values.clean_phone),
    "share_phone": ("person", values.parse_yes_no),
    "institution": ("participant", _text("institution")),
    "stage": ("participant", _text("stage")),
    "capacity": ("participant", values.parse_capacity),
}
"""Fields whose value depends on the cell alone: parsed once per distinct answer."""

_APPLY: dict[str, Callable[[CleanRow, str, str], None]] = {
    "full_name": _full_name,
    "email": _email,
    "languages": _languages,
    "interests": _interests,
    "notes": _notes,
    "preferred_language": _choice(values.parse_preferred_language, "person", "preferred_language"),
    "location_preference": _choice(values.parse_location, "preferences", "location"),
    "mentoring_style": _choice(values.parse_style, "preferences", "style"),
    "gender_preference": _choice(values.parse_gender, "preferences", "gender"),
    "gender": _choice(values.parse_gender, "preferences", "own_gender"),
    "preferred_mentors": _choice(
        wishes.parse_preferred_mentors, "preferences", "preferred_mentors"
    ),
    "requires_french": _choice(wishes.required("fr"), "preferences", "required_language"),
    "requires_english": _choice(wishes.required("en"), "preferences", "required_language"),
    "requires_local": _choice(wishes.required("local"), "preferences", "required_location"),
    "background": _choice(background_answers.parse_background, "custom", "background"),
    "background_wish": _choice(
        background_answers.parse_background_wish, "preferences", "background_wish"
    ),
}
_CACHED_CHARS = 500
_CACHED_VALUES = 20_000  # per column: a bound on memory, far above a form's distinct answers


class RowCleaner:
    """Parses the rows of one table; the column work is worked out once, not per row."""

    def __init__(self, columns: list[Column]) -> None:
        # Split names only fill in what first/last name columns left blank.
        ordered = sorted(columns, key=lambda c: c.target == "full_name")
        self._steps: list[_Step] = [_step(c) for c in ordered if c.target != IGNORE]
        headers = {c.target: c.header for c in columns}
        self._email_header = headers.get("email", "")
        self._name_header = headers.get("first_name") or headers.get("full_name", "")

    def __call__(self, number: int, cells: list[str]) -> CleanRow:
        """Every mapped cell of one row parsed; ``errors`` lists what makes it unusable."""
        row = CleanRow(row=number)
        for index, header, store, parse, seen, apply in self._steps:
            value = cells[index].strip()
            if not value:
                continue
            if parse is not None:
                result = seen.get(value, _UNSEEN)
                if result is _UNSEEN:
                    result = _parse(parse, value, seen)
                if isinstance(result, CellError):
                    row.errors.append((header, result.message))
                else:
                    (row.person if store == "person" else row.participant)[parse.key] = result
            elif apply is not None:
                try:
                    apply(row, value, header)
                except CellError as exc:
                    row.errors.append((header, exc.message))
            else:
                row.custom[header] = value
        self._check_required(row)
        _infer_letter_language(row)
        return row

    def _check_required(self, row: CleanRow) -> None:
        if not row.email and not any(h == self._email_header for h, _ in row.errors):
            row.errors.append((self._email_header, "an email address is required"))
        if not row.person.get("first_name") and not any(
            h == self._name_header for h, _ in row.errors
        ):
            row.errors.append((self._name_header, "a first name is required"))


_UNSEEN = object()


class _Parser:
    """A simple field's parser with the key its value is stored under."""

    def __init__(self, key: str, parse: Callable[[str], Any]) -> None:
        self.key = key
        self.parse = parse


_Step = tuple[
    int, str, str, "_Parser | None", dict[str, Any], Callable[[CleanRow, str, str], None] | None
]


def _step(column: Column) -> _Step:
    """What to do with one column: parse a simple field, apply a rule, or keep as custom."""
    if column.target in _SIMPLE:
        store, parse = _SIMPLE[column.target]
        return column.index, column.header, store, _Parser(column.target, parse), {}, None
    apply = None if column.target in (CUSTOM, "timestamp") else _APPLY[column.target]
    return column.index, column.header, "", None, {}, apply


def _parse(parser: _Parser, value: str, seen: dict[str, Any]) -> Any:
    """The parsed value or the CellError, remembered for the next row with the same answer."""
    try:
        result: Any = parser.parse(value)
    except CellError as exc:
        result = exc
    if len(value) <= _CACHED_CHARS and len(seen) < _CACHED_VALUES:
        seen[value] = result
    return result


def _infer_letter_language(row: CleanRow) -> None:
    # A stated answer; else the one official language spoken; else (no form language here)
    # the first of the two listed; else nothing.
    if "preferred_language" in row.person:
        row.person["language_source"] = "stated"
        return
    codes = {"English": "en", "French": "fr"}
    official = [codes[n] for n in row.person.get("languages", []) if n in codes]
    if official:
        row.person["preferred_language"] = official[0]
        row.person["language_source"] = "spoken"


def clean_rows(
    rows: list[tuple[int, list[str]]], columns: list[Column]
) -> tuple[list[CleanRow], list[tuple[int, str, str]]]:
    """Accepted rows and (row, header, message) problems, as the importer must report them."""
    accepted: list[CleanRow] = []
    problems: list[tuple[int, str, str]] = []
    first_seen: dict[str, int] = {}
    email_header = next((c.header for c in columns if c.target == "email"), "")
    cleaner = RowCleaner(columns)
    for number, cells in rows:
        row = cleaner(number, cells)
        if not row.errors and row.email_key in first_seen:
            row.errors.append((email_header, f"same email as row {first_seen[row.email_key]}"))
        if row.errors:
            problems.extend((number, header, message) for header, message in row.errors)
            continue
        first_seen[row.email_key] = number
        accepted.append(row)
    return accepted, problems
