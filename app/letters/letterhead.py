"""The program's letterhead: organisation, coordinator, and an optional logo image.

The words exist in English (the program's own columns) and in French
(``Program.settings["letterhead"]["fr"]``); a French field left empty prints the English
words, so settings saved before French letterheads existed read as "same as English".

The logo is kept inside the database (base64 in ``Program.settings["letterhead"]``) so a
backup carries it and letters never depend on a file that moved. An older
``settings["logo_path"]`` pointing at a file is still honoured.
"""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import audit
from app.db.models import Program
from app.errors import NotFoundError, UnusableInputError
from app.letters.content import TRANSLATED_FIELDS, LetterContent, Letterhead, LetterheadText
from app.letters.messages import field_name, sentence, text
from app.sentences import render

SETTINGS_KEY = "letterhead"
LEGACY_LOGO_KEY = "logo_path"
MAX_LOGO_BYTES = 1_000_000
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
KEEP_LOGO: bytes = b"keep"
"""Pass as ``logo`` to :func:`save_letterhead` to leave the stored logo as it is."""
FRENCH_KEY = "fr"
MAX_FIELD = 200
"""Longer words would not fit the letterhead's lines."""
FIELD_NAMES = {
    "program": "program name",
    "organisation": "organisation",
    "contact_name": "coordinator's name",
    "contact_title": "coordinator's title",
    "contact_email": "email",
    "contact_phone": "phone",
}
"""How a coordinator calls each letterhead field (in refusals and warnings)."""


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
    french: LetterheadText = field(default_factory=LetterheadText)
    """The French words; an empty field means "same as English"."""

    def letterhead(self) -> Letterhead:
        return Letterhead(
            program=self.program,
            organisation=self.organisation,
            contact_name=self.contact_name,
            contact_title=self.contact_title,
            contact_email=self.contact_email,
            contact_phone=self.contact_phone,
            logo=self.logo,
            french=self.french,
        )


def check_logo(data: bytes, name: str | None = None) -> bytes:
    """``data`` if it is a PNG or JPEG image that can be drawn, else a clear refusal."""
    name = name if name is not None else sentence("letters.the_image")
    if len(data) > MAX_LOGO_BYTES:
        raise _too_large(name, len(data))
    if not any(data.startswith(sig) for sig in _SIGNATURES):
        raise UnusableInputError(sentence("letters.logo_not_image", name=name))
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # any decoder error: the file is damaged
        raise UnusableInputError(sentence("letters.logo_damaged", name=name)) from exc
    if width < 1 or height < 1:
        raise UnusableInputError(sentence("letters.logo_empty", name=name))
    return data


def _too_large(name: str, size: int) -> UnusableInputError:
    megabytes = f"{size / 1_000_000:.1f}"
    return UnusableInputError(
        sentence(
            "letters.logo_too_large",
            name=name,
            size=megabytes,
            size_fr=megabytes.replace(".", ","),
        )
    )


def read_logo_file(path: Path) -> bytes:
    """The bytes of a logo file the coordinator chose, checked."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise _too_large(sentence("letters.file_named", name=path.name), size)
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableInputError(
            sentence("letters.logo_read_failed", name=path.name, reason=exc.strerror)
        ) from exc
    return check_logo(data, sentence("letters.file_named", name=path.name))


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
        french=stored_french(program),
    )


def stored_french(program: Program) -> LetterheadText:
    """The French words saved with the letterhead (none in settings older than them)."""
    saved = (program.settings.get(SETTINGS_KEY) or {}).get(FRENCH_KEY)
    if not isinstance(saved, Mapping):
        return LetterheadText()
    words = {name: saved.get(name) for name in TRANSLATED_FIELDS}
    return LetterheadText(**{k: v.strip() for k, v in words.items() if isinstance(v, str)})


def _clean(value: str, what: str) -> str:
    """One line of letterhead text, or a refusal naming the field."""
    value = " ".join(value.split())  # a line break would run over the letterhead's lines
    if len(value) > MAX_FIELD:
        raise UnusableInputError(
            sentence("letters.field_too_long", what=what, length=len(value), most=MAX_FIELD)
        )
    return value


def _french_words(french: LetterheadText) -> dict[str, str]:
    words = {
        name: _clean(getattr(french, name), field_name(name, FIELD_NAMES[name], french_words=True))
        for name in TRANSLATED_FIELDS
    }
    return {name: value for name, value in words.items() if value}


def load_letterhead(session: Session, program_id: int) -> LetterheadSettings:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("letters.program_gone"))
    return letterhead_settings(program)


def save_letterhead(
    session: Session, program_id: int, settings: LetterheadSettings, logo: bytes | None = KEEP_LOGO
) -> None:
    """Save the letterhead; ``logo`` is new image bytes, None to remove, or :data:`KEEP_LOGO`."""
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("letters.program_gone"))
    english = {
        name: _clean(getattr(settings, name), field_name(name, FIELD_NAMES[name]))
        for name in ("organisation", "contact_name", "contact_title")
    }
    french = _french_words(settings.french)  # checked before anything changes
    program.organisation = english["organisation"]
    program.contact_name = english["contact_name"]
    program.contact_title = english["contact_title"]
    program.contact_email = settings.contact_email.strip()
    program.contact_phone = settings.contact_phone.strip()
    stored: dict[str, Any] = dict(program.settings.get(SETTINGS_KEY) or {})
    if french:
        stored[FRENCH_KEY] = french
    else:
        stored.pop(FRENCH_KEY, None)
    new_settings = {**program.settings, SETTINGS_KEY: stored}
    if logo is not KEEP_LOGO:
        if logo is None:
            stored.pop("logo", None)
        else:
            stored["logo"] = base64.b64encode(check_logo(logo)).decode("ascii")
        new_settings.pop(LEGACY_LOGO_KEY, None)  # the stored logo (or none) replaces the file
    program.settings = new_settings  # a new dict, so the JSON column is written
    audit.record(session, "save_letterhead", "program", program_id, french=sorted(french))


def french_letterhead_warning(letters: Iterable[LetterContent]) -> str | None:
    """One sentence when French letters print English letterhead words, else None."""
    missing: dict[str, None] = {}
    for letter in letters:
        if letter.language == "fr":
            missing.update(dict.fromkeys(letter.letterhead.french_missing()))
    if not missing:
        return None
    names = [field_name(name, FIELD_NAMES[name]) for name in TRANSLATED_FIELDS if name in missing]
    listed = text(_listed(names, " and "), _listed([render(n, "fr") for n in names], " et "))
    return sentence("letters.french_letterhead", fields=listed)


def _listed(names: Sequence[str], conjunction: str) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + conjunction + names[-1]
