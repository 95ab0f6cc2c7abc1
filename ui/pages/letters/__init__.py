"""Letters: write, preview, print and email the match letters, and keep their log."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.letters.planning import LETTER_STATUSES
from app.progress import CancelCheck, Progress
from ui.context import AppContext
from ui.core_text import problem_text
from ui.dialogs.generate_letters import GenerateLettersDialog, GenerateOptions, default_folder
from ui.models.rows import RowTableModel
from ui.pages.base import Page, heading, hint
from ui.pages.letters.sent import SentMixin, can_mark
from ui.pages.letters.tables import LOG_COLUMNS, MATCH_COLUMNS, MatchLetters, template_name
from ui.pages.wording import counted
from ui.widgets.empty_state import EmptyState
from ui.widgets.flow_layout import flow_row
from ui.widgets.pdf_preview import PdfPreviewDialog
from ui.widgets.table import fit_columns, make_table, selected_rows


def _button(text: str, tip: str, action: Any) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(action)
    return button


class LettersPage(SentMixin, Page):
    title = "Letters"
    tip = "Match letters: write, preview, print, email (Ctrl+4)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: Any = None
        self.generate_dialog: GenerateLettersDialog | None = None
        self.editor_dialog: QWidget | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.generate_button = _button(
            self.tr("Write letters…"),
            self.tr("Write a letter for each person in a confirmed match"),
            self.write,
        )
        self.generate_button.setDefault(True)
        self.drafts_button = _button(
            self.tr("Export email drafts…"),
            self.tr(
                "One email per recipient with their letter attached, to open in your mail "
                "program (the selected matches, or all)"
            ),
            self.export_drafts,
        )
        self.templates_button = _button(
            self.tr("Edit templates and letterhead…"),
            self.tr("Change the wording of the letters, the letterhead and the logo"),
            self.edit_templates,
        )
        self.matches = RowTableModel[MatchLetters](MATCH_COLUMNS, self)
        self.match_view = make_table(self.matches)
        fit_columns(self.match_view, {0: 22, 1: 22, 2: 22, 3: 7})
        self.match_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.match_empty = EmptyState(self.match_view)
        self.log = RowTableModel[Any](LOG_COLUMNS, self)
        self.log_view = make_table(self.log, multi_select=False)
        fit_columns(self.log_view, {0: 17, 1: 20, 2: 7, 3: 30, 4: 8, 5: 9, 6: 30})
        self.log_view.doubleClicked.connect(self.preview_logged_letter)
        self.log_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reproduce_button = _button(
            self.tr("Preview this letter"),
            self.tr("Make the chosen letter again, with the template version it was written with"),
            self.preview_logged_letter,
        )
        self._make_result_box()
        self._make_sent_controls()
        self._layout()

    def _layout(self) -> None:
        actions = QHBoxLayout()
        # These wrap onto a second line in a narrow window (125 % scaling, French).
        actions.addWidget(flow_row([self.generate_button, self.drafts_button, self.sent_button]), 1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        actions.addWidget(self.templates_button)
        for button in (self.undo_button, self.redo_button, self.templates_button):
            actions.setAlignment(button, Qt.AlignmentFlag.AlignTop)  # beside the first line
        matches_box = QGroupBox(self.tr("Confirmed matches"))
        box = QVBoxLayout(matches_box)
        box.addWidget(self.match_empty)
        log_box = QGroupBox(self.tr("Letter log"))
        box = QVBoxLayout(log_box)
        box.addWidget(self.log_view)
        row = QHBoxLayout()
        row.addWidget(
            hint(
                self.tr(
                    "Every letter written is logged with its template version and a check "
                    "code that tells whether its PDF was changed since."
                )
            ),
            1,
        )
        row.addWidget(self.reproduce_button)
        box.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(matches_box)
        splitter.addWidget(log_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Letters")))
        layout.addWidget(
            hint(
                self.tr(
                    "Each person in a confirmed match gets a letter naming their match, how to "
                    "reach them, why they were matched and what is expected, in their own "
                    "language."
                )
            )
        )
        layout.addLayout(actions)
        layout.addWidget(self.result_box)
        layout.addWidget(splitter, 1)

    def _make_result_box(self) -> None:
        self.result_box = QGroupBox(self.tr("Last letters written"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = _button(
            self.tr("Preview and print…"), self.tr("See the letters"), self.preview_result
        )
        self.open_button = _button(
            self.tr("Show files"), self.tr("Open the folder with the letters"), self.open_folder
        )
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(90)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.result_box)
        box.addLayout(row)
        box.addWidget(self.warnings)
        self.result_box.setVisible(False)

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            self.matches.set_rows([])
            self.log.set_rows([])
            self.match_empty.show_message(*self.context.no_cycle_message())
            self._update_buttons()
            return
        from app.letters.letter_log import letter_log
        from app.matching.service import list_matches

        with self.context.database.read() as session:
            rows = list_matches(session, cycle.id, LETTER_STATUSES)
            log = letter_log(session, cycle.id)
        counts = Counter(entry.match_id for entry in log)
        last: dict[int, Any] = {}
        for entry in log:  # newest first
            last.setdefault(entry.match_id, entry.created_at)
        self.matches.set_rows(
            [
                MatchLetters(
                    id=r.id,
                    mentor_name=r.mentor_name,
                    mentor_email=r.mentor_email,
                    mentee_name=r.mentee_name,
                    mentee_email=r.mentee_email,
                    status=r.status,
                    letters=counts[r.id],
                    last_sent=last.get(r.id),
                )
                for r in rows
            ]
        )
        self.log.set_rows(log)
        if rows:
            self.match_empty.show_content()
        else:
            self.match_empty.show_message(
                self.tr(
                    "No confirmed matches yet.\n"
                    "Confirm matches on the Matching page, then write their letters here."
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_matches = self.matches.rowCount() > 0
        self.generate_button.setEnabled(has_matches)
        self.drafts_button.setEnabled(has_matches)
        self.templates_button.setEnabled(self.context.cycle is not None)
        self.reproduce_button.setEnabled(bool(selected_rows(self.log_view)))
        markable = [r for r in selected_rows(self.match_view) if can_mark(r)]
        self.sent_button.setEnabled(bool(markable))

    def selected_match_ids(self) -> list[int]:
        return [row.id for row in selected_rows(self.match_view)]

    # -- writing letters ----------------------------------------------------------------
    def write(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            return
        from app.letters.service import name_warnings

        rows = self.matches.rows()
        names = dict.fromkeys(n for r in rows for n in (r.mentor_name, r.mentee_name))
        dialog = GenerateLettersDialog(
            program_name=cycle.program_name,
            cycle_label=cycle.label,
            all_count=len(rows),
            selected_ids=self.selected_match_ids(),
            warnings=name_warnings(names),
            parent=self,
        )
        dialog.accepted.connect(lambda: self.generate(dialog.options()))
        self.generate_dialog = dialog
        dialog.open()

    def generate(self, options: GenerateOptions) -> None:
        database, cycle_id = self.context.database, self.context.cycle_id

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.letters.service import generate_letters

            with database.write() as session:  # the letter log is written with the files
                return generate_letters(
                    session,
                    cycle_id,
                    options.out,
                    per_letter_dir=options.per_letter_dir,
                    lang=options.lang,
                    match_ids=options.match_ids,
                    pad_to_even=options.pad_to_even,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )

        self.run(work, self.show_result, label=self.tr("Writing letters…"))

    def export_drafts(self) -> None:
        if self.context.cycle is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the email drafts"), str(default_folder())
        )
        if not folder:
            return
        database, cycle_id = self.context.database, self.context.cycle_id
        chosen = self.selected_match_ids() or None

        def work(progress: Progress, is_cancelled: CancelCheck) -> Any:
            from app.letters.drafts import write_email_drafts

            with database.write() as session:
                return write_email_drafts(
                    session,
                    cycle_id,
                    Path(folder),
                    match_ids=chosen,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )

        self.run(work, self.show_result, label=self.tr("Writing email drafts…"))

    def show_result(self, batch: Any) -> None:
        self.result = batch
        self.context.notify_changed()
        people = counted(self.tr("%Ln person(s)", "", batch.recipients), batch.recipients)
        letters = counted(self.tr("%Ln letter(s)", "", batch.letters), batch.letters)
        if batch.drafts:
            drafts = len(batch.drafts)
            text = self.tr("{drafts} for {people} saved in <b>{folder}</b>.").format(
                drafts=counted(self.tr("%Ln email draft(s)", "", drafts), drafts),
                people=people,
                folder=batch.drafts[0].parent,
            )
            text += "<br>" + self.tr("Open each one in your mail program, check it and send it.")
        elif batch.path is not None:
            text = self.tr("{letters} for {people} written to <b>{file}</b>.").format(
                letters=letters, people=people, file=batch.path
            )
        else:
            text = self.tr("{letters} for {people} saved in <b>{folder}</b>.").format(
                letters=letters, people=people, folder=batch.files[0].parent
            )
        singles = [f for f in batch.files if f != batch.path]
        if singles and batch.path is not None:
            also = self.tr("%Ln single letter(s) saved in {folder} too.", "", len(singles))
            text += "<br>" + counted(also, len(singles)).format(folder=singles[0].parent)
        self.result_label.setText(text)
        self.warnings.clear()
        self.warnings.addItems([problem_text(w) for w in batch.warnings])
        self.warnings.setVisible(bool(batch.warnings))
        self.preview_button.setVisible(bool(batch.files))
        self.result_box.setVisible(True)
        if batch.files:
            self.preview_result()

    def _result_pdf(self) -> Path | None:
        if self.result is None or not self.result.files:
            return None
        return Path(self.result.path or self.result.files[0])

    def preview_result(self) -> None:
        path = self._result_pdf()
        if path is None or not path.is_file():
            return
        title = self.tr("Letters — {file}").format(file=path.name)
        self.show_preview(path.read_bytes(), title, path)

    def show_preview(self, data: bytes, title: str, path: Path | None = None) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PdfPreviewDialog(data, title, path, self.window())
        self.preview_dialog.show()

    def open_folder(self) -> None:
        if self.result is None:
            return
        files = self.result.drafts or self.result.files
        if files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(files[0]).parent)))

    # -- the log and the templates ------------------------------------------------------
    def preview_logged_letter(self, *_args: Any) -> None:
        rows = selected_rows(self.log_view)
        if not rows:
            return
        entry = rows[0]
        database = self.context.database

        def work(_progress: Progress, _is_cancelled: CancelCheck) -> Any:
            from app.letters.letter_log import reproduce_letter

            with database.read() as session:
                return reproduce_letter(session, entry.id)

        def show(letter: Any) -> None:
            if letter.identical:
                title = self.tr("{name} — template {version}, identical to the file sent")
            else:
                title = self.tr("{name} — template {version}, made again")
            version = template_name(letter.template_version).lower()
            self.show_preview(letter.pdf, title.format(name=entry.recipient_name, version=version))

        label = self.tr("Making the letter again…")
        self.run(work, show, label=label, cancellable=False)

    def edit_templates(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            return
        from ui.dialogs.template_editor import TemplateEditorDialog

        dialog = TemplateEditorDialog(self.context.database, cycle, self.window())
        dialog.finished.connect(lambda _result: self.context.notify_changed())
        self.editor_dialog = dialog
        dialog.open()
