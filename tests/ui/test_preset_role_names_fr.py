"""A French window offers and shows the preset role names in French; typed names stay."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.programs.presets import preset_ladder
from ui.dialogs.new_program import NewProgramDialog, model_ladder
from ui.models import labels


def test_the_new_program_dialog_offers_the_presets_rungs_in_french(
    qtbot: QtBot, french: str
) -> None:
    dialog = NewProgramDialog(lambda _answers: None)
    qtbot.addWidget(dialog)
    index = dialog.model.findData("cascading")
    dialog.model.setCurrentIndex(index)
    assert dialog.ladder.text() == " → ".join(preset_ladder("cascading", "fr"))
    assert model_ladder("custom") == []


def test_preset_names_stored_in_english_read_in_french_in_a_french_window(french: str) -> None:
    assert labels.role("Resident mentor") == "Résident mentor"
    assert labels.role("Medical student") == "Étudiant en médecine"
    assert labels.role("Chief wizard") == "Chief wizard"


def test_an_english_window_shows_them_as_stored(qtbot: QtBot) -> None:
    assert labels.role("Resident mentor") == "Resident mentor"
    assert model_ladder("one-to-one") == ["Resident mentor", "Medical student"]
