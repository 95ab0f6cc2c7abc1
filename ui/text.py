"""Plain-English wording helpers."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 participant``, ``2 participants``, ``10,000 rows`` (``many`` for irregular plurals)."""
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def wrapped(text: str, width: int = 84) -> str:
    """``text`` with each line folded at ``width`` characters, for dialogs whose label
    would otherwise stretch across the screen (QInputDialog's label does not wrap)."""
    import textwrap

    def fold(line: str) -> str:  # names and file names are never split inside a word
        return textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)

    return "\n".join(fold(line) if line else "" for line in text.split("\n"))
