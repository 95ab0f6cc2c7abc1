"""The language of the window: chosen once at start, before any window is built.

The coordinator's choice (View → Language) is kept in QSettings; without one, the system
language decides (French if it is French, else English). ``MENTORDESK_LANG`` overrides
both (tests, screenshots). The translations are the ``.qm`` files that
``build/translations.py --release`` builds into ``resources/i18n`` (ours, compiled from the
``.ts`` sources, and Qt's own ``qtbase_fr.qm`` for standard buttons).
"""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui import settings as keys

log = logging.getLogger(__name__)

LANG_ENV = "MENTORDESK_LANG"
LANGUAGES = {"en": "English", "fr": "Français"}
"""Each language by its own name, as the View → Language menu lists it."""
DEFAULT = "en"

_installed: list[QTranslator] = []


def system_language() -> str:
    return "fr" if QLocale.system().name().lower().startswith("fr") else DEFAULT


def saved_language() -> str | None:
    value = keys.settings().value(keys.LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    store = keys.settings()
    store.setValue(keys.LANGUAGE, language)
    store.sync()


def chosen_language() -> str:
    """The environment override, else the saved choice, else the system language."""
    forced = os.environ.get(LANG_ENV, "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    return saved_language() or system_language()


def current_language() -> str:
    """The language the translators installed now speak."""
    return "fr" if QLocale().language() == QLocale.Language.French else DEFAULT


def _i18n_folder() -> Path:
    return Path(str(resources.files("resources") / "i18n"))


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator()
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            return translator
    return None


def _locale_for(language: str) -> QLocale:
    """The system's own variant of the language (fr_FR, en_GB), else the Canadian one."""
    system = QLocale.system()
    if system.name().lower().startswith(language):
        return system
    return QLocale(f"{language}_CA")


def install_translations(language: str | None = None) -> str:
    """Install the translators of ``language`` (default: :func:`chosen_language`) in the
    running application and make its locale the default; returns the language."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    remove_translations()
    language = language or chosen_language()
    ours = _i18n_folder()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    wanted = [(f"mentordesk_{language}", [ours])]
    if language != DEFAULT:
        wanted.append((f"qtbase_{language}", [ours, qt_folder]))
    for name, folders in wanted:
        translator = _load(name, folders)
        if translator is None:
            # A source checkout without `build/translations.py --release`, or a bad bundle.
            log.warning("No %s translation found; the window stays in English", name)
            continue
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(_locale_for(language))
    log.info("Interface language: %s", language)
    return language


def remove_translations() -> None:
    """Back to the source language (tests switch languages within one process)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
