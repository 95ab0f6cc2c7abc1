"""Every window and dialog fits a 1366×768 laptop, in English at 100 % and in French (the
longer labels) at 125 % scaling (1093×614 logical pixels).

Each screen needs its own process: Qt chooses the screen when the application starts. The
walk (``tests/ui/screen_fit_walk.py``) opens the main window on every page and every dialog
class of ``ui/dialogs`` on the demo, and lists each window whose frame (with a title bar)
or visible button lies outside the screen; a dialog class it cannot open is listed too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _walk(tmp_path: Path, scale: str, language: str) -> dict[str, object]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [screen | {"logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=scale,
        MENTORDESK_LANG=language,
        MENTORDESK_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_fit_walk"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    ("scale", "language", "size"),
    [("1", "en", [1366, 768]), ("1.25", "fr", [1093, 614])],
    ids=["1366x768-english", "125-percent-french"],
)
def test_every_window_fits_the_laptop_screen(
    tmp_path: Path, scale: str, language: str, size: list[int]
) -> None:
    found = _walk(tmp_path, scale, language)
    assert found["screen"] == size
    checked = found["checked"]
    assert isinstance(checked, list)
    assert "Main window, roster page" in checked and "TemplateEditorDialog" in checked
    assert "PdfPreviewDialog" in checked and "HelpWindow" in checked
    assert len(checked) > 40
    assert found["problems"] == []
    # No page needs its sideways scroll bar, at 100 % nor at 125 % with the French labels:
    # rows of buttons, chips and filters wrap instead.
    assert found["scrolls"] == []
