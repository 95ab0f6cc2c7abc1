"""The import wizard's actions beside its steps: undoing the import, saved column mappings,
and exporting the rejected rows. Each is a short transaction of its own; the texts keep the
wizard's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.errors import MentorDeskError
from app.progress import CancelCheck, Progress
from app.roster import importer, presets
from app.roster.columns import resolve_mapping
from app.roster.rejected_export import export_rejected as write_rejected
from ui.worker import Operation, show_failure

if TYPE_CHECKING:
    from ui.dialogs.import_wizard.wizard import ImportWizard


def undo(wizard: ImportWizard) -> None:
    """Remove what the import added, once the coordinator confirms (its own transaction)."""
    if wizard.outcome is None or wizard.outcome.import_id is None:
        return
    answer = QMessageBox.question(
        wizard,
        QCoreApplication.translate("ImportWizard", "Undo this import"),
        QCoreApplication.translate(
            "ImportWizard",
            "Remove the %Ln participant(s) this import added?",
            "",
            wizard.outcome.imported,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    import_id, database = wizard.outcome.import_id, wizard.context.database

    def work(_progress: Progress, _cancel: CancelCheck) -> int:
        with database.write() as session:
            return importer.undo_import(session, import_id)

    def done(removed: int) -> None:
        wizard.summary_page.show_undone(removed)
        wizard.context.notify_changed()

    operation = Operation(
        wizard,
        work,
        success=done,
        label=QCoreApplication.translate("ImportWizard", "Undoing the import…"),
    )
    operation.run()


def apply_preset(wizard: ImportWizard, name: str) -> None:
    """Set the columns as the saved mapping ``name`` says (none: as guessed from the file)."""
    if wizard.preview is None:
        return
    if not name:
        wizard.mapping_page.set_targets(automatic(wizard))
        return
    try:
        with wizard.context.database.read() as session:
            saved = presets.get_preset(session, name).mapping
        chosen = resolve_mapping(wizard.preview.headers, saved)
    except MentorDeskError as exc:
        show_failure(wizard, exc)
        return
    wizard.mapping_page.set_targets({h: chosen.get(h, "custom") for h in wizard.preview.headers})


def automatic(wizard: ImportWizard) -> dict[str, str]:
    from ui.dialogs.import_wizard.mapping_page import initial_targets

    assert wizard.preview is not None
    return initial_targets(wizard.preview)


def save_preset(wizard: ImportWizard) -> None:
    """Save the columns chosen under a name the coordinator gives."""
    suggested = wizard.mapping_page.preset_name or (
        f"{wizard.cycle.program_name} — {wizard.file_page.role}"
    )
    name, ok = QInputDialog.getText(
        wizard,
        QCoreApplication.translate("ImportWizard", "Save column mapping"),
        QCoreApplication.translate("ImportWizard", "Name of this mapping:"),
        text=suggested,
    )
    if not ok or not name.strip():
        return
    try:
        with wizard.context.database.write() as session:
            saved = presets.save_preset(session, name, wizard.mapping_page.mapping())
            every = presets.list_presets(session)
    except MentorDeskError as exc:
        show_failure(wizard, exc)
        return
    wizard.mapping_page.set_presets(every, saved.name)


def delete_preset(wizard: ImportWizard, name: str) -> None:
    answer = QMessageBox.question(
        wizard,
        QCoreApplication.translate("ImportWizard", "Delete mapping"),
        QCoreApplication.translate("ImportWizard", "Delete the saved mapping “{name}”?").format(
            name=name
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        with wizard.context.database.write() as session:
            presets.delete_preset(session, name)
            every = presets.list_presets(session)
    except MentorDeskError as exc:
        show_failure(wizard, exc)
        return
    wizard.mapping_page.set_presets(every, "")


def export_rejected(wizard: ImportWizard) -> None:
    """Save the rejected rows, each with what to fix, to a CSV the coordinator picks."""
    report = wizard.outcome or wizard.dry_run
    path = wizard.file_page.path
    if report is None or path is None or not report.rejected:
        return
    suggested = str(
        path.with_name(
            QCoreApplication.translate("ImportWizard", "{name} - rejected rows.csv").format(
                name=path.stem
            )
        )
    )
    chosen, _ = QFileDialog.getSaveFileName(
        wizard,
        QCoreApplication.translate("ImportWizard", "Export rejected rows"),
        suggested,
        QCoreApplication.translate("ImportWizard", "CSV (*.csv)"),
    )
    if not chosen:
        return
    try:
        written = write_rejected(path, report.rejected, Path(chosen), wizard.file_page.sheet)
    except MentorDeskError as exc:
        show_failure(wizard, exc)
        return
    QMessageBox.information(
        wizard,
        QCoreApplication.translate("ImportWizard", "Rejected rows exported"),
        QCoreApplication.translate(
            "ImportWizard",
            "%Ln row(s) saved to {file}. Fix them there and import that file; its last "
            "column says what to fix and is not imported.",
            "",
            written,
        ).format(file=Path(chosen).name),
    )
