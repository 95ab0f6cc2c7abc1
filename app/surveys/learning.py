"""Learning a survey's questions from the columns of a Forms export.

Each column that is not a timestamp, an email or a respondent's name becomes a question;
its kind comes from the answers it holds: yes/no (English or French), a known Likert
scale (extent or agreement, English or French), whole numbers from 1 to 5, other numbers,
several answers in one cell (multiple choice), a few answers repeated (single choice), or
free text. Answer labels are kept as the file wrote them, case and spacing tidied.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from app.roster.columns import normalise_header as fold
from app.surveys.answers import split_several, tidy
from app.surveys.scales import LEARNABLE, SCALES, SYNONYMS
from app.surveys.service import QuestionDraft

# Columns that say who answered and when, never a question (folded, whole header).
_META_EXACT = {
    "id", "name", "nom", "full name", "nom complet", "start time", "completion time",
    "last modified time", "heure de debut", "heure de fin", "heure de la derniere modification",
    "score", "total points", "points",
}  # fmt: skip
_TIMESTAMP_WORDS = ("timestamp", "horodat", "submitted", "date de soumission", "submission")
_EMAIL_WORDS = ("email", "e mail", "courriel", "adresse electronique", "mail address")
_MOST_CHOICES = 12
_MOST_CHOICE_LENGTH = 80
_INTEGER = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def column_role(header: str) -> str:
    """ "email", "timestamp", "meta" or "question"."""
    folded = fold(header)
    padded = f" {folded} "
    if any(f" {w} " in padded or padded.startswith(f" {w}") for w in _EMAIL_WORDS):
        return "email"
    if any(word in folded for word in _TIMESTAMP_WORDS):
        return "timestamp"
    if folded in _META_EXACT:
        return "meta"
    return "question"


def _slug(text: str, taken: set[str]) -> str:
    base = fold(text).replace(" ", "_")[:60] or "question"
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}_{number}"
    taken.add(key)
    return key


# Answers repeat (a few labels over thousands of rows), so the helpers below take each
# distinct answer once with how often it was given, in order of first appearance.
Counts = Mapping[str, int]


def _written(counts: Counts) -> dict[str, str]:
    """Folded answer → its label: the most common spelling, tidied."""
    spellings: dict[str, Counter[str]] = {}
    for value, times in counts.items():
        spellings.setdefault(fold(value), Counter())[tidy(value)] += times
    return {folded: found.most_common(1)[0][0] for folded, found in spellings.items()}


def _known_scale(values: Iterable[str]) -> str | None:
    folded = {fold(v) for v in values}
    for name in LEARNABLE:
        words = {fold(c["en"]) for c in SCALES[name]} | {fold(c["fr"]) for c in SCALES[name]}
        words |= set(SYNONYMS.get(name, {}))
        if folded <= words:
            return name
    return None


def _scale_choices(name: str, counts: Counts) -> list[dict[str, Any]]:
    """The scale's choices in its order; ``label`` as the file wrote the ones it used."""
    written = _written(counts)
    french = {fold(c["fr"]) for c in SCALES[name]} - {fold(c["en"]) for c in SCALES[name]}
    french |= {w for w in SYNONYMS.get(name, {}) if not w.isascii() or " d " in f" {w} "}
    # Answers nobody chose are labelled in the language the file is written in.
    language = "fr" if any(w in french for w in written) else "en"
    choices = []
    for choice in SCALES[name]:
        made = dict(choice)
        spellings = {fold(choice["en"]), fold(choice["fr"])}
        spellings |= {w for w, k in SYNONYMS.get(name, {}).items() if k == choice["key"]}
        label = next((written[w] for w in written if w in spellings), "")
        made["label"] = label or choice[language]
        choices.append(made)
    return choices


def _labels(counts: Counts) -> list[dict[str, Any]]:
    """Choices from answers in order of first appearance, labelled as written."""
    written = _written(counts)
    choices: list[dict[str, Any]] = []
    taken: set[str] = set()
    for value in counts:
        folded = fold(value)
        if folded in taken:
            continue
        label = written[folded]
        key = _slug(label, taken)
        taken.add(folded)
        choices.append({"key": key, "en": label, "fr": label, "label": label})
    return choices


def learn_question(header: str, values: Iterable[str], taken: set[str]) -> QuestionDraft:
    """The question a column asks, judged from its non-blank ``values``."""
    raw = Counter(values)
    cells: Counter[str] = Counter()
    for value, times in raw.items():
        if value.strip():
            cells[value.strip()] += times
    text = " ".join(header.split())
    draft = QuestionDraft(text=text, text_fr=text, key=_slug(text, taken))
    scale = _known_scale(cells) if cells else None
    if scale is not None:
        draft.kind = "yes_no" if scale == "yes_no" else "likert"
        draft.choices = _scale_choices(scale, cells)
    elif cells and all(_INTEGER.fullmatch(c) and 1 <= int(c) <= 5 for c in cells):
        draft.kind = "scale"
        draft.choices = [{"key": str(n), "en": str(n), "fr": str(n)} for n in range(1, 6)]
    elif cells and all(_NUMBER.fullmatch(c) for c in cells):
        draft.kind = "number"
    elif cells and _looks_multiple(cells):
        draft.kind = "multiple"
        draft.choices = _labels(_parts(cells))
    elif cells and _looks_single(cells):
        draft.kind = "single"
        draft.choices = _labels(cells)
    return draft


def _parts(cells: Counts) -> Counter[str]:
    """Each answer of the multiple-choice cells, how often given, in order of appearance."""
    parts: Counter[str] = Counter()
    for cell, times in cells.items():
        for part in split_several(cell):
            parts[part] += times
    return parts


def _looks_multiple(cells: Counts) -> bool:
    if not any(";" in c or ", " in c for c in cells):
        return False
    parts = _parts(cells)
    folded = [fold(p) for p in parts]
    distinct = set(folded)
    short = all(len(p) <= _MOST_CHOICE_LENGTH for p in folded)
    return short and len(distinct) <= _MOST_CHOICES and len(distinct) < sum(parts.values())


def _looks_single(cells: Counts) -> bool:
    distinct = {fold(c) for c in cells}
    short = all(len(c) <= _MOST_CHOICE_LENGTH for c in cells)
    given = sum(cells.values())
    return (
        short
        and len(distinct) <= _MOST_CHOICES
        and len(distinct) < given
        and (len(distinct) <= max(2, given // 2))
    )
