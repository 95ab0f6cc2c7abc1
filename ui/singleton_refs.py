"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6/shiboken6 6.12.0 (the ``cp310-abi3`` wheels) hand back ``None`` from every wrapped
``void`` C++ method (``widget.setEnabled(True)``, ``object.setObjectName("x")``…) and ``True``
from ``SignalInstance.emit()`` without taking a reference, as if those objects were immortal.
They are immortal from Python 3.12 on; on 3.11 each such call takes one reference that nobody
gave, and when the count reaches zero — at the latest while the interpreter finalizes — Python
aborts with ``Fatal Python error: bool_dealloc`` (or ``none_dealloc``), exit status 134. Every
signal we emit from Python costs ``True`` one reference, so a long session (or a long test
run) used to end in that abort.

The calls cannot be avoided: every setter and every ``emit`` goes through them. Instead, when
the running PySide6 is seen to drop references (``pyside_drops_references``), the three
objects are given a reserve of references so large that no session can use it up — what
Python 3.12 does by making them immortal. Nothing is done on Python 3.12 or later, on other
interpreters, or with a PySide6 that counts correctly.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

RESERVE = 1 << 40
"""References added to each singleton: a trillion calls before the count could reach zero,
far below the 2**63 limit of a reference count."""
PROBES = 8


class _Probe(QObject):
    fired = Signal()


def pyside_drops_references() -> bool:
    """True when a ``void`` method or ``emit`` of the running PySide6 takes a reference to
    ``None``/``True`` it was never given (``PROBES`` calls of each, as many references)."""
    probe = _Probe()
    none_before = sys.getrefcount(None)
    for _ in range(PROBES):
        probe.setObjectName("probe")  # a wrapped void method: returns None
    none_lost = none_before - sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.fired.emit()  # returns True
    true_lost = true_before - sys.getrefcount(True)
    # A correct binding leaves both counts where they were; a stray reference taken or
    # released elsewhere meanwhile cannot account for one lost per call.
    return none_lost >= PROBES or true_lost >= PROBES


def _needs_reserve() -> bool:
    immortal = sys.version_info >= (3, 12)  # PEP 683: None/True/False are never freed
    return not immortal and sys.implementation.name == "cpython"


def protect_singletons() -> bool:
    """Give ``None``, ``True`` and ``False`` their reserve when this interpreter and PySide6
    need it; True when it was given (once per process: a second call adds nothing)."""
    global _protected
    if _protected or not _needs_reserve() or not pyside_drops_references():
        return _protected
    for singleton in (None, True, False):
        # CPython 3.11 keeps an object's reference count in its first machine word.
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _protected = True
    log.info("PySide6 drops references to None/True/False on this Python; reserve added")
    return True


_protected = False
