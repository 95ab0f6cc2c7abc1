"""Run-time hook of the frozen build: where Qt finds its plugins, without importing Qt.

PyInstaller's own PySide6 hook sets the same two variables, then imports PySide6.QtCore
to give Qt a ``qt.conf`` when the bindings lack one (PyPI's PySide6 wheels embed their
own), so every command of the frozen command line paid for loading Qt (``mentordesk
--version``: 112 ms against 36 ms from source). The spec leaves that hook out and runs
this one; the window imports Qt when it starts.
"""

import os
import sys


def _qt_paths() -> None:
    bindings = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
    qt = bindings if sys.platform.startswith("win") else os.path.join(bindings, "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")


_qt_paths()
del _qt_paths
