"""Rows of buttons wrap in a narrow window instead of making the page scroll sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from ui.widgets.flow_layout import flow_row


def _page(labels: list[str]) -> tuple[QWidget, list[QPushButton]]:
    page = QWidget()
    buttons = [QPushButton(text) for text in labels]
    QVBoxLayout(page).addWidget(flow_row(buttons))
    return page, buttons


def test_a_row_of_buttons_wraps_when_narrow_and_stays_on_one_line_when_wide(
    qapp: QApplication,
) -> None:
    page, buttons = _page([f"A fairly long action number {n}…" for n in range(6)])
    widest = max(button.sizeHint().width() for button in buttons)
    assert page.minimumSizeHint().width() < widest + 40  # needs no more than one button
    page.resize(sum(b.sizeHint().width() for b in buttons) + 200, 400)
    page.show()
    qapp.processEvents()
    assert len({button.y() for button in buttons}) == 1
    page.resize(widest + 40, 600)
    qapp.processEvents()
    assert len({button.y() for button in buttons}) == 6  # one per line
    for button in buttons:  # nothing clipped or overlapping on the right
        assert button.geometry().right() < page.width()
        assert button.width() >= button.minimumSizeHint().width()
    page.close()
