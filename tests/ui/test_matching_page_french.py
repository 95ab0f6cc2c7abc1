"""The Matching page in French says the core's refusals and limits in French."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor
from tests.ui.conftest import wait_for_work
from tests.ui.test_matching_page import choose, ids, live_pairs, page  # noqa: F401
from ui.main_window import MainWindow
from ui.pages.matching import MatchingPage


def test_a_broken_rule_is_explained_in_french(
    french: str,
    page: MatchingPage,  # noqa: F811
    db: Database,
    ids: dict[str, int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prompts: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
        prompts.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    pane = page.manual
    choose(page, ids["liam"], ids["bo"])
    pane.pair_button.click()  # Bo's only place
    choose(page, ids["mei"], ids["bo"])
    pane.pair_button.click()
    assert "Le mentor n'a plus de place" in prompts[0]
    assert "no places left" not in prompts[0]
    assert live_pairs(db) == {(ids["bo"], ids["liam"])}  # refused until a reason is given


@pytest.fixture
def shortage(db: Database, cycle: CycleInfo) -> None:
    """One mentor with one place for three medical students."""
    add_people(db, cycle, 0, [mentor("m@x.org", "M", capacity=1)])
    add_people(db, cycle, 1, [mentee(f"s{i}@x.org", f"S{i}") for i in range(3)])


def test_shortage_limits_shown_in_french(
    french: str, shortage: None, window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page(1)
    matching = window.matching
    matching.propose()  # in the background, as the button does
    wait_for_work(qtbot)
    assert matching.proposal is not None
    assert not matching.limits.isHidden() and matching.limits.text().startswith("2 mentorés (")
    assert "sans jumelage" in matching.limits.text()
    assert "unmatched" not in matching.limits.text()
