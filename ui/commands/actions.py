"""Edit → Undo/Redo, following the undo stack of the page on screen.

A page takes part by having an ``undo_stack`` (QUndoStack) attribute; on other pages the
actions are disabled. Pages are built lazily, so stacks join the group when first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget


def install_undo_actions(window: QMainWindow, menu: QMenu, pages: QStackedWidget) -> QUndoGroup:
    """Add Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) to ``menu``."""

    group = QUndoGroup(window)
    undo = group.createUndoAction(window, QCoreApplication.translate("UndoActions", "&Undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = group.createRedoAction(window, QCoreApplication.translate("UndoActions", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    tips = (
        QCoreApplication.translate("UndoActions", "Take back the last matching edit"),
        QCoreApplication.translate("UndoActions", "Do it again"),
    )
    for action, tip in zip((undo, redo), tips, strict=True):
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
