"""Email drafts: parse each .eml back and check addressing, languages and the attached PDF."""

from __future__ import annotations

import email
import io
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import LetterRecord, Match
from app.letters.drafts import write_email_drafts
from app.letters.files import sha256_of_bytes
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, page_texts


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def _attachment(message: EmailMessage) -> tuple[str, bytes]:
    parts = list(message.iter_attachments())
    assert len(parts) == 1
    payload = parts[0].get_content()
    assert parts[0].get_content_type() == "application/pdf"
    return str(parts[0].get_filename()), payload


def test_one_draft_per_letter_with_its_pdf(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    folder = tmp_path / "drafts"
    with db.write() as session:
        batch = write_email_drafts(session, cycle.id, folder)
    drafts = sorted(folder.iterdir())
    assert len(drafts) == batch.letters == 5 and drafts == sorted(batch.drafts)
    assert all(p.suffix == ".eml" for p in drafts) and batch.files == []
    by_to = {_read(p)["To"].addresses[0].addr_spec: _read(p) for p in drafts}

    zoe = by_to["zoe@example.org"]
    assert str(zoe["To"]) == "Zoé Lefèbvre <zoe@example.org>"
    assert zoe["X-Unsent"] == "1"
    assert zoe["From"] == "Dr Ada Lovelace <mentorship@example.org>"
    assert zoe["Subject"] == "Votre mentor pour 2025-2026 / Your mentor for 2025-2026"
    body = zoe.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert text.index("Bonjour Zoé Lefèbvre,") < text.index("Dear Zoé Lefèbvre,")  # hers first
    name, pdf = _attachment(zoe)
    assert name == "2025-2026 - Lefèbvre, Zoé - mentee.pdf"
    letter = " ".join(page_texts(PdfReader(io.BytesIO(pdf))))
    assert "Bonjour Zoé Lefèbvre," in letter and "Siobhán O'Brien & <Co>" in letter

    siobhan = by_to["siobhan@example.org"]
    assert siobhan["To"].addresses[0].display_name == "Siobhán O'Brien & <Co>"  # quoted, intact
    assert siobhan["Subject"].startswith("Your mentees for 2025-2026")

    with db.read() as session:
        records = session.scalars(select(LetterRecord)).all()
        session.expunge_all()  # keep the loaded values after the read rolls back
        statuses = set(session.scalars(select(Match.status).where(Match.id.in_(
            [pairs.matches["siobhan-zoe"], pairs.matches["siobhan-alex"]]
        ))))  # fmt: skip
    zoe_record = next(r for r in records if r.recipient_id == pairs.zoe)
    assert zoe_record.file_name == "2025-2026 - Lefèbvre, Zoé - mentee.eml"
    assert zoe_record.file_sha256 == sha256_of_bytes(pdf)  # the attached PDF is the logged one
    assert statuses == {"confirmed"}  # a draft is not sent: marking letters as sent notifies


def test_drafts_for_chosen_matches_only(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    with db.write() as session:
        batch = write_email_drafts(
            session, cycle.id, tmp_path / "d", match_ids=[pairs.matches["marc-jordan"]], lang="en"
        )
    names = sorted(p.name for p in batch.drafts)
    assert names == [
        "2025-2026 - Lee, Jordan - mentee.eml",
        "2025-2026 - Tremblay, Marc - mentor.eml",
    ]
    marc = _read(tmp_path / "d" / names[1])
    assert marc["Subject"].startswith("Your mentee for 2025-2026")  # forced English first
