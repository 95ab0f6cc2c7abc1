"""Surveys: the cycle's surveys with their responses, made from a template and edited,
printed or pasted into Forms, answers imported back, and the results of the chosen one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.surveys.service import SurveyInfo
from ui.context import AppContext
from ui.dialogs.survey_editor import moment_name
from ui.models.rows import Column, RowTableModel
from ui.pages.base import Page, heading, hint
from ui.pages.surveys_import import SurveyImport
from ui.pages.surveys_results import SurveyResultsView
from ui.pages.wording import TranslatedColumns, number, percent
from ui.widgets.empty_state import EmptyState
from ui.widgets.flow_layout import flow_row
from ui.widgets.table import fit_columns, make_table, selected_rows

FOLDER = "surveys/folder"


def _rate(info: SurveyInfo) -> str:
    return percent(info.responses / info.invited) if info.invited else ""


def _columns() -> list[Column[SurveyInfo]]:

    return [
        Column(QCoreApplication.translate("SurveysPage", "Survey"), lambda s: s.name),
        Column(
            QCoreApplication.translate("SurveysPage", "Sent"),
            lambda s: moment_name(s.moment, s.days_after_match),
        ),
        Column(
            QCoreApplication.translate("SurveysPage", "Responses"),
            lambda s: number(s.responses),
            sort_key=lambda s: s.responses,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("SurveysPage", "Asked"),
            lambda s: number(s.invited),
            sort_key=lambda s: s.invited,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("SurveysPage", "Rate"),
            _rate,
            sort_key=lambda s: s.responses / (s.invited or 1),
        ),
    ]


class SurveysPage(Page):
    title = "Surveys"
    tip = "Questions, answers and results of surveys (Ctrl+8)"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.importer = SurveyImport(self)
        self.model: RowTableModel[SurveyInfo] = RowTableModel(TranslatedColumns(_columns), self)
        self.table = make_table(self.model, multi_select=False)
        fit_columns(self.table, {0: 30, 1: 30, 2: 10, 3: 10})
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = EmptyState(self.table)
        self.new_button = QPushButton(self.tr("New from template"))
        self.new_button.setToolTip(
            self.tr("Make a survey of this cycle from a template you can edit")
        )
        self.templates_menu = QMenu(self.new_button)
        self.new_button.setMenu(self.templates_menu)
        self.templates_menu.aboutToShow.connect(self._fill_templates)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(
            self.tr("Change the questions, answers and who the survey is for")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the survey and its answers, after asking"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("Import answers…"))
        self.import_button.setToolTip(
            self.tr("Answers exported from Google Forms or Microsoft Forms (CSV or Excel)")
        )
        self.import_button.clicked.connect(lambda: self.importer.start())
        self.undo_button = QPushButton(self.tr("Undo last import"))
        self.undo_button.setToolTip(self.tr("Remove the answers of the last import of this survey"))
        self.undo_button.clicked.connect(self.importer.undo_last)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("French"), "fr")
        self.language.setToolTip(self.tr("The language of the printed survey and question list"))
        if QLocale().language() == QLocale.Language.French:
            self.language.setCurrentIndex(1)
        self.language.currentIndexChanged.connect(lambda _n: self._chosen())
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("A printable survey with boxes to tick"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.copy_button = QPushButton(self.tr("Copy question list"))
        self.copy_button.setToolTip(
            self.tr("The questions and their answers, ready to paste into Forms")
        )
        self.copy_button.clicked.connect(self.copy_questions)
        self.results = SurveyResultsView(self)
        self._build_layout()
        self._update_buttons()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Surveys")))
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        # One wrapping row: a narrow window (125 % scaling, French) puts the form's
        # actions on a second line instead of scrolling the page sideways.
        actions = flow_row(
            [
                self.import_button,
                self.undo_button,
                QLabel(self.tr("Form language:")),
                self.language,
                self.pdf_button,
                self.copy_button,
            ]
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.empty)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                self.tr(
                    "Send a survey on paper or through Forms, then import the answers: "
                    "people are recognised by email, anonymous surveys keep no link."
                )
            )
        )
        layout.addWidget(actions)
        layout.addWidget(splitter, 1)

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        from app.surveys.service import list_surveys

        if self.context.cycle is None:
            self.model.set_rows([])
            self.empty.show_message(self.context.no_cycle_message()[0])
            self.results.show_result(None, self.form_language)
            self._update_buttons()
            return
        chosen = self.selected()
        with self.context.database.read() as session:
            surveys = list_surveys(session, self.context.cycle_id)
        self.model.set_rows(surveys)
        if surveys:
            self.empty.show_content()
        else:
            self.empty.show_message(
                self.tr("No survey yet. Make one from a template, or import a Forms export.")
            )
        self.select(chosen.id if chosen else (surveys[0].id if surveys else None))
        self._chosen()

    def selected(self) -> SurveyInfo | None:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def select(self, survey_id: int | None) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            info = proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
            if info is not None and info.id == survey_id:
                self.table.selectRow(row)
                return

    @property
    def form_language(self) -> str:
        return str(self.language.currentData() or "en")

    def _chosen(self) -> None:
        from app.surveys.results import survey_results

        self._update_buttons()
        info = self.selected()
        if info is None or self.context.cycle is None:
            self.results.show_result(None, self.form_language)
            return
        with self.context.database.read() as session:
            found = survey_results(session, self.context.cycle_id, info.name).surveys
        self.results.show_result(found[0] if found else None, self.form_language)

    def _update_buttons(self) -> None:
        has_cycle = self.context.cycle is not None
        chosen = self.selected() is not None
        self.new_button.setEnabled(has_cycle)
        self.import_button.setEnabled(has_cycle)
        self.undo_button.setEnabled(has_cycle)
        for button in (self.edit_button, self.delete_button, self.pdf_button, self.copy_button):
            button.setEnabled(chosen)

    # -- actions ------------------------------------------------------------------------
    def _fill_templates(self) -> None:
        from app.surveys.templates import template_list

        self.templates_menu.clear()
        french = QLocale().language() == QLocale.Language.French
        language = "fr" if french else "en"
        for template in template_list():
            action = self.templates_menu.addAction(template.title(language))
            action.triggered.connect(
                lambda _checked=False, key=template.key: self.create_from(key, language)
            )

    def create_from(self, template: str, language: str = "en") -> int | None:
        from app.surveys.service import create_from_template

        made: list[int] = []

        def create() -> None:
            with self.context.database.write() as session:
                made.append(create_from_template(session, self.context.cycle_id, template,
                                                 language=language))  # fmt: skip

        if not self.act(create):
            return None
        self.reload()
        self.select(made[0])
        return made[0]

    def edit_selected(self) -> None:
        from app.surveys import service

        info = self.selected()
        if info is None or self.context.cycle is None:
            return
        with self.context.database.read() as session:
            draft = service.load_draft(session, info.id)
            groups = _groups(session, self.context.cycle_id)
        roles = list(self.context.cycle.role_ladder)

        def save(edited: Any) -> None:
            with self.context.database.write() as session:
                service.save_survey(session, info.id, edited)

        from ui.dialogs.survey_editor import SurveyEditorDialog

        dialog = SurveyEditorDialog(draft, roles, groups, save, self)
        dialog.accepted.connect(self.context.notify_changed)
        self.editor = dialog
        dialog.open()

    def delete_selected(self) -> None:
        from app.surveys.service import delete_survey

        info = self.selected()
        if info is None:
            return
        question = self.tr(
            "Delete the survey “{name}” with its {count} responses? This cannot be undone."
        ).format(name=info.name, count=number(info.responses))
        answer = QMessageBox.question(self, self.tr("Delete survey"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete() -> None:
            with self.context.database.write() as session:
                delete_survey(session, info.id)

        self.act(delete)

    def export_pdf(self) -> None:
        from app.surveys.distribution import write_survey_pdf
        from ui.pages.engagement.actions import remember, remembered

        info = self.selected()
        if info is None:
            return
        suggested = Path(remembered(FOLDER, QDir.homePath())) / f"{info.name}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        remember(FOLDER, str(path.parent))
        language = self.form_language

        def write() -> None:
            with self.context.database.read() as session:
                write_survey_pdf(session, info.id, language, path)

        if self.act(write, changed=False):
            self._tell(self.tr("Saved {file}.").format(file=path.name))

    def copy_questions(self) -> str:
        from app.surveys.distribution import printed_survey, question_list

        info = self.selected()
        if info is None:
            return ""
        with self.context.database.read() as session:
            text = question_list(printed_survey(session, info.id, self.form_language))
        QApplication.clipboard().setText(text)
        self._tell(self.tr("The question list is on the clipboard: paste it into Forms."))
        return text

    def ask_survey_name(self) -> str | None:
        names = [s.name for s in self.model.rows()]
        chosen = self.selected()
        if chosen is not None:
            names.remove(chosen.name)
            names.insert(0, chosen.name)
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Import answers"),
            self.tr("Into which survey? Type a new name to learn a survey from the file."),
            names,
            0,
            True,
        )
        return name.strip() if ok and name.strip() else None

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 5000)


def _groups(session: Any, cycle_id: int) -> list[tuple[int, str]]:
    from sqlalchemy import select

    from app.db.models import Group

    query = select(Group.id, Group.name).where(Group.cycle_id == cycle_id).order_by(Group.name)
    return [(int(i), str(n)) for i, n in session.execute(query)]
