"""Spare each import PySide6's source scan: a plain read of the module's file instead.

Once ``PySide6.QtCore`` is imported, PySide6 (6.4 and later) calls its ``__feature__``
support after every import that follows, to note whether the new module mentions
"PySide6" (only such modules may switch on ``from __feature__ import snake_case``). It
answers through ``inspect.getsource``, which looks the module up again among every module
already loaded and reads its file through ``linecache``: 0.15–0.3 ms per module, 20 ms of
the window's start for the 130 modules it imports after PySide6.

``install`` replaces that check, when this PySide6 has it, by one that reads the module's
own ``.py`` file as bytes and looks for the same word; a module whose file is not there
(the frozen app's, loaded from PyInstaller's archive, which ships no source) is asked its
loader's ``get_source``, which is where ``inspect.getsource`` ends up after its search:
no source means PySide6's answer, False. The same answer for every module, and PySide6's
own check for anything else (a built-in, a compiled module, a loader that fails).
MentorDesk never uses ``__feature__``; the answer only decides whether a module could.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = b"PySide6"
_FEATURE_MODULE = "PySide6.support.feature"
_CHECK = "_mod_uses_pyside"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source mentions PySide6, as PySide6's check answers it."""
    path = getattr(module, "__file__", None)  # as inspect.getsource finds the file
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return _MARK in source.read()
        except FileNotFoundError:
            return _loader_says(module, fallback)
        except OSError:
            pass
    return fallback(module)


def _loader_says(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """The answer from the source ``module``'s loader gives (linecache's last resort)."""
    spec = getattr(module, "__spec__", None)
    name = getattr(spec, "name", None) or getattr(module, "__name__", None)
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    if not isinstance(name, str) or not callable(get_source):
        return fallback(module)
    try:
        text = get_source(name)
    except Exception:  # whatever it is, PySide6's own check decides
        return fallback(module)
    if text is None:
        return False  # inspect.getsource finds no source: PySide6 answers False
    return isinstance(text, str) and _MARK.decode() in text


def install() -> bool:
    """Put ``mentions_pyside`` in place of PySide6's check; False when this PySide6 has no
    such check (another version), which is then left as it is."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "replaced", None) is not None:
        return True  # installed already

    def check(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    check.replaced = original  # type: ignore[attr-defined]
    setattr(feature, _CHECK, check)
    return True
