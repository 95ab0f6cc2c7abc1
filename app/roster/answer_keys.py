"""Storing the answers of choice fields as catalogue keys, and noting those not in it.

An answer the catalogue knows (or one the coordinator mapped for this import) is stored as
its value's key, so "Néonatologie" and "Neonatology" are one interest. Any other answer is
kept as given and noted with its rows, for the import report and the wizard.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalogue import FIELDS, Catalogue
from app.catalogue.normalise import normalise
from app.errors import UnusableInputError
from app.roster.messages import sentence

AnswerMapping = Mapping[tuple[str, str], str]
"""(field, answer as given) → catalogue key, chosen by the coordinator for one import."""


class AnswerKeys:
    """Turns the answers of a column into keys; collects the answers it cannot map."""

    def __init__(self, catalogue: Catalogue, mapping: AnswerMapping | None = None) -> None:
        self._catalogue = catalogue
        self._mapping: dict[tuple[str, str], str] = {}
        for (field, answer), key in (mapping or {}).items():
            if field not in FIELDS:
                raise UnusableInputError(sentence("roster.not_catalogue_field", field=field))
            value = catalogue.value(field, key)
            if value is None:
                raise UnusableInputError(
                    sentence("roster.answer_unmappable", value=key, field=field, answer=answer)
                )
            self._mapping[(field, normalise(answer))] = value.key
        self.unmapped: dict[tuple[str, str], list[int]] = {}  # (field, answer) → row indexes
        self._cache: dict[tuple[str, str], str | None] = {}

    def key(self, field: str, answer: str) -> str | None:
        """The key an answer is stored as, or None when it is not in the catalogue."""
        found = self._cache.get((field, answer), "")
        if found != "":
            return found
        key = self._mapping.get((field, normalise(answer)))
        if key is None:
            value = self._catalogue.lookup(field, answer)
            key = None if value is None else value.key
        self._cache[(field, answer)] = key
        return key

    def one(self, field: str, answers: list[Any], missing: Any) -> list[Any]:
        """Each row's single answer as its key, or as given (noted) when unknown."""
        out: list[Any] = []
        for index, answer in enumerate(answers):
            if answer is missing or not isinstance(answer, str) or not answer:
                out.append(answer)
                continue
            key = self.key(field, answer)
            if key is None:
                self.unmapped.setdefault((field, answer), []).append(index)
            out.append(answer if key is None else key)
        return out

    def many(self, field: str, answers: list[Any], missing: Any) -> list[Any]:
        """Each row's list of answers as keys (repeats dropped); unknown ones kept, noted."""
        out: list[Any] = []
        # Rows that gave the same answer share one parsed list: map it once, and share the
        # keys too (later steps then also work once per distinct answer, not per row).
        done: dict[int, tuple[list[str], list[str]]] = {}  # id of a parsed list → keys, unknown
        for index, found in enumerate(answers):
            if found is missing or not isinstance(found, list):
                out.append(found)
                continue
            mapped = done.get(id(found))
            if mapped is None:
                keys: list[str] = []
                unknown: list[str] = []
                for answer in found:
                    key = self.key(field, answer)
                    if key is None:
                        unknown.append(answer)
                        key = answer
                    if key not in keys:
                        keys.append(key)
                mapped = done[id(found)] = (keys, unknown)
            for answer in mapped[1]:
                self.unmapped.setdefault((field, answer), []).append(index)
            out.append(mapped[0])
        return out

    def choice(self, field: str, answer: str) -> str | None:
        """The key of a single-choice answer (mentoring style, location), or None."""
        return self.key(field, answer)

    def note(self, field: str, answer: str, index: int) -> None:
        """Note an answer kept as given (outside the catalogue)."""
        self.unmapped.setdefault((field, answer), []).append(index)
