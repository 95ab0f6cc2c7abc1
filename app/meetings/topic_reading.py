"""Reading the topics of a contact, as participants typed them, against the catalogue.

A check-in form may offer the catalogue as boxes to tick, or let people type their own
words ("residency match", "Work–life balance", "les gardes"). Catalogue names found whole
are taken as they are. Other words are compared with every topic name, English and
French, with case, accents, punctuation, plurals and small typos set aside; they become a
topic only when one topic clearly holds them. Anything else is kept as typed for the
contact's notes: a wrong topic would be worse than none, and nothing typed is dropped.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from app.roster.columns import normalise_header as fold

_SEPARATORS = re.compile(r"[;,\n\r|•]+")  # how forms join ticked boxes and lists
_SPAN = re.compile(r"[^\s;,|•]+")
# Letters, digits and symbols such as emoji; a lone dash or bracket is only punctuation.
_KEPT = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "So"})
_TRIM = " \t.:-–—()[]\"'“”«»"
_JOINERS = frozenset({"and", "et"})  # "&" and "+" are read as "and"
_FILLERS = frozenset({"other", "others", "autre", "autres", "etc", "misc", "divers"})
_STOPWORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "for", "with", "from", "at", "by", "as", "or",
    "my", "our", "your", "their", "one", "s", "about", "into", "and", "le", "la", "les", "l",
    "de", "du", "des", "d", "et", "en", "au", "aux", "un", "une", "pour", "sur", "son", "sa",
    "ses", "mon", "ma", "mes", "qu", "que", "ce", "dans", "ou", "vers", "par",
})  # fmt: skip
# Well-known names for a topic's words. CaRMS is the Canadian residency match.
_ABBREVIATIONS = {"carms": ("residency", "match")}
_RECALL = 0.75  # the share of a phrase's words that the topic must hold
_PRECISION = 0.5  # with a single word in common, the share of the topic's words it is
_SIMILAR = 0.85  # the difflib ratio at which two words of 5+ letters are one misspelt


@dataclass
class TopicReading:
    """The topics a cell names, and what it says that is not a topic."""

    ids: list[int] = field(default_factory=list)
    read_as: list[tuple[str, int]] = field(default_factory=list)  # (as typed, topic id)
    unknown: list[str] = field(default_factory=list)  # as typed, for the contact's notes

    def add(self, topic_id: int) -> None:
        if topic_id not in self.ids:
            self.ids.append(topic_id)


@dataclass(frozen=True)
class _Word:
    word: str  # folded; "" for a word of another script, which matches no topic
    start: int
    end: int
    piece: int  # which comma- or semicolon-separated part of the cell it is in


class TopicCatalogue:
    """The catalogue's names (English and French), ready to read cells against."""

    def __init__(self, topics: Iterable[tuple[int, str, str]]) -> None:
        self.names: dict[int, str] = {}
        whole: dict[tuple[str, ...], int] = {}
        self._words: list[tuple[int, tuple[str, ...]]] = []
        for topic_id, name, name_fr in topics:
            self.names[topic_id] = name
            for text in (name, name_fr):
                words = tuple(fold(text).split())
                if words:
                    whole.setdefault(words, topic_id)
                    if content := _content(words):
                        self._words.append((topic_id, content))
        # Longest names first: one name can hold another ("Taking call" in a longer one).
        self._whole = sorted(whole.items(), key=lambda item: len(item[0]), reverse=True)
        self._phrases: dict[tuple[str, ...], int | None] = {}

    def read(self, value: str) -> TopicReading:
        """The topics of one cell. Names are looked for whole before any word is guessed,
        because a form joins its ticked boxes with commas and some names hold commas."""
        text = unicodedata.normalize("NFC", value)
        words = _words(text)
        folded = tuple(w.word for w in words)
        taken = [False] * len(words)
        reading = TopicReading()
        for name, topic_id in self._whole:
            size = len(name)
            for start in range(len(words) - size + 1):
                if folded[start : start + size] == name and not any(taken[start : start + size]):
                    taken[start : start + size] = [True] * size
                    reading.add(topic_id)
        for run in _runs(words, taken):
            self._read_phrase(text, run, reading)
        return reading

    def _read_phrase(self, text: str, run: Sequence[_Word], reading: TopicReading) -> None:
        typed = text[run[0].start : run[-1].end].strip(_TRIM)
        content = _content(w.word for w in run)
        if not content:  # "and", "Other": nothing to keep
            return
        topic_id = self._closest(content)
        if topic_id is not None:
            reading.add(topic_id)
            reading.read_as.append((typed, topic_id))
            return
        parts = _split_at_joiners(run)
        if len(parts) > 1:  # "residency match and finances": two topics, or one of them
            for part in parts:
                self._read_phrase(text, part, reading)
            return
        reading.unknown.append(typed)

    def _closest(self, content: tuple[str, ...]) -> int | None:
        """The one topic that clearly holds these words, or None when unsure."""
        if content not in self._phrases:
            self._phrases[content] = self._rank(content)
        return self._phrases[content]

    def _rank(self, content: tuple[str, ...]) -> int | None:
        scores: dict[int, tuple[float, float]] = {}
        for topic_id, name in self._words:
            hits = sum(any(_same_word(w, n) for n in name) for w in content)
            if hits:
                covered = sum(any(_same_word(n, w) for w in content) for n in name)
                score = (hits / len(content), covered / len(name))
                scores[topic_id] = max(scores.get(topic_id, score), score)
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        if not ranked:
            return None
        best, (recall, precision) = ranked[0]
        if recall < _RECALL or (recall * len(content) < 2 and precision < _PRECISION):
            return None
        if len(ranked) > 1 and ranked[1][1][0] >= recall:  # two topics hold it as well
            return None
        return best


def _words(text: str) -> list[_Word]:
    breaks = [m.start() for m in _SEPARATORS.finditer(text)]
    words: list[_Word] = []
    for span in _SPAN.finditer(text):
        piece = bisect.bisect(breaks, span.start())
        raw = span.group()
        parts = ["and"] if raw in ("&", "+") else fold(raw).split()
        if not parts and any(unicodedata.category(c) in _KEPT for c in raw):
            parts = [""]  # another script or an emoji: kept for the notes, never a topic
        words.extend(_Word(part, span.start(), span.end(), piece) for part in parts)
    return words


def _runs(words: Sequence[_Word], taken: Sequence[bool]) -> list[list[_Word]]:
    """The words not part of a whole name, grouped by position and by part of the cell."""
    runs: list[list[_Word]] = []
    previous = -2
    for index, (word, used) in enumerate(zip(words, taken, strict=True)):
        if used:
            continue
        if runs and previous == index - 1 and runs[-1][-1].piece == word.piece:
            runs[-1].append(word)
        else:
            runs.append([word])
        previous = index
    return runs


def _split_at_joiners(run: Sequence[_Word]) -> list[list[_Word]]:
    parts: list[list[_Word]] = [[]]
    for word in run:
        if word.word in _JOINERS:
            parts.append([])
        else:
            parts[-1].append(word)
    return [part for part in parts if part]


def _content(words: Iterable[str]) -> tuple[str, ...]:
    """The words that say something, singular: "the CaRMS matches" → ("residency", "match")."""
    kept: list[str] = []
    for word in words:
        if word in _STOPWORDS or word in _FILLERS:
            continue
        for part in _ABBREVIATIONS.get(word, (word,)):
            stem = (
                part[:-1]
                if len(part) > 3 and part.endswith("s") and not part.endswith("ss")
                else part
            )
            if stem not in kept:
                kept.append(stem)
    return tuple(kept)


@functools.lru_cache(maxsize=65536)
def _same_word(a: str, b: str) -> bool:
    """One word, give or take an ending ("network"/"networking") or a typo ("residnecy")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 5:
        return False
    if long.startswith(short) and len(long) - len(short) <= 3:
        return True
    if 2 * len(short) / (len(short) + len(long)) < _SIMILAR:
        return False
    return SequenceMatcher(None, a, b).ratio() >= _SIMILAR
