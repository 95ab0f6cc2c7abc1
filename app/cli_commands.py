"""One function per CLI command: parse nothing, call services, print results."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import db_path, emit, open_db
from app.errors import UnusableInputError
from app.programs import service as programs

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.matching.profile import MatchSettings
    from app.matching.settings_service import MatchChoices


def init(args: argparse.Namespace) -> int:
    with open_db(args, must_exist=False) as db, db.write() as session:
        info = programs.ensure_program_cycle(
            session, args.program, args.cycle, args.starts, args.ends, model=args.model,
            lang=args.lang,
        )  # fmt: skip
        model = str(programs.program_settings(session, info.program_id).get("model") or "")
    emit(
        args,
        {"db": str(db.path), "program": info.program_name, "cycle": info.label, "model": model},
        f"Created cycle {info.label} of {info.program_name} in {db.path}",
    )
    return 0


def demo(args: argparse.Namespace) -> int:
    from app.demo import DEMO_PROGRAM, create_demo

    with open_db(args, must_exist=False) as db, db.write() as session:
        info = create_demo(session)
    emit(
        args,
        {"db": str(db.path), "program": DEMO_PROGRAM, "cycle": info.label},
        f"Created the demo program ({info.title}) in {db.path}",
    )
    return 0


def import_roster(args: argparse.Namespace) -> int:
    from app.roster.importer import import_roster as run_import
    from app.roster.importer import mapping_argument

    if not args.file.is_file():
        raise UnusableInputError(f"{args.file} does not exist or is not a file.")
    with open_db(args) as db:
        session_scope = db.read() if args.dry_run else db.write()
        with session_scope as session:
            # A JSON file, or the name of a mapping saved from the import wizard.
            mapping = mapping_argument(session, args.mapping) if args.mapping else None
            info = programs.find_cycle(session, args.cycle, args.program)
            role = programs.resolve_role(info.role_ladder, args.role)
            report = run_import(
                session,
                info.id,
                role,
                args.file,
                mapping=mapping,
                dry_run=args.dry_run,
                sheet=args.sheet,
                list_new_people=False,  # the output lists changes only; a long file stays small
            )
    verb = "Would import" if args.dry_run else "Imported"
    source = f"{args.file.name} ({report.encoding})" if report.encoding else args.file.name
    lines = [
        f"{verb} {report.imported} new and {report.updated} updated {role} rows "
        f"of {report.rows} from {source}; "
        f"{report.returning} returning, {report.rejected_rows} rows rejected."
    ]
    lines += [f"  row {r.row}, {r.column}: {r.error}" for r in report.rejected]
    if report.unmapped_columns:
        lines.append("Kept as custom fields: " + ", ".join(report.unmapped_columns))
    if getattr(report, "unmapped_answers", None):
        count = len(report.unmapped_answers)
        lines.append(f"{count} answer(s) not in the catalogue, kept as given")
    lines += [f"Warning: {warning}" for warning in report.warnings]
    notes = report.preferred_mentor_notes  # named mentors that fit several or none
    lines += [f"Preferred mentor, row {n.row}: {n.sentence}" for n in notes]
    emit(args, report.to_json(), "\n".join(lines))
    return 1 if report.rejected else 0


def export(args: argparse.Namespace) -> int:
    from app.roster.export import export as run_export

    # The service checks the destination (never the database) before the extension.
    with open_db(args) as db, db.read() as session:
        info = programs.find_cycle(session, args.cycle, args.program)
        rows = run_export(
            session, info.id, args.what, args.out,
            include_safety_notes=getattr(args, "include_safety_notes", False),
        )  # fmt: skip
    emit(args, {"out": str(args.out), "rows": rows}, f"Wrote {rows} {args.what} to {args.out}")
    return 0


def match(args: argparse.Namespace) -> int:
    from app.matching import service as matching

    if args.confirm and not args.apply:
        raise UnusableInputError("--confirm only makes sense with --apply.")
    with open_db(args) as db:
        with db.read() as session:
            info = programs.find_cycle(session, args.cycle, args.program)
            settings, choices = _settings_file(args, session, info.program_id)
            proposal = matching.propose_matches(
                session, info.id, candidates=args.candidates, settings=settings, choices=choices
            )
        if args.apply:
            with db.write() as session:
                saved = matching.apply_proposal(
                    session, info.id, proposal, confirm=args.confirm, settings=settings
                )
    document = proposal.to_json()
    lines = [f"{m.mentor_name} → {m.mentee_name}  ({m.score:.2f})" for m in proposal.matches]
    lines.append(
        f"{len(proposal.matches)} matches, {len(proposal.unmatched_mentees)} mentees unmatched, "
        f"total score {proposal.total_score:.2f}."
    )
    lines += proposal.limits
    lines += proposal.notes
    if args.apply:
        document["saved"] = len(saved)
        status = "confirmed" if args.confirm else "proposed"
        lines.append(f"Saved {len(saved)} matches as {status}.")
    emit(args, document, "\n".join(lines))
    return 0


def _settings_file(
    args: argparse.Namespace, session: Session, program_id: int
) -> tuple[MatchSettings | None, MatchChoices | None]:
    """The settings of ``match --settings FILE`` (with the program's never-pair list)."""
    if args.settings is None:
        return None, None
    from app.matching.settings_file import read_settings_file
    from app.matching.settings_service import load_settings

    return read_settings_file(args.settings, keep=load_settings(session, program_id))


def letters(args: argparse.Namespace) -> int:
    from app.letters.service import generate_letters

    if getattr(args, "groups", False):
        return _group_letters(args)
    with open_db(args) as db, db.write() as session:
        info = programs.find_cycle(session, args.cycle, args.program)
        batch = generate_letters(
            session, info.id, args.out, per_letter_dir=args.per_letter, lang=args.lang
        )
    document = {
        "out": str(batch.path),
        "letters": batch.letters,
        "recipients": batch.recipients,
        "files": [str(f) for f in batch.files],
        "languages": batch.language_counts,
        "warnings": batch.warnings,
    }
    text = [f"Wrote {batch.letters} letters to {batch.path}"]
    if args.per_letter:
        separate = [f for f in batch.files if f != batch.path]
        text.append(f"and {len(separate)} separate files in {args.per_letter}")
    emit(args, document, "\n".join(text + batch.warnings))
    return 0


def import_meetings(args: argparse.Namespace) -> int:
    from app.meetings.importer import import_meetings as run_import

    return _import_rows(args, run_import, "contacts", "already logged")


def import_attendance(args: argparse.Namespace) -> int:
    from app.orientation.attendance import import_attendance as run_import

    return _import_rows(args, run_import, "orientation sessions", "already recorded")


def _import_rows(args: argparse.Namespace, run_import: Any, things: str, known: str) -> int:
    """Contacts and attendance sheets: one reader, one report, the same exit codes."""
    if not args.file.is_file():
        raise UnusableInputError(f"{args.file} does not exist or is not a file.")
    with open_db(args) as db:
        session_scope = db.read() if args.dry_run else db.write()  # a dry run rolls back
        with session_scope as session:
            info = programs.find_cycle(session, args.cycle, args.program)
            report = run_import(session, info.id, args.file, dry_run=args.dry_run, sheet=args.sheet)
    verb = "Would import" if args.dry_run else "Imported"
    source = f"{args.file.name} ({report.encoding})" if report.encoding else args.file.name
    lines = [
        f"{verb} {report.imported} {things} of {report.rows} rows from {source}; "
        f"{report.unchanged} {known}, {report.rejected_rows} rows rejected."
    ]
    lines += [f"  row {r.row}, {r.column}: {r.error}" for r in report.rejected]
    lines += [f"Warning: {w}" for w in report.warnings]
    if report.unmapped_columns:
        lines.append("Columns not used: " + ", ".join(report.unmapped_columns))
    emit(args, report.to_json(), "\n".join(lines))
    return 1 if report.rejected else 0


def _group_letters(args: argparse.Namespace) -> int:
    from app.letters.group_service import generate_group_letters

    if args.per_letter:
        raise UnusableInputError("--per-letter is for match letters; leave it out with --groups.")
    with open_db(args) as db, db.write() as session:
        info = programs.find_cycle(session, args.cycle, args.program)
        batch = generate_group_letters(session, info.id, args.out, lang=args.lang)
    document = {
        "out": str(batch.path),
        "letters": batch.letters,
        "groups": batch.groups,
        "languages": batch.language_counts,
        "warnings": batch.warnings,
    }
    text = [f"Wrote {batch.letters} group letters for {batch.groups} groups to {batch.path}"]
    emit(args, document, "\n".join(text + batch.warnings))
    return 0


def engagement(args: argparse.Namespace) -> int:
    from app.meetings.group_engagement import MISSING_RULE
    from app.meetings.service import engagement as compute

    with open_db(args) as db, db.read() as session:
        info = programs.find_cycle(session, args.cycle, args.program)
        report = compute(session, info.id, args.as_of)
    labels = {
        "on_track": "on track",
        "due_soon": "due soon",
        "overdue": "OVERDUE",
        "never_met": "never met",
    }
    lines = [
        f"{labels[m.status]:<10} {m.days_since_contact:>4} days  {m.mentor_name} — {m.mentee_name}"
        for m in report.matches
    ]
    for g in report.groups:
        missing = f"  missing: {', '.join(m.name for m in g.missing)}" if g.missing else ""
        lines.append(f"{labels[g.status]:<10} {g.days_since_contact:>4} days  {g.name}{missing}")
    lines.append(
        f"{len(report.matches)} matches, cadence {report.cadence_days} days, "
        f"as of {report.as_of.isoformat()}."
    )
    if report.groups:
        lines.append(f"{len(report.groups)} groups; listed as missing when {MISSING_RULE}.")
    emit(args, report.to_json(), "\n".join(lines))
    return 0


def _passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise UnusableInputError(f"Cannot read the passphrase file {path}.") from exc
    if not text:
        raise UnusableInputError(f"The passphrase file {path} is empty.")
    return text


def backup(args: argparse.Namespace) -> int:
    from app.backup.service import backup_database
    from app.db.file_check import check_before_opening
    from app.lock import DatabaseLock

    path = db_path(args)
    # The same check as every other command's, before the lock file is made beside it: a
    # folder, a device or another application's file is refused and left as it is.
    check_before_opening(path, may_create=False)
    with DatabaseLock(path):
        result = backup_database(path, args.to, passphrase=_passphrase(args.passphrase_file))
    emit(args, result.to_json(), str(result.path))
    return 0


def restore(args: argparse.Namespace) -> int:
    from app.backup.restore import check_restore_target
    from app.backup.service import restore_database
    from app.lock import DatabaseLock

    if not args.backup.is_file():
        raise UnusableInputError(f"{args.backup} does not exist or is not a file.")
    path = db_path(args)
    check_restore_target(path)  # before the lock file is made beside it
    with DatabaseLock(path):
        result = restore_database(path, args.backup, passphrase=_passphrase(args.passphrase_file))
    text = f"Restored {path} from {result.restored_from}"
    if result.safety_copy:
        text += f"\nThe previous database was saved as {result.safety_copy}"
    emit(args, result.to_json(), text)
    return 0


def self_test(args: argparse.Namespace) -> int:
    from app.selftest import run_self_test

    results = run_self_test()
    ok = all(passed for _, passed, _ in results)
    lines = [f"{'ok  ' if passed else 'FAIL'} {name}: {detail}" for name, passed, detail in results]
    lines.append("self-test passed" if ok else "self-test FAILED")
    emit(
        args,
        {"passed": ok, "checks": [{"name": n, "passed": p, "detail": d} for n, p, d in results]},
        "\n".join(lines),
    )
    return 0 if ok else 1
