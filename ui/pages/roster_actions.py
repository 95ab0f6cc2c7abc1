"""Roster actions with dialogs of their own: the participant form, exporting, and
confirming a deletion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import MentorDeskError
from app.progress import CancelCheck, Progress
from ui import settings as keys
from ui.core_text import problem_text
from ui.pages.wording import counted
from ui.text import wrapped
from ui.worker import show_failure

if TYPE_CHECKING:
    from app.roster.detail import PastParticipation
    from ui.dialogs.export import ExportDialog
    from ui.dialogs.participant_form import ParticipantForm
    from ui.pages.roster import RosterPage

EXPORT_FOLDER = "export/folder"


def _written(kind: str, count: int) -> str:
    """The export's count: "12 participants", "3 matches" or "40 meetings"."""
    if kind == "participants":
        text = QCoreApplication.translate("RosterActions", "%Ln participant(s)", "", count)
    elif kind == "matches":
        text = QCoreApplication.translate("RosterActions", "%Ln match(es)", "", count)
    else:
        text = QCoreApplication.translate("RosterActions", "%Ln meeting(s)", "", count)
    return counted(text, count)


def _exporting(kind: str) -> str:
    if kind == "participants":
        return QCoreApplication.translate("RosterActions", "Exporting participants…")
    if kind == "matches":
        return QCoreApplication.translate("RosterActions", "Exporting matches…")
    return QCoreApplication.translate("RosterActions", "Exporting meetings…")


def ask_delete_reason(
    parent: QWidget, name: str, history: Sequence[PastParticipation], files_note: str = ""
) -> str | None:
    """The coordinator's reason to delete the person, or None when they think better of it."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    matches = sum(len(p.matches) for p in history)
    title = QCoreApplication.translate("RosterActions", "Delete person")
    question = QCoreApplication.translate(
        "RosterActions",
        "Delete {name} from MentorDesk for good?\n\n"
        "This removes them from every cycle ({participations}), with {matches} and the "
        "contacts logged for them. It cannot be undone. To stop including them but keep the "
        "record, use Withdraw instead.{files_note}\n\nWhy are they being deleted? (kept in "
        "the audit trail)",
    ).format(
        name=name,
        participations=counted(
            QCoreApplication.translate("RosterActions", "%Ln participation(s)", "", len(history)),
            len(history),
        ),
        matches=counted(
            QCoreApplication.translate("RosterActions", "%Ln match(es)", "", matches), matches
        ),
        files_note=files_note,
    )
    reason, ok = QInputDialog.getText(
        parent, title, wrapped(question), QLineEdit.EchoMode.Normal, ""
    )
    if not ok:
        return None
    if not reason.strip():
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("RosterActions", "Nothing was deleted: a reason is needed."),
        )
        return None
    return reason.strip()


class RosterExport:
    """Export dialog → save-as dialog → export in the background → where it went."""

    def __init__(self, page: RosterPage) -> None:
        self.page = page
        self.dialog: ExportDialog | None = None

    def start(self, kind: str = "participants") -> None:
        from PySide6.QtWidgets import QMessageBox

        context = self.page.context
        if context.cycle is None:
            QMessageBox.information(
                self.page,
                QCoreApplication.translate("RosterActions", "Export"),
                QCoreApplication.translate("RosterActions", "Create a program first."),
            )
            return
        from app.roster.export import export_counts
        from ui.dialogs.export import ExportDialog

        with context.database.read() as session:
            counts = export_counts(session, context.cycle.id)
        dialog = ExportDialog(counts, kind, self.page)
        dialog.accepted.connect(lambda: self._choose_file(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _choose_file(self, dialog: ExportDialog) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ui.dialogs.export import suggested_name, with_suffix

        cycle = self.page.context.cycle
        if cycle is None:
            return
        store = keys.settings()
        folder = str(store.value(EXPORT_FOLDER, QDir.homePath()))
        start = str(Path(folder) / suggested_name(cycle.title, dialog.kind, dialog.suffix))
        title = QCoreApplication.translate("RosterActions", "Export")
        chosen, _ = QFileDialog.getSaveFileName(self.page, title, start, dialog.file_filter())
        if not chosen:
            return
        path = with_suffix(chosen, dialog.suffix)
        store.setValue(EXPORT_FOLDER, str(path.parent))
        self.export_to(dialog.kind, path, include_safety_notes=dialog.include_safety_notes)

    def export_to(self, kind: str, path: Path, *, include_safety_notes: bool = False) -> None:
        database, cycle_id = self.page.context.database, self.page.context.cycle_id

        def work(_progress: Progress, _cancelled: CancelCheck) -> int:
            from app.roster.export import export

            with database.read() as session:
                return export(
                    session, cycle_id, kind, path, include_safety_notes=include_safety_notes
                )

        def done(written: int) -> None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self.page,
                QCoreApplication.translate("RosterActions", "Export finished"),
                QCoreApplication.translate(
                    "RosterActions", "Saved {what} to {file}.\n\nFolder: {folder}"
                ).format(what=_written(kind, written), file=path.name, folder=path.parent),
            )

        self.page.run(work, done, label=_exporting(kind), cancellable=False)


FORM_DEFAULTS: dict[str, Any] = {"preferred_language": "en", "share_phone": False}


def typed_in(values: dict[str, Any]) -> dict[str, Any]:
    """The new participant's fields the coordinator actually filled in.

    Someone already known (same email) is linked rather than created: blanks and untouched
    defaults of the form must not erase what an earlier cycle recorded about them.
    """
    return {
        name: value
        for name, value in values.items()
        if name not in ("role", "email")
        and value not in ("", [], {})
        and not (name in FORM_DEFAULTS and FORM_DEFAULTS[name] == value)
    }


class RosterForms:
    """The participant form, opened to add someone or to edit the chosen participant."""

    def __init__(self, page: RosterPage) -> None:
        self.page = page
        self.dialog: ParticipantForm | None = None

    def add(self, role: str | None = None) -> None:
        from app.roster import service as roster  # the services load after the first paint

        context = self.page.context
        cycle = context.cycle
        if cycle is None:
            return
        database, cycle_id = context.database, cycle.id
        added: list[int] = []

        def save(values: dict[str, Any]) -> str | None:
            fields = typed_in(values)
            role, email = values["role"], values["email"]
            try:
                with database.write() as session:
                    added.append(roster.add_participant(session, cycle_id, role, email, **fields))
            except MentorDeskError as exc:
                return problem_text(exc.message)
            return None

        def done() -> None:
            context.notify_changed()
            self.page.select_ids(added)
            self.page.say(QCoreApplication.translate("RosterActions", "Participant added."))

        from app.catalogue import load_catalogue
        from ui.dialogs.participant_form import ParticipantForm

        with database.read() as session:  # the program's own answers, offered and keyed
            catalogue = load_catalogue(session, cycle.program_id)
        form = ParticipantForm(
            cycle.role_ladder, save, role=role, catalogue=catalogue, parent=self.page
        )
        self._open(form, done)

    def edit(self, participant_id: int) -> None:
        from app.roster import service as roster  # the services load after the first paint

        context = self.page.context
        cycle = context.cycle
        if cycle is None:
            return
        database = context.database
        try:
            with database.read() as session:
                detail = roster.get_participant_detail(session, participant_id)
        except MentorDeskError as exc:
            show_failure(self.page, exc)
            return

        def save(values: dict[str, Any]) -> str | None:
            try:
                with database.write() as session:
                    roster.update_participant(session, participant_id, **values)
            except MentorDeskError as exc:
                return problem_text(exc.message)
            return None

        def done() -> None:
            context.notify_changed()
            saved = QCoreApplication.translate("RosterActions", "Saved {name}.")
            self.page.say(saved.format(name=detail.name))

        from ui.dialogs.orientation import add_orientation_button
        from ui.dialogs.participant_form import ParticipantForm

        form = ParticipantForm(cycle.role_ladder, save, detail, parent=self.page)
        add_orientation_button(form, database, participant_id, detail.name)
        self._open(form, done)

    def _open(self, dialog: ParticipantForm, done: Callable[[], None]) -> None:
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
