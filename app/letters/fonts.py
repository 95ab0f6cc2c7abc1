"""The shipped DejaVu Sans fonts: registration with reportlab and glyph coverage.

reportlab keeps registered fonts in a process-wide registry, so registering once per
process also satisfies "once per batch"; the parsed fonts are cached here.
"""

from __future__ import annotations

import functools
import io
import threading
import unicodedata
from importlib.resources import files
from typing import Any

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

_lock = threading.Lock()


def _load(name: str) -> Any:
    from reportlab.pdfbase.ttfonts import TTFont

    data = (files("resources") / "fonts" / f"{name}.ttf").read_bytes()
    return TTFont(name, io.BytesIO(data))


@functools.cache
def _registered() -> dict[str, Any]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    fonts = {name: _load(name) for name in _FACES}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return fonts


def register_fonts() -> None:
    """Register the four DejaVu Sans faces and their family (idempotent, thread-safe)."""
    with _lock:
        _registered()


@functools.cache
def _covered_codepoints() -> frozenset[int]:
    """Code points that both the regular and the bold face can draw (names appear in both)."""
    register_fonts()
    fonts = _registered()
    regular = set(fonts[REGULAR].face.charToGlyph)
    return frozenset(regular.intersection(fonts[BOLD].face.charToGlyph))


def missing_glyphs(text: str) -> str:
    """The characters of ``text`` the letter fonts cannot draw (spaces and marks ignored)."""
    covered = _covered_codepoints()
    missing = []
    for char in unicodedata.normalize("NFC", text):
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        if ord(char) not in covered and char not in missing:
            missing.append(char)
    return "".join(missing)
