"""The results of one survey: per question, each answer's count and share drawn as a bar,
with the counts by role; free-text answers listed; flagged pairs said above the table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.models.rows import Column, RowTableModel
from ui.pages.base import hint
from ui.pages.wording import TranslatedColumns, counted, number, percent
from ui.widgets.score_delegate import ScoreDelegate
from ui.widgets.table import fit_columns, make_table


@dataclass(frozen=True)
class ResultLine:
    """One line of the results table: an answer to a question (or a free-text answer)."""

    question: str  # shown on the question's first line only
    answer: str
    count: int | None
    share: float | None  # of the people who answered the question, 0–1
    by_role: str
    order: int


def _columns() -> list[Column[ResultLine]]:
    return [
        Column(
            QCoreApplication.translate("SurveyResults", "Question"),
            lambda r: r.question,
            sort_key=lambda r: r.order,
        ),
        Column(QCoreApplication.translate("SurveyResults", "Answer"), lambda r: r.answer),
        Column(
            QCoreApplication.translate("SurveyResults", "Count"),
            lambda r: "" if r.count is None else number(r.count),
            sort_key=lambda r: r.count or 0,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("SurveyResults", "Share"),
            lambda r: "" if r.share is None else percent(r.share),
            sort_key=lambda r: r.share or 0,
            value=lambda r: r.share,  # type: ignore[arg-type,return-value]
        ),
        Column(QCoreApplication.translate("SurveyResults", "By role"), lambda r: r.by_role),
    ]


def question_text(question: Any, language: str) -> str:
    return (question.text_fr or question.text) if language == "fr" else question.text


def result_lines(result: Any, language: str) -> list[ResultLine]:
    """The table's lines for a ``SurveyResult`` (``app.surveys.results``)."""
    lines: list[ResultLine] = []
    for number_, question in enumerate(result.questions, 1):
        title = f"{number_}. {question_text(question, language)}"
        first = True
        for label in question.labels:
            count = question.overall.get(label, 0)
            roles = " · ".join(
                f"{role}: {counts[label]}"
                for role, counts in question.by_role.items()
                if counts.get(label)
            )
            share = count / question.answered if question.answered else 0.0
            shown = question.label_in(label, language)
            lines.append(ResultLine(title if first else "", shown, count, share, roles, len(lines)))
            first = False
        for text in question.texts:
            lines.append(ResultLine(title if first else "", text, None, None, "", len(lines)))
            first = False
        if first:  # nobody answered
            none = QCoreApplication.translate("SurveyResults", "No answers yet")
            lines.append(ResultLine(title, none, None, None, "", len(lines)))
    return lines


class SurveyResultsView(QWidget):
    """Summary, flagged pairs, and the per-answer table of the chosen survey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.flagged = QLabel()
        self.flagged.setWordWrap(True)
        self.flagged.setStyleSheet("color: #b3261e;")
        self.changes = hint("")
        self.model: RowTableModel[ResultLine] = RowTableModel(TranslatedColumns(_columns), self)
        self.table = make_table(self.model, multi_select=False)
        self.table.setItemDelegateForColumn(3, ScoreDelegate(self.table))
        fit_columns(self.table, {0: 50, 1: 26, 2: 7, 3: 14})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.flagged)
        layout.addWidget(self.changes)
        layout.addWidget(self.table, 1)

    def show_result(self, result: Any | None, language: str) -> None:
        if result is None:
            self.summary.setText(self.tr("Choose a survey to see its results."))
            self.flagged.clear()
            self.changes.clear()
            self.model.set_rows([])
            return
        rate = percent(result.responses / result.invited) if result.invited else ""
        text = counted(
            self.tr("%Ln response(s) of {invited} people asked", "", result.responses),
            result.responses,
        ).format(invited=number(result.invited))
        self.summary.setText(f"<b>{text}</b>" + (f" ({rate})" if rate else ""))
        self.flagged.setText(self._flagged(result, language))
        self.flagged.setVisible(bool(result.flagged))
        self.changes.setText(self._changes(result))
        self.changes.setVisible(bool(self.changes.text()))
        self.model.set_rows(result_lines(result, language))

    def _flagged(self, result: Any, language: str = "en") -> str:
        if not result.flagged:
            return ""
        lines = [self.tr("Pairs to look at:")]
        for flag in result.flagged:
            partners = ", ".join(flag.partners) or self.tr("no current match")
            lines.append(
                self.tr("{person} (with {partners}) answered “{answer}”").format(
                    person=flag.respondent,
                    partners=partners,
                    answer=flag.answer_fr if language == "fr" else flag.answer,
                )
            )
        return "\n".join(lines)

    def _changes(self, result: Any) -> str:
        parts = []
        for change in result.pre_post:
            parts.append(
                self.tr("{question}: {before} → {after} (pre → post)").format(
                    question=change.text,
                    before=number(change.pre_mean),
                    after=number(change.post_mean),
                )
            )
        for earlier in result.earlier:
            parts.append(
                counted(
                    self.tr("{cycle}: %Ln response(s) of {invited}", "", earlier.responses),
                    earlier.responses,
                ).format(cycle=earlier.cycle, invited=number(earlier.invited))
            )
        return "\n".join(parts)
