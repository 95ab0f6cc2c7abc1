"""Match letters as PDF (reportlab is imported only when a letter is rendered).

- :func:`generate_letters` (service): letters for a cycle's confirmed matches, recorded in
  the letter log; :mod:`app.letters.drafts` writes them as email drafts instead.
- :func:`render_letters`: render plain :class:`LetterContent` (no database) to a PDF.
- :func:`load_template`: the words of the letters, per language; a program's saved
  versions are in :mod:`app.letters.versions`, its letterhead and logo in
  :mod:`app.letters.letterhead`, and :mod:`app.letters.letter_log` reproduces a logged letter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from app.letters.content import LetterContent, Letterhead, PartnerDetails
from app.letters.service import LetterBatch, generate_letters
from app.letters.templates import LetterTemplate, load_template


def render_letters(
    letters: Sequence[LetterContent],
    out: Path | BinaryIO,
    *,
    templates: Mapping[str, LetterTemplate] | None = None,
    pad_to_even: bool = False,
) -> int:
    """Render match letters from plain data into one PDF; returns the page count."""
    from app.letters.match_letter import render_letters as render

    return render(letters, out, templates=templates, pad_to_even=pad_to_even)


__all__ = [
    "LetterBatch",
    "LetterContent",
    "LetterTemplate",
    "Letterhead",
    "PartnerDetails",
    "generate_letters",
    "load_template",
    "render_letters",
]
