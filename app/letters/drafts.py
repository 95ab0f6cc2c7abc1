"""Email drafts: one ``.eml`` file per letter, the PDF attached, ready to open and send.

A draft is addressed to the recipient, with a subject and a short message in their
language followed by the other language, and ``X-Unsent: 1`` so Outlook opens it as a
message to send rather than a received one. Nothing is sent: MentorDesk stays offline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default
from email.utils import formatdate
from pathlib import Path

from sqlalchemy.orm import Session

from app.letters.content import LANGUAGES, LetterContent
from app.letters.files import safe_file_name
from app.letters.planning import PlannedLetter
from app.letters.service import LetterBatch, generate_letters
from app.letters.templates import LetterTemplate
from app.progress import CancelCheck, Progress

_POLICY = default.clone(linesep="\r\n")  # .eml files use the line ends of mail


def draft_file_name(pdf_name: str) -> str:
    return safe_file_name(Path(pdf_name).stem, ".eml")


def _languages(first: str) -> list[str]:
    return [first, *(code for code in LANGUAGES if code != first)]


def draft_subject(letter: LetterContent, templates: Mapping[str, LetterTemplate]) -> str:
    parts = []
    for code in _languages(letter.language):
        text = templates[code].bind(**letter.placeholder_values(code))
        parts.append(text.plural(f"subject_{letter.kind}", len(letter.partners)))
    return " / ".join(dict.fromkeys(p for p in parts if p))


def draft_body(letter: LetterContent, templates: Mapping[str, LetterTemplate]) -> str:
    bodies = []
    for code in _languages(letter.language):
        text = templates[code].bind(**letter.placeholder_values(code))
        bodies.append(text.get("email_body").strip())
    return ("\n\n" + "—" * 20 + "\n\n").join(b for b in bodies if b) + "\n"


def _address(name: str, email: str) -> Address | str:
    try:
        return Address(display_name=name, addr_spec=email)
    except (ValueError, IndexError):  # an address the parser rejects: keep it as typed
        return email


def draft_message(
    letter: PlannedLetter, pdf: bytes, templates: Mapping[str, LetterTemplate]
) -> EmailMessage:
    """The draft for ``letter`` with its PDF attached."""
    content = letter.content
    head = content.head
    message = EmailMessage(policy=_POLICY)
    message["To"] = _address(content.recipient_name, letter.recipient_email)
    if head.contact_email:
        message["From"] = _address(head.contact_name or head.program, head.contact_email)
    message["Subject"] = draft_subject(content, templates)
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(draft_body(content, templates))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=letter.file_name)
    return message


def draft_bytes(
    letter: PlannedLetter, pdf: bytes, templates: Mapping[str, LetterTemplate]
) -> bytes:
    return draft_message(letter, pdf, templates).as_bytes(policy=_POLICY)


def write_email_drafts(
    session: Session,
    cycle_id: int,
    folder: Path,
    *,
    lang: str | None = None,
    match_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> LetterBatch:
    """One email draft per letter of the chosen confirmed matches, logged like any letter."""
    return generate_letters(
        session,
        cycle_id,
        None,
        drafts_dir=folder,
        lang=lang,
        match_ids=match_ids,
        progress=progress,
        is_cancelled=is_cancelled,
    )
