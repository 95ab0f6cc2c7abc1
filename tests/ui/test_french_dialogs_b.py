"""The matching settings, new program, participant, quick add, restore, template and topic
dialogs in French: each opened as a coordinator sees it, walked for English left, and small
enough for a 1366×768 screen.

Set ``MENTORDESK_SCREENSHOTS`` to a folder to keep a picture of each (``fr-<dialog>.png``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.backup.service import backup_database, list_backups
from app.db.engine import Database
from app.demo import create_demo
from app.matching import settings_service
from app.meetings import topics as catalogue
from app.programs.service import CycleInfo
from app.roster.detail import get_participant_detail
from app.roster.service import list_participants
from app.roster.values import PROVINCES
from tests.ui.conftest import wait_for_work
from tests.ui.french_walk import english_left
from ui.dialogs.matching_settings import MatchingSettingsDialog, PersonChoice
from ui.dialogs.new_program import NewProgramDialog, WelcomeDialog
from ui.dialogs.participant_form import ParticipantForm
from ui.dialogs.restore_wizard import CONFIRM, CONTENTS, UNLOCK, RestoreWizard
from ui.dialogs.template_editor import TemplateEditorDialog
from ui.dialogs.topics import TopicForm, TopicsDialog

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)


pytestmark = pytest.mark.usefixtures("french")


@pytest.fixture
def demo(db: Database) -> CycleInfo:
    with db.write() as session:
        return create_demo(session)


def looked_at(qtbot: QtBot, dialog: QWidget, name: str, allow: tuple[str, ...] = ()) -> None:
    """Show ``dialog``, keep its picture when asked, and check it is all French and fits on
    a small laptop screen."""
    if not dialog.isVisible():
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(3):  # texts set since the last show: let the layouts catch up
        QApplication.processEvents()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], (name, dialog.size())
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (name, hint)
    folder = os.environ.get("MENTORDESK_SCREENSHOTS")
    if folder:
        dialog.grab().save(str(Path(folder) / f"fr-{name}.png"))
    assert english_left(dialog, allow=allow) == []
    assert cut_texts(dialog) == []


def cut_texts(dialog: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text: the end would not show."""
    cut = []
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        if not widget.isVisibleTo(dialog) or not widget.text():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.pixmap() is not None):
            continue
        if widget.width() < widget.minimumSizeHint().width():
            cut.append(f"{type(widget).__name__} {widget.text()!r}")
    return cut


def _people(db: Database, cycle: CycleInfo) -> tuple[list[PersonChoice], list[PersonChoice]]:
    with db.read() as session:
        rows = list_participants(session, cycle.id)
    first, last = cycle.role_ladder[0], cycle.role_ladder[-1]
    return (
        [PersonChoice(r.person_id, r.name) for r in rows if r.role == first],
        [PersonChoice(r.person_id, r.name) for r in rows if r.role == last],
    )


def test_matching_settings(qtbot: QtBot, db: Database, demo: CycleInfo) -> None:
    with db.read() as session:
        settings = settings_service.load_settings(session, demo.program_id)
    people = _people(db, demo)
    saved: list[object] = []
    dialog = MatchingSettingsDialog(settings, [], people, lambda s: saved.append(s))
    names = tuple(p.name for side in people for p in side)
    dialog.add_ban()
    assert dialog.error.text() == (
        "Indiquez pourquoi ces deux personnes ne doivent jamais être jumelées."
    )
    for spin in dialog.spins.values():
        spin.setValue(0)
    dialog.save()
    assert dialog.error.text() == "Donnez un poids supérieur à 0 à au moins un critère."
    assert saved == []
    looked_at(qtbot, dialog, "matching-settings", allow=names)


def test_new_program_and_welcome(qtbot: QtBot) -> None:
    created = []
    dialog = NewProgramDialog(lambda answers: created.append(answers))
    assert dialog.ladder.text() == "Résident mentor → Étudiant en médecine"
    dialog.name.setText("Mentorat en pédiatrie")
    dialog.accept()
    assert created[0].role_ladder == ["Résident mentor", "Étudiant en médecine"]
    dialog = NewProgramDialog(lambda _answers: None)
    dialog.model.setCurrentIndex(dialog.model.count() - 1)
    assert dialog.ladder.text() == "" and dialog.model.currentText() == "Personnalisé"
    looked_at(qtbot, dialog, "new-program", allow=(dialog.cycle.text(),))
    looked_at(qtbot, WelcomeDialog(), "welcome")


def test_participant_form(qtbot: QtBot, db: Database, demo: CycleInfo) -> None:
    with db.read() as session:
        mentor = next(
            r for r in list_participants(session, demo.id) if r.role == demo.role_ladder[0]
        )
        detail = get_participant_detail(session, mentor.id)
    partners = tuple(f"Mentoré : {m.partner_name}" for m in detail.matches)
    data = (*PROVINCES, *demo.role_ladder, detail.name, *partners)
    form = ParticipantForm(demo.role_ladder, lambda _values: None, detail)
    assert form.windowTitle() == f"Modifier {detail.name}"
    form.email.setText("pas un courriel")
    form.phone.setText("12")
    assert form.errors["email"].text() == "Adresse courriel invalide."
    assert form.errors["phone"].text().startswith("Numéro de téléphone incomplet")
    assert not form.ok.isEnabled()
    for tab in range(form.tabs.count()):
        form.tabs.setCurrentIndex(tab)
        looked_at(qtbot, form, f"participant-form-{tab + 1}", allow=data)
    new = ParticipantForm(demo.role_ladder, lambda _values: None)
    assert new.hint.text() == "Inscrivez un prénom et une adresse courriel."
    new.tabs.setCurrentIndex(3)
    looked_at(qtbot, new, "participant-form-new", allow=data)


def test_topics(qtbot: QtBot, db: Database, demo: CycleInfo) -> None:
    with db.read() as session:
        topics = catalogue.catalogue(session)
    data = tuple(v for t in topics for v in (t.name, t.category, t.name_fr))
    dialog = TopicsDialog(db)
    dialog.table.selectRow(0)
    assert dialog.active_button.text() == "Masquer"
    looked_at(qtbot, dialog, "topics", allow=data)
    form = TopicForm("Renommer un sujet", dialog.selected())
    looked_at(qtbot, form, "topic-form", allow=data)


def test_template_editor(qtbot: QtBot, db: Database, demo: CycleInfo) -> None:
    dialog = TemplateEditorDialog(db, demo)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_work(qtbot)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    dialog.editors["greeting"].setText("Bonjour {nom},")
    assert dialog.problems.text() == (
        "Objet et introduction › Salutation\u00a0: {nom} ne peut pas être rempli ici."
    )
    wait_for_work(qtbot)
    looked_at(qtbot, dialog, "template-editor", allow=(demo.title,))
    dialog.dirty = False  # closing would ask whether to discard the edit
    dialog.done(0)


def test_restore_wizard(qtbot: QtBot, db: Database, db_path: Path, demo: CycleInfo) -> None:
    folder = db_path.parent / "backups"
    backup_database(db_path, folder, passphrase="une phrase de passe")
    backups = list_backups(folder)
    wizard = RestoreWizard(backups, folder, chosen=backups[0].path)
    info = backups[0]
    data = (str(info.path), info.path.name, *(p for p in info.programs))
    looked_at(qtbot, wizard, "restore-wizard-1-pick", allow=data)
    wizard.next()
    assert wizard.currentId() == UNLOCK
    wizard.unlock.passphrase.setText("pas la bonne")
    wizard.next()
    assert wizard.unlock.error.text() == (
        "La phrase de passe est erronée ou la sauvegarde est endommagée."
    )
    looked_at(qtbot, wizard, "restore-wizard-2-unlock", allow=data)
    wizard.unlock.passphrase.setText("une phrase de passe")
    wizard.next()
    assert wizard.currentId() == CONTENTS
    assert wizard.info is not None
    data += (*wizard.info.programs, *wizard.info.cycles, "; ".join(wizard.info.cycles))
    looked_at(qtbot, wizard, "restore-wizard-3-contents", allow=data)
    wizard.next()
    assert wizard.currentId() == CONFIRM
    assert f"({wizard.info.participants} participants, " in wizard.confirm.summary.text()
    looked_at(qtbot, wizard, "restore-wizard-4-confirm", allow=data)
