"""The passphrase of automatic encrypted backups, kept in the system keyring only.

A passphrase is never written to the database, the settings file or a log. Automatic
encrypted backups need it at every exit, so it may be kept in the operating system's
keyring (Windows Credential Manager, macOS Keychain, Secret Service) when the coordinator
asks. Without a usable keyring automatic backups are plain, and encryption is offered only
for backups made by hand.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "MentorDesk automatic backups"


def _keyring() -> Any | None:
    """The ``keyring`` module when it has a real, secure backend; else ``None``."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def _account(db_path: Path) -> str:
    return str(Path(db_path).resolve())


def store_passphrase(db_path: Path, passphrase: str) -> bool:
    """Keep ``passphrase`` for ``db_path``'s automatic backups; False without a keyring."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, _account(db_path), passphrase)
    except Exception as exc:
        log.warning("The keyring refused the passphrase (%s)", type(exc).__name__)
        return False
    return True


def load_passphrase(db_path: Path) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(SERVICE, _account(db_path))
    except Exception as exc:
        log.warning("The keyring could not be read (%s)", type(exc).__name__)
        return None
    return str(value) if value else None


def forget_passphrase(db_path: Path) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, _account(db_path))
    except Exception:  # nothing stored is fine
        return
