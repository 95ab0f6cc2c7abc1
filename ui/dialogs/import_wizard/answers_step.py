"""The wizard's side of the answers step: what it shows, what it passes to the import, and
adding an answer to the catalogue as a new value (one transaction of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app import catalogue as answers
from app.errors import MentorDeskError
from ui.dialogs.answer_catalogue import ValueForm
from ui.language import current_language
from ui.worker import show_failure

if TYPE_CHECKING:
    from ui.dialogs.import_wizard.wizard import ImportWizard


def load_catalogue(session: Session, program_id: int) -> answers.Catalogue:
    return answers.load_catalogue(session, program_id)


def unmapped(wizard: ImportWizard) -> list[Any]:
    return list(wizard.dry_run.unmapped_answers) if wizard.dry_run else []


def show(wizard: ImportWizard) -> None:
    """The unmapped answers of the dry run, with the choices made earlier in this wizard."""
    wizard.answers_page.show_answers(
        unmapped(wizard), wizard.catalogue, current_language(), wizard.answer_choices
    )


def choices(wizard: ImportWizard) -> dict[tuple[str, str], str]:
    """The page's choices, "Keep as given" included (so a changed mind is remembered)."""
    page = wizard.answers_page.model
    return {
        (page.answer(row).field, page.answer(row).answer): page.choice(row)
        for row in range(page.rowCount())
    }


def mapping(wizard: ImportWizard) -> dict[tuple[str, str], str]:
    """``answer_mapping`` for the import: the answers of this file mapped to a value."""
    asked = {(a.field, a.answer) for a in unmapped(wizard)}
    return {k: key for k, key in wizard.answer_choices.items() if k in asked and key}


def add_value(wizard: ImportWizard, row: int) -> None:
    """Ask for the labels of a new value made from the answer of line ``row``, add it to the
    program's catalogue and map the answer to it."""
    model = wizard.answers_page.model
    found = model.answer(row)
    french = bool(wizard.dry_run and wizard.dry_run.form_language == "fr")
    form = ValueForm(
        QCoreApplication.translate("AnswersPage", "Add to the catalogue"),
        en="" if french else found.answer,
        fr=found.answer if french else "",
        parent=wizard,
    )
    wizard.value_form = form  # type: ignore[attr-defined]  # reachable by tests

    def save() -> None:
        en, fr, others = form.values()
        try:
            with wizard.context.database.write() as session:
                value = answers.add_value(
                    session, wizard.cycle.program_id, found.field, en, fr, others
                )
                wizard.catalogue = answers.load_catalogue(session, wizard.cycle.program_id)
        except MentorDeskError as exc:
            show_failure(wizard, exc)
            return
        model.set_catalogue(wizard.catalogue)
        model.choose(row, value.key)
        wizard.context.notify_changed()

    form.accepted.connect(save)
    form.open()
