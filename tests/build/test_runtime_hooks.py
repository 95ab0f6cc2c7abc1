"""The frozen build's own run-time hook gives Qt its paths without importing Qt.

PyInstaller's PySide6 hook imported QtCore for every command of the frozen command line;
the spec leaves it (and multiprocessing's and pkgutil's) out and runs ``build/rth_qt_paths.py``.
``make package`` checks the built bundle itself (``build/build.py``: ``--version`` under
``LD_DEBUG=libs`` loads no Qt library).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOOK = ROOT / "build" / "rth_qt_paths.py"


def test_the_hook_sets_qts_paths_inside_the_bundle_and_imports_no_qt(tmp_path: Path) -> None:
    script = (
        "import json, os, runpy, sys\n"
        f"sys._MEIPASS = {str(tmp_path)!r}\n"
        f"runpy.run_path({str(HOOK)!r})\n"
        "print(json.dumps([os.environ['QT_PLUGIN_PATH'], os.environ['QML2_IMPORT_PATH'],"
        " sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))]))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_PLUGIN", "QML2"))}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    plugins, qml, qt_modules = json.loads(done.stdout)
    qt = tmp_path / "PySide6" / "Qt"
    assert (Path(plugins), Path(qml)) == (qt / "plugins", qt / "qml")
    assert qt_modules == []
