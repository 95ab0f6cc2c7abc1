"""Reports: the cycle's figures for a board or a funder, and the PDF and XLSX exports.

Headline figures, participants by role compared with earlier cycles, the pairs' and groups'
contact status, and the measures of effective practice (those without data this cycle say
so). The figures and their words come from ``app.reports``, as in the files; the exports
run in the background through the safe writer, whose refusals are shown as sentences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.reports import Report, build_report
from app.reports import tables as report_tables
from app.reports.messages import say
from ui import settings as keys
from ui.context import AppContext
from ui.language import current_language
from ui.models.rows import Column, RowTableModel
from ui.pages.base import Page, heading, hint
from ui.pages.reports_chart import BarChart
from ui.pages.wording import day, number
from ui.widgets.table import fit_columns, make_table
from ui.worker import Operation

FOLDER = "reports/folder"
TILES = ("participants", "match_rate", "on_track", "closures", "survey_positive")


class ReportsPage(Page):
    title = "Reports"
    tip = "The cycle's figures for a board or a funder (Ctrl+9)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: Report | None = None
        self._asked = 0
        self.tabs = QTabWidget()
        self.tab_models: dict[str, RowTableModel[list[object]]] = {}
        self._build()

    def _build(self) -> None:
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("The report with charts for a board or a funder"))
        # The same choice as ``report --lang``: both versions, or one language.
        choices = QMenu(self.pdf_button)
        for lang, text in (
            ("both", self.tr("In English and French…")),
            ("en", self.tr("In English…")),
            ("fr", self.tr("In French…")),
        ):
            choices.addAction(text).triggered.connect(
                lambda _=False, lang=lang: self.export("pdf", lang=lang)
            )
        self.pdf_button.setMenu(choices)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.xlsx_button.setToolTip(self.tr("A workbook with one sheet per table"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Reports")))
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        tiles = QGridLayout()
        for column, key in enumerate(TILES):
            value, caption = QLabel("—"), QLabel()
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            value.setFont(font)
            for label in (value, caption):
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            tiles.addWidget(value, 0, column)
            tiles.addWidget(caption, 1, column)
            self.tiles[key] = (value, caption)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setLayout(tiles)
        self.as_of = hint("")
        self.growth = BarChart()
        self.contact = BarChart()
        charts = QHBoxLayout()
        charts.addWidget(self.growth, 1)
        charts.addWidget(self.contact, 1)
        self.note = hint("")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(frame)
        layout.addWidget(self.as_of)
        layout.addLayout(charts, 2)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.note)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Build the report in the background (a large program takes a few seconds)."""
        cycle = self.context.cycle
        self._asked += 1
        asked = self._asked
        if cycle is None:
            self.report = None
            self._show()
            return
        database, cycle_id = self.context.database, cycle.id

        def work(*_: Any) -> Report:
            with database.read() as session:
                return build_report(session, cycle_id)

        def done(report: Report) -> None:
            if asked == self._asked:  # a later refresh (another cycle) wins
                self.report = report
                self._show()

        Operation(self.window(), work, success=done, show_progress=False).run()

    def _show(self) -> None:
        lang = current_language()
        report = self.report
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(report is not None)
        for key, (value, caption) in self.tiles.items():
            caption.setText(say(key, lang))
            value.setText("—")
        if report is None:
            self.as_of.setText(self.tr("Choose or create a cycle to see its report."))
            self.tabs.clear()
            self.tab_models.clear()
            self.growth.set_data("", [], [], "")
            self.contact.set_data("", [], [], "")
            return
        shown = {
            "participants": number(report.total_participants),
            "match_rate": _percent(report.match_rate),
            "on_track": _percent(report.on_track_share),
            "closures": number(report.closed) if report.made else "—",
            "survey_positive": _percent(report.positive_share),
        }
        for key, text in shown.items():
            self.tiles[key][0].setText(text)
        self.as_of.setText(
            self.tr("Figures as of {day}; — means no data this cycle.").format(
                day=day(report.as_of)
            )
        )
        roles = list(report.participants)
        series = [
            (e.cycle, [float(e.participants.get(r, 0)) for r in roles]) for e in report.previous
        ]
        series.append((report.cycle, [float(report.participants.get(r, 0)) for r in roles]))
        self.growth.set_data(
            self.tr("Participants by role, year over year"),
            roles,
            series[-4:],
            say("no_data", lang),
        )
        statuses = ("on_track", "due_soon", "overdue", "never_met")
        contact = [
            (say(kind, lang), [float(report.contact.get(kind, {}).get(s, 0)) for s in statuses])
            for kind in ("pairs", "groups")
            if sum(report.contact.get(kind, {}).values())
        ]
        self.contact.set_data(
            self.tr("Contact within the cadence"),
            [say(f"contact.{s}", lang) for s in statuses],
            contact,
            say("no_data", lang),
        )
        self._fill_tabs(report, lang)
        self.note.setText(
            self.tr("The exported files show counts from 1 to 4 as <5 and name no one.")
        )

    def _fill_tabs(self, report: Report, lang: str) -> None:
        """The report's tables, exact (the files hide small counts), one tab each."""
        shown = self.tabs.currentIndex()
        self.tabs.clear()
        self.tab_models.clear()
        for key, rows in _tables(report, lang).items():
            columns = [
                Column(str(title), lambda r, n=n: _shown(r[n]), align_right=_numbers(rows, n))
                for n, title in enumerate(rows[0])
            ]
            model: RowTableModel[list[object]] = RowTableModel(columns, self.tabs)
            model.set_rows(rows[1:])
            table = make_table(model, multi_select=False)
            widths = {
                "measures": {0: 56, 1: 22, 2: 40},
                "surveys": {0: 22, 1: 60, 2: 18},
            }.get(key, {0: 40})
            fit_columns(table, {n: 14 for n in range(1, len(columns))} | widths)
            if key == "measures":
                table.setToolTip(say("measures_note", lang))
            self.tab_models[key] = model
            self.tabs.addTab(table, say(f"sheet.{key}", lang))
        self.tabs.setCurrentIndex(max(shown, 0))

    # -- exports ----------------------------------------------------------------------
    def export(self, kind: str, path: Path | None = None, lang: str | None = None) -> None:
        """Write the report as a PDF or a workbook (off the GUI thread); a PDF in ``lang``
        (en, fr or both, the window's language first), by default the window's language."""
        cycle = self.context.cycle
        if cycle is None:
            return
        if path is None:
            folder = str(keys.settings().value(FOLDER) or QDir.homePath())
            name = f"report-{cycle.label}.{kind}"
            kinds = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Workbook (*.xlsx)")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report"), str(Path(folder) / name), kinds
            )
            if not chosen:
                return
            path = Path(chosen)
        keys.settings().setValue(FOLDER, str(path.parent))
        database, cycle_id, first = self.context.database, cycle.id, current_language()
        lang = lang or first
        shown = self.report if self.report and self.report.cycle_id == cycle_id else None

        def work(*_: Any) -> list[Path]:
            from app.reports.files import write_report_files

            target = {"pdf": path} if kind == "pdf" else {"xlsx": path}
            with database.read() as session:
                return write_report_files(
                    session, cycle_id, lang=lang, report=shown, first=first, **target
                )

        self.run(work, self._written, label=self.tr("Writing the report…"), cancellable=False)

    def _written(self, paths: list[Path]) -> None:
        QMessageBox.information(
            self, self.tr("Reports"), self.tr("Report written to {path}.").format(path=paths[0])
        )


def _tables(report: Report, lang: str) -> dict[str, list[list[object]]]:
    t = report_tables
    return {
        "measures": t.measures(report, lang),
        "participants": t.participants(report, lang),
        "matching": t.matching(report, lang),
        "unmatched": t.unmatched(report, lang, exact=True),
        "engagement": t.engagement(report, lang),
        "modes": t.modes(report, lang),
        "topics": t.topics(report, lang),
        "closures": t.closures(report, lang, exact=True),
        "surveys": t.surveys(report, lang, exact=True),
        "goals": t.goals(report, lang),
    }


def _numbers(rows: list[list[object]], column: int) -> bool:
    """Whether a column holds figures only (right-aligned)."""
    return all(isinstance(row[column], int | float) for row in rows[1:] if column < len(row))


def _percent(value: float | None) -> str:
    return (
        "—"
        if value is None
        else f"{number(value)} %"
        if current_language() == "fr"
        else f"{number(value)}%"
    )


def _shown(value: object) -> str:
    return number(value) if isinstance(value, int | float) else str(value)
