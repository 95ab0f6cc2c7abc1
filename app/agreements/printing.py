"""Writing agreements to PDF files, through the one safe writer.

Destinations are checked before anything is read or drawn, as the letters do: a database,
its working files, a backup or the backup folder is refused (SafetyError, exit 3), a
folder where a file is expected or a file where a folder is expected is refused with a
sentence naming it (exit 2). Files are written under temporary names and renamed into
place together.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from sqlalchemy.orm import Session

from app.agreements.document import (
    AgreementContent,
    check_language,
    cycle_documents,
    unique_file_names,
)
from app.agreements.messages import sentence
from app.errors import NotFoundError, UnusableInputError
from app.safe_files import OutputFiles

log = logging.getLogger(__name__)


def _what() -> str:
    return sentence("agreements.thing")


def write_agreement_files(
    session: Session,
    cycle_id: int,
    folder: Path,
    *,
    agreement_ids: set[int] | None = None,
    lang: str | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """One PDF per agreement of the cycle (or of ``agreement_ids``) in ``folder``."""
    from app.agreements.pdf import agreement_pdf

    check_language(lang)
    with OutputFiles(_what()) as outputs:
        real = outputs.folder(Path(folder))  # refused before anything is read
        documents = cycle_documents(session, cycle_id, agreement_ids, lang, today)
        if not documents:
            raise UnusableInputError(sentence("agreements.nothing_to_print"))
        written = []
        for document, name in zip(documents, unique_file_names(documents), strict=True):
            outputs.write_bytes(real / name, agreement_pdf(document))
            written.append(Path(folder) / name)
        outputs.commit()
    log.info("wrote %d agreements", len(written))
    return written


def write_agreement_file(
    session: Session,
    cycle_id: int,
    agreement_id: int,
    out: Path,
    *,
    lang: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """One agreement's PDF at ``out`` (the window's "Print agreement…")."""
    from app.agreements.pdf import agreement_pdf

    check_language(lang)
    with OutputFiles(_what()) as outputs:
        temp = outputs.new(Path(out))  # refused before anything is read
        documents = cycle_documents(session, cycle_id, {agreement_id}, lang, today)
        if not documents:
            raise NotFoundError(sentence("agreements.gone"))
        temp.write_bytes(agreement_pdf(documents[0]))
        outputs.commit()
    return Path(out)


def suggested_file_name(document: AgreementContent) -> str:
    return unique_file_names([document])[0]
