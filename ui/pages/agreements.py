"""Agreements: each running pair's or group's mentoring agreement, its goals and reviews.

The table lists the cycle's pairs and groups with where their agreement stands (none,
drafted, signed) and their goals; the editor writes an agreement in one transaction; the
reviews mark each goal met, in progress or dropped; "Print agreement…" writes the PDF in
the background through the safe writer, whose refusals are shown as sentences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.agreements import service as agreements
from app.agreements.document import document_languages, joined
from app.agreements.goals import review_goals
from app.agreements.listing import AgreementRow, agreement_rows, goal_counts
from app.agreements.messages import label
from app.db.models import Program
from ui import settings as keys
from ui.context import AppContext
from ui.core_text import problem_text
from ui.dialogs.agreement_editor import AgreementEditor, ReviewDialog
from ui.language import current_language
from ui.models.rows import Column, RowRole, RowTableModel, SortRole
from ui.pages.base import Page, heading, hint
from ui.pages.wording import counted, day, number
from ui.widgets.empty_state import EmptyState
from ui.widgets.flow_layout import flow_row
from ui.widgets.table import fit_columns, make_table, selected_rows

FOLDER = "agreements/folder"


def row_names(row: AgreementRow) -> str:
    """The people of a pair, or a group's name, as the window's language joins them."""
    if row.group_name:
        return row.group_name
    return joined(tuple(m.name for m in row.people), current_language())


class AgreementsPage(Page):
    title = "Agreements"
    tip = "Mentoring agreements, goals and their reviews (Ctrl+7)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.program_cadence = 60
        self.dialog: Any = None  # the dialog this page has open, if any (tests reach it)
        self.model: RowTableModel[AgreementRow] = RowTableModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = make_table(self.proxy, multi_select=False)
        fit_columns(self.table, {0: 22, 1: 34, 2: 10, 3: 10, 4: 6, 5: 6, 6: 8, 7: 12})
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._build()

    # -- construction -----------------------------------------------------------------
    def _columns(self) -> list[Column[AgreementRow]]:
        def state(row: AgreementRow) -> str:
            return problem_text(label("state", row.state))

        return [
            Column(self.tr("Mentor(s)"), lambda r: ", ".join(m.name for m in r.mentors)),
            Column(
                self.tr("Mentee(s) or group"),
                lambda r: (
                    (f"{r.group_name} — " if r.group_name else "")
                    + ", ".join(m.name for m in r.mentees)
                ),
            ),
            Column(
                self.tr("Agreement"), state, lambda r: ("none", "drafted", "signed").index(r.state)
            ),
            Column(
                self.tr("Meets every"),
                lambda r: (
                    self.tr("{days} d").format(days=number(r.meeting_every_days))
                    if r.meeting_every_days
                    else "—"
                ),
                lambda r: r.meeting_every_days or 0,
                header_tip=self.tr("The agreed meeting frequency, in days"),
            ),
            Column(
                self.tr("Goals"),
                lambda r: number(r.goal_count()),
                lambda r: r.goal_count(),
                align_right=True,
            ),
            Column(
                self.tr("Met"),
                lambda r: number(r.goal_count("met")),
                lambda r: r.goal_count("met"),
                align_right=True,
            ),
            Column(
                self.tr("Dropped"),
                lambda r: number(r.goal_count("dropped")),
                lambda r: r.goal_count("dropped"),
                align_right=True,
            ),
            Column(self.tr("Signed"), lambda r: day(r.signed_on), lambda r: r.signed_on or ""),
        ]

    def _build(self) -> None:
        self.edit_button = QPushButton(self.tr("Write agreement…"))
        self.edit_button.setToolTip(
            self.tr("Support, meetings, goals and how either side may end it")
        )
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.mid_button = QPushButton(self.tr("Mid-year review…"))
        self.mid_button.setToolTip(
            self.tr("Mark each goal met, in progress or dropped at mid-year")
        )
        self.mid_button.clicked.connect(lambda: self.review_selected("mid"))
        self.end_button = QPushButton(self.tr("End-of-year review…"))
        self.end_button.setToolTip(
            self.tr("Mark each goal met, in progress or dropped at year end")
        )
        self.end_button.clicked.connect(lambda: self.review_selected("end"))
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print agreement…"))
        self.print_button.setToolTip(
            self.tr(
                "A PDF with signature lines, in the language the pair reads (both versions "
                "when they read different languages); the arrow chooses another"
            )
        )
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_button.clicked.connect(lambda: self.print_selected())
        languages = QMenu(self.print_button)
        for text, lang in (
            (self.tr("In English"), "en"),
            (self.tr("In French"), "fr"),
            (self.tr("In English and French"), "both"),
        ):
            languages.addAction(text, lambda lang=lang: self.print_selected(lang=lang))
        self.print_button.setMenu(languages)
        self.print_all_button = QPushButton(self.tr("Print all…"))
        self.print_all_button.setToolTip(self.tr("One PDF per agreement, in a folder"))
        self.print_all_button.clicked.connect(lambda: self.print_all())
        self.delete_button = QPushButton(self.tr("Delete agreement…"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected agreement and its goals; the pair or group stays")
        )
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model_hint = hint("")
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search names  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.proxy.setFilterFixedString)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Agreements")), 0, Qt.AlignmentFlag.AlignTop)
        # The actions wrap onto a second line in a narrow window (125 % scaling, French).
        buttons = [
            self.edit_button,
            self.mid_button,
            self.end_button,
            self.print_button,
            self.print_all_button,
            self.delete_button,
        ]
        top.addWidget(flow_row(buttons), 1)
        self.empty = EmptyState(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)  # its own line: the French counts are long
        layout.addWidget(self.model_hint)
        layout.addWidget(self.search_box)
        layout.addWidget(self.empty, 1)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            self.model.set_rows([])
            self.summary.setText("")
            self.model_hint.setText("")
            self.empty.show_message(*self.context.no_cycle_message())
            self._enable()
            return
        keep = self.selected_row()
        with self.context.database.read() as session:
            rows = agreement_rows(session, cycle.id)
            counts = goal_counts(session, cycle.id)
            program = session.get(Program, cycle.program_id)
            used = bool(program.settings.get("agreements")) if program else False
            self.program_cadence = program.cadence_days if program else 60
        self.model.set_rows(rows)
        self._show_counts(counts)
        self.model_hint.setText(
            self.tr(
                "Each pair or group agrees on its types of support, how often to meet and its "
                "goals, reviewed mid-year and at the end of the year."
            )
            if used
            else self.tr(
                "Agreements belong to the faculty career mentoring model; any program may use them."
            )
        )
        # Without pairs the counts are all zero and the message below says it all.
        self.summary.setVisible(bool(rows))
        self.model_hint.setVisible(bool(rows))
        self.search_box.setVisible(bool(rows))
        if rows:
            self.empty.show_content()
            self.select(keep)
        else:
            self.empty.show_message(
                self.tr(
                    "Agreements are written for confirmed pairs and groups.\n"
                    "Confirm matches on the Matching page first; they then show here.\n"
                    "Agreements belong to the faculty career mentoring model, "
                    "and any program may use them."
                )
            )
        self._enable()

    def _show_counts(self, counts: dict[str, int]) -> None:
        made, without = counts["agreements"], counts["pairs_without"]
        self.summary.setText(
            counted(self.tr("%Ln agreement(s)", "", made), made)
            + " · "
            + counted(self.tr("%Ln without one", "", without), without)
            + " · "
            + self.tr("goals: {met} met, {progress} in progress, {dropped} dropped").format(
                met=number(counts["met"]),
                progress=number(counts["in_progress"]),
                dropped=number(counts["dropped"]),
            )
        )

    def selected_row(self) -> AgreementRow | None:
        rows = selected_rows(self.table, RowRole)
        return rows[0] if rows else None

    def select(self, row: AgreementRow | None) -> None:
        for n in range(self.proxy.rowCount()):
            found: AgreementRow = self.proxy.index(n, 0).data(RowRole)
            if row is None or (found.match_id, found.group_id) == (row.match_id, row.group_id):
                self.table.selectRow(n)
                return

    def _enable(self) -> None:
        row = self.selected_row()
        has = row is not None and row.agreement_id is not None
        self.edit_button.setEnabled(row is not None)
        self.edit_button.setText(self.tr("Edit agreement…") if has else self.tr("Write agreement…"))
        for button in (self.mid_button, self.end_button, self.print_button, self.delete_button):
            button.setEnabled(has)
        self.print_all_button.setEnabled(any(r.agreement_id for r in self.model.rows()))

    # -- actions ----------------------------------------------------------------------
    def _view(self, row: AgreementRow) -> agreements.AgreementView | None:
        if row.agreement_id is None:
            return None
        with self.context.database.read() as session:
            return agreements.get_agreement(session, row.agreement_id)

    def edit_selected(self, dialog_hook: Any = None) -> bool:
        """Open the editor for the selected pair or group; True when an agreement was saved."""
        row = self.selected_row()
        if row is None:
            return False
        language = document_languages(row)[0] if len(document_languages(row)) == 1 else None
        editor = AgreementEditor(
            row_names(row),
            self._view(row),
            self.program_cadence,
            language or current_language(),
            self,
        )
        self.dialog = editor
        if dialog_hook is not None:
            dialog_hook(editor)
        if editor.exec() != AgreementEditor.DialogCode.Accepted:
            return False
        draft = editor.draft()

        def save() -> None:
            with self.context.database.write() as session:
                agreements.save_agreement(
                    session, draft, match_id=row.match_id, group_id=row.group_id
                )

        return self.act(save)

    def review_selected(self, stage: str, dialog_hook: Any = None) -> bool:
        row = self.selected_row()
        view = self._view(row) if row is not None else None
        if row is None or view is None:
            return False
        title = self.tr("Review")
        if not view.goals:
            QMessageBox.information(
                self, title, self.tr("This agreement has no goals yet; add them in the editor.")
            )
            return False
        dialog = ReviewDialog(row_names(row), stage, view.goals, self)
        self.dialog = dialog
        if dialog_hook is not None:
            dialog_hook(dialog)
        if dialog.exec() != ReviewDialog.DialogCode.Accepted:
            return False
        statuses, on = dialog.statuses(), dialog.reviewed_on()

        def save() -> None:
            with self.context.database.write() as session:
                review_goals(session, view.id, stage, statuses, on)

        return self.act(save)

    def delete_selected(self) -> bool:
        """Delete the selected agreement after asking, naming the pair; True when deleted."""
        row = self.selected_row()
        if row is None or row.agreement_id is None:
            return False
        agreement_id = row.agreement_id
        answer = QMessageBox.question(
            self,
            self.tr("Delete agreement"),
            self.tr(
                "Delete the agreement of {names} with its goals and reviews? "
                "The pair or group itself stays."
            ).format(names=row_names(row)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def delete() -> None:
            with self.context.database.write() as session:
                agreements.delete_agreement(session, agreement_id)

        return self.act(delete)

    def _folder(self) -> str:
        value = keys.settings().value(FOLDER)
        return str(value) if value else QDir.homePath()

    def print_selected(self, path: Path | None = None, lang: str | None = None) -> None:
        """Write the selected agreement's PDF (off the GUI thread)."""
        from app.agreements.document import cycle_documents
        from app.agreements.printing import suggested_file_name

        row = self.selected_row()
        if row is None or row.agreement_id is None or self.context.cycle is None:
            return
        cycle_id, agreement_id = self.context.cycle.id, row.agreement_id
        if path is None:
            with self.context.database.read() as session:
                documents = cycle_documents(session, cycle_id, {agreement_id}, lang)
            name = suggested_file_name(documents[0]) if documents else "agreement.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Print agreement"),
                str(Path(self._folder()) / name),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        keys.settings().setValue(FOLDER, str(path.parent))
        database = self.context.database

        def work(*_: Any) -> Path:
            from app.agreements.printing import write_agreement_file

            with database.read() as session:
                return write_agreement_file(session, cycle_id, agreement_id, path, lang=lang)

        self.run(work, self._printed, label=self.tr("Writing the agreement…"), cancellable=False)

    def print_all(self, folder: Path | None = None) -> None:
        if self.context.cycle is None:
            return
        cycle_id = self.context.cycle.id
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the agreements"), self._folder()
            )
            if not chosen:
                return
            folder = Path(chosen)
        keys.settings().setValue(FOLDER, str(folder))
        database = self.context.database

        def work(*_: Any) -> list[Path]:
            from app.agreements.printing import write_agreement_files

            with database.read() as session:
                return write_agreement_files(session, cycle_id, folder)

        self.run(work, self._printed, label=self.tr("Writing the agreements…"), cancellable=False)

    def _printed(self, result: Path | list[Path]) -> None:
        files = result if isinstance(result, list) else [result]
        where = files[0] if len(files) == 1 else files[0].parent
        text = self.tr("%Ln agreement(s) written to {path}.", "", len(files))
        QMessageBox.information(
            self, self.tr("Agreements"), counted(text, len(files)).format(path=where)
        )
