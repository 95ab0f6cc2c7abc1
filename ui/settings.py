"""Window settings (geometry, last page and cycle) kept in QSettings.

Program settings live in the database; only per-computer window state lives here. When
``MENTORDESK_HOME`` is set (tests, portable installs) the settings file sits in that folder
so nothing touches the real profile.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from app.paths import APP_NAME, HOME_ENV, data_dir

GEOMETRY = "window/geometry"
STATE = "window/state"
LAST_PAGE = "window/page"
LAST_CYCLE = "window/cycle"
LETTERS_FOLDER = "letters/folder"
LANGUAGE = "ui/language"  # "en" or "fr"; absent: the system language decides


def settings() -> QSettings:
    if os.environ.get(HOME_ENV):
        return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)
    return QSettings(APP_NAME, APP_NAME)
