"""Engagement: which matches have gone quiet, each pair's story, and contacts per month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.meetings import engagement as status_service
from app.meetings.engagement import ATTENTION, STATUSES, MatchEngagement
from app.meetings.timeline import match_timeline
from ui.context import AppContext
from ui.dialogs.log_contact import LogContactDialog
from ui.pages.base import Page, heading, hint
from ui.pages.engagement import cadence_text
from ui.pages.engagement.actions import EngagementActions
from ui.pages.engagement.groups import GroupsPanel
from ui.pages.engagement.model import (
    ATTENTION_STYLE,
    ROLES,
    STATUS_STYLE,
    EngagementFilter,
    EngagementModel,
    MatchRole,
    status_label,
    status_meaning,
)
from ui.pages.engagement.timeline import TimelinePanel
from ui.pages.wording import counted, number
from ui.widgets.chart_view import MonthChart
from ui.widgets.empty_state import EmptyState
from ui.widgets.flow_layout import flow_row
from ui.widgets.table import fit_columns, make_table, selected_rows

ALL = "all"


def _chip(colour: str) -> QToolButton:
    chip = QToolButton()
    chip.setCheckable(True)
    chip.setAutoRaise(False)
    chip.setCursor(Qt.CursorShape.PointingHandCursor)
    chip.setStyleSheet(
        f"QToolButton {{ border: 1px solid {colour}; border-radius: 6px; padding: 5px 12px;"
        f" color: {colour}; font-weight: bold; }}"
        f"QToolButton:checked {{ background: {colour}; color: white; }}"
    )
    return chip


class EngagementPage(EngagementActions, Page):
    title = "Engagement"
    tip = "Which matches are in touch, and who to nudge (Ctrl+3)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.log_dialog: LogContactDialog | None = None
        self.dialog: Any = None  # the other dialog this page has open, if any
        self.model = EngagementModel(self)
        self.model.concern_icon = self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.proxy = EngagementFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, multi_select=False)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        # Wide enough for the longest status in French ("Jamais rencontrés").
        fit_columns(self.table, {0: 19, 1: 14, 2: 14, 3: 14, 4: 13, 5: 5, 6: 7, 7: 11})
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.timeline = TimelinePanel()
        self.timeline.log_button.clicked.connect(lambda: self.log_contact(self.selected_id()))
        self.timeline.end_button.clicked.connect(self.end_selected_match)
        self.groups_panel = GroupsPanel(self)
        self.timeline.note_button.clicked.connect(
            lambda: self.groups_panel.edit_pair_note(self.selected_match())
        )
        self.calendar = MonthChart()  # the same chart drawing as the report's (app.charts)
        self._build_filters()
        self._build_buttons()
        self._layout()

    # -- construction -----------------------------------------------------------------
    def _build_filters(self) -> None:
        self.chips: dict[str, QToolButton] = {}
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        chips = [(ALL, "#555555", self.tr("Every live match"))]
        chips.append((ATTENTION, ATTENTION_STYLE[1], status_meaning(ATTENTION)))
        chips += [(s, STATUS_STYLE[s][1], status_meaning(s)) for s in STATUSES]
        for key, colour, tip in chips:
            chip = _chip(colour)
            chip.setToolTip(self.tr("{meaning} (click to show only these)").format(meaning=tip))
            chip.clicked.connect(self._on_filter)
            self.chip_group.addButton(chip)
            self.chips[key] = chip
        self.chips[ALL].setChecked(True)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search names or emails  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_filter)

    def _build_buttons(self) -> None:
        self.log_button = QPushButton(self.tr("Log a contact…"))
        self.log_button.setToolTip(self.tr("Record a meeting, call or message of a match"))
        self.log_button.clicked.connect(lambda: self.log_contact(self.selected_id()))
        self.bulk_button = QPushButton(self.tr("Log for many…"))
        self.bulk_button.setToolTip(
            self.tr("One contact for many matches, e.g. the monthly group meeting")
        )
        self.bulk_button.clicked.connect(self.bulk_add)
        self.import_button = QPushButton(self.tr("Import contacts…"))
        self.import_button.setToolTip(
            self.tr("Add contacts from a check-in form export (CSV or Excel)")
        )
        self.import_button.clicked.connect(lambda: self.import_contacts())
        self.more_button = QPushButton(self.tr("Follow-ups"))
        self.more_button.setToolTip(self.tr("Who to nudge, calendar reminders and the topic list"))
        menu = QMenu(self.more_button)
        self.nudge_action = menu.addAction(
            self.tr("Export nudge list…"), lambda: self.export_nudges()
        )
        self.nudge_action.setToolTip(
            self.tr("A CSV of overdue and never-met pairs with both emails")
        )
        self.ics_action = menu.addAction(
            self.tr("Calendar reminders…"), lambda: self.export_calendar()
        )
        menu.addSeparator()
        menu.addAction(self.tr("Topic catalogue…"), self.edit_topics)
        self.undo_action = menu.addAction(
            self.tr("Undo last contact import…"), self.undo_last_import
        )
        self.more_button.setMenu(menu)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Engagement")))
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # a long French summary takes two lines, not the width
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        for button in (self.log_button, self.bulk_button, self.import_button, self.more_button):
            top.addWidget(button)
        # The chips wrap onto a second line in a narrow window (125 % scaling, French).
        bar = self.chip_bar = QHBoxLayout()
        bar.addWidget(flow_row(list(self.chips.values())), 3)
        self.search_box.setMinimumWidth(180)
        bar.addWidget(self.search_box, 1, Qt.AlignmentFlag.AlignTop)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 420])  # every column of the table shows at 1366×768
        splitter.setChildrenCollapsible(False)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(splitter, 1)
        body_layout.addWidget(hint(self.tr("Contacts per month of the cycle")))
        body_layout.addWidget(self.calendar)
        # Pairs and groups side by side in tabs; groups count towards "something to show".
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)  # no frame: the pairs table keeps its width
        self.tabs.addTab(body, self.tr("Pairs"))
        self.tabs.addTab(self.groups_panel, self.tr("Groups"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.empty = EmptyState(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # Its own line, shown when relations differ: too long for the heading's row.
        self.cadences = hint("")
        self.cadences.setVisible(False)
        layout.addWidget(self.cadences)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        cycle = self.context.cycle
        enabled = cycle is not None
        for widget in (self.log_button, self.bulk_button, self.import_button, self.more_button):
            widget.setEnabled(enabled)
        if cycle is None:
            self.model.set_rows([])
            self._show_counts({}, 0)
            self.calendar.set_months([])
            self.cadences.setVisible(False)
            self.empty.show_message(*self.context.no_cycle_message())
            return
        keep = self.selected_id()
        with self.context.database.read() as session:
            report = status_service.engagement(session, cycle.id)
            months = status_service.contacts_per_month(session, cycle.id)
            relations = status_service.relation_cadences(session, cycle.id)
        self.report = report
        self.model.set_rows(report.matches)
        self._show_counts(report.counts(), report.needs_attention())
        # A column saying the same roles on every row is noise that costs the table its width.
        roles = {(m.mentor_role, m.mentee_role) for m in report.matches}
        self.table.setColumnHidden(ROLES, len(roles) < 2)
        self.calendar.set_months(months)
        live = len(report.matches)
        used = {m.mentee_role for m in report.matches} | {g.relation for g in report.groups}
        relations = cadence_text.shown_relations(relations, used)
        days = cadence_text.common_cadence(relations, report.cadence_days)
        self.summary.setText(
            counted(self.tr("%Ln live match(es)", "", live), live)
            + (
                " · " + counted(self.tr("contact expected every %Ln day(s)", "", days), days)
                if days is not None
                else ""
            )
        )
        self.cadences.setText(cadence_text.per_relation_text(relations) if days is None else "")
        self.cadences.setVisible(days is None)
        self.log_button.setEnabled(bool(report.matches))
        self.bulk_button.setEnabled(bool(report.matches))
        self.groups_panel.set_rows(report.groups)
        self.tabs.setTabText(0, self.tr("Pairs ({count})").format(count=number(live)))
        self.tabs.setTabText(
            1, self.tr("Groups ({count})").format(count=number(len(report.groups)))
        )
        if report.matches or report.groups:
            self.empty.show_content()
            self.select_match(keep)
        else:
            self.empty.show_message(
                self.tr(
                    "Engagement is followed for confirmed matches.\n"
                    "Confirm matches on the Matching page first; their contacts then show here."
                )
            )
            self.timeline.show_match(None, [])

    def _show_counts(self, counts: dict[str, int], late: int) -> None:
        chip = self.tr("{label}: {count}")
        self.chips[ALL].setText(
            chip.format(label=self.tr("All"), count=number(sum(counts.values())))
        )
        self.chips[ATTENTION].setText(
            chip.format(label=status_label(ATTENTION), count=number(late))
        )
        for status in STATUSES:
            self.chips[status].setText(
                chip.format(label=status_label(status), count=number(counts.get(status, 0)))
            )
        # The chips get their texts while the page is being shown, before their layout is
        # active: their new widths do not reach it unless it is told (else they show "…").
        self.chip_bar.invalidate()
        self.chip_bar.activate()

    def _on_tab(self, index: int) -> None:
        """The status chips and the search filter the pairs: hidden on the Groups tab."""
        for widget in (*self.chips.values(), self.search_box):
            widget.setVisible(index == 0)

    def _on_filter(self, *_: Any) -> None:
        checked = next((k for k, chip in self.chips.items() if chip.isChecked()), ALL)
        statuses = frozenset() if checked == ALL else frozenset({checked})
        self.proxy.set_filter(self.search_box.text(), statuses)

    def show_status(self, status: str | None) -> None:
        """Show only one status (None: every match), as clicking its chip does."""
        self.chips[status or ALL].setChecked(True)
        self._on_filter()

    # -- selection and timeline -------------------------------------------------------
    def selected_match(self) -> MatchEngagement | None:
        rows = selected_rows(self.table, MatchRole)
        return rows[0] if rows else None

    def selected_id(self) -> int | None:
        match = self.selected_match()
        return match.match_id if match else None

    def select_match(self, match_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if match_id is None or index.data(MatchRole).match_id == match_id:
                self.table.selectRow(row)
                return
        self.timeline.show_match(None, [])

    def _on_selection(self, *_: QItemSelection) -> None:
        match = self.selected_match()
        if match is None:
            self.timeline.show_match(None, [])
            return
        with self.context.database.read() as session:
            entries = match_timeline(session, match.match_id)
        self.timeline.show_match(match, entries)
