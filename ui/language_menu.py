"""View → Language: English or Français, remembered for the next start.

Pages and dialogs build their text once, in the language loaded at start, so a new choice
applies when MentorDesk starts again; the message says so in both languages, since the
coordinator may not read the one on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.language import LANGUAGES, current_language, save_language

NEXT_START = {
    "en": (
        "MentorDesk will be in English the next time it starts.",
        "MentorDesk sera en anglais au prochain démarrage.",
    ),
    "fr": (
        "MentorDesk sera en français au prochain démarrage.",
        "MentorDesk will be in French the next time it starts.",
    ),
}
"""Deliberately not translated: the news in the chosen language, then in the other one."""


def add_language_menu(window: QMainWindow, parent: QMenu) -> QMenu:
    menu = parent.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    shown = current_language()
    tips = {
        "en": QCoreApplication.translate(
            "LanguageMenu", "Show MentorDesk in English from its next start"
        ),
        "fr": QCoreApplication.translate(
            "LanguageMenu", "Show MentorDesk in French from its next start"
        ),
    }
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)  # each language by its own name, never translated
        action.setCheckable(True)
        action.setChecked(code == shown)
        action.setData(code)
        action.setStatusTip(tips[code])
        action.triggered.connect(lambda _=False, c=code: choose_language(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(window: QMainWindow, code: str) -> None:
    """Remember ``code`` for the next start, and say when it applies."""
    from PySide6.QtWidgets import QMessageBox

    save_language(code)
    if code == current_language():
        return
    QMessageBox.information(window, "Language · Langue", "\n\n".join(NEXT_START[code]))
