"""A participant's orientation sessions (add, change, remove), and importing an attendance
sheet through the check-in import's dialog (dry run first, then import)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDir, QLocale, QObject
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MentorDeskError
from app.orientation import service as orientation
from app.orientation.service import OrientationRow
from ui.core_text import problem_text
from ui.dialogs.import_meetings import ImportMeetingsDialog
from ui.models.rows import Column, RowTableModel
from ui.widgets.table import make_table, selected_rows
from ui.worker import show_failure

FOLDER = "attendance/folder"
IMPORT_PATTERNS = "(*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)"
_CONTEXT = "AttendanceImport"
FIELD_NAMES = {
    "email": QT_TRANSLATE_NOOP("AttendanceImport", "email"),
    "date": QT_TRANSLATE_NOOP("AttendanceImport", "date"),
    "hours": QT_TRANSLATE_NOOP("AttendanceImport", "hours"),
    "session": QT_TRANSLATE_NOOP("AttendanceImport", "session"),
}


def _day(value: dt.date | None) -> str:
    from ui.pages.wording import day  # the app's one date format

    return day(value)


def _hours(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value, "g", 4)


COLUMNS: list[Column[OrientationRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Date"), lambda r: _day(r.held_on), sort_key=lambda r: r.held_on
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Hours"),
        lambda r: _hours(r.hours),
        sort_key=lambda r: r.hours or 0.0,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Session"), lambda r: r.session),
]


class OrientationDialog(QDialog):
    """The sessions of one participant; every change is saved at once (one transaction)."""

    def __init__(
        self, database: Any, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.participant_id = participant_id
        self.changed = False
        self.setWindowTitle(self.tr("Orientation of {name}").format(name=name))
        self.resize(620, 420)
        self.model: RowTableModel[OrientationRow] = RowTableModel(COLUMNS, self)
        self.table = make_table(self.model, multi_select=False)
        self.table.selectionModel().selectionChanged.connect(self._on_select)
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDate(QDate.currentDate())
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.0, orientation.MAX_HOURS)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(self.tr("not recorded"))
        self.session = QLineEdit()
        self.session.setMaxLength(orientation.MAX_SESSION)
        self.session.setPlaceholderText(self.tr("e.g. Welcome evening"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.add_button = QPushButton(self.tr("Add session"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.delete_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self._layout()
        self.reload()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.held_on)
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("Session:"), self.session)
        actions = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(close)

    def reload(self) -> None:
        with self.database.read() as session:
            self.model.set_rows(orientation.list_orientation(session, self.participant_id))
        self._on_select()

    def selected(self) -> OrientationRow | None:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def _on_select(self, *_: Any) -> None:
        row = self.selected()
        self.save_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is not None:
            if row.held_on is not None:
                self.held_on.setDate(QDate(row.held_on.year, row.held_on.month, row.held_on.day))
            self.hours.setValue(row.hours or 0.0)
            self.session.setText(row.session)

    def values(self) -> tuple[dt.date, float | None, str]:
        day = self.held_on.date()
        hours = self.hours.value()
        return dt.date(day.year(), day.month(), day.day()), (hours or None), self.session.text()

    def _write(self, change: Any) -> bool:
        try:
            with self.database.write() as session:
                change(session)
        except MentorDeskError as exc:
            self.problem.setText(problem_text(exc.message))
            return False
        self.problem.clear()
        self.changed = True
        self.reload()
        return True

    def add(self) -> None:
        held_on, hours, name = self.values()
        self._write(
            lambda s: orientation.add_orientation(s, self.participant_id, held_on, hours, name)
        )

    def save(self) -> None:
        row = self.selected()
        if row is None:
            return
        held_on, hours, name = self.values()
        self._write(lambda s: orientation.update_orientation(s, row.id, held_on, hours, name))

    def delete(self) -> None:
        row = self.selected()
        if row is not None:
            self._write(lambda s: orientation.delete_orientation(s, row.id))


def add_orientation_button(form: Any, database: Any, participant_id: int, name: str) -> None:
    """An "Orientation…" button in the person's detail (``ParticipantForm``): the sessions
    are saved as they are changed, whatever the form does next."""
    button = form.buttons.addButton(
        QCoreApplication.translate("OrientationDialog", "Orientation…"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )

    def show() -> None:
        dialog = OrientationDialog(database, participant_id, name, form)
        form.orientation_dialog = dialog
        dialog.open()

    button.clicked.connect(show)
    form.orientation_button = button


# -- importing an attendance sheet ----------------------------------------------------
def field_name(field: str) -> str:
    if field in FIELD_NAMES:
        return QCoreApplication.translate("AttendanceImport", FIELD_NAMES[field])
    return field


def describe_attendance(report: Any) -> str:
    """One plain paragraph about an attendance import report (dry run or real)."""
    dry = report.dry_run
    parts = [
        QCoreApplication.translate(
            "AttendanceImport", "%Ln row(s) read from {file}.", "", report.rows
        ).format(file=Path(report.file).name),
        QCoreApplication.translate(
            "AttendanceImport", "%Ln session(s) would be added.", "", report.imported
        )
        if dry
        else QCoreApplication.translate(
            "AttendanceImport", "%Ln session(s) were added.", "", report.imported
        ),
    ]
    if report.unchanged:
        parts.append(
            QCoreApplication.translate(
                "AttendanceImport", "%Ln row(s) already recorded and skipped.", "", report.unchanged
            )
        )
    if report.rejected_rows:
        parts.append(
            QCoreApplication.translate(
                "AttendanceImport",
                "%Ln row(s) rejected: fix the spreadsheet and import again.",
                "",
                report.rejected_rows,
            )
        )
    if dry:
        parts.append(QCoreApplication.translate("AttendanceImport", "Nothing has been saved yet."))
    notes = [problem_text(w) for w in report.warnings[:10]]
    text = " ".join(parts)
    return "\n\n".join([text, "\n".join(notes)]) if notes else text


class AttendanceImport(QObject):
    """File → Import attendance…: choose the sheet, see the dry run, then import.

    ``page`` runs the work in the background (``Page.run``) and is told of the change.
    """

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: ImportMeetingsDialog | None = None

    def start(self, path: Path | None = None) -> None:
        from ui.pages.engagement.actions import remember, remembered

        if self.page.context.cycle is None:
            return
        if path is None:
            patterns = self.tr("Attendance sheets {patterns};;All files (*)").format(
                patterns=IMPORT_PATTERNS
            )
            chosen, _ = QFileDialog.getOpenFileName(
                self.page,
                self.tr("Import attendance"),
                remembered(FOLDER, QDir.homePath()),
                patterns,
            )
            if not chosen:
                return
            path = Path(chosen)
            remember(FOLDER, str(path.parent))
        dialog = ImportMeetingsDialog(
            path,
            self.page,
            title=self.tr("Import attendance"),
            describe=describe_attendance,
            field_name=field_name,
            sheet_prompt=self.tr("Choose the sheet that holds the attendance to import."),
        )
        dialog.accepted.connect(lambda: self._run(path, dry_run=False, sheet=dialog.sheet))
        dialog.sheetChosen.connect(lambda sheet: self._run(path, dry_run=True, sheet=sheet))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        self._run(path, dry_run=True)

    def _run(self, path: Path, *, dry_run: bool, sheet: str | None = None) -> None:
        database, cycle_id = self.page.context.database, self.page.context.cycle_id
        dialog = self.dialog if dry_run else None

        def work(progress: Any, is_cancelled: Any) -> Any:
            from app.orientation.attendance import import_attendance

            scope = database.read() if dry_run else database.write()  # a dry run rolls back
            with scope as session:
                return import_attendance(
                    session,
                    cycle_id,
                    path,
                    dry_run=dry_run,
                    progress=progress,
                    is_cancelled=is_cancelled,
                    sheet=sheet,
                )

        def failed(exc: BaseException) -> None:
            if dialog is not None and isinstance(exc, MentorDeskError):
                dialog.show_error(exc)
            else:
                show_failure(self.page, exc)

        success = dialog.show_report if dialog is not None else self._imported
        if dry_run:
            label = self.tr("Checking {file}…").format(file=path.name)
        else:
            label = self.tr("Importing {file}…").format(file=path.name)
        self.page.run(work, success, failure=failed, label=label)

    def _imported(self, report: Any) -> None:
        self.page.context.notify_changed()
        QMessageBox.information(self.page, self.tr("Import finished"), describe_attendance(report))
