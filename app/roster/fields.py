"""Checking what a coordinator typed into the participant form, the way the importer does.

The same parsers as the sign-up import (``app.roster.values``) so a person typed in by hand
is stored exactly like one imported: email normalised, phone in one spelling with Canada as
the default region, province by its canonical name, languages by their English names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.roster import values
from app.roster.validation import MAX_LENGTHS
from app.roster.values import CellError

STATUSES = ("active", "withdrawn")
LETTER_LANGUAGES = ("en", "fr")
TEXT_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "city",
    "institution",
    "stage",
)
FIELD_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "preferred_name": "Preferred name",
    "pronouns": "Pronouns",
    "email": "Email",
    "phone": "Phone",
    "share_phone": "Share phone",
    "city": "City",
    "province": "Province",
    "languages": "Languages",
    "preferred_language": "Letter language",
    "role": "Role",
    "institution": "Institution",
    "stage": "Stage",
    "interests": "Interests",
    "capacity": "Capacity",
    "status": "Status",
    "notes": "Notes",
    "custom_fields": "Other answers",
}


def _text(name: str) -> Callable[[Any], str]:
    def clean(value: Any) -> str:
        text = " ".join(str(value).split())
        if name in MAX_LENGTHS and len(text) > MAX_LENGTHS[name]:
            raise CellError(f"longer than {MAX_LENGTHS[name]} characters")
        return text

    return clean


def _required(name: str, what: str) -> Callable[[Any], str]:
    clean_text = _text(name)

    def clean(value: Any) -> str:
        text = clean_text(value)
        if not text:
            raise CellError(f"{what} is required")
        return text

    return clean


def _email(value: Any) -> str:
    text = str(value).strip()
    if not text:
        raise CellError("an email address is required")
    if len(text) > MAX_LENGTHS["email"]:
        raise CellError(f"longer than {MAX_LENGTHS['email']} characters")
    return values.clean_email(text)


def _phone(value: Any) -> str:
    text = str(value).strip()
    return values.clean_phone(text) if text else ""


def _province(value: Any) -> str:
    return _text("province")(values.normalise_province(" ".join(str(value).split())))


def _joined(value: Any) -> str:
    return value if isinstance(value, str) else "; ".join(str(v) for v in value)


def _languages(value: Any) -> list[str]:
    return values.normalise_languages(_joined(value))


def _interests(value: Any) -> list[str]:
    return values.split_multi(_joined(value), split_words=False)


def _capacity(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError("capacity must be a whole number of mentees (0 or more)")
    if isinstance(value, int):
        if value < 0:
            raise CellError("capacity must be a whole number of mentees (0 or more)")
        return value
    return values.parse_capacity(str(value))


def _one_of(choices: tuple[str, ...], what: str) -> Callable[[Any], str]:
    def clean(value: Any) -> str:
        if value not in choices:
            raise CellError(f"{what} must be one of {', '.join(choices)}")
        return str(value)

    return clean


def _custom(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise CellError("expected answers by question")
    return {str(k).strip(): str(v).strip() for k, v in value.items() if str(k).strip()}


_CLEAN: dict[str, Callable[[Any], Any]] = {
    "first_name": _required("first_name", "a first name"),
    "last_name": _text("last_name"),
    "preferred_name": _text("preferred_name"),
    "pronouns": _text("pronouns"),
    "city": _text("city"),
    "institution": _text("institution"),
    "stage": _text("stage"),
    "email": _email,
    "phone": _phone,
    "share_phone": bool,
    "province": _province,
    "languages": _languages,
    "preferred_language": _one_of(LETTER_LANGUAGES, "the letter language"),
    "interests": _interests,
    "capacity": _capacity,
    "status": _one_of(STATUSES, "the status"),
    "notes": lambda v: str(v).strip(),
    "role": _required("role", "a role"),
    "custom_fields": _custom,
}


def check_fields(raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The clean value of every field given, and a message for each one that is wrong.

    Unknown field names are a programming error (``TypeError``), not a user's mistake.
    """
    unknown = set(raw) - set(_CLEAN)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, value in raw.items():
        try:
            cleaned[name] = _CLEAN[name](value)
        except CellError as exc:
            errors[name] = exc.message
    return cleaned, errors


def first_error(errors: dict[str, str]) -> str:
    """One sentence for the coordinator naming the first wrong field."""
    name, message = next(iter(errors.items()))
    return f"{FIELD_LABELS.get(name, name)}: {message}."
