"""Storing the answers of choice fields as catalogue keys, and noting those not in it.

An answer the catalogue knows (or one the coordinator mapped for this import) is stored as
its value's key, so "Néonatologie" and "Neonatology" are one interest. Any other answer is
kept as given and noted with its rows, for the import report and the wizard.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
        # A column repeats a few answers thousands of times: map each distinct one once.
        keys: dict[Any, Any] = {}
        unknown: set[str] = set()
        for answer in set(answers):
            key = answer
            if answer is not missing and isinstance(answer, str) and answer:
                key = self.key(field, answer)
                if key is None:
                    unknown.add(answer)
                    key = answer
            keys[answer] = key
        if unknown:
            self._note_rows(field, answers, {a: (a,) for a in unknown}.get)
        return list(map(keys.__getitem__, answers))

    def many(self, field: str, answers: list[Any], missing: Any) -> list[Any]:
        """Each row's list of answers as keys (repeats dropped); unknown ones kept, noted."""
        # Rows that gave the same answer share one parsed list: map it once, and share the
        # keys too (later steps then also work once per distinct answer, not per row).
        ids = list(map(id, answers))
        distinct = dict(zip(ids, answers, strict=True))
        lists = {i: found for i, found in distinct.items() if isinstance(found, list)}
        # The few distinct answers of the whole column, each looked up once.
        keyed = {answer: self.key(field, answer) for answer in set().union(*lists.values())}
        unknown_answers = {answer for answer, key in keyed.items() if key is None}
        final = {answer: answer if key is None else key for answer, key in keyed.items()}
        as_key = final.__getitem__
        mapped: dict[int, Any] = distinct
        for ident, found in lists.items():
            keys = list(map(as_key, found))
            if len(set(keys)) != len(keys):
                keys = list(dict.fromkeys(keys))  # two answers with one key: keep the first
            mapped[ident] = keys
        if unknown_answers:
            unknown = {
                ident: [answer for answer in found if answer in unknown_answers]
                for ident, found in lists.items()
                if not unknown_answers.isdisjoint(found)
            }
            self._note_rows(field, ids, unknown.get)
        return list(map(mapped.__getitem__, ids))

    def _note_rows(
        self, field: str, column: list[Any], unknown: Callable[[Any], Sequence[str] | None]
    ) -> None:
        """Note the row of each answer kept as given, in row order."""
        for index, value in enumerate(column):
            for answer in unknown(value) or ():
                self.unmapped.setdefault((field, answer), []).append(index)

    def choice(self, field: str, answer: str) -> str | None:
        """The key of a single-choice answer (mentoring style, location), or None."""
        return self.key(field, answer)

    def note(self, field: str, answer: str, index: int) -> None:
        """Note an answer kept as given (outside the catalogue)."""
        self.unmapped.setdefault((field, answer), []).append(index)
