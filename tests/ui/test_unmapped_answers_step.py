"""The import wizard's step for answers the catalogue does not know, clicked through on a
French sign-up file written by the test and a real database."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalogue import load_catalogue
from app.db.engine import Database
from app.db.models import Participant, Person
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from tests.ui.conftest import wait_for_work as wait_for_operations
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportWizard, start_import_wizard
from ui.dialogs.import_wizard.answers_model import ADD, KEEP
from ui.dialogs.import_wizard.wizard import ANSWERS, CHECK, MAPPING, SUMMARY

HEADER = "Prénom;Nom de famille;Adresse courriel;Domaines d'intérêt\n"


def french_form(folder: Path) -> Path:
    """Néonatologie is a known French spelling; three answers are not in the catalogue."""
    path = folder / "inscriptions.csv"
    path.write_text(
        HEADER + "Zoé;Roy;zoe@example.com;Néonatologie\n"
        "Léa;Caron;lea@example.com;Cardio pédiatrique, Néonatologie\n"
        "Max;Dion;max@example.com;Hémato-onco\n"
        "Ian;Lo;ian@example.com;Musique\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(autouse=True)
def collect_closed_dialogs() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture
def context(db: Database, cycle: CycleInfo) -> AppContext:
    context = AppContext(db)
    context.set_cycle(cycle)
    return context


def wait_for_work(qtbot: QtBot) -> None:
    wait_for_operations(qtbot)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def checked(qtbot: QtBot, context: AppContext, path: Path) -> ImportWizard:
    """A wizard that read ``path`` and ran its dry run."""
    wizard = start_import_wizard(None, context, path)  # type: ignore[arg-type]
    assert wizard is not None
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(wizard)
    wait_for_work(qtbot)
    assert wizard.page == MAPPING
    wizard.next_button.click()
    wait_for_work(qtbot)
    return wizard


def line(wizard: ImportWizard, answer: str) -> int:
    model = wizard.answers_page.model
    return next(r for r in range(model.rowCount()) if model.answer(r).answer == answer)


def combo_items(wizard: ImportWizard, answer: str) -> list[str]:
    combo = wizard.answers_page.combo(line(wizard, answer))
    return [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]


def pick(wizard: ImportWizard, answer: str, data: str) -> None:
    """Choose an entry of an answer's combo as a coordinator does."""
    combo = wizard.answers_page.combo(line(wizard, answer))
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def interests(db: Database, email: str) -> list[str]:
    with db.read() as session:
        query = select(Participant.interests).join(Person).where(Person.email_key == email)
        return list(session.scalars(query).one())


def test_unknown_answers_are_shown_with_suggestions_and_nothing_is_guessed(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wizard = checked(qtbot, context, french_form(tmp_path))
    page = wizard.answers_page
    assert wizard.page == ANSWERS
    assert wizard.step.text() == "Step 3 of 5"
    assert page.summary.text().startswith("3 answers are not in the catalogue")
    model = page.model
    shown = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert shown == [
        ("Cardio pédiatrique", "Areas of interest", "3", "Keep as given"),
        ("Hémato-onco", "Areas of interest", "4", "Keep as given"),
        ("Musique", "Areas of interest", "5", "Keep as given"),
    ]  # Néonatologie is known: mapped without asking
    items = combo_items(wizard, "Cardio pédiatrique")
    assert items[0] == "Cardiology (likely)"
    assert items[-2:] == ["Keep as given", "Add as a new value…"]
    assert "Neonatology" in items and "Research" in items
    assert model.mapping() == {}
    # Cardio and Hémato-onco have likely values; Musique has none (no acronym look-alike).
    assert page.suggest_button.text() == "Use the suggestions (2)"
    page.suggest_button.click()
    assert model.mapping()[("interests", "Cardio pédiatrique")] == "cardiology"
    assert ("interests", "Musique") not in model.mapping()
    assert page.combo(line(wizard, "Cardio pédiatrique")).currentText() == "Cardiology (likely)"
    page.keep_button.click()
    assert model.mapping() == {}
    assert page.combo(0).currentData() == KEEP


def test_choices_are_imported_added_and_remembered(
    qtbot: QtBot, db: Database, context: AppContext, tmp_path: Path
) -> None:
    wizard = checked(qtbot, context, french_form(tmp_path))
    pick(wizard, "Cardio pédiatrique", "cardiology")
    pick(wizard, "Hémato-onco", ADD)
    form = wizard.value_form  # type: ignore[attr-defined]
    assert form.fr.text() == "Hémato-onco" and form.en.text() == ""  # a French form
    form.en.setText("Paediatric haemato-oncology")
    form.fr.setText("Hémato-oncologie pédiatrique")
    form.accept()
    with db.read() as session:
        added = load_catalogue(session, context.cycle.program_id).lookup(
            "interests", "Hémato-oncologie pédiatrique"
        )
    assert added is not None and added.en == "Paediatric haemato-oncology"
    model = wizard.answers_page.model
    assert model.choice(line(wizard, "Hémato-onco")) == added.key
    assert "Paediatric haemato-oncology" in combo_items(wizard, "Cardio pédiatrique")

    wizard.next_button.click()
    assert wizard.page == CHECK and wizard.step.text() == "Step 4 of 5"
    wizard.back_button.click()  # the choices are still there
    assert wizard.page == ANSWERS
    assert model.choice(line(wizard, "Cardio pédiatrique")) == "cardiology"
    wizard.next_button.click()
    wizard.next_button.click()
    wait_for_work(qtbot)
    assert wizard.page == SUMMARY

    assert interests(db, "zoe@example.com") == ["neonatology"]
    assert interests(db, "lea@example.com") == ["cardiology", "neonatology"]
    assert interests(db, "max@example.com") == [added.key]
    assert interests(db, "ian@example.com") == ["Musique"]  # kept as given

    again = tmp_path / "again.csv"
    again.write_text(HEADER + "Kim;Ng;kim@example.com;Cardio pédiatrique, Musique\n", "utf-8")
    with db.read() as session:
        report = import_roster(session, context.cycle_id, "Medical student", again, dry_run=True)
    assert [a.answer for a in report.unmapped_answers] == ["Musique"]


def test_a_file_the_catalogue_knows_skips_the_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    known = tmp_path / "known.csv"
    known.write_text(HEADER + "Zoé;Roy;zoe@example.com;Néonatologie, Cardiologie\n", "utf-8")
    wizard = checked(qtbot, context, known)
    assert wizard.page == CHECK
    assert wizard.step.text() == "Step 3 of 4"
    wizard.back_button.click()
    assert wizard.page == MAPPING


@pytest.mark.usefixtures("french")
def test_the_step_in_french_fits_a_small_screen(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from tests.ui.test_french_dialogs_a import looked_at

    wizard = checked(qtbot, context, french_form(tmp_path))
    assert wizard.page == ANSWERS
    assert wizard.heading.text() == "Réponses absentes du catalogue"
    assert wizard.answers_page.summary.text().startswith("3 réponses ne sont pas dans le catalogue")
    items = combo_items(wizard, "Cardio pédiatrique")
    assert items[0] == "Cardiologie (probable)"
    assert items[-2:] == ["Garder telle quelle", "Ajouter comme nouvelle valeur…"]
    assert wizard.catalogue is not None
    labels = tuple(x for v in wizard.catalogue.values("interests") for x in (v.en, v.fr))
    answers = ("Cardio pédiatrique", "Hémato-onco", "Musique", "inscriptions.csv", "3", "4", "5")
    data = (context.cycle.title, *context.cycle.role_ladder)
    looked_at(qtbot, wizard, "import-wizard-3-answers-step", allow=labels + answers + data)
    pick(wizard, "Hémato-onco", ADD)
    form = wizard.value_form  # type: ignore[attr-defined]
    looked_at(qtbot, form, "import-wizard-add-value", allow=("Hémato-onco",))
    form.reject()
