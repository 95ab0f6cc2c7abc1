"""The matching settings dialog shows and saves the cultural background weight, EN and FR."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.matching.profile import MatchSettings
from app.matching.settings_file import read_settings_file, write_settings_file
from app.matching.settings_service import MatchChoices
from ui.dialogs.matching_settings import MatchingSettingsDialog


def _dialog(qtbot: QtBot, saved: list[object]) -> MatchingSettingsDialog:
    settings = MatchSettings.from_program({"weights": {"background": 4}})

    def save(data: object) -> str | None:
        saved.append(data)
        return None

    dialog = MatchingSettingsDialog(settings, [], ([], []), save)
    qtbot.addWidget(dialog)
    return dialog


def _labels(dialog: MatchingSettingsDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_background_weight_is_shown_and_saved(qtbot: QtBot) -> None:
    saved: list[object] = []
    dialog = _dialog(qtbot, saved)
    assert "Cultural background" in _labels(dialog)
    assert dialog.spins["background"].value() == 4
    dialog.spins["background"].setValue(6)
    dialog.save()
    assert saved and saved[0]["weights"]["background"] == 6.0  # type: ignore[index]


def test_the_background_weight_in_french(qtbot: QtBot, french: str) -> None:
    dialog = _dialog(qtbot, [])
    text = _labels(dialog)
    assert "Origine culturelle" in text
    assert "Cultural background" not in text


def test_the_settings_file_carries_the_background_weight(tmp_path: Path) -> None:
    settings = MatchSettings.from_program({"weights": {"background": 5}})
    path = write_settings_file(tmp_path / "matching.json", settings, MatchChoices())
    again, _ = read_settings_file(path)
    assert again.weights["background"] == 5.0
