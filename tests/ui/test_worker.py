from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.errors import UnusableInputError
from app.progress import CancelCheck, Progress, check_cancelled
from tests.ui.conftest import Messages, wait_for_work
from ui.worker import Operation


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_success_is_delivered_on_the_gui_thread(qtbot: QtBot, parent: QWidget) -> None:
    results: list[Any] = []

    def work(progress: Progress, _cancelled: CancelCheck) -> int:
        for i in range(5):
            progress(i + 1, 5)
        return 42

    op = Operation(parent, work, success=results.append)
    with qtbot.waitSignal(op.finished) as signal:
        op.run()
    assert signal.args == [True]
    assert results == [42]


def test_user_errors_show_their_sentence(qtbot: QtBot, parent: QWidget, messages: Messages) -> None:
    def work(_progress: Progress, _cancelled: CancelCheck) -> None:
        raise UnusableInputError("The file has no rows.")

    Operation(parent, work).run()
    wait_for_work(qtbot)
    assert messages.texts("warning") == ["The file has no rows."]


def test_cancel_reaches_the_work(qtbot: QtBot, parent: QWidget, messages: Messages) -> None:
    def work(_progress: Progress, is_cancelled: CancelCheck) -> None:
        while True:
            check_cancelled(is_cancelled)

    op = Operation(parent, work).run()
    op.cancel()
    wait_for_work(qtbot)
    assert messages.texts("information") == ["Cancelled; nothing was changed."]


def test_bugs_go_to_the_crash_handler(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, _exc, _tb: seen.append(kind))

    def work(_progress: Progress, _cancelled: CancelCheck) -> None:
        raise ZeroDivisionError

    Operation(parent, work).run()
    wait_for_work(qtbot)
    assert seen == [ZeroDivisionError]
