"""The answer catalogue of a program: each question's values in English and French.

The coordinator picks a question, sees its values (both labels, the other spellings that
count as the same answer, how many participants gave it), and adds, renames or merges
values. Each change is its own transaction, saved at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import catalogue as answers
from app.catalogue.usage import value_usage
from app.db.engine import Database
from app.errors import MentorDeskError
from ui.language import current_language
from ui.models.rows import Column, RowRole, RowTableModel
from ui.screen_fit import fit_to_screen
from ui.widgets.table import fit_columns, make_table, selected_rows
from ui.worker import show_failure

FIELD_NAMES = {
    "interests": QT_TRANSLATE_NOOP("AnswerCatalogue", "Areas of interest"),
    "mentoring_style": QT_TRANSLATE_NOOP("AnswerCatalogue", "Mentoring style"),
    "location_preference": QT_TRANSLATE_NOOP("AnswerCatalogue", "Local or anywhere"),
    "contact_mode": QT_TRANSLATE_NOOP("AnswerCatalogue", "Way of meeting"),
    "yes_no": QT_TRANSLATE_NOOP("AnswerCatalogue", "Yes or no answers"),
    "province": QT_TRANSLATE_NOOP("AnswerCatalogue", "Province"),
    "languages": QT_TRANSLATE_NOOP("AnswerCatalogue", "Languages spoken"),
    "stage": QT_TRANSLATE_NOOP("AnswerCatalogue", "Year of study or PGY"),
}


def field_name(field: str) -> str:
    """A question of the catalogue, named in the window's language."""
    if field in FIELD_NAMES:
        return QCoreApplication.translate("AnswerCatalogue", FIELD_NAMES[field])
    return field.replace("_", " ").capitalize()


def value_label(value: Any, language: str | None = None) -> str:
    """A catalogue value in ``language`` (default: the window's), English when untranslated."""
    return str(value.label(language or current_language()))


class ValueForm(QDialog):
    """English label, French label and (when adding) other spellings of one value."""

    def __init__(
        self,
        title: str,
        en: str = "",
        fr: str = "",
        *,
        synonyms: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.en = QLineEdit(en)
        self.fr = QLineEdit(fr)
        self.synonyms = QLineEdit()
        self.synonyms.setPlaceholderText(self.tr("Other spellings, separated by commas"))
        form = QFormLayout()
        form.addRow(self.tr("In English:"), self.en)
        form.addRow(self.tr("In French:"), self.fr)
        if synonyms:
            form.addRow(self.tr("Also written:"), self.synonyms)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.en, self.fr):
            edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.en.text().strip() and self.fr.text().strip()))

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        others = tuple(s.strip() for s in self.synonyms.text().split(",") if s.strip())
        return self.en.text().strip(), self.fr.text().strip(), others


def value_columns() -> list[Column[Any]]:
    return [
        Column(QCoreApplication.translate("AnswerCatalogue", "English"), lambda row: row[0].en),
        Column(QCoreApplication.translate("AnswerCatalogue", "French"), lambda row: row[0].fr),
        Column(
            QCoreApplication.translate("AnswerCatalogue", "Participants"),
            lambda row: QLocale().toString(row[1]),
            sort_key=lambda row: row[1],
            align_right=True,
            header_tip=QCoreApplication.translate(
                "AnswerCatalogue", "Participants of this program who gave this answer"
            ),
        ),
        Column(
            QCoreApplication.translate("AnswerCatalogue", "Also written"),
            lambda row: ", ".join(row[0].synonyms),
            tooltip=lambda row: "\n".join(row[0].synonyms[:40]),
        ),
    ]


class AnswerCatalogueDialog(QDialog):
    """One question at a time; every change is saved at once, in its own transaction."""

    def __init__(
        self,
        database: Database,
        program_id: int,
        program_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.program_id = program_id
        self.changed = False
        self.form: ValueForm | None = None
        self.setWindowTitle(self.tr("Answer catalogue"))
        fit_to_screen(self, 1000, 600)
        self.field_box = QComboBox()
        for name in answers.FIELDS:
            self.field_box.addItem(field_name(name), name)
        self.field_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.model: RowTableModel[Any] = RowTableModel(value_columns(), self)
        self.table = make_table(self.model, multi_select=False)
        fit_columns(self.table, {0: 30, 1: 30, 2: 10})
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.rename())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.setToolTip(
            self.tr("Make the selected value part of another one; its answers move there")
        )
        self.merge_button.clicked.connect(self.merge)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self._layout(program_name, close)
        self.reload()

    def _layout(self, program_name: str, close: QDialogButtonBox) -> None:
        intro = QLabel(
            self.tr(
                "Each answer of a sign-up form is matched to one of these values, in English "
                "or French, whatever the spelling. Matching and letters compare values, and "
                "show each one in the reader's language."
            )
        )
        intro.setWordWrap(True)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Question:")))
        chooser.addWidget(self.field_box)
        chooser.addStretch(1)
        if program_name:
            chooser.addWidget(QLabel(self.tr("Program: {name}").format(name=program_name)))
        bar = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    @property
    def field(self) -> str:
        return str(self.field_box.currentData())

    def reload(self) -> None:
        with self.database.read() as session:
            catalogue = answers.load_catalogue(session, self.program_id)
            counts = value_usage(session, self.program_id, self.field)
        self.values = catalogue.values(self.field)
        self.model.set_rows([(v, counts.get(v.key, 0)) for v in self.values])
        self._update_buttons()

    def selected(self) -> tuple[Any, int] | None:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def select_key(self, key: str) -> None:
        """Select the value stored as ``key`` (after a change, and for tests)."""
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            found = proxy.index(row, 0).data(RowRole)
            if found[0].key == key:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_: Any) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self.values) > 1)

    def _save(self, change: Callable[[Any], Any]) -> Any:
        try:
            with self.database.write() as session:
                result = change(session)
        except MentorDeskError as exc:
            show_failure(self, exc)
            return None
        self.changed = True
        self.reload()
        return result

    def _open_form(self, form: ValueForm, save: Callable[[ValueForm], None]) -> None:
        self.form = form
        form.accepted.connect(lambda: save(form))
        form.finished.connect(lambda _r: setattr(self, "form", None))
        form.open()

    def add(self) -> None:
        def save(form: ValueForm) -> None:
            en, fr, others = form.values()
            added = self._save(
                lambda s: answers.add_value(s, self.program_id, self.field, en, fr, others)
            )
            if added is not None:
                self.select_key(added.key)

        self._open_form(ValueForm(self.tr("Add a value"), parent=self), save)

    def rename(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        value = chosen[0]

        def save(form: ValueForm) -> None:
            en, fr, _others = form.values()
            self._save(
                lambda s: answers.rename_value(s, self.program_id, self.field, value.key, en, fr)
            )
            self.select_key(value.key)

        form = ValueForm(self.tr("Rename a value"), value.en, value.fr, synonyms=False, parent=self)
        self._open_form(form, save)

    def merge(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        drop, count = chosen
        others = [v for v in self.values if v.key != drop.key]
        names = [value_label(v) for v in others]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge two values"),
            self.tr("Merge “{value}” into:").format(value=value_label(drop)),
            names,
            0,
            False,
        )
        if not ok or name not in names:
            return
        keep = others[names.index(name)]
        answer = QMessageBox.question(
            self,
            self.tr("Merge two values"),
            self.tr(
                "“{drop}” becomes part of “{keep}”: %Ln participant(s) who gave it will have "
                "“{keep}” instead, and its spellings are recognised as “{keep}”. This cannot be "
                "undone.",
                "",
                count,
            ).format(drop=value_label(drop), keep=value_label(keep)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        changed = self._save(
            lambda s: answers.merge_values(s, self.program_id, self.field, keep.key, drop.key)
        )
        if changed is not None:
            self.select_key(keep.key)
