"""The ``report`` command: the cycle's report as text or JSON, and as a PDF and/or XLSX.

Only argparse is imported here at module level, so ``mentordesk --help`` stays light; the
handler imports the report services (pandas, reportlab) when it runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import emit, open_db


def add_report_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="the cycle's report (participation, matching, engagement, closures, surveys)",
        description="The cycle's report for a board or a funder: figures only, no names. "
        "--pdf writes it with charts, --xlsx as a workbook with one sheet per table.",
    )
    p.add_argument("--cycle", required=True, help="cycle label, e.g. 2025-2026")
    p.add_argument("--program", help="program name, when several share the cycle label")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write the report as a PDF")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="write the report as a workbook")
    p.add_argument(
        "--lang",
        choices=["en", "fr", "both"],
        help="language of the files: the PDF holds both versions (English, then French) "
        "unless en or fr is given; the workbook is in English unless fr is given",
    )
    p.set_defaults(handler=report)


def report(args: argparse.Namespace) -> int:
    from app.programs import service as programs
    from app.reports import build_report
    from app.reports.files import write_report_files

    with open_db(args) as db, db.read() as session:
        info = programs.find_cycle(session, args.cycle, args.program)
        found = build_report(session, info.id)
        written = []
        if args.pdf or args.xlsx:
            written = write_report_files(
                session, info.id, pdf=args.pdf, xlsx=args.xlsx, lang=args.lang or "both",
                report=found,
            )  # fmt: skip
    document = found.to_json()
    document["files"] = [str(path) for path in written]
    emit(args, document, _text(document))
    return 0


def _share(value: float | None) -> str:
    return "no data" if value is None else f"{value:g} %"


def _text(document: dict[str, Any]) -> str:
    people = ", ".join(f"{role}: {n}" for role, n in document["participants"].items())
    lines = [
        f"Report of cycle {document['cycle']} ({document['program']}), as of {document['as_of']}",
        f"Participants: {people}",
        f"Match rate: {_share(document['match_rate'])}",
        f"In touch within their cadence: {_share(document['on_track_share'])}",
        f"Contacts logged: {document['meetings']}",
        f"Closures: {sum(document['closures'].values())}",
        f"Positive survey answers: {_share(document['survey_positive_share'])}",
    ]
    for earlier in document["previous_cycles"]:
        counts = ", ".join(f"{role}: {n}" for role, n in earlier["participants"].items())
        lines.append(f"Cycle {earlier['cycle']}: {counts}")
    if document["no_data"]:
        lines.append("No data this cycle: " + ", ".join(document["no_data"]))
    lines += [f"Wrote {path}" for path in document["files"]]
    return "\n".join(lines)
