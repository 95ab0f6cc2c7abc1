"""Encrypted backup files: ``MAGIC + salt + nonce + AES-GCM(ciphertext and tag)``.

The key comes from the passphrase with scrypt (n=2**15, r=8, p=1) and a random 16-byte salt
stored in the file; every file gets a fresh 12-byte nonce. The header is authenticated as
associated data, so a changed salt or nonce fails like a changed ciphertext. The whole file is
processed in memory, which suits the size of a MentorDesk database: ``encrypt_bytes`` and
``decrypt_bytes`` let a caller keep the plaintext off the disk altogether.

``cryptography`` is imported inside the functions that need it, so the app starts without it.
"""

from __future__ import annotations

import os
import secrets
import unicodedata
from pathlib import Path

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.errors import BackupVerificationError, UnusableInputError
from app.paths import make_private_file
from app.sentences import sentence

MAGIC = b"MDBKENC1"
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
HEADER_BYTES = len(MAGIC) + SALT_BYTES + NONCE_BYTES
WRONG_PASSPHRASE = sentence("backup.wrong_passphrase")


def is_encrypted(path: Path) -> bool:
    """True when ``path`` starts with the encrypted-backup magic bytes."""
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _derive_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    # NFC so that the same passphrase typed on different systems gives the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(secret)


def encrypt_bytes(plaintext: bytes, passphrase: str) -> bytes:
    """The content of an encrypted backup file holding ``plaintext``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise UnusableInputError(sentence("backup.passphrase_empty"))
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    header = MAGIC + salt + nonce
    return header + AESGCM(_derive_key(passphrase, salt)).encrypt(nonce, plaintext, header)


def decrypt_bytes(data: bytes, passphrase: str) -> bytes:
    """The plaintext of an encrypted backup file's content ``data``.

    A wrong passphrase, a tampered or a truncated file all raise BackupVerificationError.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < HEADER_BYTES + 16 or not data.startswith(MAGIC):
        raise BackupVerificationError(WRONG_PASSPHRASE)
    header = data[:HEADER_BYTES]
    salt = header[len(MAGIC) : len(MAGIC) + SALT_BYTES]
    nonce = header[len(MAGIC) + SALT_BYTES :]
    try:
        return AESGCM(_derive_key(passphrase, salt)).decrypt(nonce, data[HEADER_BYTES:], header)
    except InvalidTag:
        raise BackupVerificationError(WRONG_PASSPHRASE) from None


def encrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Write ``source`` encrypted with ``passphrase`` to ``target`` (created 0600)."""
    write_private(target, encrypt_bytes(Path(source).read_bytes(), passphrase))


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Write the plaintext of the encrypted backup ``source`` to ``target`` (created 0600).

    A wrong passphrase, a tampered or a truncated file all raise BackupVerificationError and
    write nothing. ``target`` must be in a private folder: it receives personal data.
    """
    write_private(target, decrypt_bytes(Path(source).read_bytes(), passphrase))


def write_private(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` (created 0600) and flush it to the disk."""
    target = Path(target)
    make_private_file(target)
    with open(target, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


class PassphraseRequiredError(BackupVerificationError):
    """The backup is encrypted and no passphrase was given (the GUI asks for one)."""
