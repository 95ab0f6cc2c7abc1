"""Folding text for search: case- and accent-insensitive (Zoé, ZOE and zoe all match)."""

from __future__ import annotations

import re
import unicodedata

# Combining marks left by NFKD: diacritics of Latin, Greek and Cyrillic letters.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()
