"""A participant's answers as the sets of values group formation compares.

Free text is folded (case, accents, spacing), so "Pédiatrie" meets "pediatrie"; languages
become codes ("French", "français" → "fr"); lists give one value per item. A field that is
not a column is looked for in the participant's own answers (custom fields, then
preferences), its name folded too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.db.models import Participant, Person
from app.matching.profile import fold, gender_key, language_code

LANGUAGES = ("languages", "language", "langue", "langues")
COLUMNS = ("interests", "institution", "stage", "city", "province", "gender", *LANGUAGES)


def _items(value: Any) -> Iterable[str]:
    if value is None or isinstance(value, bool):
        return ()
    if isinstance(value, list | tuple | set | frozenset):
        return (str(v) for v in value)
    return (str(value),)


def _folded(values: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (fold(v) for v in values) if k)


def _own(answers: Mapping[str, Any], field: str) -> Any:
    wanted = fold(field)
    for key, value in answers.items():
        if fold(str(key)) == wanted:
            return value
    return None


def answer(participant: Participant, person: Person, field: str) -> frozenset[str]:
    """The values ``field`` holds for one participant (empty: no answer)."""
    key = fold(field)
    if key in LANGUAGES:
        spoken = [*person.languages, person.preferred_language or ""]
        return frozenset(c for c in (language_code(x) for x in spoken if fold(x)) if c)
    if key == "interests":
        return _folded(participant.interests or [])
    if key in ("institution", "stage"):
        return _folded([getattr(participant, key) or ""])
    if key in ("city", "province"):
        return _folded([getattr(person, key) or ""])
    if key == "gender":
        own = _own(participant.preferences or {}, "own_gender")
        own = own if own is not None else _own(participant.custom_fields or {}, "gender")
        return frozenset(k for k in (gender_key(v) for v in _items(own)) if k)
    found = _own(participant.custom_fields or {}, field)
    if found is None:
        found = _own(participant.preferences or {}, field)
    return _folded(_items(found))


def answered_fields(participant: Participant) -> set[str]:
    """The participant's own answer names (custom fields and preferences)."""
    names = {str(k) for k, v in (participant.custom_fields or {}).items() if v not in (None, "")}
    names |= {str(k) for k, v in (participant.preferences or {}).items() if v not in (None, "")}
    return names
