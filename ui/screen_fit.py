"""Window sizes taken from the screen: a window opens at the size it was designed for, or
smaller on a small screen (a 1366×768 laptop, or the same laptop at 125 % scaling, which
leaves 1093×614), never larger than the screen's free area less a title bar."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40
"""Room kept above a window for the title bar its window manager adds."""
SIDE = 24


def available_size(widget: QWidget) -> tuple[int, int]:
    """The free width and height of the screen ``widget`` is on (or will open on)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 10_000, 10_000
    free = screen.availableGeometry()
    return free.width() - SIDE, free.height() - TITLE_BAR


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, shrunk to the screen when it is smaller."""
    most_width, most_height = available_size(widget)
    widget.resize(min(width, most_width), min(height, most_height))
