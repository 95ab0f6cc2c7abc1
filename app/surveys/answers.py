"""Reading one cell of an answers file as the answer to one question.

An answer is always a list: the chosen choice key(s), or ``[number]``, or ``[text]``; a
blank cell is no answer (``None``). A cell that does not fit raises ``CellError`` with the
words a coordinator reads after the row and column.
"""

from __future__ import annotations

import re
from typing import Any

from app.roster.columns import normalise_header as fold
from app.roster.values import CellError
from app.surveys.messages import sentence
from app.surveys.scales import SCALES, SYNONYMS

MAX_TEXT = 5000
_LEADING_NUMBER = re.compile(r"\s*(-?\d+(?:[.,]\d+)?)")
_CHOICES_NAMED = 6  # answers listed in a "not one of the answers" sentence


def tidy(text: str) -> str:
    """Spacing collapsed, the first letter upper case: "  very   good" → "Very good"."""
    words = " ".join(text.split())
    return words[:1].upper() + words[1:]


def choice_label(choice: dict[str, Any], language: str = "en") -> str:
    """The words a choice is shown and counted by: as the file wrote them for a learned
    survey (``label``), else the survey's own words in ``language``."""
    if choice.get("label"):
        return str(choice["label"])
    return str(choice.get("fr") if language == "fr" and choice.get("fr") else choice["en"])


def choice_lookup(choices: list[dict[str, Any]]) -> dict[str, str]:
    """Folded words → choice key, for every way a choice may be written."""
    found: dict[str, str] = {}
    for number, choice in enumerate(choices, 1):
        for words in (choice.get("label"), choice.get("en"), choice.get("fr"), choice["key"]):
            if words:
                found.setdefault(fold(str(words)), choice["key"])
        found.setdefault(str(number), choice["key"])
    keys = {c["key"] for c in choices}
    for scale in SYNONYMS.values():
        for words, key in scale.items():
            if key in keys:
                found.setdefault(words, key)
    return found


def read_answer(
    kind: str, choices: list[dict[str, Any]], cell: str, lookup: dict[str, str] | None = None
) -> list[Any] | None:
    """The answer ``cell`` gives to a question of ``kind`` with ``choices`` (``lookup``:
    their ``choice_lookup``, made once per question when reading many cells)."""
    text = cell.strip()
    if not text:
        return None
    if kind == "text":
        if len(text) > MAX_TEXT:
            raise CellError(sentence("surveys.text_too_long", most=MAX_TEXT))
        return [text]
    if kind == "number":
        return [_number(text)]
    if kind == "scale":
        return [_on_scale(text, choices)]
    if lookup is None:
        lookup = choice_lookup(choices)
    if kind == "multiple":
        return _several(text, lookup, choices)
    key = lookup.get(fold(text))
    if key is None:
        if kind == "yes_no":
            raise CellError(sentence("surveys.not_yes_no", text=text))
        raise CellError(_not_a_choice(text, choices))
    return [key]


def _number(text: str) -> int | float:
    try:
        value = float(text.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        raise CellError(sentence("surveys.not_a_number", text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError(sentence("surveys.not_a_number", text=text))
    return int(value) if value.is_integer() else value


def _on_scale(text: str, choices: list[dict[str, Any]]) -> int:
    points = [int(c["key"]) for c in choices if str(c["key"]).lstrip("-").isdigit()] or [1, 5]
    low, high = min(points), max(points)
    found = _LEADING_NUMBER.match(text)
    if found is None or not found.group(1).lstrip("-").isdigit():
        raise CellError(sentence("surveys.not_on_scale", text=text, low=low, high=high))
    value = int(found.group(1))
    if not low <= value <= high:
        raise CellError(sentence("surveys.not_on_scale", text=text, low=low, high=high))
    return value


def split_several(text: str) -> list[str]:
    """The parts of a multiple-choice cell: Microsoft Forms writes "a;b;", Google "a, b"."""
    separator = ";" if ";" in text else ","
    return [part.strip() for part in text.split(separator) if part.strip()]


def _several(text: str, lookup: dict[str, str], choices: list[dict[str, Any]]) -> list[Any]:
    whole = lookup.get(fold(text))
    if whole is not None:  # a label that itself holds a comma
        return [whole]
    keys: list[str] = []
    for part in split_several(text):
        key = lookup.get(fold(part))
        if key is None:
            raise CellError(_not_a_choice(part, choices))
        if key not in keys:
            keys.append(key)
    return keys


def _not_a_choice(text: str, choices: list[dict[str, Any]]) -> str:
    labels = [choice_label(c) for c in choices[:_CHOICES_NAMED]]
    if len(choices) > _CHOICES_NAMED:
        labels.append("…")
    return sentence("surveys.not_a_choice", text=text, choices=" / ".join(labels))


def scale_of(choices: list[dict[str, Any]]) -> str | None:
    """The known scale these choices are (by their keys), for comparisons."""
    keys = [c["key"] for c in choices]
    for name, scale in SCALES.items():
        if keys == [c["key"] for c in scale]:
            return name
    return None
