"""The Letters page as a coordinator uses it: write, preview, print, email, edit templates."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.letters.letterhead import load_letterhead
from app.letters.versions import list_template_versions
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, page_texts, pairs  # noqa: F401 (fixture)
from tests.app.letters.test_letterhead import tiny_png
from tests.ui.conftest import wait_for_work
from ui.dialogs.template_editor import TemplateEditorDialog
from ui.main_window import MainWindow
from ui.pages.letters import LettersPage


def _text(data: bytes) -> str:
    return " ".join(page_texts(PdfReader(io.BytesIO(data))))


@pytest.fixture
def page(pairs: Pairs, window: MainWindow) -> LettersPage:  # noqa: F811
    window.show_page(3)
    return window.letters


def _write(qtbot: QtBot, page: LettersPage, out: Path, *, selected: bool = False) -> None:
    page.generate_button.click()
    dialog = page.generate_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected_matches.isChecked() == selected
    dialog.output.setText(str(out))
    dialog.pad.setChecked(True)
    dialog.ok_button.click()
    wait_for_work(qtbot, timeout=60000)


def _fake_print_dialog(monkeypatch: pytest.MonkeyPatch, printed: Path) -> None:
    """The system print dialog, answered with "print to this PDF file"."""

    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


def test_write_preview_and_print(
    qtbot: QtBot, page: LettersPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.matches.rowCount() == 3 and page.log.rowCount() == 0
    out = tmp_path / "letters.pdf"
    _write(qtbot, page, out)
    assert out.is_file()
    assert "5 letters for 5 people" in page.result_label.text()
    assert page.log.rowCount() == 6  # one line per letter and match
    assert {page.matches.data(page.matches.index(r, 2)) for r in range(3)} == {
        "Confirmed",  # written, not sent: "Mark letters as sent" notifies
        "Active",
    }
    preview = page.preview_dialog
    assert preview is not None and preview.isVisible()
    pages = len(PdfReader(out).pages)
    assert preview.preview.page_count() == pages and pages % 2 == 0  # padded for duplex
    preview.preview.next_button.click()
    assert preview.preview.current_page() == 1
    assert preview.preview.image.pixmap().width() > 300

    printed = tmp_path / "printed.pdf"
    _fake_print_dialog(monkeypatch, printed)
    assert preview.print_document()
    reader = PdfReader(printed)
    assert len(reader.pages) == pages
    first: Any = reader.pages[0]["/Resources"]["/XObject"]
    image = next(iter(first.values())).get_object()
    assert image["/Subtype"] == "/Image" and image["/Width"] >= 2400  # 300 dpi, not screen
    preview.close()


def test_rewrite_selected_and_reproduce_from_the_log(
    qtbot: QtBot, page: LettersPage, tmp_path: Path
) -> None:
    _write(qtbot, page, tmp_path / "first.pdf")
    page.match_view.selectRow(0)
    _write(qtbot, page, tmp_path / "again.pdf", selected=True)
    assert page.log.rowCount() == 8  # re-writing is allowed and logged
    assert "2 letters for 2 people" in page.result_label.text()

    page.log_view.selectRow(0)
    assert page.reproduce_button.isEnabled()
    page.reproduce_button.click()
    wait_for_work(qtbot)
    preview = page.preview_dialog
    assert preview is not None and "template standard" in preview.windowTitle()
    assert preview.preview.page_count() >= 1
    preview.close()


def test_export_email_drafts(
    qtbot: QtBot, page: LettersPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    page.drafts_button.click()
    wait_for_work(qtbot, timeout=60000)
    assert len(list(folder.glob("*.eml"))) == 5
    assert "5 email drafts for 5 people" in page.result_label.text()
    assert page.log.rowCount() == 6


def _editor(qtbot: QtBot, page: LettersPage) -> TemplateEditorDialog:
    page.templates_button.click()
    dialog = page.editor_dialog
    assert isinstance(dialog, TemplateEditorDialog)
    with qtbot.waitSignal(dialog.live.updated, timeout=20000):
        pass  # the first preview renders in the background
    return dialog


def test_editor_preview_save_and_restore(
    qtbot: QtBot, page: LettersPage, db: Database, cycle: CycleInfo
) -> None:
    dialog = _editor(qtbot, page)
    assert "Dear Zoé Lefèbvre," in _text(dialog.live.pdf)  # a real confirmed match
    greeting = dialog.editors["greeting"]
    with qtbot.waitSignal(dialog.live.updated, timeout=20000):
        greeting.setText("Hello {name} & <welcome>,")
    assert "Hello Zoé Lefèbvre & <welcome>," in _text(dialog.live.pdf)

    greeting.setText("Hello {nmae},")
    assert "{nmae}" in dialog.problems.text() and not dialog.save_button.isEnabled()
    closing = dialog.editors["closing"]
    closing.setFocus()
    qtbot.waitUntil(lambda: "“Closing”" in dialog.insert_label.text())
    closing.end(False)
    dialog.insert_placeholder("coordinator")
    assert closing.text() == "With our best wishes for a rewarding year,{coordinator}"
    closing.undo()
    greeting.setText("Hello {name}, welcome")
    assert not dialog.problems.text() and dialog.save_button.isEnabled()
    dialog.note.setText("Warmer greeting")
    dialog.save_button.click()
    greeting.setText("Second {name},")
    dialog.save_button.click()
    with db.read() as session:
        saved = list_template_versions(session, cycle.program_id, "en")
    assert [(v.version, v.note) for v in saved] == [(2, ""), (1, "Warmer greeting")]
    assert "v2" in dialog.versions.item(0).text() and "(in use)" in dialog.versions.item(0).text()

    dialog.versions.setCurrentRow(1)  # v1
    with qtbot.waitSignal(dialog.live.updated, timeout=20000):
        dialog.restore_button.click()
    assert greeting.text() == "Hello {name}, welcome"
    assert "Hello Zoé Lefèbvre, welcome" in _text(dialog.live.pdf)
    dialog.reset_button.click()  # the message box fixture answers Yes
    assert greeting.text() == "Dear {name},"
    with db.read() as session:
        assert len(list_template_versions(session, cycle.program_id, "en")) == 4
    dialog.language_box.setCurrentIndex(1)
    assert dialog.editors["greeting"].text() == "Bonjour {name},"
    dialog.done(0)


def test_editor_letterhead_and_logo(
    qtbot: QtBot,
    page: LettersPage,
    db: Database,
    cycle: CycleInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _editor(qtbot, page)
    assert image_xobjects_of(dialog.live.pdf) == 0
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(logo), ""))
    form = dialog.letterhead
    with qtbot.waitSignal(dialog.live.updated, timeout=20000):
        form.choose_button.click()
        form.contact_title.setText("Director & <coordinator>")
    assert image_xobjects_of(dialog.live.pdf) == 1
    assert "Director & <coordinator>" in _text(dialog.live.pdf)
    dialog.save_letterhead_button.click()
    with db.read() as session:
        head = load_letterhead(session, cycle.program_id)
    assert head.logo == tiny_png() and head.contact_title == "Director & <coordinator>"

    not_image = tmp_path / "notes.png"
    not_image.write_text("hello")
    assert not form.set_logo_file(not_image)
    dialog.done(0)


def image_xobjects_of(data: bytes) -> int:
    resources: Any = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    return sum(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def test_messages_for_bad_logo_are_sentences(
    qtbot: QtBot, page: LettersPage, tmp_path: Path, messages: Any
) -> None:
    dialog = _editor(qtbot, page)
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff garbage")
    assert not dialog.letterhead.set_logo_file(bad)
    assert any("could not be read" in t for t in messages.texts("warning"))
    dialog.done(0)
