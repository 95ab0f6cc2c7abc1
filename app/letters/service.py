"""Match letters for a cycle: render the PDFs, record what was sent, mark matches notified.

The caller's session is the single write transaction of the action: nothing is committed
here. Destinations are checked before anything is rendered (never the database, a backup or
their working files); files are written through :mod:`app.safe_files` under temporary names
and renamed into place only once every letter rendered and every record was flushed; a
cancel or an error leaves nothing behind, not even the folders it created.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app import audit
from app.db.models import Cycle, LetterRecord, Match
from app.errors import NotFoundError, UnusableInputError
from app.letters import files
from app.letters.content import LANGUAGES
from app.letters.fonts import missing_glyphs
from app.letters.letterhead import french_letterhead_warning, logo_expected
from app.letters.messages import sentence
from app.letters.planning import PlannedLetter, letter_matches, plan_letters
from app.letters.templates import LetterTemplate
from app.letters.versions import adopt_legacy_templates, current_templates
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.safe_files import OutputFiles

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
    drafts: list[Path] = field(default_factory=list)
    template_versions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Destinations:
    out: Path | None
    per_letter_dir: Path | None
    drafts_dir: Path | None

    @property
    def folders(self) -> list[Path]:
        return [f for f in (self.per_letter_dir, self.drafts_dir) if f is not None]

    @property
    def what(self) -> str:
        """What the batch writes, for the sentences about its files."""
        only_drafts = self.out is None and self.per_letter_dir is None
        return "the email drafts" if only_drafts and self.drafts_dir else "the letters"


@dataclass
class _Written:
    merged_sha: str = ""
    per_letter: dict[int, tuple[str, str]] = field(default_factory=dict)
    """Index of the planned letter → (logged file name, sha256 of its PDF)."""
    files: list[Path] = field(default_factory=list)
    drafts: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def generate_letters(
    session: Session,
    cycle_id: int,
    out: Path | None,
    *,
    per_letter_dir: Path | None = None,
    drafts_dir: Path | None = None,
    lang: str | None = None,
    match_ids: Iterable[int] | None = None,
    pad_to_even: bool = False,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> LetterBatch:
    """Write the match letters of the cycle's confirmed, notified and active matches.

    ``out`` receives one merged PDF; ``per_letter_dir`` one PDF per recipient letter;
    ``drafts_dir`` one email draft (``.eml``, the PDF attached) per recipient letter. Each
    letter is in its recipient's preferred language unless ``lang`` forces one, and uses
    the current version of the program's template in that language.
    """
    if lang is not None and lang not in LANGUAGES:
        raise UnusableInputError(
            sentence("letters.language_invalid", choices=" or ".join(LANGUAGES), lang=lang)
        )
    where = _Destinations(
        Path(out) if out is not None else None,
        Path(per_letter_dir) if per_letter_dir is not None else None,
        Path(drafts_dir) if drafts_dir is not None else None,
    )
    if where.out is None and not where.folders:
        raise UnusableInputError(sentence("letters.no_destination"))
    with OutputFiles(where.what) as outputs:
        # Destinations first: a refused path is refused before any other answer.
        merged = outputs.new(where.out) if where.out is not None else None
        for folder in where.folders:
            outputs.folder(folder)
        cycle = session.get(Cycle, cycle_id)
        if cycle is None:
            raise NotFoundError(sentence("letters.cycle_gone"))
        matches, skipped = letter_matches(session, cycle_id, match_ids)
        if not matches:
            raise UnusableInputError(sentence("letters.no_matches"))
        check_cancelled(is_cancelled)
        planned = plan_letters(session, cycle, matches, lang, dt.date.today())
        adopt_legacy_templates(session, cycle.program)
        templates = current_templates(session, cycle.program)
        written = _render_all(
            planned, templates, where, merged, outputs, pad_to_even, progress, is_cancelled
        )
        check_cancelled(is_cancelled)
        _record(session, planned, templates, matches, where.out, written)
        outputs.commit()
    batch = _batch(where, planned, templates, written, _warnings(planned, cycle, skipped))
    log.info("wrote %d match letters for %d matches", batch.letters, len(matches))
    return batch


def _batch(
    where: _Destinations,
    planned: Sequence[PlannedLetter],
    templates: Mapping[str, LetterTemplate],
    written: _Written,
    warnings: list[str],
) -> LetterBatch:
    used = {p.content.language for p in planned}
    return LetterBatch(
        path=where.out,
        letters=len(planned),
        recipients=len({p.person_id for p in planned}),
        files=([where.out] if where.out is not None else []) + written.files,
        language_counts=dict(Counter(p.content.language for p in planned)),
        warnings=warnings + written.warnings,
        drafts=written.drafts,
        template_versions={code: templates[code].version for code in sorted(used)},
    )


def render_one(
    letter: PlannedLetter, templates: Mapping[str, LetterTemplate], title: str = "Match letter"
) -> tuple[bytes, list[str]]:
    """One letter as PDF bytes, and the renderer's warnings."""
    from app.letters.match_letter import MatchLetterRenderer

    renderer = MatchLetterRenderer(templates, title=title)
    buffer = io.BytesIO()
    renderer.render([letter.content], buffer)
    return buffer.getvalue(), renderer.warnings


def _render_all(
    planned: Sequence[PlannedLetter],
    templates: dict[str, LetterTemplate],
    where: _Destinations,
    merged: Path | None,
    outputs: OutputFiles,
    pad_to_even: bool,
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
) -> _Written:
    from app.letters.match_letter import MatchLetterRenderer

    singles = where.per_letter_dir is not None or where.drafts_dir is not None
    total = len(planned) * ((where.out is not None) + singles)
    done = 0

    def started(_index: int) -> None:
        nonlocal done
        check_cancelled(is_cancelled)
        report(progress, done, total)
        done += 1

    written = _Written()
    if merged is not None:
        renderer = MatchLetterRenderer(templates, pad_to_even=pad_to_even, on_letter=started)
        buffer = io.BytesIO()
        renderer.render([p.content for p in planned], buffer)
        data = buffer.getvalue()
        merged.write_bytes(data)
        written.merged_sha = files.sha256_of_bytes(data)
        written.warnings.extend(renderer.warnings)
    if singles:
        for index, letter in enumerate(planned):
            started(index)
            data, warnings = render_one(letter, templates)
            written.per_letter[index] = _write_single(
                letter, data, templates, where, outputs, written
            )
            if where.out is None and index == 0:
                written.warnings.extend(warnings)
    report(progress, total, total)
    return written


def _write_single(
    letter: PlannedLetter,
    data: bytes,
    templates: Mapping[str, LetterTemplate],
    where: _Destinations,
    outputs: OutputFiles,
    written: _Written,
) -> tuple[str, str]:
    """Write one letter's PDF and/or email draft; returns (logged file name, PDF sha256)."""
    name = letter.file_name
    if where.per_letter_dir is not None:
        final = where.per_letter_dir / letter.file_name
        outputs.write_bytes(final, data)
        written.files.append(final)
    if where.drafts_dir is not None:
        from app.letters.drafts import draft_bytes, draft_file_name

        final = where.drafts_dir / draft_file_name(letter.file_name)
        outputs.write_bytes(final, draft_bytes(letter, data, templates))
        written.drafts.append(final)
        if where.per_letter_dir is None:
            name = final.name
    return name, files.sha256_of_bytes(data)


def _record(
    session: Session,
    planned: Sequence[PlannedLetter],
    templates: dict[str, LetterTemplate],
    matches: Sequence[Match],
    out: Path | None,
    written: _Written,
) -> None:
    rows: list[LetterRecord] = []
    for index, letter in enumerate(planned):
        if index in written.per_letter:
            file_name, sha = written.per_letter[index]
        else:
            file_name, sha = (out.name if out else ""), written.merged_sha
        version = templates[letter.content.language].version
        rows.extend(
            LetterRecord(
                match_id=match_id,
                recipient_id=letter.recipient_id,
                language=letter.content.language,
                template_version=version,
                file_name=file_name,
                file_sha256=sha,
            )
            for match_id in letter.match_ids
        )
    session.add_all(rows)
    # Writing a letter is not sending it: the pair is notified only when the coordinator
    # marks the letters as sent (app.letters.sent).
    cycle_id = matches[0].cycle_id
    languages = dict(Counter(p.content.language for p in planned))
    audit.record(session, "letters", "cycle", cycle_id, letters=len(planned), languages=languages)
    session.flush()


def _warnings(planned: Sequence[PlannedLetter], cycle: Cycle, skipped: int) -> list[str]:
    warnings: list[str] = []
    if skipped:
        warnings.append(sentence("letters.skipped", count=skipped))
    head = planned[0].content.letterhead if planned else None
    if head is not None and head.logo is None and logo_expected(cycle.program):
        warnings.append(sentence("letters.logo_missing"))
    french = french_letterhead_warning(p.content for p in planned)
    if french:
        warnings.append(french)
    names: dict[str, None] = {}
    for letter in planned:
        names[letter.content.recipient_name] = None
        for partner in letter.content.partners:
            names[partner.name] = None
    warnings.extend(name_warnings(names))
    return warnings


def name_warnings(names: Iterable[str]) -> list[str]:
    """One sentence per name with characters the letter font cannot print."""
    warnings: list[str] = []
    for name in names:
        missing = missing_glyphs(name)
        if missing:
            warnings.append(sentence("letters.name_glyphs", name=name, missing=missing))
    return warnings
