"""PySide6's check of each newly imported module, made a plain read of the module's file
(``ui.import_scan``), answers as PySide6's own check does."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import ui  # noqa: F401  (installs the check)
from ui import import_scan

FEATURE: Any = sys.modules.get("PySide6.support.feature")
CHECK: Any = getattr(FEATURE, "_mod_uses_pyside", None)
pytestmark = pytest.mark.skipif(
    getattr(CHECK, "replaced", None) is None, reason="this PySide6 has no source scan to replace"
)


def test_the_plain_read_answers_as_pyside_for_every_loaded_module() -> None:
    import app.lock  # noqa: F401
    import ui.app
    import ui.main_window  # noqa: F401

    original = CHECK.replaced
    modules = [m for name, m in sorted(sys.modules.items()) if not name.startswith("typing.")]
    assert len(modules) > 200
    differ = [m.__name__ for m in modules if CHECK(m) != original(m)]
    assert differ == []
    assert CHECK(sys.modules["ui.main_window"]) is True
    assert CHECK(sys.modules["app.lock"]) is False


def test_a_module_without_a_readable_source_file_is_left_to_pyside(tmp_path: Path) -> None:
    asked: list[str] = []

    def pyside_check(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # no such file
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311-x86_64-linux-gnu.so")
    assert not import_scan.mentions_pyside(gone, pyside_check)
    assert not import_scan.mentions_pyside(types.ModuleType("builtin"), pyside_check)
    assert not import_scan.mentions_pyside(compiled, pyside_check)
    assert asked == ["gone", "builtin", "compiled"]
    source = tmp_path / "uses.py"
    source.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    uses = types.ModuleType("uses")
    uses.__file__ = str(source)
    assert import_scan.mentions_pyside(uses, pyside_check)
    assert asked == ["gone", "builtin", "compiled"]


def test_installing_twice_keeps_pyside_s_own_check_underneath() -> None:
    original = CHECK.replaced
    assert import_scan.install()
    assert FEATURE._mod_uses_pyside is CHECK
    assert CHECK.replaced is original


class _Archive:
    """A loader like the frozen app's: the module's code from an archive, no source file."""

    def __init__(self, sources: dict[str, str | None]) -> None:
        self.sources = sources

    def get_source(self, name: str) -> str | None:
        return self.sources[name]


def _archived(name: str, folder: Path, loader: Any) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = str(folder / f"{name}.py")  # where its source would be: not there
    module.__loader__ = loader
    module.__spec__ = importlib.util.spec_from_loader(name, loader)
    return module


def test_a_module_from_an_archive_is_answered_by_its_loader_as_pyside_answers(
    tmp_path: Path,
) -> None:
    loader = _Archive({"shipped": None, "kept": "from PySide6.QtCore import QObject\n"})
    shipped, kept = _archived("shipped", tmp_path, loader), _archived("kept", tmp_path, loader)
    asked: list[str] = []

    def pyside_check(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert import_scan.mentions_pyside(shipped, pyside_check) is False
    assert import_scan.mentions_pyside(kept, pyside_check) is True
    assert asked == []  # neither needed PySide6's search through every loaded module
    # PySide6's own check gives the same answers (inspect.getsource ends at the loader).
    original = CHECK.replaced
    for module in (shipped, kept):
        sys.modules[module.__name__] = module
    try:
        assert (original(shipped), original(kept)) == (False, True)
    finally:
        for module in (shipped, kept):
            del sys.modules[module.__name__]


def test_a_loader_that_fails_is_left_to_pyside(tmp_path: Path) -> None:
    class Broken:
        def get_source(self, name: str) -> str:
            raise ImportError(name)

    asked: list[str] = []

    def pyside_check(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert (
        import_scan.mentions_pyside(_archived("broken", tmp_path, Broken()), pyside_check) is False
    )
    assert asked == ["broken"]
