"""The program's letterhead: organisation, coordinator, and an optional logo image.

The logo is kept inside the database (base64 in ``Program.settings["letterhead"]``) so a
backup carries it and letters never depend on a file that moved. An older
``settings["logo_path"]`` pointing at a file is still honoured.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app import audit
from app.db.models import Program
from app.errors import NotFoundError, UnusableInputError
from app.letters.content import Letterhead

SETTINGS_KEY = "letterhead"
LEGACY_LOGO_KEY = "logo_path"
MAX_LOGO_BYTES = 1_000_000
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
KEEP_LOGO: bytes = b"keep"
"""Pass as ``logo`` to :func:`save_letterhead` to leave the stored logo as it is."""


@dataclass(frozen=True)
class LetterheadSettings:
    """What the letterhead form edits (plain data for the GUI)."""

    program: str
    organisation: str = ""
    contact_name: str = ""
    contact_title: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    logo: bytes | None = None

    def letterhead(self) -> Letterhead:
        return Letterhead(
            program=self.program,
            organisation=self.organisation,
            contact_name=self.contact_name,
            contact_title=self.contact_title,
            contact_email=self.contact_email,
            contact_phone=self.contact_phone,
            logo=self.logo,
        )


def check_logo(data: bytes, name: str = "The image") -> bytes:
    """``data`` if it is a PNG or JPEG image that can be drawn, else a clear refusal."""
    if len(data) > MAX_LOGO_BYTES:
        raise _too_large(name, len(data))
    if not any(data.startswith(sig) for sig in _SIGNATURES):
        raise UnusableInputError(f"{name} is not a PNG or JPEG image; choose a PNG or JPEG logo.")
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # any decoder error: the file is damaged
        raise UnusableInputError(f"{name} could not be read as an image; is it damaged?") from exc
    if width < 1 or height < 1:
        raise UnusableInputError(f"{name} is empty.")
    return data


def _too_large(name: str, size: int) -> UnusableInputError:
    return UnusableInputError(
        f"{name} is {size / 1_000_000:.1f} MB; choose a logo under 1 MB "
        "(a PNG or JPEG a few hundred pixels wide is plenty for a letterhead)."
    )


def read_logo_file(path: Path) -> bytes:
    """The bytes of a logo file the coordinator chose, checked."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise _too_large(f"“{path.name}”", size)
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableInputError(f"Could not read “{path.name}”: {exc.strerror}.") from exc
    return check_logo(data, f"“{path.name}”")


def stored_logo(program: Program) -> bytes | None:
    """The program's logo: stored in the database, else an older logo file if it exists."""
    saved = (program.settings.get(SETTINGS_KEY) or {}).get("logo")
    if isinstance(saved, str) and saved:
        try:
            return base64.b64decode(saved, validate=True)
        except (binascii.Error, ValueError):
            return None
    legacy = program.settings.get(LEGACY_LOGO_KEY)
    if isinstance(legacy, str) and legacy:
        path = Path(legacy)
        try:
            if path.is_file() and path.stat().st_size <= MAX_LOGO_BYTES:
                return path.read_bytes()
        except OSError:
            return None
    return None


def logo_expected(program: Program) -> bool:
    """True when the program asked for a logo (stored or as a file)."""
    saved = (program.settings.get(SETTINGS_KEY) or {}).get("logo")
    return bool(saved) or bool(program.settings.get(LEGACY_LOGO_KEY))


def program_letterhead(program: Program) -> Letterhead:
    return letterhead_settings(program).letterhead()


def letterhead_settings(program: Program) -> LetterheadSettings:
    return LetterheadSettings(
        program=program.name,
        organisation=program.organisation,
        contact_name=program.contact_name,
        contact_title=program.contact_title,
        contact_email=program.contact_email,
        contact_phone=program.contact_phone,
        logo=stored_logo(program),
    )


def load_letterhead(session: Session, program_id: int) -> LetterheadSettings:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError("That program no longer exists.")
    return letterhead_settings(program)


def save_letterhead(
    session: Session, program_id: int, settings: LetterheadSettings, logo: bytes | None = KEEP_LOGO
) -> None:
    """Save the letterhead; ``logo`` is new image bytes, None to remove, or :data:`KEEP_LOGO`."""
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError("That program no longer exists.")
    program.organisation = settings.organisation.strip()
    program.contact_name = settings.contact_name.strip()
    program.contact_title = settings.contact_title.strip()
    program.contact_email = settings.contact_email.strip()
    program.contact_phone = settings.contact_phone.strip()
    if logo is not KEEP_LOGO:
        stored = dict(program.settings.get(SETTINGS_KEY) or {})
        if logo is None:
            stored.pop("logo", None)
        else:
            stored["logo"] = base64.b64encode(check_logo(logo)).decode("ascii")
        new_settings = {**program.settings, SETTINGS_KEY: stored}
        new_settings.pop(LEGACY_LOGO_KEY, None)  # the stored logo (or none) replaces the file
        program.settings = new_settings
    audit.record(session, "save_letterhead", "program", program_id)
