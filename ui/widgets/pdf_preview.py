"""Show PDF pages inside the app, and print them, through PDFium (pypdfium2).

Qt's own QtPdf module ships only with the WebEngine add-on, which the app does not carry;
PDFium renders each page to an image instead. PDFium is not thread-safe, so every call
into it holds :data:`PDFIUM_LOCK`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.screen_fit import fit_to_screen
from ui.text import number, percent

PDFIUM_LOCK = threading.Lock()
POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 300
"""Pages are rendered at the printer's resolution, up to this (a letter page at 300 dpi is
already 2550 × 3300 pixels; more only makes the print job heavier)."""
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
PAGE_MARGIN = 16


def open_pdf(data: bytes) -> Any:
    import pypdfium2

    with PDFIUM_LOCK:
        return pypdfium2.PdfDocument(data)


def close_pdf(document: Any) -> None:
    if document is not None:
        with PDFIUM_LOCK:
            document.close()


def page_image(document: Any, index: int, scale: float) -> QImage:
    """Page ``index`` drawn at ``scale`` pixels per point, as an image that owns its pixels."""
    with PDFIUM_LOCK:
        bitmap = document[index].render(
            scale=scale, prefer_bgrx=True, rev_byteorder=True, may_draw_forms=False
        )
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        return image.copy()


def page_count(document: Any) -> int:
    with PDFIUM_LOCK:
        return len(document)


def page_width_points(document: Any, index: int) -> float:
    with PDFIUM_LOCK:
        return float(document[index].get_width())


def paint_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint every page (or the printer's chosen range) of ``data`` onto ``printer``."""
    document = open_pdf(data)
    count = page_count(document)
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count) if last else count)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, index in enumerate(pages):
            if number:
                printer.newPage()
            image = page_image(document, index, dpi / POINTS_PER_INCH)
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            area = QRectF(0, 0, target.width(), target.height())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            box = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            painter.drawImage(box, image)
    finally:
        painter.end()
        close_pdf(document)
    return len(pages)


def print_pdf(parent: QWidget, data: bytes, title: str = "") -> bool:
    """Ask for a printer with the system dialog, then print ``data``; True when printed."""
    title = title or QCoreApplication.translate("PdfPreview", "Letters")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    document = open_pdf(data)
    printer.setFromTo(1, page_count(document))
    close_pdf(document)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("PdfPreview", "Print: {title}").format(title=title)
    )
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        printer.setFromTo(0, 0)
    return paint_pdf(printer, data) > 0


class PdfPreview(QWidget):
    """One page at a time, fit to the width, with page navigation and zoom."""

    pageChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Any = None
        self._count = 0
        self._page = 0
        self._zoom: float | None = None  # None: fit the width
        self._cache: dict[tuple[int, int], QImage] = {}
        self._make_controls()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: #6b6f75; }"
        )
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(60)
        self._resize_timer.timeout.connect(self._show_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._bar)
        layout.addWidget(self.scroll_area, 1)
        for keys, step in ((QKeySequence.StandardKey.MoveToNextPage, 1),
                           (QKeySequence.StandardKey.MoveToPreviousPage, -1)):  # fmt: skip
            QShortcut(keys, self, lambda s=step: self.go_to(self._page + s))
        self.clear()

    def _make_controls(self) -> None:
        def tool(text: str, tip: str, action: Any) -> QToolButton:
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(action)
            return button

        self.previous_button = tool(
            "◀", self.tr("Previous page (Page Up)"), lambda: self.go_to(self._page - 1)
        )
        self.next_button = tool(
            "▶", self.tr("Next page (Page Down)"), lambda: self.go_to(self._page + 1)
        )
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = tool("−", self.tr("Zoom out"), lambda: self._step_zoom(-1))
        self.fit_button = tool(
            self.tr("Fit width"), self.tr("Fit the page to the width of the window"), self.fit_width
        )
        self.fit_button.setCheckable(True)
        self.zoom_in_button = tool("+", self.tr("Zoom in"), lambda: self._step_zoom(1))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(44)
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(4, 0, 4, 0)
        for widget in (self.previous_button, self.page_label, self.next_button):
            self._bar.addWidget(widget)
        self._bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            self._bar.addWidget(widget)

    # -- content ------------------------------------------------------------------------
    def clear(self, message: str = "") -> None:
        message = message or self.tr("Nothing to preview yet.")
        close_pdf(self._document)
        self._document, self._count, self._page = None, 0, 0
        self._cache.clear()
        self.image.setPixmap(QPixmap())
        self.image.setText(message)
        self.image.setStyleSheet("color: #f0f0f0; font-size: 11pt;")
        self._update_controls()

    def set_pdf(self, data: bytes, keep_page: bool = False) -> None:
        """Show the PDF ``data`` (from the first page, or the same page when ``keep_page``)."""
        close_pdf(self._document)
        self._document = open_pdf(data)
        self._count = page_count(self._document)
        self._cache.clear()
        self._page = min(self._page, self._count - 1) if keep_page else 0
        self.image.setStyleSheet("")
        self._show_page()

    def page_count(self) -> int:
        return self._count

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self._page

    def go_to(self, index: int) -> None:
        if self._count and 0 <= index < self._count and index != self._page:
            self._page = index
            self._show_page()
            self.scroll_area.verticalScrollBar().setValue(0)
            self.pageChanged.emit(index)

    # -- zoom ---------------------------------------------------------------------------
    def fit_width(self) -> None:
        self._zoom = None
        self._show_page()

    def zoom(self) -> float:
        """Pixels per point of the page shown."""
        if self._zoom is not None or self._document is None:
            return self._zoom or 1.0
        # leave room for the vertical scroll bar a fitted page usually needs
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        available = self.scroll_area.width() - bar - 2 * PAGE_MARGIN - 2
        return max(0.2, available / page_width_points(self._document, self._page))

    def _step_zoom(self, step: int) -> None:
        current = self.zoom()
        if step > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 0.01]
            self._zoom = bigger[0] if bigger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
            self._zoom = smaller[-1] if smaller else ZOOM_STEPS[0]
        self._show_page()

    # -- drawing ------------------------------------------------------------------------
    def _show_page(self) -> None:
        self._update_controls()
        if self._document is None:
            return
        zoom = self.zoom()
        ratio = self.devicePixelRatioF()
        key = (self._page, round(zoom * ratio * 1000))
        if key not in self._cache:
            if len(self._cache) > 8:
                self._cache.clear()
            self._cache[key] = page_image(self._document, self._page, zoom * ratio)
        image = self._cache[key]
        image.setDevicePixelRatio(ratio)
        self.image.setPixmap(QPixmap.fromImage(image))
        self.image.setMinimumSize(
            QSize(
                int(image.width() / ratio) + 2 * PAGE_MARGIN,
                int(image.height() / ratio) + 2 * PAGE_MARGIN,
            )
        )

    def _update_controls(self) -> None:
        has = self._count > 0
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(
                page=number(self._page + 1), count=number(self._count)
            )
            if has
            else ""
        )
        self.previous_button.setEnabled(has and self._page > 0)
        self.next_button.setEnabled(has and self._page < self._count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(has)
        self.fit_button.setChecked(self._zoom is None)
        self.zoom_label.setText(percent(self.zoom()) if has else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom is None and self._document is not None:
            self._resize_timer.start()


class PdfPreviewDialog(QDialog):
    """A window showing a PDF, with Print and Open in the system's PDF viewer."""

    def __init__(
        self, data: bytes, title: str, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 900)
        self._data, self._path, self._title = data, path, title
        self.preview = PdfPreview()
        self.preview.set_pdf(data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print through the system print dialog"))
        self.print_button.clicked.connect(self.print_document)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        self.open_button.setVisible(path is not None)
        self.open_button.clicked.connect(self.open_external)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.preview.clear()
        super().done(result)

    def print_document(self) -> bool:
        return print_pdf(self, self._data, self._title)

    def open_external(self) -> None:
        if self._path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path)))
