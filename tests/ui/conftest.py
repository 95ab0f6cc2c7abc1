"""GUI test helpers: no dialog ever blocks, the worker pool is drained after each test."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from ui.main_window import MainWindow
from ui.worker import running_operations


@dataclass
class Messages:
    """Every message box a test triggered: (kind, title, text)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    record = Messages()

    def box(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *_args: Any, **_kw: Any) -> Any:
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return record


@pytest.fixture(scope="session", autouse=True)
def interface_language(qapp: QApplication) -> None:
    """As at start-up: the catalogues built from the .ts sources, English loaded (its plural
    forms: "1 row", "2 rows"); French tests switch and come back."""
    from tests.ui.french_walk import translations_script
    from ui.language import install_translations

    translations_script().release()
    install_translations("en")


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The test database holding the fictional demo program."""
    from app.demo import create_demo

    with db.write() as session:
        create_demo(session)
    return db


@pytest.fixture
def french(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The window in French for one test, then English again as every other test runs."""
    from ui import language

    monkeypatch.setenv(language.LANG_ENV, "fr")
    yield language.install_translations()
    language.install_translations("en")


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone()
    # Windows closed by this test are deleted now, while everything they point at still
    # exists, not at a random moment of a later test (a garbage collection there could
    # delete a widget whose deferred deletion is still queued).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_for_work(qtbot: QtBot, timeout: int = 20000) -> None:
    """Wait until every background operation has delivered its result."""
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=timeout)


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(db, welcome=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
