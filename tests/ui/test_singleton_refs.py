"""A long session of signals and setters no longer ends in ``Fatal Python error:
bool_dealloc`` (PySide6 6.12 on Python 3.11 takes a reference to ``True`` at each
``emit()`` and to ``None`` at each void setter; ``ui.singleton_refs`` gives them a reserve)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ui import singleton_refs

ROOT = Path(__file__).resolve().parents[2]
CALLS = 5000

SESSION = textwrap.dedent(
    f"""
    import sys
    if sys.argv[1] == "gui":
        import ui  # what the app and the window tests import first
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        changed = Signal(bool)

    app = QCoreApplication([])
    source, received = Source(), []
    source.changed.connect(received.append)
    for index in range({CALLS}):
        source.changed.emit(index % 2 == 0)
        source.setObjectName("source")
    assert len(received) == {CALLS}, len(received)
    """
)


def _session(kind: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SESSION, kind],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_long_session_of_emits_and_setters_ends_cleanly() -> None:
    run = _session("gui")
    assert "Fatal Python error" not in run.stderr, run.stderr
    assert run.returncode == 0, run.stderr


def test_without_the_reserve_the_same_session_aborts_where_pyside_drops_references() -> None:
    """The session above is a real test: on a PySide6 that drops references, the very same
    calls without ``ui`` imported abort the interpreter."""
    if not singleton_refs.pyside_drops_references():
        return  # a PySide6 (or Python) that counts correctly: nothing to reproduce
    run = _session("bare")
    assert run.returncode != 0
    assert "dealloc: deallocating" in run.stderr, run.stderr


def test_this_process_holds_the_reserve_when_needed() -> None:
    if not singleton_refs.pyside_drops_references():
        assert not singleton_refs.protect_singletons()
        return
    assert singleton_refs.protect_singletons()  # given once, when ``ui`` was imported
    source = singleton_refs._Probe()
    for _ in range(CALLS):
        source.fired.emit()  # each still takes a reference: the reserve absorbs it
        source.setObjectName("source")
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > singleton_refs.RESERVE // 2
