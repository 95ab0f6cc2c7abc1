"""Edit → Undo/Redo, following the undo stack of the page on screen.

A page takes part by having an ``undo_stack`` (QUndoStack) attribute; on other pages the
actions are disabled. Pages are built lazily, so stacks join the group when first shown.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget


def install_undo_actions(window: QMainWindow, menu: QMenu, pages: QStackedWidget) -> QUndoGroup:
    """Add Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) to ``menu``."""
    group = QUndoGroup(window)
    undo = group.createUndoAction(window, "&Undo")
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = group.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action, tip in ((undo, "Take back the last matching edit"), (redo, "Do it again")):
        action.setStatusTip(tip)
        menu.addAction(action)
    menu.addSeparator()

    def follow(_index: int = 0) -> None:
        stack = getattr(pages.currentWidget(), "undo_stack", None)
        if isinstance(stack, QUndoStack):
            if stack not in group.stacks():
                group.addStack(stack)
            group.setActiveStack(stack)
        else:
            group.setActiveStack(None)  # type: ignore[arg-type]  # None = no stack

    pages.currentChanged.connect(follow)
    follow()
    return group
