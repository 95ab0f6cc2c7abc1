"""One person's data on request: export everything held about them, or anonymise them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from app.db.engine import Database
from app.progress import CancelCheck, Progress
from app.roster.service import ParticipantRow
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
    listed = shown if more <= 0 else f"{shown} and {more} more"
    return (
        f"\n\nLetters saved as files mention them ({listed}). MentorDesk does not touch "
        "files on your computer: delete them yourself if they must go too."
    )


class PersonPrivacy:
    """The roster's answers to "what do you hold about me?" and "forget me"."""

    def __init__(self, page: RosterPage) -> None:
        self.page = page

    def export(self, row: ParticipantRow) -> None:
        safe = "".join(c if c.isalnum() else "-" for c in row.name).strip("-") or "person"
        start = str(Path(QDir.homePath()) / f"{safe}-data.json")
        chosen, _ = QFileDialog.getSaveFileName(
            self.page, "Export this person's data", start, "JSON files (*.json)"
        )
        if not chosen:
            return
        path = Path(chosen).with_suffix(".json")
        database, person_id = self.page.context.database, row.person_id

        def work(_progress: Progress, _cancelled: CancelCheck) -> Path:
            from app.stewardship.service import write_person_export

            return write_person_export(database, person_id, path)

        def done(written: Any) -> None:
            self.page.say(f"Saved everything held about {row.name} to {Path(written).name}.")

        self.page.run(work, done, label=f"Exporting {row.name}'s data…", cancellable=False)

    def anonymise(self, row: ParticipantRow) -> None:
        reason, ok = QInputDialog.getText(
            self.page,
            "Anonymise person",
            wrapped(
                f"Replace {row.name}'s name, email, phone, notes and form answers with "
                "placeholders?\n\nTheir matches and contacts stay, without anything that "
                "identifies them, so the program's counts and reports stay true. It cannot be "
                f"undone.{saved_letters_note(self.page.context.database, row.person_id)}"
                "\n\nWhy? (kept in the audit trail)"
            ),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(
                self.page, "Anonymise person", "Nothing was changed: a reason is needed."
            )
            return
        database, person_id = self.page.context.database, row.person_id

        def work(_progress: Progress, _cancelled: CancelCheck) -> None:
            from app.stewardship.service import anonymise_person

            anonymise_person(database, person_id, reason=reason.strip())

        def done(_result: Any) -> None:
            self.page.context.notify_changed()
            self.page.say(f"Anonymised {row.name}.")

        self.page.run(work, done, label=f"Anonymising {row.name}…", cancellable=False)
