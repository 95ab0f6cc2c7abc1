"""The matching settings dialog exports and imports the file ``match --settings`` reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app import cli
from app.db.engine import Database
from app.db.models import Program
from app.matching import settings_service
from app.matching.settings_service import MatchChoices
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from ui.dialogs.matching_settings import MatchingSettingsDialog


def _dialog(
    qtbot: QtBot, db: Database, cycle: CycleInfo, saved: list[object]
) -> MatchingSettingsDialog:
    with db.read() as session:
        settings = settings_service.load_settings(session, cycle.program_id)
        choices = settings_service.load_choices(session, cycle.program_id)

    def save(data: object) -> str | None:
        saved.append(data)
        with db.write() as session:
            settings_service.save_settings(session, cycle.program_id, data)  # type: ignore[arg-type]
        return None

    dialog = MatchingSettingsDialog(settings, [], ([], []), save, choices=choices)
    qtbot.addWidget(dialog)
    return dialog


def test_export_then_the_cli_runs_with_it_then_import_fills_the_dialog(
    qtbot: QtBot,
    db: Database,
    cycle: CycleInfo,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_people(db, cycle, 0, [mentor("m@x.org", "M", capacity=2)])
    add_people(db, cycle, 1, [mentee(f"s{i}@x.org", f"S{i}") for i in range(2)])
    saved: list[object] = []
    dialog = _dialog(qtbot, db, cycle, saved)
    dialog.stable.setChecked(True)
    dialog.min_score.setValue(99)
    out = tmp_path / "exported" / "matching.json"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export_button.click()
    assert not dialog.error.isVisible()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["prefer_stable"] is True and document["min_score"] == 0.99
    assert saved == []  # exporting saves nothing

    code = cli.main(
        ["match", "--db", str(db_path), "--cycle", cycle.label, "--json", "--settings", str(out)]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["matches"] == [] and "stable" in result

    fresh = _dialog(qtbot, db, cycle, saved)
    assert not fresh.stable.isChecked() and fresh.min_score.value() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    fresh.import_button.click()
    assert fresh.stable.isChecked() and fresh.min_score.value() == 99
    fresh.save()
    with db.read() as session:
        assert settings_service.load_choices(session, cycle.program_id) == MatchChoices(False, True)
        assert settings_service.load_settings(session, cycle.program_id).min_score == 0.99


def test_import_of_a_bad_file_shows_its_sentence_and_changes_nothing(
    qtbot: QtBot, db: Database, cycle: CycleInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"min_score": 7}', encoding="utf-8")
    dialog = _dialog(qtbot, db, cycle, [])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    dialog.import_button.click()
    assert dialog.error.text() == f"“{bad}”: The minimum matching score must be between 0 and 1."
    assert dialog.min_score.value() == 0


def test_export_refuses_the_database_itself(
    qtbot: QtBot, db: Database, cycle: CycleInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, db, cycle, [])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(db.path), ""))
    before = db.path.read_bytes()
    dialog.export_button.click()
    assert "is your MentorDesk database" in dialog.error.text()
    assert db.path.read_bytes() == before
    with db.read() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
