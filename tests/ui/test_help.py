"""Help at hand: a guide for every page in English and French, F1 opens the one of the page
on screen, the tour of the year says where the sample sign-up files are, and it opens by
itself once, on the first run."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.programs.service import CycleInfo
from ui import settings as keys
from ui.dialogs.tour import SAMPLE_DIR, TourDialog
from ui.help import HELP_DIR, TOUR_SHOWN, HelpWindow, help_path, help_topics, show_help
from ui.main_window import MainWindow
from ui.page_registry import PAGE_SPECS


def test_every_page_has_a_guide_in_english_and_french() -> None:
    for spec in PAGE_SPECS:
        english = HELP_DIR / "en" / f"{spec.name}.md"
        french = HELP_DIR / "fr" / f"{spec.name}.md"
        assert english.is_file(), spec.name
        assert french.is_file(), spec.name
        assert english.read_text(encoding="utf-8") != french.read_text(encoding="utf-8")
    assert {p.name for p in (HELP_DIR / "en").glob("*.md")} == {
        p.name for p in (HELP_DIR / "fr").glob("*.md")
    }


def test_guides_name_pages_that_exist_and_link_to_guides_that_exist() -> None:
    import re

    for language in ("en", "fr"):
        for path in (HELP_DIR / language).glob("*.md"):
            text = path.read_text(encoding="utf-8")
            assert text.startswith("# "), path
            for target in re.findall(r"\]\(([a-z_]+)\)", text):
                assert (HELP_DIR / language / f"{target}.md").is_file(), (path, target)


def test_f1_opens_the_guide_of_the_page_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page_help_action.shortcut().toString() == "F1"
    window.show_page([s.name for s in PAGE_SPECS].index("backups"))
    window.page_help_action.trigger()
    shown = window.help_window
    assert isinstance(shown, HelpWindow) and shown.isVisible()
    assert shown.current_topic() == "backups"
    assert "Back up now" in shown.browser.toPlainText()
    window.show_page(0)
    window.page_help_action.trigger()
    assert window.help_window is shown and shown.current_topic() == "roster"
    shown.show_topic("matching")
    assert shown.browser.toPlainText().startswith("Matching")
    assert len(help_topics()) == shown.count


def test_f1_in_french_shows_the_french_guide(qtbot: QtBot, db: Database, french: str) -> None:
    main = MainWindow(db, welcome=False)
    qtbot.addWidget(main)
    main.show_page(0)
    shown = show_help(main)
    qtbot.addWidget(shown)
    assert shown.windowTitle() == "Aide de MentorDesk"
    assert shown.browser.toPlainText().startswith("Participants")
    assert "Rechercher" in shown.browser.toPlainText()
    assert help_path("roster").parent.name == "fr"
    titles = [shown.topics.item(n).text() for n in range(shown.count)]
    assert "Pour commencer" in titles and "Sauvegardes" in titles


def test_a_guide_missing_in_french_falls_back_to_english(tmp_path: object) -> None:
    assert help_path("no-such-topic", "fr").parent.name == "en"


def test_the_tour_walks_the_year_and_names_the_sample_folder(qtbot: QtBot) -> None:
    tour = TourDialog()
    qtbot.addWidget(tour)
    assert (SAMPLE_DIR / "mentors.csv").is_file() and (SAMPLE_DIR / "mentees.csv").is_file()
    assert not tour.back_button.isEnabled()
    headings = []
    for _ in range(len(tour.steps)):
        headings.append(tour.heading.text())
        if tour.current_topic() == "roster":
            assert str(SAMPLE_DIR) in tour.body.text()
            assert not tour.samples_button.isHidden()
        else:
            assert tour.samples_button.isHidden()
        tour.next_button.click()
    assert headings[0].startswith("1.") and headings[-1] == "7. Start the next cycle"
    assert tour.result() == TourDialog.DialogCode.Accepted
    topics = []
    tour.helpRequested.connect(topics.append)
    tour.go(2)
    tour.more_button.click()
    assert topics == ["matching"]


def test_the_tour_in_french(qtbot: QtBot, french: str) -> None:
    tour = TourDialog()
    qtbot.addWidget(tour)
    assert tour.windowTitle() == "L'année en étapes"
    assert tour.counter.text() == "Étape 1 sur 7"
    assert tour.heading.text() == "1. Préparer le programme"
    tour.go(1)
    assert "Des fichiers d'inscription d'exemple" in tour.body.text()


def test_the_tour_opens_once_on_the_first_run(qtbot: QtBot, db: Database, cycle: CycleInfo) -> None:
    assert not keys.settings().value(TOUR_SHOWN, False, type=bool)
    first = MainWindow(db)  # a real start: the database has a program, so no welcome
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: getattr(first, "tour_dialog", None) is not None)
    assert first.tour_dialog.isVisible()
    first.tour_dialog.close_button.click()
    assert keys.settings().value(TOUR_SHOWN, False, type=bool)
    second = MainWindow(db)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    qtbot.wait(50)
    assert getattr(second, "tour_dialog", None) is None
    second.tour_action.trigger()
    assert second.tour_dialog.isVisible()


def test_the_tour_opens_on_the_first_run_of_the_apps_quick_start(
    qtbot: QtBot, db: Database, cycle: CycleInfo
) -> None:
    # The app shows the window first and fills its menus (Help among them) after the paint.
    window = MainWindow(db, quick_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert getattr(window, "tour_dialog", None) is None
    window.fill_menus()
    qtbot.waitUntil(lambda: getattr(window, "tour_dialog", None) is not None)
    assert window.tour_dialog.isVisible()


def test_every_menu_action_says_what_it_does(window: MainWindow) -> None:
    silent = []
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:
            if action.isSeparator() or action.menu() is not None or not action.text():
                continue
            if not (action.statusTip() or action.toolTip() != action.text().replace("&", "")):
                silent.append(f"{top.text()} → {action.text()}")
    assert silent == []
