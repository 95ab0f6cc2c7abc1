"""How often Python's cycle collector runs while the desktop app starts.

The start makes a great many objects that live until the app ends (modules, classes,
Qt's enums, the window), and by default the collector passes over the young ones every 700
allocations: about 20 ms before the window's first paint, and more while SQLAlchemy and the
models load after it, in passes that find almost nothing to free. While starting
(``collect_less``) it passes every 50,000 allocations instead, until the services are
loaded after the first paint (``collect_as_usual``); ``gc.freeze`` then takes what the start
made out of its passes. Garbage made meanwhile is still collected, a little later; what
this holds back is bounded by the 50,000 allocations between passes.
"""

from __future__ import annotations

import gc

STARTING_THRESHOLD = 50_000
"""Allocations between two passes over the youngest objects while the app starts."""

_saved: tuple[int, int, int] | None = None


def collect_less() -> None:
    """Pass over the youngest objects every ``STARTING_THRESHOLD`` allocations until
    ``collect_as_usual`` (a second call changes nothing)."""
    global _saved
    if _saved is not None:
        return
    first, second, third = gc.get_threshold()
    _saved = (first, second, third)
    gc.set_threshold(max(first, STARTING_THRESHOLD), second, third)


def collect_as_usual() -> None:
    """Back to the thresholds ``collect_less`` found (nothing if it was not called)."""
    global _saved
    if _saved is None:
        return
    saved, _saved = _saved, None
    gc.set_threshold(*saved)
