"""The charts' one look: palette, fonts, the empty-chart message and the legend."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.letters import fonts
from app.letters.layout import ACCENT, MUTED

PALETTE: tuple[Color, ...] = (
    ACCENT,
    HexColor("#6FA8DC"),
    HexColor("#E69138"),
    HexColor("#93C47D"),
    HexColor("#C27BA0"),
    HexColor("#FFD966"),
    HexColor("#76A5AF"),
)
CONCERN: Color = HexColor("#C0392B")
TEXT: Color = HexColor("#222222")
WHITE: Color = HexColor("#FFFFFF")
LABEL_SIZE = 7.0


def colour(n: int) -> Color:
    return PALETTE[n % len(PALETTE)]


def font() -> str:
    """The regular face, registered with reportlab on first use."""
    fonts.register_fonts()
    return fonts.REGULAR


def empty(width: float, height: float, text: str) -> Drawing:
    """A chart with nothing to show says so in its middle, in the muted colour."""
    drawing = Drawing(width, height)
    drawing.add(
        String(
            width / 2,
            height / 2,
            text,
            fontName=font(),
            fontSize=9,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def legend(drawing: Drawing, names: Sequence[str], x: float, y: float, size: float = 7.5) -> None:
    """Coloured squares with their series' names in one row, from (x, y)."""
    for n, name in enumerate(names):
        drawing.add(Rect(x, y, 8, 8, fillColor=colour(n), strokeColor=None))
        drawing.add(String(x + 11, y + 1, name, fontName=font(), fontSize=size, fillColor=TEXT))
        x += 24 + stringWidth(name, font(), size)


def short(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def chart_summary(
    categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], shown: str = "{:g}"
) -> str:
    """The chart's figures as one line of text (accessible name, tooltip): what a screen
    reader says instead of the picture."""
    parts = []
    for name, values in series:
        cells = ", ".join(
            f"{c} {shown.format(v)}" for c, v in zip(categories, values, strict=False)
        )
        parts.append(f"{name}: {cells}" if name else cells)
    return "; ".join(parts)
