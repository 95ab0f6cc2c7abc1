"""Dialogs shared by the pages and the main window."""
