"""Page geometry and named paragraph styles of the letters (reportlab imported lazily).

Import this module only when rendering: it imports reportlab at module level.
"""

from __future__ import annotations

import functools

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.letters import fonts

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 20 * mm
LETTERHEAD_TOP = 14 * mm
"""The first page's top margin, above the letterhead (narrower than the side margins, as
on printed letterhead, so that a letter ends on its first page)."""
LETTERHEAD_HEIGHT = 22 * mm
"""From the top margin down to the rule under the letterhead."""
CONTINUATION_HEIGHT = 8 * mm
FOOTER_Y = 12 * mm
BOTTOM_MARGIN = 17 * mm
"""Where the text of a letter page ends: just above the footer line, not a full margin
above it (a letter of one page needs those points)."""
LOGO_MAX_HEIGHT = 18 * mm
LOGO_MAX_WIDTH = 45 * mm
DETAIL_LABEL_WIDTH = 30 * mm

NAME_SIZES = (15.0, 13.0, 11.5, 10.0)
"""Letterhead sizes of the program name, largest first."""
ORGANISATION_SIZE = 9.5
ORGANISATION_LEADING = 12.0
CONTACT_SIZE = 8.5
FOOTER_SIZE = 7.5
ELLIPSIS = "…"

ACCENT: Color = HexColor("#1F4E79")
MUTED: Color = HexColor("#5A5A5A")
RULE: Color = HexColor("#9DB3C8")


@functools.cache
def letter_styles() -> dict[str, ParagraphStyle]:
    """The named styles, built once per process; every style uses the DejaVu family."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "Body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5, spaceAfter=4, allowWidows=0
    )
    heading = ParagraphStyle(
        "Heading",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=11,
        leading=14,
        textColor=ACCENT,
        spaceBefore=7,
        spaceAfter=3,
        keepWithNext=1,
    )
    styles = [
        body,
        heading,
        ParagraphStyle("Date", parent=body, alignment=TA_RIGHT, spaceAfter=4),
        ParagraphStyle(
            "Subject",
            parent=heading,
            fontSize=14,
            leading=18,
            spaceBefore=0,
            spaceAfter=6,
        ),
        ParagraphStyle(
            "PartnerName",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "Detail",
            parent=body,
            fontSize=9,
            leading=12,
            spaceAfter=0,
            leftIndent=DETAIL_LABEL_WIDTH,
            bulletIndent=0,
            bulletFontName=fonts.REGULAR,
            bulletFontSize=9,
            bulletColor=MUTED,
        ),
        ParagraphStyle(
            "SubHeading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=9,
            leading=12,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "Bullet",
            parent=body,
            fontSize=9,
            leading=12,
            spaceAfter=1,
            leftIndent=5 * mm,
            bulletIndent=1 * mm,
            bulletFontName=fonts.REGULAR,
        ),
        ParagraphStyle("Questions", parent=body, spaceBefore=4),
        ParagraphStyle("Closing", parent=body, spaceBefore=2, spaceAfter=8),
        ParagraphStyle("Signature", parent=body, fontName=fonts.BOLD, spaceAfter=0),
        ParagraphStyle(
            "SignatureDetail", parent=body, fontSize=9, leading=12, textColor=MUTED, spaceAfter=0
        ),
    ]
    return {style.name: style for style in styles}


def fit_lines(text: str, face: str, size: float, width: float, most: int) -> list[str]:
    """``text`` broken into lines of ``width``; past ``most`` lines the last one ends in "…"."""
    lines: list[str] = simpleSplit(text, face, size, width)
    if len(lines) <= most:
        return lines
    last = lines[most - 1]
    while last and stringWidth(last + ELLIPSIS, face, size) > width:
        last = last[:-1]
    return [*lines[: most - 1], last.rstrip() + ELLIPSIS]


def _heading_height(size: float, name_lines: int, organisation_lines: int) -> float:
    """From the top margin to the lowest ink of the program name and organisation.

    The renderer sets the name's first baseline ``size - 1`` below the top, its lines
    ``1.2 × size`` apart, and the organisation's first baseline 1 point under the next one.
    """
    if organisation_lines:
        lowest = size + name_lines * size * 1.2 + (organisation_lines - 1) * ORGANISATION_LEADING
    else:
        lowest = size - 1 + (name_lines - 1) * size * 1.2
    return lowest + 3  # descenders


def fit_heading(name: str, organisation: str, width: float) -> tuple[float, list[str], list[str]]:
    """Size and lines of the program name and organisation, above the letterhead's rule.

    Longer words (French is about a fifth longer) get a smaller size, then fewer lines.
    """
    room = LETTERHEAD_HEIGHT - 2
    face = fonts.REGULAR
    org = fit_lines(organisation, face, ORGANISATION_SIZE, width, 2) if organisation else []
    for size in NAME_SIZES:
        lines = simpleSplit(name, fonts.BOLD, size, width)
        if len(lines) <= 2 and _heading_height(size, len(lines), len(org)) <= room:
            return size, lines, org
    size = NAME_SIZES[-1]
    org = fit_lines(organisation, face, ORGANISATION_SIZE, width, 1) if org else []
    most = 1
    while _heading_height(size, most + 1, len(org)) <= room:
        most += 1
    return size, fit_lines(name, fonts.BOLD, size, width, most), org


def fit_footer(parts: list[str], width: float) -> str:
    """The footer's parts on one line: the organisation goes first when they do not fit."""
    line = "  ·  ".join(p for p in parts if p)
    if stringWidth(line, fonts.REGULAR, FOOTER_SIZE) > width and len(parts) > 2:
        line = "  ·  ".join(p for p in (parts[0], *parts[2:]) if p)
    return fit_lines(line, fonts.REGULAR, FOOTER_SIZE, width, 1)[0] if line else ""
