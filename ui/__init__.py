"""MentorDesk desktop GUI (PySide6). Thin: every action calls an app/ service."""

from ui.singleton_refs import protect_singletons

protect_singletons()  # before any window: see ui/singleton_refs.py
