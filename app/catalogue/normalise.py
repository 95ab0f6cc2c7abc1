"""How two spellings of one answer are recognised as the same answer.

Answers are compared after two foldings. ``normalise`` removes what never changes the
meaning (Unicode form, case, accents, punctuation, runs of spaces). ``loosen`` goes further,
for the spellings that differ between English-speaking countries and the French forms
(paediatrics/pediatrics, behaviour/behavior, centre/center), plurals and small words
("santé des adolescents" / "santé adolescents").
"""

from __future__ import annotations

import functools
import re
import unicodedata

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "in", "for", "to", "with", "de", "du", "des", "la", "le",
     "les", "l", "d", "et", "en", "au", "aux", "pour"}
)  # fmt: skip
# Each with a fragment the word must hold for the pattern to match: testing it first
# spares most words eight regular expressions (the roster's first paint indexes hundreds).
_SPELLINGS = (
    ("ae", re.compile(r"ae"), "e"),  # paediatrics, anaesthesia, haematology
    ("oe", re.compile(r"oe(?=[^u]|$)"), "e"),  # oesophagus, foetal
    ("our", re.compile(r"our$"), "or"),  # behaviour
    ("tre", re.compile(r"tre$"), "ter"),  # centre
    ("is", re.compile(r"is(e|ation)$"), r"iz\1"),  # specialise, organisation
    ("ll", re.compile(r"ll(ing|ed)$"), r"l\1"),  # travelling
    ("ique", re.compile(r"ique$"), "ic"),  # pédiatrique → pediatric, clinique → clinic
    ("ie", re.compile(r"ie$"), "y"),  # cardiologie → cardiology, pédiatrie → pediatry
)


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """NFC, case folded, accents and punctuation removed, spaces collapsed."""
    if text.isascii():  # the same result without the Unicode steps, which change nothing
        return " ".join(_NOT_WORD.sub(" ", text.lower()).split())
    return _normalise_unicode(text)


def _normalise_unicode(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold().translate(_LIGATURES)
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    return " ".join(_NOT_WORD.sub(" ", plain).split())


@functools.lru_cache(maxsize=8192)
def loosen(text: str) -> str:
    """``normalise`` plus national spellings, simple plurals and small words left out."""
    words = [w for w in normalise(text).split() if w not in _SMALL_WORDS]
    return " ".join(_loose_word(w) for w in words)


def _loose_word(word: str) -> str:
    if len(word) > 3 and not word.isdigit():
        if word.endswith("ies"):
            word = word[:-3] + "y"
        elif word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        for fragment, pattern, replacement in _SPELLINGS:
            if fragment in word:
                word = pattern.sub(replacement, word)
    return word


def slug(text: str) -> str:
    """A stable key made of a label: "Santé des Inuits" → "sante_des_inuits"."""
    return normalise(text).replace(" ", "_")[:60] or "value"


def near(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped, changed or swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]
