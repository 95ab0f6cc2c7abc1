"""Wording helpers: counts and dialog labels."""

from __future__ import annotations

from ui.text import plural, wrapped


def test_plural_counts_with_thousands_separators() -> None:
    assert plural(1, "row") == "1 row"
    assert plural(10_000, "row") == "10,000 rows"
    assert plural(2, "match", "matches") == "2 matches"


def test_wrapped_folds_long_lines_and_keeps_paragraphs_and_names_whole() -> None:
    name = "2025-2026 - Zoé Tremblay - mentee.pdf"
    text = f"Short first line.\n\n{'word ' * 30}{name}\n• a bullet stays its own line"
    lines = wrapped(text, 40).split("\n")
    assert lines[0] == "Short first line." and lines[1] == ""
    assert lines[-1] == "• a bullet stays its own line"
    assert all(len(line) <= 40 for line in lines)
    assert " ".join(wrapped(text, 40).split()) == " ".join(text.split())  # nothing lost
    assert "Zoé Tremblay - mentee.pdf" in " ".join(lines)
    assert wrapped("x" * 60, 40) == "x" * 60  # a long word is never cut
