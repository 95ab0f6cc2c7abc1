"""One person's data on request: export everything held about them, or anonymise them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QLineEdit

from app.db.engine import Database
from app.progress import CancelCheck, Progress
from app.roster.row import ParticipantRow
from ui.text import wrapped

if TYPE_CHECKING:
    from ui.pages.roster import RosterPage


SHOWN_FILES = 3


def saved_letters_note(database: Database, person_id: int) -> str:
    """A paragraph naming the letter files saved for or about the person, or "".

    Those files live wherever the coordinator saved them, out of reach of an erase.
    """
    from app.stewardship.service import letter_files_about

    with database.read() as session:
        names = letter_files_about(session, person_id)
    if not names:
        return ""
    shown = ", ".join(f"“{n}”" for n in names[:SHOWN_FILES])
    more = len(names) - SHOWN_FILES
    if more > 0:
        listed = QCoreApplication.translate("PersonPrivacy", "{files} and {more} more").format(
            files=shown, more=more
        )
    else:
        listed = shown
    return QCoreApplication.translate(
        "PersonPrivacy",
        "\n\nLetters saved as files mention them ({files}). MentorDesk does not touch "
        "files on your computer: delete them yourself if they must go too.",
    ).format(files=listed)


class PersonPrivacy:
    """The roster's answers to "what do you hold about me?" and "forget me"."""

    def __init__(self, page: RosterPage) -> None:
        self.page = page

    def export(self, row: ParticipantRow) -> None:
        from PySide6.QtWidgets import QFileDialog

        safe = "".join(c if c.isalnum() else "-" for c in row.name).strip("-") or "person"
        start = str(Path(QDir.homePath()) / f"{safe}-data.json")
        chosen, _ = QFileDialog.getSaveFileName(
            self.page,
            QCoreApplication.translate("PersonPrivacy", "Export this person's data"),
            start,
            QCoreApplication.translate("PersonPrivacy", "JSON files (*.json)"),
        )
        if not chosen:
            return
        path = Path(chosen).with_suffix(".json")
        database, person_id = self.page.context.database, row.person_id

        def work(_progress: Progress, _cancelled: CancelCheck) -> Path:
            from app.stewardship.service import write_person_export

            return write_person_export(database, person_id, path)

        def done(written: Any) -> None:
            said = QCoreApplication.translate(
                "PersonPrivacy", "Saved everything held about {name} to {file}."
            )
            self.page.say(said.format(name=row.name, file=Path(written).name))

        label = QCoreApplication.translate("PersonPrivacy", "Exporting {name}'s data…")
        self.page.run(work, done, label=label.format(name=row.name), cancellable=False)

    def anonymise(self, row: ParticipantRow) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        title = QCoreApplication.translate("PersonPrivacy", "Anonymise person")
        question = QCoreApplication.translate(
            "PersonPrivacy",
            "Replace {name}'s name, email, phone, notes and form answers with "
            "placeholders?\n\nTheir matches and contacts stay, without anything that "
            "identifies them, so the program's counts and reports stay true. It cannot be "
            "undone.{files_note}\n\nWhy? (kept in the audit trail)",
        ).format(
            name=row.name,
            files_note=saved_letters_note(self.page.context.database, row.person_id),
        )
        reason, ok = QInputDialog.getText(
            self.page, title, wrapped(question), QLineEdit.EchoMode.Normal, ""
        )
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(
                self.page,
                title,
                QCoreApplication.translate(
                    "PersonPrivacy", "Nothing was changed: a reason is needed."
                ),
            )
            return
        database, person_id = self.page.context.database, row.person_id

        def work(_progress: Progress, _cancelled: CancelCheck) -> None:
            from app.stewardship.service import anonymise_person

            anonymise_person(database, person_id, reason=reason.strip())

        def done(_result: Any) -> None:
            self.page.context.notify_changed()
            said = QCoreApplication.translate("PersonPrivacy", "Anonymised {name}.")
            self.page.say(said.format(name=row.name))

        label = QCoreApplication.translate("PersonPrivacy", "Anonymising {name}…")
        self.page.run(work, done, label=label.format(name=row.name), cancellable=False)
