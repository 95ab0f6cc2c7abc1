"""Wording helpers: numbers in the window's language, and folding long lines.

Counted phrases are translated where they are written, as Qt numerus messages:
``self.tr("%Ln row(s)", "", n)`` (``%Ln`` writes the number as the locale does: 10 000 in
French, 10,000 in English). English gets its "1 row" / "2 rows" from the plural-only
English catalogue that ``build/translations.py`` fills and loads like the French one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def number(value: int | float) -> str:
    """``10,000`` / ``10 000``: a number as the window's language writes it."""
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(int(value))


def percent(fraction: float) -> str:
    """``87%`` in English, ``87 %`` in French, for a fraction between 0 and 1."""
    return QCoreApplication.translate("Text", "{value}%").format(
        value=QLocale().toString(round(fraction * 100))
    )


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 participant``, ``2 participants`` — English only: kept for the few callers not yet
    written as numerus translations (``tr("%Ln participant(s)", "", n)``)."""
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def wrapped(text: str, width: int = 84) -> str:
    """``text`` with each line folded at ``width`` characters, for dialogs whose label
    would otherwise stretch across the screen (QInputDialog's label does not wrap)."""
    import textwrap

    def fold(line: str) -> str:  # names and file names are never split inside a word
        return textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)

    return "\n".join(fold(line) if line else "" for line in text.split("\n"))
