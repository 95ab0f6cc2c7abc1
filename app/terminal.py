"""Text that is safe to print on a terminal, whatever a name or file name holds.

A name typed into a sign-up form can carry terminal control sequences (ESC ``[2J`` clears
the screen, ``\\r`` overwrites the line, BEL rings) or bidirectional overrides (U+202E
shows the rest of the line reversed). The CLI prints such characters as visible escapes
(``\\x1b``, ``\\u202e``) instead. Accents, other scripts and emoji, including the joiners
and tag characters that emoji sequences and some scripts need, are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that belong to ordinary text: zero-width non-joiner and joiner
# (Persian and Indic names, emoji sequences), the tag characters of flag emoji.
_KEPT_FORMAT = {"\u200c", "\u200d"}
_TAGS = range(0xE0020, 0xE0080)
# In JSON output, json.dump escapes C0 controls but leaves these raw: C1 controls (U+009B
# is a CSI on some terminals), bidirectional marks and overrides, line and paragraph
# separators, lone surrogates (which cannot even be written as UTF-8).
_JSON_UNSAFE = re.compile(
    "[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _unsafe(char: str, keep_newlines: bool) -> bool:
    if char == "\n":
        return not keep_newlines
    if char == "\t" or char in _KEPT_FORMAT or ord(char) in _TAGS:
        return False
    return unicodedata.category(char) in {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def for_terminal(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with control, format and bidirectional characters shown as escapes.

    ``keep_newlines=False`` escapes line breaks too: for a value (a name) that must stay
    on its own line of output.
    """
    if text.isprintable():
        return text  # the usual case, checked in C
    return "".join(_escape(c) if _unsafe(c, keep_newlines) else c for c in text)


def escape_json_text(document: str) -> str:
    """A JSON text with the characters ``json.dumps`` leaves raw written as ``\\uXXXX``.

    They can only occur inside JSON strings (the structure is ASCII), where the escape
    stands for the same character, so the document parses to the same data.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
