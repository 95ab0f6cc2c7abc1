"""Checking what a coordinator typed into the participant form, the way the importer does.

The same parsers as the sign-up import (``app.roster.values``) so a person typed in by hand
is stored exactly like one imported: email normalised, phone in one spelling with Canada as
the default region, and the answers of choice fields (province, languages, stage,
interests) as catalogue keys — the program's catalogue when the caller passes it, else the
seed — so "Santé mondiale" typed in the French window is the import's ``global_health``.
A stored key given back is kept as it is; an answer outside the catalogue is kept as typed.

Messages are ``app.roster.problems`` sentences: English text, said in French by the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.catalogue import Catalogue, seed_catalogue
from app.roster import values
from app.roster.problems import problem
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
            raise CellError(problem("too_long", limit=MAX_LENGTHS[name]))
        return text

    return clean


def _required(name: str, missing: str) -> Callable[[Any], str]:
    """``_text`` that refuses an empty value with the problem ``missing``."""
    clean_text = _text(name)

    def clean(value: Any) -> str:
        text = clean_text(value)
        if not text:
            raise CellError(problem(missing))
        return text

    return clean


def _email(value: Any) -> str:
    text = str(value).strip()
    if not text:
        raise CellError(problem("email_required"))
    if len(text) > MAX_LENGTHS["email"]:
        raise CellError(problem("too_long", limit=MAX_LENGTHS["email"]))
    return values.clean_email(text)


def _phone(value: Any) -> str:
    text = str(value).strip()
    return values.clean_phone(text) if text else ""


def _joined(value: Any) -> str:
    return value if isinstance(value, str) else "; ".join(str(v) for v in value)


def _capacity(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, int) and value < 0):
        raise CellError(problem("capacity_invalid"))
    if isinstance(value, int):
        return value
    return values.parse_capacity(str(value))


def _one_of(choices: tuple[str, ...], wrong: str) -> Callable[[Any], str]:
    def clean(value: Any) -> str:
        if value not in choices:
            raise CellError(problem(wrong, choices=", ".join(choices)))
        return str(value)

    return clean


def _custom(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise CellError(problem("answers_by_question"))
    return {str(k).strip(): str(v).strip() for k, v in value.items() if str(k).strip()}


_CLEAN: dict[str, Callable[[Any], Any]] = {
    "first_name": _required("first_name", "first_name_required"),
    "last_name": _text("last_name"),
    "preferred_name": _text("preferred_name"),
    "pronouns": _text("pronouns"),
    "city": _text("city"),
    "institution": _text("institution"),
    "email": _email,
    "phone": _phone,
    "share_phone": bool,
    "preferred_language": _one_of(LETTER_LANGUAGES, "letter_language_invalid"),
    "capacity": _capacity,
    "status": _one_of(STATUSES, "status_invalid"),
    "notes": lambda v: str(v).strip(),
    "role": _required("role", "role_required"),
    "custom_fields": _custom,
}


class _Answers:
    """Cleans the answers of choice fields and stores each as its catalogue key."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def key(self, field: str, answer: str) -> str:
        return self.catalogue.key_of(field, answer) if answer else answer

    def stage(self, value: Any) -> str:
        return _text("stage")(self.key("stage", " ".join(str(value).split())))

    def province(self, value: Any) -> str:
        typed = values.normalise_province(" ".join(str(value).split()))
        return _text("province")(self.key("province", typed))

    def languages(self, value: Any) -> list[str]:
        keys = (self.key("languages", a) for a in values.normalise_languages(_joined(value)))
        return list(dict.fromkeys(keys))

    def interests(self, value: Any) -> list[str]:
        text = _joined(value).strip()
        whole = self.catalogue.lookup("interests", text) if ";" not in text else None
        if whole is not None:  # one label with a comma: "Equity, diversity and inclusion"
            return [whole.key]
        answers = values.split_multi(text, split_words=False)
        return list(dict.fromkeys(self.key("interests", a) for a in answers))


def check_fields(
    raw: dict[str, Any], catalogue: Catalogue | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """The clean value of every field given, and a message for each one that is wrong.

    Choice answers are stored as keys of ``catalogue`` (the seed when none is given).
    Unknown field names are a programming error (``TypeError``), not a user's mistake.
    """
    answers = _Answers(catalogue or seed_catalogue())
    clean: dict[str, Callable[[Any], Any]] = {
        **_CLEAN,
        "stage": answers.stage,
        "province": answers.province,
        "languages": answers.languages,
        "interests": answers.interests,
    }
    unknown = set(raw) - set(clean)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, value in raw.items():
        try:
            cleaned[name] = clean[name](value)
        except CellError as exc:
            errors[name] = exc.message
    return cleaned, errors


def first_error(errors: dict[str, str]) -> str:
    """One sentence for the coordinator naming the first wrong field."""
    name, message = next(iter(errors.items()))
    return f"{FIELD_LABELS.get(name, name)}: {message}."
