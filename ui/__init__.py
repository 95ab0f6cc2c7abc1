"""MentorDesk desktop GUI (PySide6). Thin: every action calls an app/ service."""

from ui import import_scan
from ui.singleton_refs import protect_singletons

import_scan.install()  # before the GUI's own modules: see ui/import_scan.py
protect_singletons()  # before any window: see ui/singleton_refs.py
