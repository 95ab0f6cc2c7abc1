"""The cycle's report: participation, matching, engagement, closures, surveys, agreement
goals, measures of effective practice and the comparison with earlier cycles.

``build_report`` returns plain data (``app.reports.model``); ``write_pdf`` and
``write_xlsx`` (``app.reports.pdf``, ``app.reports.workbook``) write it for a board or a
funder through the safe writer. Aggregates only: the report names no one.
"""

from app.reports import messages as messages  # registers the report's sentences
from app.reports.build import build_report
from app.reports.model import Report

__all__ = ["Report", "build_report"]
