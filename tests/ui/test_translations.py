"""The French interface: catalogues current and complete, the window and every page in
French with no English left, and the language choice remembered."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.programs import service as programs
from tests.ui.conftest import Messages, wait_for_work
from tests.ui.french_walk import (
    I18N,
    demo_data,
    english_left,
    english_problem,
    translations_script,
    visible_texts,
)
from ui import language
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


translations = translations_script()


def test_ts_files_are_current_with_the_code() -> None:
    assert translations.stale() == [], "run `python build/translations.py --update`"


def test_every_message_has_a_french_translation() -> None:
    unfinished = []
    for ts in sorted(I18N.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [] if translation is None else translation.findall("numerusform")
                texts = [f.text for f in forms] if forms else [getattr(translation, "text", "")]
                if translation is None or translation.get("type") or not all(texts):
                    where = f"{ts.name} {context.findtext('name')}"
                    unfinished.append(f"{where}: {message.findtext('source')!r}")
    assert not unfinished, f"{len(unfinished)} untranslated, first: {unfinished[:10]}"


def test_a_message_shared_by_two_areas_reads_the_same_in_both() -> None:
    """lrelease keeps one of two identical keys (context, source): they must agree."""
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for ts in sorted(I18N.glob("*_fr.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                key = (context.findtext("name", ""), message.findtext("source", ""))
                translation = message.find("translation")
                assert translation is not None
                text = ET.tostring(translation, encoding="unicode").strip()
                seen.setdefault(key, {})[ts.name] = text
    clashes = {k: v for k, v in seen.items() if len(set(v.values())) > 1}
    assert not clashes, f"translated differently: {sorted(clashes)[:10]}"


def test_every_tr_call_is_one_lupdate_extracts_under_the_context_qt_uses() -> None:
    """lupdate reads `self.tr("…")`, `QCoreApplication.translate("Context", "…")` and
    `QT_TRANSLATE_NOOP`. It files `other.tr("…")` or a bare `tr("…")` under the wrong
    context, and never sees the text passed to a home-made wrapper."""
    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            bare = isinstance(func, ast.Name) and func.id in ("tr", "_t", "_tr")
            other = (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and not (isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"))
            )
            literal = node.args and isinstance(node.args[0], ast.Constant)
            if (bare and literal) or other:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, f"write self.tr or QCoreApplication.translate at: {wrong}"


def test_english_plural_forms_read_naturally() -> None:
    assert translations.english_forms("%Ln row(s) from {file}") == (
        "%Ln row from {file}",
        "%Ln rows from {file}",
    )
    assert translations.english_forms("%Ln person(s), %Ln match(es)")[1] == (
        "%Ln people, %Ln matches"
    )


def test_english_counts_say_one_participant_and_two_participants(
    qapp: QApplication, demo_db: Database
) -> None:
    from ui.status import counts_text

    def count(n: int) -> str:
        return QCoreApplication.translate("StatusBar", "%Ln participant(s)", "", n)

    language.remove_translations()
    try:
        assert count(2) == "2 participant(s)"  # Qt's raw source without the catalogue
    finally:
        language.install_translations("en")
    assert (count(1), count(2), count(0)) == ("1 participant", "2 participants", "0 participants")
    with demo_db.read() as session:
        cycle = programs.list_cycles(session)[0]
    assert re.search(r"·\s+\d+ participants\s+·\s+\d+ match(es)?$", counts_text(demo_db, cycle))


# -- the window in French ----------------------------------------------------------------
def test_the_walker_catches_unwrapped_and_untranslated_english(french: str) -> None:
    assert english_problem("Roster") is not None  # a source shown untranslated
    assert english_problem("Choose the file to import") is not None  # never wrapped
    assert english_problem("Participants") is None
    assert english_problem("Zoé Bouchard", allow=["Zoé Bouchard"]) is None
    assert english_problem("12 %") is None and english_problem("demo.db") is None


def test_main_window_in_french(qtbot: QtBot, french: str, demo_db: Database) -> None:
    assert french == "fr"
    window = MainWindow(demo_db, welcome=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Édition", "&Programme", "&Affichage", "Aid&e"]
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == [
        "Participants", "Jumelage", "Suivi", "Lettres", "Sauvegardes", "Programme", "Ententes",
        "Sondages", "Rapports", "Groupes",
    ]  # fmt: skip
    assert "participants" in window.status.text() and "jumelages" in window.status.text()
    view = window.menuBar().actions()[3].menu()
    assert [a.text() for a in view.actions() if a.menu()] == ["&Langue"]
    chrome = english_left(window, allow=demo_data(demo_db), skip=[window.stack])
    assert chrome == []
    wait_for_work(qtbot)


def test_every_page_in_french_has_no_english_left(
    qtbot: QtBot, french: str, demo_db: Database
) -> None:
    window = MainWindow(demo_db, welcome=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    data = demo_data(demo_db)
    problems = []
    for number, page in enumerate(window.pages):
        window.show_page(number)
        wait_for_work(qtbot)
        QApplication.processEvents()
        assert visible_texts(page), f"page {number} shows no text at all"
        problems += [f"{type(page).__name__}: {p}" for p in english_left(page, allow=data)]
    assert problems == [], f"{len(problems)} English texts, first: {problems[:15]}"


# -- choosing the language -----------------------------------------------------------------
def test_view_language_saves_the_choice_for_the_next_start(
    qtbot: QtBot, window: MainWindow, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(language.LANG_ENV, raising=False)
    assert language.saved_language() is None
    french = next(
        a for a in window.language_menu.actions() if isinstance(a, QAction) and a.data() == "fr"
    )
    french.trigger()
    assert language.saved_language() == "fr"
    assert language.chosen_language() == "fr"
    [text] = messages.texts("information")
    assert "prochain démarrage" in text and "next time it starts" in text
    monkeypatch.setenv(language.LANG_ENV, "en")  # the override wins over the saved choice
    assert language.chosen_language() == "en"


def test_without_a_choice_the_system_language_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(language.LANG_ENV, raising=False)
    assert language.saved_language() is None
    assert language.chosen_language() == language.system_language()
