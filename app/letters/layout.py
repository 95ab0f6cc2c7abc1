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

from app.letters import fonts

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 20 * mm
LETTERHEAD_HEIGHT = 22 * mm
"""From the top margin down to the rule under the letterhead."""
CONTINUATION_HEIGHT = 8 * mm
FOOTER_Y = 12 * mm
LOGO_MAX_HEIGHT = 18 * mm
LOGO_MAX_WIDTH = 45 * mm
DETAIL_LABEL_WIDTH = 30 * mm

ACCENT: Color = HexColor("#1F4E79")
MUTED: Color = HexColor("#5A5A5A")
RULE: Color = HexColor("#9DB3C8")


@functools.cache
def letter_styles() -> dict[str, ParagraphStyle]:
    """The named styles, built once per process; every style uses the DejaVu family."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "Body", fontName=fonts.REGULAR, fontSize=9.5, leading=13, spaceAfter=5, allowWidows=0
    )
    heading = ParagraphStyle(
        "Heading",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=11,
        leading=14,
        textColor=ACCENT,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    )
    styles = [
        body,
        heading,
        ParagraphStyle("Date", parent=body, alignment=TA_RIGHT, spaceAfter=8),
        ParagraphStyle(
            "Subject",
            parent=heading,
            fontSize=14,
            leading=18,
            spaceBefore=0,
            spaceAfter=10,
        ),
        ParagraphStyle(
            "PartnerName",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=9,
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
        ParagraphStyle("Questions", parent=body, spaceBefore=8),
        ParagraphStyle("Closing", parent=body, spaceBefore=2, spaceAfter=12),
        ParagraphStyle("Signature", parent=body, fontName=fonts.BOLD, spaceAfter=0),
        ParagraphStyle(
            "SignatureDetail", parent=body, fontSize=9, leading=12, textColor=MUTED, spaceAfter=0
        ),
    ]
    return {style.name: style for style in styles}
