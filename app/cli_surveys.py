"""The ``survey`` commands: import answers from a Forms export, print a cycle's results.

Only argparse is imported here at module level, so ``mentordesk --help`` stays light; each
handler imports its services when it runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import emit, open_db


def add_survey_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``mentordesk survey import|results``, each with its own options."""
    survey = sub.add_parser("survey", help="import survey answers, or print survey results")
    verbs = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    p = verbs.add_parser(
        "import",
        parents=[common],
        help="import answers from a Google Forms or Microsoft Forms export",
        description="Import survey answers (CSV/XLSX/ODS); people are recognised by email. "
        "When NAME is a new survey, its questions are learned from the file's columns.",
    )
    _cycle_args(p)
    p.add_argument("--survey", required=True, metavar="NAME", help="the survey's name")
    p.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    p.add_argument("--sheet", metavar="NAME", help="the workbook sheet to import")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=import_answers)
    p = verbs.add_parser("results", parents=[common], help="results per question, by role")
    _cycle_args(p)
    p.add_argument("--survey", metavar="NAME", help="only this survey")
    p.set_defaults(handler=results)


def _cycle_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cycle", required=True, help="cycle label, e.g. 2025-2026")
    parser.add_argument("--program", help="program name, when several share the cycle label")


def import_answers(args: argparse.Namespace) -> int:
    from app.errors import UnusableInputError
    from app.programs import service as programs
    from app.surveys.importer import import_survey_answers

    if not args.file.is_file():
        raise UnusableInputError(f"{args.file} does not exist or is not a file.")
    with open_db(args) as db:
        scope = db.read() if args.dry_run else db.write()  # a dry run rolls back
        with scope as session:
            info = programs.find_cycle(session, args.cycle, args.program)
            report = import_survey_answers(
                session, info.id, args.survey, args.file, dry_run=args.dry_run, sheet=args.sheet
            )
    verb = "Would import" if args.dry_run else "Imported"
    source = f"{args.file.name} ({report.encoding})" if report.encoding else args.file.name
    learning = report.survey_created and (report.imported or args.dry_run)
    learned = " (a new survey, questions learned from the file)" if learning else ""
    lines = [
        f"{verb} {report.imported} responses of {report.rows} rows from {source} into "
        f"“{report.survey}”{learned}; {report.unchanged} already imported, "
        f"{report.rejected_rows} rows rejected."
    ]
    if learning:
        lines += [f"  question: {q['text']} ({q['kind']})" for q in report.questions]
    lines += [f"  row {r.row}, {r.column}: {r.error}" for r in report.rejected]
    lines += [f"Warning: {w}" for w in report.warnings]
    if report.unmapped_columns:
        lines.append("Columns not used: " + ", ".join(report.unmapped_columns))
    emit(args, report.to_json(), "\n".join(lines))
    return 1 if report.rejected else 0


def results(args: argparse.Namespace) -> int:
    from app.programs import service as programs
    from app.surveys.results import survey_results

    with open_db(args) as db, db.read() as session:
        info = programs.find_cycle(session, args.cycle, args.program)
        found = survey_results(session, info.id, args.survey)
    document = found.to_json()
    emit(args, document, _text(document))
    return 0


def _text(document: dict[str, Any]) -> str:
    if not document["surveys"]:
        return f"Cycle {document['cycle']} has no surveys."
    lines: list[str] = []
    for survey in document["surveys"]:
        rate = survey["response_rate"]
        said = f" ({rate:g} %)" if rate is not None else ""
        lines.append(
            f"{survey['name']}: {survey['responses']} responses of {survey['invited']} asked{said}"
        )
        for question in survey["questions"]:
            lines.append(f"  {question['text']}")
            for label, count in question["overall"].items():
                lines.append(f"    {label}: {count} ({question['percent'].get(label, 0):g} %)")
            lines += [f"    – {answer}" for answer in question["answers"]]
        for flag in survey["flagged"]:
            partners = ", ".join(flag["partners"]) or "no current match"
            lines.append(f"  Flagged: {flag['respondent']} ({partners}): {flag['answer']}")
        for change in survey["pre_post"]:
            lines.append(
                f"  Pre/post {change['key']}: {change['pre_mean']:g} → {change['post_mean']:g} "
                f"({change['change']:+g})"
            )
    return "\n".join(lines)
