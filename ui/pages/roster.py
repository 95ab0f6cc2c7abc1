"""The roster: everyone in the cycle, filtered and sorted; add, edit, withdraw, bulk edit,
delete, export; and import sign-ups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.progress import CancelCheck, Progress
from app.roster.row import ParticipantRow
from ui.context import AppContext
from ui.models.participant_columns import COLUMNS
from ui.models.participants import (
    ParticipantFilterProxy,
    ParticipantIdRole,
    ParticipantRowRole,
    ParticipantTableModel,
)
from ui.pages.base import Page, heading
from ui.pages.roster_actions import RosterExport, RosterForms, ask_delete_reason
from ui.pages.roster_filters import ColumnChooser, FilterBar
from ui.pages.roster_privacy import PersonPrivacy, saved_letters_note
from ui.pages.wording import counted, number
from ui.widgets.empty_state import EmptyState
from ui.widgets.table import fit_columns, make_table, selected_rows

if TYPE_CHECKING:  # the dialogs load when first opened: the roster is the first screen
    from app.roster.first_page import FirstPage
    from ui.dialogs.bulk_edit import BulkEditDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.participant_form import ParticipantForm

SPREADSHEET_SUFFIXES = (".csv", ".xlsx", ".xls", ".ods", ".tsv", ".txt")
INSTANT_FILTER_ROWS = 5000  # above this, the search waits for a pause in typing


def _button(text: str, tip: str, slot: Any) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(lambda: slot())
    return button


class RosterPage(Page):
    title = "Roster"
    tip = "Everyone taking part in this cycle (Ctrl+1)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.import_dialog: ImportWizard | None = None
        self.bulk_dialog: BulkEditDialog | None = None
        self.exporter = RosterExport(self)
        self.forms = RosterForms(self)
        self.privacy = PersonPrivacy(self)
        self._keep_selected: list[int] = []
        self.model = ParticipantTableModel(self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        fit_columns(self.table, {n: c.width for n, c in enumerate(COLUMNS)})
        self.columns = ColumnChooser(self.table)
        self.empty = EmptyState(self.table)
        self.summary = QLabel()
        self.count_label = QLabel()
        self.filters = FilterBar()
        self.search_box: QLineEdit | None = self.filters.search_box
        self.role_box = self.filters.role_box
        self.filters.changed.connect(self._on_filter)
        self._build_buttons()
        self._connect_table()
        self._layout()
        self._update_buttons()

    def _build_buttons(self) -> None:
        self.add_button = _button(
            self.tr("Add participant…"), self.tr("Type in one person by hand"), self.add
        )
        self.import_button = _button(
            self.tr("Import sign-ups…"),
            self.tr("Add people from a sign-up spreadsheet (CSV, Excel or OpenDocument)"),
            self.start_import,
        )
        self.export_button = _button(
            self.tr("Export…"),
            self.tr("Save participants, matches (for a mail merge) or meetings as Excel or CSV"),
            self.start_export,
        )
        self.edit_button = _button(
            self.tr("Edit…"), self.tr("Open the selected person's details (Enter)"),
            self.edit_selected,
        )  # fmt: skip
        self.bulk_button = _button(
            self.tr("Edit selected…"),
            self.tr(
                "Change letter language, role, status, capacity, interests and more for "
                "every selected person"
            ),
            self.bulk,
        )
        self.withdraw_button = _button(
            self.tr("Withdraw"),
            self.tr("Mark the selected people as no longer taking part (Reactivate undoes it)"),
            lambda: self.set_selected_status("withdrawn"),
        )
        self.reactivate_button = _button(
            self.tr("Reactivate"),
            self.tr("Bring the selected withdrawn people back"),
            lambda: self.set_selected_status("active"),
        )
        self.delete_button = _button(
            self.tr("Delete person…"),
            self.tr("Remove the selected person and everything about them, for good"),
            self.delete_selected,
        )

    def _connect_table(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(
            lambda index: self.edit_participant(index.data(ParticipantIdRole))
        )
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        # Filtering and reloading reset the model; keep the selected people selected.
        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Roster")))
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (
            self.edit_button,
            self.bulk_button,
            self.withdraw_button,
            self.reactivate_button,
            self.delete_button,
        ):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bottom)

    # -- loading and filtering --------------------------------------------------------
    def refresh(self) -> None:
        cycle = self.context.cycle
        if cycle is None:
            self.filters.fill((), ())
            self.model.set_rows([])
            self.summary.setText("")
            self.empty.show_message(*self.context.no_cycle_message())
            self._update_buttons()
            return
        first = self.context.first_page
        if first is not None:
            self._show_first_page(first)
            return
        # The services load here, after the window's first paint (see ui/app.py).
        from app.catalogue import load_catalogue
        from app.eligibility.checking import annotate_rows
        from app.programs.sensitive import annotate_sensitive, hidden_answers
        from app.roster.service import list_participants

        with self.context.database.read() as session:
            rows = annotate_rows(session, cycle.id, list_participants(session, cycle.id))
            rows = annotate_sensitive(session, cycle.id, rows)
            self.columns.set_sensitive(hidden_answers(session, cycle.id))
            catalogue = load_catalogue(session, cycle.program_id)
        self.model.set_catalogue(catalogue)  # answers shown in the window's language
        self.model.set_rows(rows)
        self.filters.show_eligibility(any(r.eligibility or r.has_orientation for r in rows))
        withdrawn = sum(r.status == "withdrawn" for r in rows)
        unmatched = sum(r.status == "active" and not r.matched for r in rows)
        self._show_rows(len(rows), withdrawn, unmatched)

    def _show_first_page(self, first: FirstPage) -> None:
        """The first rows from a plain read, shown as the full load will show them, minus
        what the services add (eligibility, sensitive answers), until it replaces them."""
        self.model.set_catalogue(first.catalogue)
        self.model.set_rows(first.rows)
        self.filters.show_eligibility(first.eligibility_shown)
        self._show_rows(first.total, first.withdrawn, first.unmatched)

    def _show_rows(self, total: int, withdrawn: int, unmatched: int) -> None:
        cycle = self.context.cycle
        assert cycle is not None
        self.filters.fill(cycle.role_ladder, self.model.interests())
        self.filters.instant = total <= INSTANT_FILTER_ROWS
        self._on_filter()
        self._show_summary(total, withdrawn, unmatched)
        if total:
            self.empty.show_content()
        else:
            self.empty.show_message(
                self.tr(
                    "Nobody has signed up for {cycle} yet.\n\nImport the sign-up "
                    "spreadsheet exported from your form (CSV, Excel or OpenDocument), "
                    "or drag the file onto this window."
                ).format(cycle=cycle.title),
                self.tr("Import sign-ups…"),
                self.start_import,
            )
        self._update_buttons()

    def _show_summary(self, total: int, withdrawn: int, unmatched: int) -> None:
        parts = [
            self._participants(total),
            self.tr("%Ln not matched yet", "", unmatched),
        ]
        if withdrawn:
            parts.append(self.tr("%Ln withdrawn", "", withdrawn))
        self.summary.setText(" · ".join(parts))

    def _participants(self, count: int) -> str:
        return counted(self.tr("%Ln participant(s)", "", count), count)

    def _on_filter(self) -> None:
        self.proxy.set_filter(self.filters.current())
        self._show_count()

    def _show_count(self) -> None:
        if self.context.first_page is not None:  # only the first rows are read yet
            self.count_label.setText(self.tr("Loading the roster…"))
            self.export_button.setEnabled(False)
            return
        shown, total = self.model.shown(), self.model.total()
        text = self.tr("{shown} of {total}").format(
            shown=number(shown), total=self._participants(total)
        )
        if total and not shown:
            text += self.tr(" — nobody matches these filters")
        selected = len(self._selected_ids())
        if selected > 1:
            text += " · " + self.tr("%Ln selected", "", selected)
        self.count_label.setText(text)
        # Nothing on screen, nothing to export (an empty cycle, or filters that hide all).
        self.export_button.setEnabled(self.context.cycle is not None and shown > 0)

    def _remember_selection(self) -> None:
        self._keep_selected = self._selected_ids()

    def _restore_selection(self) -> None:
        if not self._keep_selected:
            return
        selection = QItemSelection()
        for position in self.model.position_of(self._keep_selected):
            index = self.proxy.index(position, 0)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        self._keep_selected = []

    # -- selection and buttons --------------------------------------------------------
    def _selected(self) -> list[ParticipantRow]:
        return [r for r in selected_rows(self.table, ParticipantRowRole) if r is not None]

    def _selected_ids(self) -> list[int]:
        return [i for i in selected_rows(self.table, ParticipantIdRole) if i is not None]

    def _update_buttons(self, *_: QItemSelection) -> None:
        rows = self._selected()
        has_cycle = self.context.cycle is not None
        self.edit_button.setEnabled(len(rows) == 1)
        self.bulk_button.setEnabled(len(rows) >= 1)
        self.withdraw_button.setEnabled(any(r.status == "active" for r in rows))
        self.reactivate_button.setEnabled(any(r.status == "withdrawn" for r in rows))
        self.delete_button.setEnabled(len(rows) == 1)
        for button in (self.add_button, self.import_button):
            button.setEnabled(has_cycle)
        self._show_count()

    def _row_menu(self, position: Any) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        for button in (
            self.edit_button,
            self.bulk_button,
            self.withdraw_button,
            self.reactivate_button,
            self.delete_button,
        ):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        rows = self._selected()
        if len(rows) == 1:
            menu.addSeparator()
            menu.addAction(
                self.tr("Export this person's data…"), lambda: self.privacy.export(rows[0])
            )
            menu.addAction(self.tr("Anonymise person…"), lambda: self.privacy.anonymise(rows[0]))
            menu.addAction(self.tr("Show mentoring chain…"), lambda: self.show_chain(rows[0].id))
        menu.popup(self.table.viewport().mapToGlobal(position))

    def show_chain(self, participant_id: int) -> None:
        from ui.dialogs.mentoring_chain import show_mentoring_chain

        self.chain_dialog = show_mentoring_chain(self, self.context.database, participant_id)

    def say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    # -- add and edit -----------------------------------------------------------------
    @property
    def form_dialog(self) -> ParticipantForm | None:
        return self.forms.dialog

    def add(self) -> None:
        self.forms.add(self.filters.role_box.currentData())

    def edit_selected(self) -> None:
        ids = self._selected_ids()
        current = self.table.currentIndex()
        if len(ids) == 1:
            self.edit_participant(ids[0])
        elif current.isValid():
            self.edit_participant(current.data(ParticipantIdRole))

    def edit_participant(self, participant_id: int | None) -> None:
        if participant_id is not None:
            self.forms.edit(participant_id)

    def select_ids(self, participant_ids: list[int]) -> None:
        """Select these participants where the table shows them."""
        self._keep_selected = list(participant_ids)
        self._restore_selection()

    # -- withdraw, bulk edit, delete --------------------------------------------------
    def set_selected_status(self, status: str) -> None:
        ids = self._selected_ids()
        if not ids:
            return

        def change() -> None:
            from app.roster.service import set_status

            with self.context.database.write() as session:
                for participant_id in ids:
                    set_status(session, participant_id, status)

        if self.act(change):
            count = len(ids)
            if status == "withdrawn":
                text = self.tr("Withdrew %Ln participant(s). Reactivate to undo.", "", count)
            else:
                text = self.tr("Reactivated %Ln participant(s). Withdraw to undo.", "", count)
            self.say(counted(text, count))

    def bulk(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        from app.roster.bulk import bulk_edit
        from ui.dialogs.bulk_edit import BulkEditDialog

        cycle = self.context.cycle
        roles = list(cycle.role_ladder) if cycle is not None else []
        dialog = BulkEditDialog(len(ids), self, roles=roles)

        def apply() -> None:
            changes = dialog.changes()
            changed: list[int] = []

            def change() -> None:
                with self.context.database.write() as session:
                    changed.append(bulk_edit(session, ids, **changes))

            if self.act(change):
                text = self.tr("Changed %Ln participant(s).", "", changed[0])
                self.say(counted(text, changed[0]))

        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _result: setattr(self, "bulk_dialog", None))
        self.bulk_dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        rows = self._selected()
        if len(rows) != 1:
            return
        from app.roster import service as roster

        row = rows[0]
        with self.context.database.read() as session:
            history = roster.person_history(session, row.person_id)
        files_note = saved_letters_note(self.context.database, row.person_id)
        reason = ask_delete_reason(self, row.name, history, files_note)
        if reason is None:
            return
        database, person_id, name = self.context.database, row.person_id, row.name

        def work(_progress: Progress, _cancelled: CancelCheck) -> None:
            roster.delete_person(database, person_id, reason=reason)

        def done(_result: Any) -> None:
            self.context.notify_changed()
            self.say(self.tr("Deleted {name} and everything about them.").format(name=name))

        label = self.tr("Deleting {name}…").format(name=name)
        self.run(work, done, label=label, cancellable=False)

    # -- export -----------------------------------------------------------------------
    def start_export(self, kind: str = "participants") -> None:
        self.exporter.start(kind)

    # -- import -----------------------------------------------------------------------
    def start_import(self, path: Path | None = None) -> None:
        from ui.dialogs.import_wizard import start_import_wizard

        self.import_dialog = start_import_wizard(self, self.context, path)
