"""Add or edit one participant: every field checked as the importer checks it.

A message appears under a field as soon as what was typed there cannot be used; OK stays
disabled until every field is usable. Saving is the page's job (``save`` returns an error
sentence, shown in the dialog, or ``None`` when it worked).

Choice answers (province, languages, stage, interests) are shown by their catalogue labels
in the window's language, offered as completions, and saved as the catalogue's keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import Catalogue, seed_catalogue
from app.roster.detail import ParticipantDetail
from app.roster.fields import check_fields
from ui.dialogs.participant_parts import (
    AnswerCompleter,
    CustomFieldsEditor,
    HistoryView,
    error_label,
    field_labels,
    field_message,
)
from ui.language import current_language

Save = Callable[[dict[str, Any]], str | None]
REQUIRED = ("first_name", "email")
PERSON_TAB, CYCLE_TAB = 0, 1


class ParticipantForm(QDialog):
    def __init__(
        self,
        ladder: tuple[str, ...],
        save: Save,
        detail: ParticipantDetail | None = None,
        *,
        role: str | None = None,
        catalogue: Catalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``catalogue``: the program's answers (else the detail's, else the seed)."""
        super().__init__(parent)
        self.detail = detail
        self.catalogue = catalogue or (detail.catalogue if detail else seed_catalogue())
        self.lang = current_language()
        self._save = save
        self._touched: set[str] = set()
        self.labels = field_labels()
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=detail.name)
            if detail
            else self.tr("Add a participant")
        )
        self.setMinimumWidth(600)
        self._build_fields(ladder)
        self.custom = CustomFieldsEditor(detail.custom_fields if detail else {})
        self.history = HistoryView(detail)
        self.errors: dict[str, QLabel] = {}
        self.problem = error_label()
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self._layout()
        self._load(detail, role or (ladder[-1] if ladder else ""))
        self._connect()
        self.check()

    # -- construction -----------------------------------------------------------------
    def _build_fields(self, ladder: tuple[str, ...]) -> None:
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText(self.tr("What they like to be called (optional)"))
        self.pronouns = QLineEdit()
        self.pronouns.setPlaceholderText(self.tr("e.g. she/her, il/lui (optional)"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 416-555-0123"))
        self.share_phone = QCheckBox(self.tr("May be shared with their match"))
        self.city = QLineEdit()
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.addItem("", "")
        for value in self.catalogue.values("province"):
            self.province.addItem(value.label(self.lang), value.key)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. English, French"))
        self.preferred_language = _choices(((self.tr("English"), "en"), (self.tr("French"), "fr")))
        self.preferred_language.setToolTip(self.tr("The language of their letters"))
        self.role = QComboBox()
        self.role.addItems(list(ladder))
        self.institution = QLineEdit()
        self.institution.setPlaceholderText(self.tr("School or residency program"))
        self.stage = QLineEdit()
        self.stage.setPlaceholderText(self.tr("e.g. Year 2, PGY-3"))
        self.stage.setCompleter(self._completer("stage", several=False))
        self.interests = QLineEdit()
        self.interests.setPlaceholderText(self.tr("Separated by ; e.g. Neonatology; Research"))
        self.interests.setCompleter(self._completer("interests", several=True))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 50)
        self.capacity.setToolTip(self.tr("How many mentees a mentor can take"))
        self.status = _choices(((self.tr("Active"), "active"), (self.tr("Withdrawn"), "withdrawn")))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything worth remembering about this person"))
        self.notes.setMaximumHeight(64)

    def _completer(self, field: str, *, several: bool) -> AnswerCompleter:
        labels = [value.label(self.lang) for value in self.catalogue.values(field)]
        return AnswerCompleter(labels, several=several, parent=self)

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self.errors[name] = error_label()
        column.addWidget(self.errors[name])
        column.addStretch(1)
        form.addRow(self.tr("{label}:").format(label=self.labels[name]), holder)

    def _layout(self) -> None:
        person = QFormLayout()
        self._row(person, "first_name", self.first_name)
        self._row(person, "last_name", self.last_name)
        self._row(person, "preferred_name", self.preferred_name)
        self._row(person, "pronouns", self.pronouns)
        self._row(person, "email", self.email)
        phone = QWidget()
        line = QHBoxLayout(phone)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.phone, 1)
        line.addWidget(self.share_phone)
        self._row(person, "phone", phone)
        self._row(person, "city", self.city)
        self._row(person, "province", self.province)
        self._row(person, "languages", self.languages)
        self._row(person, "preferred_language", self.preferred_language)
        self._row(person, "notes", self.notes)
        cycle = QFormLayout()
        self._row(cycle, "role", self.role)
        self._row(cycle, "institution", self.institution)
        self._row(cycle, "stage", self.stage)
        self._row(cycle, "interests", self.interests)
        self._row(cycle, "capacity", self.capacity)
        self._row(cycle, "status", self.status)
        self.tabs = QTabWidget()
        self.tabs.addTab(_page(person), self.tr("Person"))
        self.tabs.addTab(_page(cycle), self.tr("This cycle"))
        self.tabs.addTab(
            self.custom, _counted(self.labels["custom_fields"], len(self.custom.editors))
        )
        self.tabs.addTab(self.history, _counted(self.tr("History"), self.history.count))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save") if self.detail else self.tr("Add participant"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _load(self, detail: ParticipantDetail | None, role: str) -> None:
        if detail is None:
            self.role.setCurrentText(role)
            self.capacity.setValue(1)
            self.share_phone.setChecked(False)
            return
        for name in ("first_name", "last_name", "preferred_name", "pronouns", "email", "phone"):
            getattr(self, name).setText(getattr(detail, name))
        self.city.setText(detail.city)
        self.institution.setText(detail.institution)
        self.stage.setText(detail.answer_text("stage", self.lang))
        self.share_phone.setChecked(detail.share_phone)
        self.province.setCurrentText(detail.answer_text("province", self.lang))
        self.languages.setText(detail.answer_text("languages", self.lang))
        self.interests.setText(detail.answer_text("interests", self.lang))
        _select(self.preferred_language, detail.preferred_language)
        if self.role.findText(detail.role) < 0:
            self.role.addItem(detail.role)
        self.role.setCurrentText(detail.role)
        self.capacity.setValue(detail.capacity)
        _select(self.status, detail.status)
        self.notes.setPlainText(detail.notes)

    def _connect(self) -> None:
        for name in ("first_name", "last_name", "preferred_name", "pronouns", "email", "phone"):
            self._watch(name, getattr(self, name).textChanged)
        for name in ("city", "institution", "stage", "languages", "interests"):
            self._watch(name, getattr(self, name).textChanged)
        self._watch("province", self.province.currentTextChanged)
        self._watch("capacity", self.capacity.valueChanged)
        self._watch("notes", self.notes.textChanged)
        self.custom.changed.connect(self.check)

    def _watch(self, name: str, signal: Any) -> None:
        def changed(*_: Any) -> None:
            self._touched.add(name)
            self.check()

        signal.connect(changed)

    # -- values and checking ----------------------------------------------------------
    def raw_values(self) -> dict[str, Any]:
        """What the form says, as typed; ``app.roster.fields.check_fields`` cleans it."""
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "preferred_name": self.preferred_name.text(),
            "pronouns": self.pronouns.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "share_phone": self.share_phone.isChecked(),
            "city": self.city.text(),
            "province": self.province.currentText(),
            "languages": self.languages.text(),
            "preferred_language": self.preferred_language.currentData(),
            "role": self.role.currentText(),
            "institution": self.institution.text(),
            "stage": self.stage.text(),
            "interests": self.interests.text(),
            "capacity": self.capacity.value(),
            "status": self.status.currentData(),
            "notes": self.notes.toPlainText(),
            "custom_fields": self.custom.values(),
        }

    def check(self) -> dict[str, Any] | None:
        """Show every problem next to its field; the clean values when there is none."""
        cleaned, errors = check_fields(self.raw_values(), self.catalogue)
        problems = 0
        for name, label in self.errors.items():
            # An empty required field of a new participant is a to-do, not yet an error.
            quiet = self.detail is None and name in REQUIRED and name not in self._touched
            message = "" if quiet else errors.get(name, "")
            label.setText(_sentence(field_message(message)))
            label.setVisible(bool(message))
            problems += bool(message)
        self._mark_tabs(errors)
        missing = [n for n in REQUIRED if n in errors and self.errors[n].isHidden()]
        self.hint.setText(self.tr("Fill in a first name and an email address.") if missing else "")
        self.ok.setEnabled(not errors)
        self.problem.setVisible(False)
        return None if errors else cleaned

    def _mark_tabs(self, errors: dict[str, str]) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        person = {"first_name", "last_name", "preferred_name", "pronouns", "email", "phone"}
        person |= {"city", "province", "languages", "preferred_language", "notes"}
        shown = {n for n in errors if not self.errors[n].isHidden()}
        self.tabs.setTabIcon(PERSON_TAB, warning if shown & person else QIcon())
        self.tabs.setTabIcon(CYCLE_TAB, warning if shown - person else QIcon())

    def _accept(self) -> None:
        cleaned = self.check()
        if cleaned is None:
            return
        problem = self._save(cleaned)
        if problem is None:
            self.accept()
            return
        if "email" in problem.casefold():
            self.errors["email"].setText(problem)
            self.errors["email"].setVisible(True)
            self.tabs.setCurrentIndex(PERSON_TAB)
            self.email.setFocus()
        else:
            self.problem.setText(problem)
            self.problem.setVisible(True)


def _counted(title: str, count: int) -> str:
    return f"{title} ({QLocale().toString(count)})" if count else title


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    page.setLayout(form)
    return page


def _choices(choices: tuple[tuple[str, str], ...]) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def _sentence(message: str) -> str:
    if not message:
        return ""
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
