"""Start next cycle: decide for every live pair and group, say who returns, export the
re-sign-up list, then create the new cycle and close this one (one action, one transaction).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cycles.decisions import (
    Decision,
    PersonAnswer,
    Relation,
    live_relations,
    outcome,
    people_answers,
)
from app.cycles.messages import sentence
from app.cycles.rollover import RolloverResult, create_next_cycle, suggest_next_label
from app.db.engine import Database
from app.db.models import Cycle
from app.programs.service import CycleInfo
from app.progress import CancelCheck, Progress
from ui.core_text import problem_text
from ui.dialogs.next_cycle_models import ChoiceDelegate, PeopleModel, RelationsModel
from ui.models import labels
from ui.screen_fit import fit_to_screen
from ui.worker import run_in_background, show_failure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RolloverData:
    """What the screen needs, read once in one session."""

    relations: list[Relation]
    people: list[PersonAnswer]
    cadence_days: int
    roles: tuple[str, ...]


def load_rollover(database: Database, cycle_id: int, as_of: dt.date | None = None) -> RolloverData:
    with database.read() as session:
        cycle = session.get(Cycle, cycle_id)
        assert cycle is not None
        return RolloverData(
            live_relations(session, cycle, as_of),
            people_answers(session, cycle_id),
            cycle.program.cadence_days,
            tuple(cycle.program.role_ladder),
        )


def _date(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class NextCycleDialog(QDialog):
    """One screen for the roll-over; ``created`` carries the new cycle's id."""

    created = Signal(int)

    def __init__(self, database: Database, cycle: CycleInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.cycle = database, cycle
        self.result_: RolloverResult | None = None
        data = load_rollover(database, cycle.id)
        self.roles = data.roles
        self.setWindowTitle(self.tr("Start next cycle — {cycle}").format(cycle=cycle.title))
        self.relations = RelationsModel(data.relations, self)
        self.people = PeopleModel(data.people, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._cycle_fields(cycle))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._relations_tab(data.cadence_days), "")
        self.tabs.addTab(self._people_tab(), "")
        layout.addWidget(self.tabs, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(
            self.tr("Create cycle and close {label}…").format(label=cycle.label)
        )
        self.buttons.accepted.connect(self.confirm_and_create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.relations.choicesChanged.connect(self.refresh_summary)
        self.people.choicesChanged.connect(self.refresh_summary)
        self.refresh_summary()
        fit_to_screen(self, 1180, 680)

    # -- construction -----------------------------------------------------------------
    def _cycle_fields(self, cycle: CycleInfo) -> QHBoxLayout:
        self.label_edit = QLineEdit(suggest_next_label(cycle.label))
        self.label_edit.setMaxLength(50)
        self.starts = QDateEdit()
        self.ends = QDateEdit()
        for edit, old in ((self.starts, cycle.starts_on), (self.ends, cycle.ends_on)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")  # as every date shown in the window
            later = old.replace(year=old.year + 1) if old else None
            edit.setDate(_date(later) if later else QDate.currentDate())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("New cycle:")))
        row.addWidget(self.label_edit)
        row.addWidget(QLabel(self.tr("Starts:")))
        row.addWidget(self.starts)
        row.addWidget(QLabel(self.tr("Ends:")))
        row.addWidget(self.ends)
        row.addStretch(1)
        return row

    def _table(self, model: RelationsModel | PeopleModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

    def _relations_tab(self, cadence: int) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        rules = [
            sentence("cycles.rule_continue", days=cadence),
            sentence("cycles.rule_rematch"),
            sentence("cycles.rule_close"),
        ]
        self.rule = QLabel("\n".join(problem_text(r) for r in rules))
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        bulk = QHBoxLayout()
        for text, decision, on_track in (
            (self.tr("Continue all on track"), "continue", True),
            (self.tr("Re-match all"), "rematch", False),
            (self.tr("Close all"), "close", False),
        ):
            button = QPushButton(text)
            button.clicked.connect(
                lambda _=False, d=decision, t=on_track: self.relations.set_all(d, t)
            )
            bulk.addWidget(button)
        bulk.addStretch(1)
        layout.addLayout(bulk)
        self.relations_view = self._table(self.relations)
        layout.addWidget(self.relations_view, 1)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "People of continued pairs and groups are always carried; people to re-match "
                "unless they are leaving; anyone else when marked returning. The buttons "
                "change the selected people, or everyone when none is selected."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        bulk = QHBoxLayout()
        for text, answer in (
            (self.tr("Mark returning"), "returning"),
            (self.tr("Mark leaving"), "leaving"),
            (self.tr("Mark not known"), ""),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=answer: self._mark(a))
            bulk.addWidget(button)
        bulk.addStretch(1)
        self.role_box = QComboBox()
        self.role_box.addItem(self.tr("All roles"), "")
        for role in self.roles:
            self.role_box.addItem(labels.role(role), role)
        self.export_button = QPushButton(self.tr("Export re-sign-up list…"))
        self.export_button.setToolTip(
            self.tr(
                "Returning and undecided people with their answers, in the columns the "
                "sign-up import reads, to pre-fill a form"
            )
        )
        self.export_button.clicked.connect(self.export_resignup)
        bulk.addWidget(self.role_box)
        bulk.addWidget(self.export_button)
        layout.addLayout(bulk)
        self.people_view = self._table(self.people)
        layout.addWidget(self.people_view, 1)
        return page

    # -- behaviour --------------------------------------------------------------------
    def _mark(self, answer: str) -> None:
        rows = sorted({i.row() for i in self.people_view.selectionModel().selectedRows()})
        self.people.set_answer(rows, answer)

    def refresh_summary(self) -> None:
        plan = outcome(self.relations.rows, self.people.answers, self.relations.chosen())
        self.people.show_carried(plan.carried)
        self.tabs.setTabText(
            0, self.tr("Pairs and groups ({count})").format(count=len(self.relations.rows))
        )
        self.tabs.setTabText(1, self.tr("People ({count})").format(count=len(self.people.rows)))
        text = self.tr(
            "{continued} continue, {rematched} to re-match, {closed} closed; "
            "{people} people carried into the new cycle."
        ).format(
            continued=plan.continued,
            rematched=plan.rematched,
            closed=plan.closed,
            people=len(plan.carried),
        )
        if plan.conflicts:
            names = ", ".join(
                p.name for p in self.people.rows if p.participant_id in plan.conflicts
            )
            text += " " + self.tr("Marked leaving but continuing: {names}.").format(names=names)
        self.summary.setText(text)
        self.plan = plan

    def decisions(self) -> dict[tuple[str, int], Decision]:
        model = self.relations
        return {
            key: Decision(choice, model.categories[key] if choice == "close" else "",
                          model.notes[key] if choice == "close" else "")
            for key, choice in model.chosen().items()
        }  # fmt: skip

    def summary_text(self) -> str:
        return self.summary.text()

    def confirm_and_create(self) -> None:
        label = self.label_edit.text().strip()
        question = self.tr(
            "Create cycle {label} and close {old}?\n\n{summary}\n\n{old} becomes read-only "
            "until you reopen it."
        ).format(label=label, old=self.cycle.label, summary=self.summary_text())
        answer = QMessageBox.question(self, self.tr("Start next cycle"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.create_button.setEnabled(False)
        starts, ends = self.starts.date().toPython(), self.ends.date().toPython()
        decisions, answers = self.decisions(), dict(self.people.answers)
        database, program, old = self.database, self.cycle.program_name, self.cycle.label

        def work(_progress: Progress, _cancelled: CancelCheck) -> RolloverResult:
            with database.write() as session:
                return create_next_cycle(
                    session, program, label, old, starts, ends,  # type: ignore[arg-type]
                    decisions=decisions, answers=answers,
                )  # fmt: skip

        run_in_background(
            self,
            work,
            self._created,
            failure=self._failed,
            label=self.tr("Starting the next cycle…"),
            cancellable=False,
        )

    def _created(self, result: RolloverResult) -> None:
        self.result_ = result
        self.created.emit(result.cycle_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        show_failure(self, exc)

    def export_resignup(self) -> None:
        from app.cycles.resignup import export_resignup

        name = f"re-sign-up {self.cycle.label}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export re-sign-up list"), name, self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if not path:
            return
        role = str(self.role_box.currentData() or "") or None
        try:
            with self.database.read() as session:
                count = export_resignup(session, self.cycle.id, Path(path), role)
        except Exception as exc:  # the writer's sentence, or the crash handler for a bug
            show_failure(self, exc)
            return
        QMessageBox.information(
            self,
            self.tr("Export re-sign-up list"),
            self.tr("Saved {file}: %n row(s).", "", count).format(file=Path(path).name),
        )
