"""The participant form shows stored catalogue keys by their labels in the window's language,
offers the catalogue's values while typing, saves keys, and says its refusals in French."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalogue import add_value
from app.db.engine import Database
from app.db.models import Participant, Person
from app.programs.service import CycleInfo
from app.roster.detail import get_participant_detail
from app.roster.fields import check_fields
from tests.factories import add_people, mentor
from ui.dialogs.participant_form import ParticipantForm
from ui.dialogs.participant_parts import field_message
from ui.main_window import MainWindow


def _marc(db: Database, cycle: CycleInfo) -> int:
    (pid,) = add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "marc@example.org",
                "Marc",
                "Tremblay",
                province="Quebec",
                languages=["French", "English"],
                stage="r3",
                interests=["global_health", "research"],
            )
        ],
    )
    return pid


def _form(qtbot: QtBot, db: Database, cycle: CycleInfo, saved: list[dict[str, Any]]):
    pid = _marc(db, cycle)
    with db.read() as session:
        detail = get_participant_detail(session, pid)

    def save(values: dict[str, Any]) -> None:
        saved.append(values)

    form = ParticipantForm(cycle.role_ladder, save, detail)
    qtbot.addWidget(form)
    return form


def test_french_window_shows_french_labels_and_saves_keys(
    qtbot: QtBot, db: Database, cycle: CycleInfo, french: str
) -> None:
    with db.write() as session:
        added = add_value(
            session, cycle.program_id, "interests", "Tropical medicine", "Médecine tropicale"
        )
    saved: list[dict[str, Any]] = []
    form = _form(qtbot, db, cycle, saved)
    assert form.interests.text() == "Santé mondiale; Recherche"
    assert form.stage.text() == "R3 (résidence 3e année)"
    assert form.province.currentText() == "Québec"
    assert form.languages.text() == "Français, Anglais"
    provinces = [form.province.itemText(i) for i in range(form.province.count())]
    assert "Colombie-Britannique" in provinces and "British Columbia" not in provinces

    # Typing offers the program's values in French, after the answers already there.
    completer = form.interests.completer()
    form.interests.setText("Santé mondiale; Médecine trop")
    completer.setCompletionPrefix(completer.splitPath(form.interests.text())[0])
    assert completer.completionModel().index(0, 0).data() == "Médecine tropicale"
    chosen = completer.currentCompletion()
    assert chosen == "Santé mondiale; Médecine tropicale"
    form.interests.setText(chosen)

    form.ok.click()
    (values,) = saved
    assert values["interests"] == ["global_health", added.key]
    assert (values["stage"], values["province"]) == ("r3", "Quebec")
    assert values["languages"] == ["French", "English"]


def test_english_window_shows_english_labels(qtbot: QtBot, db: Database, cycle: CycleInfo) -> None:
    form = _form(qtbot, db, cycle, [])
    assert form.interests.text() == "Global health; Research"
    assert form.stage.text() == "R3 / PGY-3"
    assert form.province.currentText() == "Quebec"
    form.city.setText("x" * 121)
    assert form.errors["city"].text() == "Longer than 120 characters."


def test_refusals_of_the_core_are_said_in_french(
    qtbot: QtBot, db: Database, cycle: CycleInfo, french: str
) -> None:
    form = _form(qtbot, db, cycle, [])
    form.role.clear()  # a program without roles: the core's "a role is required"
    form.check()
    assert form.errors["role"].text() == "Le rôle est obligatoire."
    assert not form.ok.isEnabled()
    # A refusal the form has no words of its own for: the core's French sentence.
    _, errors = check_fields({"status": "gone", "preferred_language": "de"})
    assert field_message(errors["status"]) == (
        "le statut doit être l'un de ceux-ci\u00a0: active, withdrawn"
    )
    assert field_message(errors["preferred_language"]).startswith("la langue des lettres")


def test_adding_from_the_roster_keys_the_programs_own_values(
    qtbot: QtBot, db: Database, cycle: CycleInfo, window: MainWindow
) -> None:
    with db.write() as session:
        added = add_value(
            session, cycle.program_id, "interests", "Tropical medicine", "Médecine tropicale"
        )
    _marc(db, cycle)
    window.show_page(0)
    window.roster.add_button.click()
    form = window.roster.form_dialog
    assert form is not None
    form.first_name.setText("Noor")
    form.email.setText("noor@med.example.org")
    form.interests.setText("Médecine tropicale; Santé mondiale")
    form.stage.setText("PGY-2")
    form.ok.click()
    assert not form.isVisible()
    with db.read() as session:
        noor = session.scalars(select(Participant).join(Person).where(Person.first_name == "Noor"))
        stored = noor.one()
        assert stored.interests == [added.key, "global_health"]
        assert stored.stage == "r2"
