"""Plain-English wording helpers."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 participant``, ``2 participants``, ``10,000 rows`` (``many`` for irregular plurals)."""
    return f"{count:,} {word if count == 1 else (many or word + 's')}"
