"""Writing the report's PDF and workbook for the CLI and the window, through the safe writer.

Both destinations are checked before anything is built, then written under temporary names
and renamed into place together; onto the database, a backup or their working files is
refused (SafetyError, exit 3) and nothing is written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.models import Cycle, Program
from app.errors import NotFoundError, UnusableInputError
from app.letters.content import Letterhead
from app.reports.build import build_report
from app.reports.messages import sentence
from app.reports.model import Report
from app.safe_files import OutputFiles, check_destination

log = logging.getLogger(__name__)


def _letterhead(session: Session, cycle_id: int) -> Letterhead:
    from app.letters.letterhead import program_letterhead

    cycle = session.get(Cycle, cycle_id)
    program = session.get(Program, cycle.program_id) if cycle else None
    if program is None:
        raise NotFoundError(sentence("reports.cycle_gone"))
    return program_letterhead(program)


def write_report_files(
    session: Session,
    cycle_id: int,
    *,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    lang: str = "en",
    report: Report | None = None,
    first: str = "en",
) -> list[Path]:
    """Write the cycle's report as ``pdf`` and/or ``xlsx``; the paths written.

    ``lang`` is en, fr or both: a PDF in both holds the two versions, ``first`` first; a
    workbook has one language, so "both" writes it in ``first``.
    """
    from app.reports.pdf import report_pdf
    from app.reports.workbook import report_xlsx

    if pdf is not None:
        check_destination(Path(pdf), "the report")
    if xlsx is not None:
        check_destination(Path(xlsx), "the report workbook")
    if pdf is not None and xlsx is not None and Path(pdf).resolve() == Path(xlsx).resolve():
        raise UnusableInputError(sentence("reports.same_file", path=pdf))
    report = report or build_report(session, cycle_id)
    written = []
    with OutputFiles("the report") as files:
        if pdf is not None:
            data = report_pdf(report, lang, _letterhead(session, cycle_id), first)
            files.write_bytes(Path(pdf), data)
            written.append(Path(pdf))
        if xlsx is not None:
            files.write_bytes(Path(xlsx), report_xlsx(report, first if lang == "both" else lang))
            written.append(Path(xlsx))
        files.commit()
    log.info("report written (%d file(s))", len(written))
    return written
