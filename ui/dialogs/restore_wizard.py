"""The restore wizard: pick a backup, unlock it, see what it holds, confirm.

The wizard only reads the backup. Replacing the database is ``run_restore``'s job: it
closes the database, restores off the GUI thread behind a modal progress window (the
service verifies the backup and keeps a safety copy first), then reopens the database and
reloads every page. A refused backup leaves the current database as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.backup.service import BackupInfo
from app.errors import MentorDeskError
from ui.models.rows import RowRole, RowTableModel
from ui.widgets.table import fit_columns, make_table, selected_rows
from ui.worker import Operation, show_failure

log = logging.getLogger(__name__)

PICK, UNLOCK, CONTENTS, CONFIRM = range(4)
_running = False


def restore_running() -> bool:
    """True while a restore has the database closed (automatic backups wait)."""
    return _running


def _when(moment: dt.datetime, long: bool = False) -> str:
    """A backup's date and time in the interface's language."""
    pattern = (
        QCoreApplication.translate("RestoreWizard", "dddd d MMMM yyyy 'at' HH:mm")
        if long
        else QCoreApplication.translate("RestoreWizard", "d MMMM yyyy 'at' HH:mm")
    )
    return QLocale().toString(QDateTime(moment), pattern)


def _count(text: str, count: int) -> str:
    """``text`` with its ``%n`` number grouped the way the interface's language writes it."""
    return text.replace(str(count), QLocale().toString(count))


def _problem(exc: MentorDeskError) -> str:
    """The refusal's sentence; the one a coordinator meets most, a wrong passphrase, is
    worded in the interface's language (the others name files and stay as the core says)."""
    from app.backup.crypto import WRONG_PASSPHRASE

    if exc.message == WRONG_PASSPHRASE:
        return QCoreApplication.translate(
            "RestoreWizard", "The passphrase is wrong or the backup is damaged."
        )
    from ui.core_text import problem_text

    return problem_text(exc.message)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _inspect(path: Path, passphrase: str | None) -> BackupInfo:
    from app.backup.service import inspect_backup

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return inspect_backup(path, passphrase)
    finally:
        QGuiApplication.restoreOverrideCursor()


class PickPage(QWizardPage):
    def __init__(self, backups: list[BackupInfo], chosen: Path | None) -> None:
        super().__init__()
        from ui.pages.backups import BACKUP_COLUMNS

        self.setTitle(self.tr("Choose a backup"))
        self.setSubTitle(
            self.tr(
                "Everything changed since the backup was made will be replaced. The current "
                "data is saved as a safety copy first, so a restore can itself be undone."
            )
        )
        self.file: Path | None = chosen
        self.model: RowTableModel[Any] = RowTableModel(BACKUP_COLUMNS, self)
        self.model.set_rows(backups)
        self.table = make_table(self.model, multi_select=False)
        fit_columns(self.table, {0: 17, 1: 16, 2: 9, 3: 9, 4: 10, 5: 9})
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._table_chosen)
        self.table.doubleClicked.connect(lambda _i: self.wizard().next())
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        browse = QPushButton(self.tr("Choose a file…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(browse)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._select(chosen)

    def _select(self, chosen: Path | None) -> None:
        view_model = self.table.model()
        for row in range(view_model.rowCount()):
            info = view_model.index(row, 0).data(RowRole)
            if chosen is not None and Path(info.path) == chosen:
                self.table.selectRow(row)
                return
        self._show_file()

    def _table_chosen(self, *_: Any) -> None:
        rows = selected_rows(self.table)
        if rows:
            self.file = Path(rows[0].path)
            self._show_file()

    def _show_file(self) -> None:
        self.error.hide()
        text = (
            self.tr("Chosen: {file}").format(file=self.file)
            if self.file
            else self.tr("Or restore a backup file from elsewhere.")
        )
        self.file_label.setText(text)
        self.completeChanged.emit()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            "",
            self.tr("MentorDesk backups (*.mentordesk-backup *.db *.sqlite);;All files (*)"),
        )
        if name:
            self.table.clearSelection()
            self.file = Path(name)
            self._show_file()

    def isComplete(self) -> bool:
        return self.file is not None

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, RestoreWizard) and self.file is not None
        try:
            info = _inspect(self.file, None)
        except MentorDeskError as exc:
            self.error.setText(_problem(exc))
            self.error.show()
            return False
        wizard.path, wizard.info, wizard.passphrase = self.file, info, None
        return True

    def nextId(self) -> int:
        wizard = self.wizard()
        info = getattr(wizard, "info", None)
        return UNLOCK if info is not None and info.encrypted else CONTENTS


class UnlockPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Type the backup's passphrase"))
        self.setSubTitle(self.tr("This backup is encrypted. Only its passphrase can open it."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.error)

    def initializePage(self) -> None:
        self.passphrase.clear()
        self.error.hide()

    def isComplete(self) -> bool:
        return bool(self.passphrase.text())

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, RestoreWizard) and wizard.path is not None
        try:
            wizard.info = _inspect(wizard.path, self.passphrase.text())
        except MentorDeskError as exc:
            self.error.setText(_problem(exc))
            self.error.show()
            self.passphrase.selectAll()
            return False
        wizard.passphrase = self.passphrase.text()
        return True

    def nextId(self) -> int:
        return CONTENTS


def _listing(items: list[str]) -> str:
    if not items:
        return QCoreApplication.translate("RestoreWizard", "none")
    shown = items[:8]
    hidden = len(items) - len(shown)
    more = (
        _count(QCoreApplication.translate("RestoreWizard", " and %n more", None, hidden), hidden)
        if hidden > 0
        else ""
    )
    return "; ".join(shown) + more


class ContentsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What this backup holds"))
        self.setSubTitle(self.tr("Check that this is the backup you want before restoring it."))
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        names = {
            "Made on": self.tr("Made on:"),
            "File": self.tr("File:"),
            "Size": self.tr("Size:"),
            "Passphrase": self.tr("Passphrase:"),
            "Made by": self.tr("Made by:"),
            "Programs": self.tr("Programs:"),
            "Cycles": self.tr("Cycles:"),
            "Participants": self.tr("Participants:"),
            "Matches": self.tr("Matches:"),
            "Contacts logged": self.tr("Contacts logged:"),
        }
        for key, name in names.items():
            label = QLabel()
            if key not in ("Participants", "Matches", "Contacts logged"):
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            form.addRow(name, label)

    def initializePage(self) -> None:
        from app.db.migrate import head_revision
        from ui.pages.backups import human_size

        wizard = self.wizard()
        assert isinstance(wizard, RestoreWizard) and wizard.info is not None
        info = wizard.info
        # The schema revision means nothing to a coordinator: say which version made it.
        if not info.schema_revision:
            made_by = self.tr("Unknown (the file could not be read)")
        elif info.schema_revision != head_revision():
            made_by = self.tr("An earlier MentorDesk (upgraded after the restore)")
        else:
            made_by = self.tr("This version of MentorDesk")

        def number(count: int | None) -> str:
            return "" if count is None else QLocale().toString(count)

        shown = {
            "Made on": _when(info.created_at, long=True),
            "File": str(info.path),
            "Size": human_size(info.bytes),
            "Passphrase": self.tr("Yes, encrypted") if info.encrypted else self.tr("No"),
            "Made by": made_by,
            "Programs": _listing(info.programs),
            "Cycles": _listing(info.cycles),
            "Participants": number(info.participants),
            "Matches": number(info.matches),
            "Contacts logged": number(info.meetings),
        }
        for key, value in shown.items():
            self.values[key].setText(value)

    def nextId(self) -> int:
        return CONFIRM


class ConfirmPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Restore this backup?"))
        self.setSubTitle(self.tr("Last step: nothing has changed yet."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I understand that the current data will be replaced"))
        self.registerField("understood*", self.understood)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.understood)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, RestoreWizard) and wizard.info is not None
        info = wizard.info
        count_people, count_matches = info.participants or 0, info.matches or 0
        people = _count(self.tr("%n participant(s)", "", count_people), count_people)
        matches = _count(self.tr("%n match(es)", "", count_matches), count_matches)
        self.summary.setText(
            self.tr(
                "MentorDesk will replace all current data with the backup made on {when} "
                "({participants}, {matches}).\n\n"
                "Before anything is replaced, the backup is checked again and the current "
                "data is saved as a safety copy in {folder}. MentorDesk closes the database "
                "during the restore and reopens it afterwards."
            ).format(
                when=_when(info.created_at),
                participants=people,
                matches=matches,
                folder=wizard.safety_dir,
            )
        )


class RestoreWizard(QWizard):
    """Ask which backup to restore; read ``path`` and ``passphrase`` once accepted."""

    def __init__(
        self,
        backups: list[BackupInfo],
        safety_dir: Path,
        *,
        chosen: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Restore"))
        self.path: Path | None = None
        self.info: BackupInfo | None = None
        self.passphrase: str | None = None
        self.safety_dir = safety_dir
        self.pick = PickPage(backups, chosen)
        self.unlock = UnlockPage()
        self.contents = ContentsPage()
        self.confirm = ConfirmPage()
        for page_id, page in enumerate((self.pick, self.unlock, self.contents, self.confirm)):
            self.setPage(page_id, page)
        self.setStartId(PICK)
        self.resize(760, 520)


def run_restore(window: Any, backup: Path, passphrase: str | None) -> Operation[Any]:
    """Restore ``backup`` over ``window``'s database off the GUI thread, then reopen.

    ``window`` is the main window: ``context`` (database, replace_database) and
    ``reload_cycles``. Sessions are short-lived, so disposing the engine closes the
    database; the restore itself refuses it if anything still holds it open.
    """
    from app.backup.restore import restore_database
    from app.db.migrate import open_database
    from ui.dialogs.backup_settings import load_backup_settings

    global _running
    db_path = window.context.database.path
    safety_dir = load_backup_settings().folder
    window.context.database.dispose()
    _running = True

    def work(_progress: Any, _cancelled: Any) -> Any:
        return restore_database(db_path, backup, passphrase=passphrase, safety_dir=safety_dir)

    def reopen() -> None:
        global _running
        _running = False
        window.context.replace_database(open_database(db_path))
        window.reload_cycles()

    def restored(result: Any) -> None:
        reopen()
        log.info("Restored the database from a backup")
        QMessageBox.information(
            window,
            QCoreApplication.translate("RestoreWizard", "Backup restored"),
            QCoreApplication.translate(
                "RestoreWizard",
                "The data now comes from {backup}.\n\n"
                "The data as it was before is kept in:\n{copy}",
            ).format(backup=Path(result.restored_from).name, copy=result.safety_copy),
        )

    def refused(exc: BaseException) -> None:
        reopen()
        show_failure(window, exc)

    op = Operation(
        window,
        work,
        success=restored,
        failure=refused,
        label=QCoreApplication.translate("RestoreWizard", "Checking and restoring the backup…"),
        cancellable=False,
    )
    return op.run()
