"""The catalogue of answers: each choice field's values with English and French labels.

The seed (``resources/catalogue/answers.json``) is the same for every program; a program's
own edits (values added, renamed or merged, answers mapped by hand) are kept in
``Program.settings["catalogue"]`` and laid over it by ``Catalogue.build``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from app.catalogue.normalise import loosen, near, normalise

if TYPE_CHECKING:
    import difflib

FIELDS: tuple[str, ...] = (
    "interests",
    "mentoring_style",
    "location_preference",
    "contact_mode",
    "yes_no",
    "province",
    "languages",
    "stage",
)
"""The choice fields, named as the roster's columns name them (``app.roster.columns``)."""

_NEAR_MIN = 8
"""Only answers this long are recognised with one letter wrong: shorter ones ("ER", "ID",
"NB") are too easily another word."""
_SUGGEST_MIN = 0.55
"""How alike (0–1) an answer and a label must be to be suggested."""
_SHORT = 4
_SHORT_DAMPING = 0.7


@dataclass(frozen=True)
class Value:
    """One catalogue value: a stable key, its English and French labels, other spellings."""

    key: str
    en: str
    fr: str
    synonyms: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.fr if lang.casefold().startswith("fr") and self.fr else self.en

    def spellings(self) -> tuple[str, ...]:
        return (self.key, self.en, self.fr, *self.synonyms)


@dataclass(frozen=True)
class UnmappedAnswer:
    """An answer of an imported file that is not in the catalogue (kept as given)."""

    field: str
    answer: str
    rows: list[int]
    suggestions: list[Value]


@functools.lru_cache(maxsize=1)
def seed() -> dict[str, tuple[Value, ...]]:
    """The values every program starts with, by field."""
    text = (files("resources") / "catalogue" / "answers.json").read_text(encoding="utf-8")
    data = json.loads(text)["fields"]
    return {
        name: tuple(
            Value(v["key"], v["en"], v["fr"], tuple(v.get("synonyms", ()))) for v in data[name]
        )
        for name in FIELDS
    }


@dataclass
class _Field:
    """One field's values, merges and hand mappings, and the indexes of their spellings."""

    values: dict[str, Value] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # merged-away key → kept key
    exact: dict[str, str] = field(default_factory=dict)  # normalised spelling → key
    loose: dict[str, set[str]] = field(default_factory=dict)  # loosened spelling → keys
    mapped: dict[str, str] = field(default_factory=dict)  # answer mapped by hand → key
    indexed: bool = False  # exact is up to date
    loose_indexed: bool = False  # loose is up to date


class Catalogue:
    """Every field's values and how each spelling of an answer finds its value."""

    def __init__(self, fields: Mapping[str, Iterable[Value]]) -> None:
        self._fields: dict[str, _Field] = {}
        for name in FIELDS:
            self._fields[name] = _Field(values={v.key: v for v in fields.get(name, ())})
        self._reindex()

    @classmethod
    def build(cls, edits: Mapping[str, Any] | None) -> Catalogue:
        """The seed with a program's edits (``Program.settings["catalogue"]``) laid over it."""
        catalogue = cls(seed())
        for name, change in (edits or {}).items():
            if name in catalogue._fields and isinstance(change, Mapping):
                catalogue._apply(name, change)
        catalogue._reindex()
        return catalogue

    def _apply(self, name: str, change: Mapping[str, Any]) -> None:
        entry = self._fields[name]
        for key, data in (change.get("added") or {}).items():
            entry.values[key] = Value(key, data["en"], data["fr"], tuple(data.get("synonyms", ())))
        for key, data in (change.get("labels") or {}).items():
            old = entry.values.get(key)
            if old is not None:  # the old labels stay as spellings of the value
                kept = (*old.synonyms, old.en, old.fr)
                entry.values[key] = Value(key, data["en"], data["fr"], tuple(dict.fromkeys(kept)))
        for drop, keep in (change.get("merged") or {}).items():
            gone = entry.values.pop(drop, None)
            target = entry.values.get(keep)
            entry.aliases[drop] = keep
            if gone is not None and target is not None:
                more = (*target.synonyms, *gone.spellings())
                entry.values[keep] = Value(keep, target.en, target.fr, tuple(dict.fromkeys(more)))
        entry.mapped = {str(k): str(v) for k, v in (change.get("answers") or {}).items()}

    def _reindex(self) -> None:
        # Each field's spellings are indexed when an answer is first looked up in it:
        # labelling stored keys (the roster's first page) needs no index at all.
        for entry in self._fields.values():
            entry.indexed = entry.loose_indexed = False

    def _index(self, entry: _Field) -> None:
        if entry.indexed:
            return
        exact: dict[str, str] = {}
        for value in entry.values.values():
            for spelling in value.spellings():
                exact.setdefault(normalise(spelling), value.key)
        for drop, keep in entry.aliases.items():
            exact.setdefault(normalise(drop), self._resolve(entry, keep))
        for answer, key in entry.mapped.items():
            exact[normalise(answer)] = self._resolve(entry, key)
        entry.exact, entry.indexed = exact, True

    @staticmethod
    def _index_loose(entry: _Field) -> None:
        # Apart from the exact index: an answer spelled as a label (the roster's first page
        # labels such answers) is found without loosening every spelling of the field.
        if entry.loose_indexed:
            return
        loose: dict[str, set[str]] = {}
        for value in entry.values.values():
            for spelling in value.spellings():
                loose.setdefault(loosen(spelling), set()).add(value.key)
        entry.loose, entry.loose_indexed = loose, True

    @staticmethod
    def _resolve(entry: _Field, key: str) -> str:
        seen: set[str] = set()
        while key in entry.aliases and key not in seen:
            seen.add(key)
            key = entry.aliases[key]
        return key

    def _entry(self, name: str) -> _Field:
        if name not in self._fields:
            raise KeyError(f"not a catalogue field: {name}")
        return self._fields[name]

    def _indexed(self, name: str) -> _Field:
        entry = self._entry(name)
        self._index(entry)
        return entry

    def values(self, field: str) -> list[Value]:
        """The field's values, in catalogue order."""
        return list(self._entry(field).values.values())

    def value(self, field: str, key: str) -> Value | None:
        """The value stored as ``key`` (following merges), or None."""
        entry = self._entry(field)
        return entry.values.get(self._resolve(entry, key))

    def lookup(self, field: str, answer: str) -> Value | None:
        """The value an answer means, in either language, or None when it is not sure.

        An exact spelling (label, synonym, key or an answer mapped by hand) after
        ``normalise``; then a spelling variant (``loosen``) that names one value only; then,
        for answers of at least eight letters, one letter off a single value's spelling.
        """
        entry = self._indexed(field)
        text = normalise(answer)
        if not text:
            return None
        key = entry.exact.get(text)
        if key is None:
            self._index_loose(entry)
            keys = entry.loose.get(loosen(answer), set())
            key = next(iter(keys)) if len(keys) == 1 else None
        if key is None and len(text) >= _NEAR_MIN:
            key = self._near(entry, loosen(answer))
        return None if key is None else entry.values.get(self._resolve(entry, key))

    @staticmethod
    def _near(entry: _Field, loose: str) -> str | None:
        keys = {
            key
            for spelling, found in entry.loose.items()
            if len(spelling) >= _NEAR_MIN and near(loose, spelling)
            for key in found
        }
        return next(iter(keys)) if len(keys) == 1 else None

    def suggestions(self, field: str, answer: str, limit: int = 3) -> list[Value]:
        """Likely values for an answer, most alike first (spellings in either language)."""
        entry = self._indexed(field)
        self._index_loose(entry)
        loose = loosen(answer)
        found = self.lookup(field, answer)
        scores: dict[str, float] = {}
        for spelling, keys in entry.loose.items():
            score = _alike(loose, spelling)
            for key in keys:
                scores[key] = max(scores.get(key, 0.0), score)
        ranked = sorted(
            (key for key, score in scores.items() if score >= _SUGGEST_MIN),
            key=lambda k: (-scores[k], entry.values[k].en.casefold()),
        )
        if found is not None:
            ranked = [found.key, *(k for k in ranked if k != found.key)]
        return [entry.values[k] for k in ranked[: max(0, limit)] if k in entry.values]

    def label(self, field: str, key: str, lang: str) -> str:
        """The value's label in "en" or "fr"; an answer that is no key is returned as is."""
        entry = self._entry(field)
        value = entry.values.get(self._resolve(entry, key))
        if value is None:
            value = self.lookup(field, key)  # an answer stored before the catalogue
        return key if value is None else value.label(lang)

    def key_of(self, field: str, answer: str) -> str:
        """The key an answer is stored and compared as: its value's, or the answer as given."""
        value = self.lookup(field, answer)
        return answer if value is None else value.key


@functools.cache
def _sequence_matcher() -> type[difflib.SequenceMatcher[str]]:
    """difflib, loaded for suggestions only: the first paint labels answers without it."""
    import difflib

    return difflib.SequenceMatcher


def _alike(answer: str, spelling: str) -> float:
    if not answer or not spelling:
        return 0.0
    ratio = _sequence_matcher()(None, answer, spelling, autojunk=False).ratio()
    if len(answer) >= 4 and (spelling.startswith(answer) or answer.startswith(spelling)):
        return max(
            ratio, 0.6 + 0.3 * min(len(answer), len(spelling)) / max(len(answer), len(spelling))
        )
    if min(len(answer), len(spelling)) <= _SHORT:
        # A few letters in common make short spellings (acronyms such as USIN) look alike:
        # "music" is not the French acronym of neonatal intensive care.
        ratio *= _SHORT_DAMPING
    return ratio


@functools.lru_cache(maxsize=1)
def seed_catalogue() -> Catalogue:
    """The seed alone: for reading answers where no program is at hand."""
    return Catalogue.build(None)
