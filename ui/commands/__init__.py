"""Undoable edits (QUndoCommand) over service calls."""
