"""The report as an XLSX workbook: one sheet per table, written with pandas and openpyxl.

Every text cell that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, a
tab or a carriage return first) is written with a leading apostrophe, so a survey name or
topic can never run as a formula. Small counts are shown as ``<5`` as in the PDF.
"""

from __future__ import annotations

import io

from app.reports import tables
from app.reports.messages import say
from app.reports.model import Report

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def sheets(report: Report, lang: str) -> dict[str, list[list[object]]]:
    """Sheet name → table (header first), in the workbook's order."""
    found = {
        "summary": tables.summary(report, lang),
        "participants": tables.participants(report, lang),
        "matching": tables.matching(report, lang),
        "unmatched": tables.unmatched(report, lang),
        "engagement": tables.engagement(report, lang),
        "modes": tables.modes(report, lang),
        "topics": tables.topics(report, lang),
        "closures": tables.closures(report, lang),
        "surveys": tables.surveys(report, lang),
        "goals": tables.goals(report, lang),
        "measures": tables.measures(report, lang),
    }
    return {say(f"sheet.{key}", lang): rows for key, rows in found.items()}


def report_xlsx(report: Report, lang: str) -> bytes:
    import pandas as pd

    out = io.BytesIO()
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, rows in sheets(report, lang).items():
            header, body = rows[0], rows[1:]
            frame = pd.DataFrame(
                [[_safe(v) for v in row] for row in body], columns=[str(_safe(h)) for h in header]
            )
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            for n, column in enumerate(sheet.columns):
                width = max(len(str(c.value or "")) for c in column)
                sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
                del n
    return out.getvalue()
