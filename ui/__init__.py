"""MentorDesk desktop GUI (PySide6). Thin: every action calls an app/ service."""
