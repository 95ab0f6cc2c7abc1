"""One vocabulary for a match's life, walked in the real window in English and French:
letters notify only when marked as sent, hand pairs confirm, "Accept all" asks, undo labels
read naturally, proposals follow the cycle, and the roster, settings, end and bulk dialogs
say the truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Match, Participant
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, pairs  # noqa: F401 (fixture)
from tests.factories import add_people, mentee, mentor
from tests.shots import shots_dir
from tests.ui.conftest import Messages, wait_for_work
from ui.main_window import MainWindow
from ui.pages.letters import LettersPage
from ui.pages.matching import MatchingPage
from ui.pages.roster import RosterPage

CITY = {"city": "Ottawa", "province": "ON", "languages": ["English"]}


def status_of(db: Database, match_id: int) -> str:
    with db.read() as session:
        match = session.get(Match, match_id)
        assert match is not None
        return match.status


def select_rows(view: Any, model: Any, wanted: set[int]) -> None:
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(model.rowCount()):
        if model.row_at(row).id in wanted:
            view.selectionModel().select(model.index(row, 0), flags)


# -- letters: written is not sent ---------------------------------------------------------


def _letters(window: MainWindow) -> LettersPage:
    window.show_page(3)
    return window.letters


def _write_letters(qtbot: QtBot, page: LettersPage, out: Path) -> None:
    page.generate_button.click()
    dialog = page.generate_dialog
    assert dialog is not None
    dialog.output.setText(str(out))
    dialog.ok_button.click()
    wait_for_work(qtbot, timeout=60000)


def _status_texts(page: LettersPage) -> dict[int, str]:
    return {
        page.matches.row_at(r).id: page.matches.data(page.matches.index(r, 2))
        for r in range(page.matches.rowCount())
    }


def test_marking_letters_as_sent_notifies_and_undoes(
    qtbot: QtBot,
    pairs: Pairs,  # noqa: F811
    window: MainWindow,
    db: Database,
    tmp_path: Path,
) -> None:
    _mark_sent_walk(qtbot, pairs, window, db, tmp_path, "en")


def test_marking_letters_as_sent_in_french(
    qtbot: QtBot,
    french: str,
    pairs: Pairs,  # noqa: F811
    window: MainWindow,
    db: Database,
    tmp_path: Path,
) -> None:
    _mark_sent_walk(qtbot, pairs, window, db, tmp_path, "fr")


def _mark_sent_walk(
    qtbot: QtBot,
    pairs: Pairs,  # noqa: F811
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    lang: str,
) -> None:
    page = _letters(window)
    zoe = pairs.matches["siobhan-zoe"]
    _write_letters(qtbot, page, tmp_path / "letters.pdf")
    confirmed, notified = ("Confirmed", "Notified") if lang == "en" else ("Confirmé", "Avisé")
    assert _status_texts(page)[zoe] == confirmed  # written, not yet sent
    assert status_of(db, zoe) == "confirmed"
    assert not page.sent_button.isEnabled()
    select_rows(page.match_view, page.matches, {zoe, pairs.matches["marc-jordan"]})
    assert page.sent_button.isEnabled()
    page.sent_button.click()
    assert status_of(db, zoe) == "notified"
    assert _status_texts(page)[zoe] == notified
    undo = page.undo_button.defaultAction()
    if lang == "en":
        assert undo.text() == "Undo mark the letters of 1 match as sent"
    else:
        assert undo.text() == "Annuler le marquage des lettres de 1 jumelage comme envoyées"
    assert page.undo_button.text() == ("Undo" if lang == "en" else "Annuler")  # short
    assert page.undo_button.toolTip() == undo.text()
    undo.trigger()
    assert status_of(db, zoe) == "confirmed"
    page.redo_button.defaultAction().trigger()
    assert status_of(db, zoe) == "notified"
    window.resize(1366, 768)
    window.grab().save(str(_shot(f"letters_marked_{lang}.png")))


def _shot(name: str) -> Path:
    folder = shots_dir("vocabulary")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


# -- matching ----------------------------------------------------------------------------


@pytest.fixture
def ids(db: Database, cycle: CycleInfo) -> dict[str, int]:
    mentors = add_people(
        db, cycle, 0,
        [
            mentor("ana@res.example.org", "Ana", "Gagné", interests=["Neonatology"], **CITY),
            mentor("bo@res.example.org", "Bo", "Chen", interests=["Oncology"], **CITY),
        ],
    )  # fmt: skip
    mentees = add_people(
        db, cycle, 1,
        [
            mentee("zoe@med.example.org", "Zoé", "Tremblay", interests=["Neonatology"], **CITY),
            mentee("liam@med.example.org", "Liam", "Roy", interests=["Oncology"], **CITY),
            mentee("mei@med.example.org", "Mei", "Wong", interests=["Neonatology"], **CITY),
        ],
    )  # fmt: skip
    return dict(zip(["ana", "bo", "zoe", "liam", "mei"], mentors + mentees, strict=True))


@pytest.fixture
def matching(ids: dict[str, int], window: MainWindow) -> MatchingPage:
    window.show_page(1)
    return window.matching


def test_accept_all_asks_with_the_count_and_undo_reads_naturally(
    qtbot: QtBot, matching: MatchingPage, db: Database, messages: Messages
) -> None:
    matching.propose_button.click()
    wait_for_work(qtbot)
    assert matching.proposals.rowCount() == 2  # one place each for three mentees
    messages.answer = messages.answer.No
    matching.accept_all_button.click()
    assert messages.texts("question") == [
        "Save and confirm all 2 proposed matches? You can undo it."
    ]
    with db.read() as session:
        assert session.scalars(select(Match)).first() is None  # declined: nothing saved
    messages.answer = messages.answer.Yes
    matching.accept_all_button.click()
    assert {r.status for r in matching.matches.rows()} == {"confirmed"}
    assert matching.undo_button.defaultAction().text() == "Undo accept 2 proposals"
    matching.undo_stack.undo()
    assert matching.redo_button.defaultAction().text() == "Redo accept 2 proposals"
    matching.undo_stack.redo()
    assert len(matching.matches.rows()) == 2


def test_pairing_by_hand_confirms_and_refreshes_the_summary(
    qtbot: QtBot, matching: MatchingPage, db: Database, ids: dict[str, int]
) -> None:
    matching.propose_button.click()
    wait_for_work(qtbot)
    assert "1 mentee and 0 mentors left" in matching.proposal_summary.text()
    left = matching.proposal.unmatched_mentees[0][0]
    matching.tabs.setCurrentIndex(1)
    matching.manual.select_mentee(left)
    mentor_id = ids["bo"] if left == ids["liam"] else ids["ana"]
    free = ids["ana"] if mentor_id == ids["bo"] else ids["bo"]
    matching.manual._reselect_mentor(free)
    if matching.manual.selected_mentor() is None or matching.manual.selected_mentor().rule:
        pytest.skip("the left mentee has no free mentor in this layout")  # pragma: no cover
    matching.manual.pair_button.click()
    with db.read() as session:
        saved = session.execute(
            select(Match.status, Match.origin).where(Match.mentee_id == left)
        ).one()
    assert tuple(saved) == ("confirmed", "manual")
    summary = matching.proposal_summary.text()
    assert "0 mentees" in summary and all(m.mentee_id != left for m in matching.proposal.matches)


def test_rule_breaking_pair_without_a_reason_says_so(
    matching: MatchingPage,
    db: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    matching.tabs.setCurrentIndex(1)
    pane = matching.manual
    pane.select_mentee(ids["liam"])
    pane._reselect_mentor(ids["bo"])
    pane.pair_button.click()  # Bo's only place
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("  ", True))
    pane.select_mentee(ids["mei"])
    pane._reselect_mentor(ids["bo"])
    pane.pair_button.click()
    assert messages.texts("warning") == [
        "Bo Chen and Mei Wong were not paired: breaking a rule needs a reason, kept in the "
        "audit trail."
    ]
    pane.select_mentee(ids["zoe"])
    options = {o.id: o for o in pane.mentors.rows()}
    assert options[ids["bo"]].over_by == 0
    assert pane.mentors.data(pane.mentors.index(0, 0)) is not None


def test_over_capacity_mentor_shows_by_how_much(
    matching: MatchingPage, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.models.matching import MENTOR_COLUMNS

    matching.tabs.setCurrentIndex(1)
    pane = matching.manual
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Agreed with Bo", True))
    for who in ("liam", "mei"):
        pane.select_mentee(ids[who])
        pane._reselect_mentor(ids["bo"])
        pane.pair_button.click()
    pane.select_mentee(ids["zoe"])
    places = next(i for i, c in enumerate(MENTOR_COLUMNS) if c.title == "Places left")
    texts = {
        pane.mentors.row_at(r).id: pane.mentors.data(pane.mentors.index(r, places))
        for r in range(pane.mentors.rowCount())
    }
    assert texts[ids["bo"]] == "Over capacity by 1"
    assert texts[ids["ana"]] == "1 of 1"


def test_switching_cycle_forgets_the_proposals(
    qtbot: QtBot, matching: MatchingPage, window: MainWindow
) -> None:
    matching.propose_button.click()
    wait_for_work(qtbot)
    assert matching.proposals.rowCount() == 2
    cycle = window.context.cycle
    window.context.set_cycle(None)
    assert matching.proposal is None and matching.proposals.rowCount() == 0
    window.context.set_cycle(cycle)
    assert matching.proposals.rowCount() == 0


def test_settings_hide_unanswered_criteria_and_never_pick_one_person_twice(
    matching: MatchingPage, ids: dict[str, int]
) -> None:
    matching.settings_button.click()
    dialog = matching.settings_dialog
    assert dialog is not None
    assert not dialog.sliders["gender"].isEnabled()
    assert "answered" in dialog.sliders["gender"].toolTip()
    assert dialog.sliders["interests"].isEnabled()
    assert dialog.ban_mentor.currentData() != dialog.ban_mentee.currentData()
    dialog.reject()


def test_ending_a_match_keeps_its_category_and_can_rematch(
    qtbot: QtBot, matching: MatchingPage, db: Database, ids: dict[str, int]
) -> None:
    matching.propose_button.click()
    wait_for_work(qtbot)
    matching.accept_all()
    row = next(r for r in matching.matches.rows() if r.mentee_id == ids["zoe"])
    select_rows(matching.match_table, matching.matches, {row.id})
    matching.end_button.click()
    dialog = matching.end_dialog
    assert dialog is not None
    assert [dialog.cause.itemData(i) for i in range(dialog.cause.count())] == [
        "moved", "no_contact", "conflict", "goals_met", "other",
    ]  # fmt: skip
    assert dialog.rematch_box.text() == "Re-match Zoé Tremblay now"
    dialog.cause.setCurrentIndex(3)
    dialog.details.setText("Finished her project early")
    dialog.rematch_box.setChecked(True)
    _shot_dialog(dialog, "end_match_en.png")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with db.read() as session:
        match = session.get(Match, row.id)
        assert match is not None
        assert (match.status, match.end_category, match.end_reason) == (
            "ended", "goals_met", "Goals met: Finished her project early",
        )  # fmt: skip
    assert matching.tabs.currentIndex() == 1
    chosen = matching.manual.selected_mentee()
    assert chosen is not None and chosen.id == ids["zoe"] and chosen.state == "unmatched"
    assert matching.undo_button.defaultAction().text() == ("Undo end Ana Gagné and Zoé Tremblay")


def _shot_dialog(dialog: Any, name: str) -> None:
    dialog.resize(dialog.sizeHint())
    dialog.grab().save(str(_shot(name)))


# -- roster -------------------------------------------------------------------------------


@pytest.fixture
def roster(ids: dict[str, int], window: MainWindow) -> RosterPage:
    window.show_page(0)
    return window.roster


def _column(page: RosterPage, title: str) -> int:
    model = page.model
    return next(
        c for c in range(model.columnCount()) if model.headerData(c, _horizontal()) == title
    )


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _cell(page: RosterPage, name: str, column: int) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            return str(page.proxy.index(row, column).data() or "")
    raise AssertionError(name)


def test_roster_says_role_capacity_matched_and_searches_city(
    qtbot: QtBot, roster: RosterPage, window: MainWindow
) -> None:
    role, capacity, matched = (
        _column(roster, "Role"),
        _column(roster, "Capacity"),
        _column(roster, "Matched"),
    )
    assert _cell(roster, "Ana Gagné", capacity) == "1"
    assert _cell(roster, "Zoé Tremblay", capacity) == ""  # a mentee takes no mentees
    assert _cell(roster, "Zoé Tremblay", matched) == "No"
    assert _cell(roster, "Zoé Tremblay", role) == "Medical student"
    assert "cities" in roster.filters.search_box.placeholderText()
    roster.filters.search_box.setText("ottawa")
    qtbot.waitUntil(lambda: roster.proxy.rowCount() == 5, timeout=2000)
    assert roster.export_button.isEnabled()
    roster.filters.search_box.setText("nowhere-city")
    qtbot.waitUntil(lambda: roster.proxy.rowCount() == 0, timeout=2000)
    assert not roster.export_button.isEnabled()
    roster.filters.search_box.clear()
    qtbot.waitUntil(lambda: roster.export_button.isEnabled(), timeout=2000)


def test_bulk_edit_covers_language_role_interests_and_next_cycle(
    roster: RosterPage, db: Database, ids: dict[str, int]
) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    roster.table.clearSelection()
    for row in range(roster.proxy.rowCount()):
        if roster.proxy.index(row, 0).data() in ("Liam Roy", "Mei Wong"):
            roster.table.selectionModel().select(roster.proxy.index(row, 0), flags)
    roster.bulk_button.click()
    dialog = roster.bulk_dialog
    assert dialog is not None
    dialog.set_languages.setChecked(True)
    dialog.languages.setText("English; French")
    dialog.set_interests.setChecked(True)
    dialog.interests.setText("Research")
    dialog.set_next_cycle.setChecked(True)
    dialog.next_cycle.setCurrentIndex(1)
    dialog.set_role.setChecked(True)
    dialog.role.setCurrentIndex(0)
    _shot_dialog(dialog, "bulk_edit_en.png")
    dialog.ok.click()
    with db.read() as session:
        liam = session.get(Participant, ids["liam"])
        assert liam is not None
        assert liam.role == "Resident mentor" and liam.next_cycle == "returning"
        assert liam.person.languages == ["en", "fr"] or len(liam.person.languages) == 2
        assert "Oncology" in str(liam.interests) or "oncology" in str(liam.interests)
        assert len(liam.interests) == 2


# -- screenshots at 1366×768, English and French ------------------------------------------


def _walk_screens(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    window.resize(1366, 768)
    window.show_page(1)
    page = window.matching
    page.propose_button.click()
    wait_for_work(qtbot)
    page.accept_selected()
    window.grab().save(str(_shot(f"matching_{lang}.png")))
    page.settings_button.click()
    settings = page.settings_dialog
    assert settings is not None
    settings.grab().save(str(_shot(f"matching_settings_{lang}.png")))
    assert not settings.sliders["gender"].isEnabled()
    settings.reject()
    page.accept_all()
    page.match_table.selectRow(0)
    page.end_button.click()
    end = page.end_dialog
    assert end is not None
    _shot_dialog(end, f"end_match_{lang}.png")
    assert end.sizeHint().width() < 1366
    end.reject()
    window.show_page(0)
    roster = window.roster
    window.grab().save(str(_shot(f"roster_{lang}.png")))
    roster.table.selectAll()
    roster.bulk_button.click()
    bulk = roster.bulk_dialog
    assert bulk is not None
    _shot_dialog(bulk, f"bulk_edit_{lang}.png")
    assert bulk.sizeHint().height() < 768
    bulk.reject()


def test_screens_in_english(qtbot: QtBot, ids: dict[str, int], window: MainWindow) -> None:
    _walk_screens(qtbot, window, "en")


def test_screens_in_french(
    qtbot: QtBot, french: str, ids: dict[str, int], window: MainWindow
) -> None:
    _walk_screens(qtbot, window, "fr")
    summary = window.matching.proposal_summary.text()
    assert "proposé" in summary and "mentoré" in summary, summary
