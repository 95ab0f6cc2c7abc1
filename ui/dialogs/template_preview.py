"""The template editor's live preview: re-render a letter shortly after the last edit.

Rendering runs in the background (``ui.worker``); edits made while a render runs are
picked up by one more render as soon as it is shown, so the pages never lag behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.db.engine import Database
from app.letters.content import Letterhead
from app.letters.preview import PreviewLetter, preview_letter, render_preview
from app.letters.templates import LetterTemplate
from ui.widgets.pdf_preview import PdfPreview
from ui.worker import Operation, show_failure

PREVIEW_DELAY_MS = 400
Source = Callable[[], tuple[LetterTemplate, Letterhead]]
"""What to preview now: the edited template and letterhead."""


class LivePreview(QWidget):
    updated = Signal()
    """A new preview is shown."""

    def __init__(
        self, database: Database, cycle_id: int, source: Source, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._cycle_id, self._source = database, cycle_id, source
        self._letters: dict[tuple[str, str], PreviewLetter] = {}
        self._operation: Operation[Any] | None = None
        self._again = False
        self.pdf = b""
        """The PDF bytes of the preview shown."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.kind_box = QComboBox()
        for label, code in (
            (self.tr("Mentee's letter"), "mentee"),
            (self.tr("Mentor's letter"), "mentor"),
        ):
            self.kind_box.addItem(label, code)
        self.kind_box.currentIndexChanged.connect(self.refresh)
        self.note = QLabel()
        self.note.setWordWrap(True)  # a long note must not widen the editor
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.pages = PdfPreview()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preview:")))
        top.addWidget(self.kind_box)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    def schedule(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.pages.clear()

    def forget_letters(self) -> None:
        """Load the previewed letter again (its letterhead or people changed)."""
        self._letters.clear()

    def _letter(self, language: str) -> PreviewLetter:
        key = (language, self.kind_box.currentData())
        if key not in self._letters:
            with self._database.read() as session:
                self._letters[key] = preview_letter(session, self._cycle_id, *key)
        return self._letters[key]

    def refresh(self) -> None:
        self._timer.stop()
        if self._operation is not None:
            self._again = True  # one more render once the running one is shown
            return
        template, head = self._source()
        letter = self._letter(template.language)
        self.note.setText(
            self.tr("Sample people: no confirmed match yet")
            if letter.is_sample
            else self.tr("Letter to {name}, a confirmed match").format(
                name=letter.content.recipient_name
            )
        )

        def work(_progress: Any, _cancelled: Any) -> bytes:
            return render_preview(letter.content, template, head)

        self._operation = Operation(
            self, work, success=self._show, failure=self._failed, show_progress=False
        )
        self._operation.finished.connect(self._done)
        self._operation.run()

    def _show(self, data: bytes) -> None:
        self.pdf = data
        self.pages.set_pdf(data, keep_page=True)
        self.updated.emit()

    def _failed(self, exc: BaseException) -> None:
        self.pages.clear(self.tr("The preview could not be made."))
        show_failure(self, exc)

    def _done(self, _ok: bool) -> None:
        self._operation = None
        if self._again:
            self._again = False
            self.refresh()
