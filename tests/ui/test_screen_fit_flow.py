"""Rows of buttons wrap in a narrow window instead of making the page scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

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


def test_the_flow_layout_s_remembered_heights_follow_every_change(qtbot: QtBot) -> None:
    """Heights are remembered per width until the layout changes: a button hidden, shown,
    renamed or added is seen at once, as a fresh layout would see it."""
    buttons = [QPushButton(f"button number {n}") for n in range(6)]
    row = flow_row(buttons)
    qtbot.addWidget(row)
    row.resize(300, 200)
    row.show()
    layout = row.layout()

    def fresh() -> int:
        return int(layout._arrange(QRect(0, 0, 300, 0), move=False))

    seen = [layout.heightForWidth(300)]
    for button in buttons[2:]:
        button.hide()
    seen.append(layout.heightForWidth(300))
    buttons[0].setText("a much longer text on this button " * 2)
    seen.append(layout.heightForWidth(300))
    for button in buttons[2:]:
        button.show()
    seen.append(layout.heightForWidth(300))
    layout.addWidget(QPushButton("one more button, whose long label needs a line"))
    QApplication.processEvents()  # Qt shows a widget added to a shown one a moment later
    seen.append(layout.heightForWidth(300))
    assert seen[-1] == fresh()
    assert len(set(seen)) == len(seen)  # each change moved the height, and it was seen
