"""No progress window outlives its work: it is gone before the result or error message.

A real message box is modal: it runs its own event loop while the coordinator reads it.
The boxes here do the same for a moment (until a Qt timer set past the progress window's
show delay fires), and note which progress windows were on screen when they opened and
while they stayed open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

import ui.worker
from app.backup.service import backup_database
from app.db.engine import Database
from app.errors import UnusableInputError
from app.programs.service import CycleInfo
from app.progress import CancelCheck, Progress
from tests.app.letters.conftest import Pairs, pairs  # noqa: F401 (fixture)
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import Messages, wait_for_work
from ui.dialogs.restore_wizard import CONFIRM, RestoreWizard
from ui.main_window import MainWindow
from ui.worker import Operation


def progress_windows(*, visible: bool) -> list[str]:
    return [
        widget.labelText()
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog) and (widget.isVisible() or not visible)
    ]


@dataclass
class OpenBoxes:
    """Message boxes that stay open for a moment, as a modal one does."""

    qtbot: QtBot
    open_for_ms: int
    shown: list[tuple[str, str]] = field(default_factory=list)
    on_screen: list[str] = field(default_factory=list)  # progress labels seen meanwhile

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.shown if k == kind]

    def box(self, kind: str) -> Callable[..., Any]:
        def show(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
            self.shown.append((kind, text))
            self.on_screen += progress_windows(visible=True)
            closed: list[bool] = []
            QTimer.singleShot(self.open_for_ms, lambda: closed.append(True))
            self.qtbot.waitUntil(lambda: bool(closed), timeout=10000)
            self.on_screen += progress_windows(visible=True)
            if kind == "question":
                return QMessageBox.StandardButton.Yes
            return QMessageBox.StandardButton.Ok

        return show


def _boxes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, open_for_ms: int) -> OpenBoxes:
    boxes = OpenBoxes(qtbot, open_for_ms)
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, boxes.box(kind))
    return boxes


@pytest.fixture
def boxes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, messages: Messages) -> OpenBoxes:
    """For whole operations: a short show delay so each box outlasts it cheaply."""
    monkeypatch.setattr(ui.worker, "SHOW_PROGRESS_AFTER_MS", 30)
    return _boxes(qtbot, monkeypatch, open_for_ms=120)


def _all_gone(qtbot: QtBot) -> None:
    wait_for_work(qtbot)
    qtbot.waitUntil(lambda: not progress_windows(visible=False))


# -- the helper itself: work that ends before the progress window's show delay -----------
@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_quick_success_message_stays_alone(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    boxes = _boxes(qtbot, monkeypatch, open_for_ms=ui.worker.SHOW_PROGRESS_AFTER_MS * 2)

    def work(_progress: Progress, _cancelled: CancelCheck) -> int:
        return 7

    Operation(
        parent, work, success=lambda n: QMessageBox.information(parent, "Done", f"{n} done.")
    ).run()
    _all_gone(qtbot)
    assert boxes.texts("information") == ["7 done."]
    assert boxes.on_screen == []


def test_a_quick_error_message_stays_alone(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    boxes = _boxes(qtbot, monkeypatch, open_for_ms=ui.worker.SHOW_PROGRESS_AFTER_MS * 2)

    def work(_progress: Progress, _cancelled: CancelCheck) -> None:
        raise UnusableInputError("The file has no rows.")

    Operation(parent, work, cancellable=False).run()
    _all_gone(qtbot)
    assert boxes.texts("warning") == ["The file has no rows."]
    assert boxes.on_screen == []


# -- the operations a coordinator runs ---------------------------------------------------
@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> CycleInfo:
    add_people(db, cycle, 0, [mentor("ana@res.example.org", "Ana", "Gagné")])
    add_people(db, cycle, 1, [mentee("zoe@med.example.org", "Zoé", "Tremblay")])
    return cycle


def test_back_up_now_button(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, boxes: OpenBoxes
) -> None:
    window.show_page(4)
    window.backups.backup_button.click()
    _all_gone(qtbot)
    assert len(boxes.texts("information")) == 1
    assert "2 participants" in boxes.texts("information")[0]
    assert boxes.on_screen == []


def test_back_up_with_ctrl_b(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, boxes: OpenBoxes
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    _all_gone(qtbot)
    assert len(boxes.texts("information")) == 1
    assert "saved to" in boxes.texts("information")[0]
    assert boxes.on_screen == []
    assert window.backups.model.rowCount() == 1


def test_restore_through_the_wizard(
    qtbot: QtBot, people: CycleInfo, window: MainWindow, db: Database, boxes: OpenBoxes
) -> None:
    backup_database(db.path)
    window.show_page(4)
    window.backups.reload()
    window.backups.table.selectRow(0)
    window.backups.restore_button.click()
    wizard = window.backups.wizard
    assert isinstance(wizard, RestoreWizard)
    qtbot.waitUntil(wizard.isVisible)
    while wizard.currentId() != CONFIRM:
        wizard.next()
    wizard.confirm.understood.setChecked(True)
    wizard.button(wizard.WizardButton.FinishButton).click()
    _all_gone(qtbot)
    assert [t for t in boxes.texts("information") if "Backup restored" in t or "kept in" in t]
    assert boxes.on_screen == []


def test_writing_letters(
    qtbot: QtBot,
    pairs: Pairs,  # noqa: F811
    window: MainWindow,
    boxes: OpenBoxes,
    tmp_path: Path,
) -> None:
    window.show_page(3)
    page = window.letters
    page.generate_button.click()
    dialog = page.generate_dialog
    assert dialog is not None
    dialog.output.setText(str(tmp_path / "letters.pdf"))
    dialog.ok_button.click()
    wait_for_work(qtbot, timeout=60000)
    preview = page.preview_dialog
    assert preview is not None and preview.isVisible()  # the result, on top
    assert progress_windows(visible=True) == []
    _all_gone(qtbot)
    preview.close()
