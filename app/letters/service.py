"""Match letters for a cycle: render the PDFs, record what was sent, mark matches notified.

The caller's session is the single write transaction of the action: nothing is committed
here. Files are written under temporary names and renamed into place only once every
letter rendered and every record was flushed; a cancel or an error leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, LetterRecord, Match, utcnow
from app.errors import NotFoundError, UnusableInputError
from app.letters import files
from app.letters.content import LANGUAGES
from app.letters.fonts import missing_glyphs
from app.letters.planning import PlannedLetter, letter_matches, plan_letters
from app.letters.templates import LetterTemplate, load_template
from app.progress import CancelCheck, Progress, check_cancelled, report

log = logging.getLogger(__name__)

NO_MATCHES = "There are no confirmed matches to write letters for; confirm matches first."


@dataclass
class LetterBatch:
    """What one run of :func:`generate_letters` produced."""

    path: Path | None
    letters: int
    recipients: int
    files: list[Path]
    language_counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Written:
    merged_sha: str = ""
    per_letter: dict[int, tuple[Path, str]] = field(default_factory=dict)
    """Index of the planned letter → (final path, sha256)."""
    warnings: list[str] = field(default_factory=list)


def generate_letters(
    session: Session,
    cycle_id: int,
    out: Path | None,
    *,
    per_letter_dir: Path | None = None,
    lang: str | None = None,
    match_ids: Iterable[int] | None = None,
    pad_to_even: bool = False,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> LetterBatch:
    """Write the match letters of the cycle's confirmed, notified and active matches.

    ``out`` receives one merged PDF; ``per_letter_dir`` one PDF per recipient letter. Each
    letter is in its recipient's preferred language unless ``lang`` forces one.
    """
    if lang is not None and lang not in LANGUAGES:
        raise UnusableInputError(
            f"Letters can be written in {' or '.join(LANGUAGES)}, not “{lang}”."
        )
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError("That cycle no longer exists.")
    matches, skipped = letter_matches(session, cycle_id, match_ids)
    if not matches:
        raise UnusableInputError(NO_MATCHES)
    out = Path(out) if out is not None else None
    per_letter_dir = Path(per_letter_dir) if per_letter_dir is not None else None
    check_cancelled(is_cancelled)
    planned = plan_letters(session, cycle, matches, lang, dt.date.today())
    overrides = cycle.program.settings.get("letter_templates") or {}
    templates = {code: load_template(code, overrides.get(code)) for code in LANGUAGES}
    created_dir = files.check_output(out, per_letter_dir)
    pending = files.PendingFiles()
    try:
        written = _render_all(
            planned, templates, out, per_letter_dir, pending, pad_to_even, progress, is_cancelled
        )
        check_cancelled(is_cancelled)
        _record(session, planned, templates, matches, out, written)
        pending.commit()
    except BaseException:
        pending.discard()
        if created_dir and per_letter_dir is not None:
            with contextlib.suppress(OSError):
                per_letter_dir.rmdir()
        raise
    warnings = _warnings(planned, cycle, skipped) + written.warnings
    batch = LetterBatch(
        path=out,
        letters=len(planned),
        recipients=len({p.person_id for p in planned}),
        files=([out] if out is not None else []) + [p for p, _ in written.per_letter.values()],
        language_counts=dict(Counter(p.content.language for p in planned)),
        warnings=warnings,
    )
    log.info("wrote %d match letters for %d matches", batch.letters, len(matches))
    return batch


def _render_all(
    planned: Sequence[PlannedLetter],
    templates: dict[str, LetterTemplate],
    out: Path | None,
    per_letter_dir: Path | None,
    pending: files.PendingFiles,
    pad_to_even: bool,
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
) -> _Written:
    from app.letters.match_letter import MatchLetterRenderer

    total = len(planned) * ((out is not None) + (per_letter_dir is not None))
    done = 0

    def started(_index: int) -> None:
        nonlocal done
        check_cancelled(is_cancelled)
        report(progress, done, total)
        done += 1

    written = _Written()
    contents = [p.content for p in planned]
    if out is not None:
        temp = pending.new(out)
        renderer = MatchLetterRenderer(templates, pad_to_even=pad_to_even, on_letter=started)
        with temp.open("wb") as handle:
            renderer.render(contents, handle)
        written.merged_sha = files.sha256_of(temp)
        written.warnings.extend(renderer.warnings)
    if per_letter_dir is not None:
        for index, letter in enumerate(planned):
            final = per_letter_dir / letter.file_name
            temp = pending.new(final)
            renderer = MatchLetterRenderer(templates, on_letter=started, title="Match letter")
            with temp.open("wb") as handle:
                renderer.render([letter.content], handle)
            written.per_letter[index] = (final, files.sha256_of(temp))
            if out is None and index == 0:
                written.warnings.extend(renderer.warnings)
    report(progress, total, total)
    return written


def _record(
    session: Session,
    planned: Sequence[PlannedLetter],
    templates: dict[str, LetterTemplate],
    matches: Sequence[Match],
    out: Path | None,
    written: _Written,
) -> None:
    for index, letter in enumerate(planned):
        if index in written.per_letter:
            path, sha = written.per_letter[index]
            file_name = path.name
        else:
            file_name, sha = (out.name if out else ""), written.merged_sha
        for match_id in letter.match_ids:
            session.add(
                LetterRecord(
                    match_id=match_id,
                    recipient_id=letter.recipient_id,
                    language=letter.content.language,
                    template_version=templates[letter.content.language].version,
                    file_name=file_name,
                    file_sha256=sha,
                )
            )
    now = utcnow()
    for match in matches:
        if match.status == "confirmed":
            match.status = "notified"
            match.notified_at = now
            audit.record(session, "set_status:notified", "match", match.id)
    cycle_id = matches[0].cycle_id
    languages = dict(Counter(p.content.language for p in planned))
    audit.record(session, "letters", "cycle", cycle_id, letters=len(planned), languages=languages)
    session.flush()


def _warnings(planned: Sequence[PlannedLetter], cycle: Cycle, skipped: int) -> list[str]:
    warnings = []
    if skipped:
        warnings.append(
            f"{skipped} of the chosen matches are not confirmed (or not in this cycle) "
            "and got no letter."
        )
    logo = cycle.program.settings.get("logo_path")
    if logo and planned and planned[0].content.letterhead.logo_path is None:
        warnings.append("The program logo file was not found; the letters have no logo.")
    names: dict[str, None] = {}
    for letter in planned:
        names[letter.content.recipient_name] = None
        for partner in letter.content.partners:
            names[partner.name] = None
    for name in names:
        missing = missing_glyphs(name)
        if missing:
            warnings.append(
                f"The letter font cannot print some characters of the name “{name}” "
                f"({missing}); check that participant's letters by hand."
            )
    return warnings
